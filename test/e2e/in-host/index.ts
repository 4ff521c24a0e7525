import * as vscode from 'vscode';
import { runInHost } from './harness.js';
import { tests } from './tests.js';

/**
 * The `extensionTestsPath` module: VS Code loads it into the extension host of the extension under
 * development and calls `run()`; the host exits with 0 when it resolves, non-zero when it rejects.
 * Bundled to out/in-host-tests/index.cjs by scripts/build-in-host-tests.mjs.
 */
export function run(): Promise<void> {
    return runInHost(tests, vscode);
}
