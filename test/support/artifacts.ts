import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root (the folder of package.json). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const SERVER_BUNDLE = join(ROOT, 'out', 'server.cjs');
export const CLI_BUNDLE = join(ROOT, 'out', 'cli.cjs');
export const EXAMPLES = join(ROOT, 'examples');

/**
 * The Node that runs the bundles in the process tests: the test runner's own, or `SMM_TEST_NODE` to check
 * the bundles on another Node than the tools need (e.g. the oldest one `engines.node` claims).
 */
export const BUNDLE_NODE = process.env.SMM_TEST_NODE || process.execPath;

/**
 * These tests exercise the built bundles, not the sources. A missing bundle is a failure with the
 * remedy in its message: skipping would let a run without a build look green.
 */
export function requireBuilt(
    bundle: string, remedy = 'run `npm run build` first (`npm test` builds before testing)'
): string {
    if (!existsSync(bundle)) {
        throw new Error(`${bundle} does not exist: ${remedy}.`);
    }
    return bundle;
}
