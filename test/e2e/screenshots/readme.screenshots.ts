import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/artifacts.js';
import { COFFEE, exampleGoals, exampleLocation, MISTAKES } from '../support/examples.js';
import { PreviewPage } from '../support/preview.js';
import { useWorkbench } from '../support/suite.js';
import { UI_TIMEOUT_MS, type Workbench } from '../support/workbench.js';

/**
 * The README's screenshots, taken from the packaged extension in code-server with the helpers of the
 * end-to-end suite: `npm run screenshots` rewrites the files under images/. A new picture is one more
 * entry in SHOTS.
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

/**
 * The coffee strategy at its first goal with the roadmap preview beside it, nothing else on screen: the
 * shots before leave the mistakes example (perhaps edited), the side bar and the Problems panel open.
 */
async function previewBeside(workbench: Workbench): Promise<PreviewPage> {
    await workbench.runCommand('File: Revert File');
    await workbench.runCommand('View: Close All Editors');
    await workbench.runCommand('View: Close Primary Side Bar');
    if (await workbench.page.locator('.part.panel').isVisible()) {
        await workbench.runCommand('View: Toggle Panel Visibility');
        await workbench.page.locator('.part.panel').waitFor({ state: 'hidden' });
    }
    const [goal] = exampleGoals(COFFEE);
    await workbench.openFile(COFFEE);
    await workbench.goTo(goal.line, 1);
    const preview = new PreviewPage(workbench);
    await preview.openToSide('strategy.smm');
    return preview;
}

/** The same preview scrolled to its timeline and funnels. */
async function previewTimeline(workbench: Workbench): Promise<void> {
    const preview = await previewBeside(workbench);
    await preview.scrollTo('rm-timeline');
}

/** In each theme the shots are taken in this order, by one workbench. */
const SHOTS: Record<string, Shot[]> = {
    dark: [
        { file: 'screenshot-diagnostics-dark.png', stage: diagnosticsAndHover },
        { file: 'screenshot-completion-dark.png', stage: metricCompletion },
        { file: 'preview-dark.png', stage: async workbench => { await previewBeside(workbench); } }
    ],
    light: [
        { file: 'screenshot-diagnostics-light.png', stage: diagnosticsAndHover },
        { file: 'preview-light.png', stage: previewTimeline }
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
