import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/artifacts.js';
import { exampleLocation, MISTAKES } from '../support/examples.js';
import { useWorkbench } from '../support/suite.js';
import { UI_TIMEOUT_MS, type Workbench } from '../support/workbench.js';

/**
 * The README's screenshots, taken from the packaged extension in code-server with the helpers of the
 * end-to-end suite: `npm run screenshots` rewrites the files under images/. A new picture is one more
 * entry in SHOTS (a roadmap preview would open it and wait for `workbench.webview()`).
 */

interface Shot {
    /** File name under images/. */
    file: string;
    /** Brings the workbench into the state to show; the picture is taken when it resolves. */
    stage(workbench: Workbench): Promise<void>;
}

const THEMES = [
    { name: 'dark', colorTheme: 'Default Dark Modern' },
    { name: 'light', colorTheme: 'Default Light Modern' }
];

/** Problems panel with every mistake, the cursor on a metric and its hover open. */
async function diagnosticsAndHover(workbench: Workbench): Promise<void> {
    const { line, column } = exampleLocation(MISTAKES, 'kpi cpl', 'kpi '.length);
    await workbench.openFile(MISTAKES);
    await workbench.showProblems();
    // The server answers hovers once it has built the workspace, which is when the problems arrive.
    await expect.poll(async () => (await workbench.problems()).length, { timeout: UI_TIMEOUT_MS }).toBeGreaterThan(0);
    await workbench.goTo(line, column);
    await workbench.hoverAtCursor();
}

/** Completion of the metrics after a new `kpi `. */
async function metricCompletion(workbench: Workbench): Promise<void> {
    const { line } = exampleLocation(MISTAKES, 'kpi posts');
    await workbench.openFile(MISTAKES);
    await workbench.goTo(line, 1);
    await workbench.page.keyboard.press('End');
    await workbench.page.keyboard.press('Enter');
    await workbench.type('kpi c');
    await workbench.suggestions();
}

const SHOTS: Record<string, Shot[]> = {
    dark: [
        { file: 'screenshot-diagnostics-dark.png', stage: diagnosticsAndHover },
        { file: 'screenshot-completion-dark.png', stage: metricCompletion }
    ],
    light: [
        { file: 'screenshot-diagnostics-light.png', stage: diagnosticsAndHover }
    ]
};

for (const theme of THEMES) {
    describe(`README screenshots, ${theme.name} theme`, () => {
        const session = useWorkbench({ userSettings: { 'workbench.colorTheme': theme.colorTheme } });

        for (const shot of SHOTS[theme.name]) {
            it(shot.file, async () => {
                const { workbench } = session();
                await shot.stage(workbench);
                await workbench.screenshot(join(ROOT, 'images', shot.file));
                await workbench.dismiss();
            });
        }
    });
}
