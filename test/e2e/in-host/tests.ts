import type { InHostTest } from './harness.js';
import { tests as languageFeatures } from './language-features.js';
import { tests as quickFixes } from './quick-fixes.js';

/** Every in-host test, in the order they run (the in-host suite outside reports them by name). */
export const tests: readonly InHostTest[] = [...languageFeatures, ...quickFixes];
