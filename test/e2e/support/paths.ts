import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../support/artifacts.js';

/** Where the end-to-end suite finds what it drives and puts what it leaves behind. */

export const E2E_DIR = join(ROOT, 'test', 'e2e');

/** code-server lives in its own npm project (test/e2e/code-server), installed by `npm run test:e2e:install`. */
export const CODE_SERVER_DIR = join(E2E_DIR, 'code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** The packaged extension, as `npm run package` writes it. */
export const VSIX = join(ROOT, 'smm-strategy.vsix');

/** The in-host test modules bundled for the extension host by scripts/build-in-host-tests.mjs. */
export const IN_HOST_BUNDLE = join(ROOT, 'out', 'in-host-tests', 'index.cjs');

/** Screenshots of failed tests (ignored by git). */
export const ARTIFACTS_DIR = join(E2E_DIR, '.artifacts');

/** Debian's chromium: /usr/bin/chromium is a wrapper script, the browser itself sits beside its libraries. */
export function chromiumExecutable(): string {
    const candidates = [process.env.SMM_E2E_CHROMIUM, '/usr/lib/chromium/chromium', '/usr/bin/chromium']
        .filter((path): path is string => Boolean(path));
    const found = candidates.find(path => existsSync(path));
    if (!found) {
        throw new Error(`no Chromium at ${candidates.join(', ')}: install Debian's \`chromium\` or set SMM_E2E_CHROMIUM.`);
    }
    return found;
}
