import { defineConfig } from 'vitest/config';

/**
 * The end-to-end suite (`npm run test:e2e`): the packaged extension in a real VS Code (code-server)
 * driven by Chromium, the in-host tests, and Neovim as a second LSP client. Files run one after the
 * other: each starts its own code-server and browser, and two cores are not enough for two at once.
 */
export default defineConfig({
    test: {
        include: ['test/e2e/**/*.test.ts'],
        exclude: ['**/node_modules/**'],
        fileParallelism: false,
        testTimeout: 60_000,
        hookTimeout: 120_000
    }
});
