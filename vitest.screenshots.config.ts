import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config.js';

/** `npm run screenshots`: the README's pictures, taken with the end-to-end suite's helpers and settings. */
export default defineConfig({
    test: {
        ...e2e.test,
        include: ['test/e2e/screenshots/**/*.screenshots.ts']
    }
});
