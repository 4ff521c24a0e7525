// Runs the in-host tests (test/e2e/in-host, bundled by build-in-host-tests.mjs) in desktop VS Code:
// @vscode/test-electron downloads VS Code (into .vscode-test/) and starts it with this clone as the
// extension under development and a copy of examples/ as the workspace. Needs internet access and,
// on Linux without a display, xvfb-run. SMM_VSCODE_VERSION picks a version (default: stable).
import { runTests } from '@vscode/test-electron';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const workspace = await mkdtemp(join(tmpdir(), 'smm-electron-'));
try {
    await cp(join(root, 'examples'), workspace, { recursive: true });
    await runTests({
        version: process.env.SMM_VSCODE_VERSION ?? 'stable',
        extensionDevelopmentPath: root,
        extensionTestsPath: join(root, 'out', 'in-host-tests', 'index.cjs'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes']
    });
} catch (error) {
    console.error(`in-host tests in desktop VS Code failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
} finally {
    await rm(workspace, { recursive: true, force: true });
}
