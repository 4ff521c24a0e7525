import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuilt } from '../support/artifacts.js';
import { REPORT_VARIABLE, type InHostResult } from './in-host/harness.js';
import { tests } from './in-host/tests.js';
import { CodeServer } from './support/code-server.js';
import { IN_HOST_BUNDLE } from './support/paths.js';
import { launchBrowser, Workbench } from './support/workbench.js';

/**
 * The in-host tests (test/e2e/in-host) run inside the extension host of code-server, with the packaged
 * extension as the extension under development. Each of them is reported here as a test of its own.
 */

const RUN_TIMEOUT_MS = 120_000;

let results = new Map<string, InHostResult>();
let exitCode: number | undefined;
let log = '';
let reportDir: string;

beforeAll(async () => {
    requireBuilt(IN_HOST_BUNDLE, 'run `node scripts/build-in-host-tests.mjs` first (`npm run test:e2e` bundles before testing)');
    reportDir = await mkdtemp(join(tmpdir(), 'smm-in-host-'));
    const report = join(reportDir, 'results.json');
    const server = await CodeServer.start({ env: { [REPORT_VARIABLE]: report } });
    try {
        const browser = await launchBrowser();
        try {
            exitCode = await Workbench.runExtensionTests(browser, server.workbenchUrl(IN_HOST_BUNDLE), RUN_TIMEOUT_MS);
        } finally {
            await browser.close();
        }
    } finally {
        log = server.log();
        await server.stop();
    }
    const parsed = JSON.parse(await readFile(report, 'utf8')) as InHostResult[];
    results = new Map(parsed.map(result => [result.name, result]));
}, RUN_TIMEOUT_MS + 60_000);

afterAll(async () => {
    await rm(reportDir, { recursive: true, force: true });
});

describe('in the extension host of code-server', () => {
    for (const test of tests) {
        it(test.name, () => {
            const result = results.get(test.name);
            if (!result) {
                throw new Error(`the in-host run reported nothing for this test${log}`);
            }
            if (!result.passed) {
                throw new Error(result.error);
            }
        });
    }

    it('the extension host exits with 0 exactly when every in-host test passed', () => {
        expect(results.size).toBe(tests.length);
        expect(exitCode).toBe([...results.values()].every(result => result.passed) ? 0 : 1);
    });
});
