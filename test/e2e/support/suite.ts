import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { CodeServer, type CodeServerOptions } from './code-server.js';
import { ARTIFACTS_DIR } from './paths.js';
import { launchBrowser, Workbench } from './workbench.js';

const SETUP_TIMEOUT_MS = 90_000;

export interface Session {
    server: CodeServer;
    browser: Browser;
    workbench: Workbench;
}

/**
 * Starts one code-server, one browser and one workbench page for the suite in the calling test file and
 * stops all of them after it; a failed test leaves a screenshot in test/e2e/.artifacts/. The returned
 * function gives the running session to the tests.
 */
export function useWorkbench(options: CodeServerOptions = {}): () => Session {
    let session: Session | undefined;
    const stops: Array<() => Promise<void>> = [];

    beforeAll(async () => {
        const server = await CodeServer.start(options);
        stops.push(() => server.stop());
        const browser = await launchBrowser();
        stops.push(() => browser.close());
        const workbench = await Workbench.open(browser, server.workbenchUrl());
        session = { server, browser, workbench };
    }, SETUP_TIMEOUT_MS);

    beforeEach(({ task, onTestFailed }) => {
        onTestFailed(async () => {
            if (session) {
                await mkdir(ARTIFACTS_DIR, { recursive: true });
                const file = `${basename(task.file.name, '.test.ts')} - ${task.name.replace(/[^\w.-]+/g, ' ').trim()}.png`;
                await session.workbench.screenshot(join(ARTIFACTS_DIR, file));
            }
        });
    });

    afterAll(async () => {
        // Browser first, then the server it talks to; each stop runs even if another one failed.
        const errors: unknown[] = [];
        for (const stop of stops.splice(0).reverse()) {
            await stop().catch((error: unknown) => errors.push(error));
        }
        if (errors.length > 0) {
            throw errors[0];
        }
    }, SETUP_TIMEOUT_MS);

    return () => {
        if (!session) {
            throw new Error('the workbench did not start (see the error of beforeAll)');
        }
        return session;
    };
}
