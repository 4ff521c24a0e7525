import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roadmapMessages } from '../../src/i18n/roadmap.js';
import { isRussian } from '../support/language.js';
import { COFFEE, exampleLocation, expectProblemsOf, MISTAKES } from './support/examples.js';
import { PreviewPage } from './support/preview.js';
import { useWorkbench } from './support/suite.js';
import { UI_TIMEOUT_MS } from './support/workbench.js';

const session = useWorkbench({ workspaceSettings: { 'smm.locale': 'ru' } });

/** Sections of the roadmap preview and the message that heads each of them. */
const SECTION_HEADINGS = [
    ['rm-goals', 'roadmap.goals.title'],
    ['rm-timeline', 'roadmap.timeline.title'],
    ['rm-funnels', 'roadmap.funnels.title'],
    ['rm-budget', 'roadmap.budget.title']
] as const;

async function previewHeadings(preview: PreviewPage): Promise<string[]> {
    return Promise.all(SECTION_HEADINGS.map(([id]) => preview.heading(id)));
}

describe('with smm.locale = ru', () => {
    it('shows the diagnostics in Russian in the Problems panel', async () => {
        const { workbench } = session();
        await workbench.openFile(MISTAKES);

        await expectProblemsOf(workbench, MISTAKES, 'ru');
        expect((await workbench.problems()).every(problem => isRussian(problem.message))).toBe(true);
    });

    it('describes a metric in Russian on hover', async () => {
        const { workbench } = session();
        const { line, column } = exampleLocation(MISTAKES, 'kpi cpl', 'kpi '.length);
        await workbench.openFile(MISTAKES);
        await workbench.goTo(line, column);

        const hover = await workbench.hoverAtCursor();
        await workbench.dismiss();

        expect(hover).toContain('Стоимость одного лида.');
        expect(hover).toMatch(/Формула: spend \/ leads/);
    });

    it('labels the sections of the roadmap preview in Russian', async () => {
        const { workbench } = session();
        const preview = new PreviewPage(workbench);
        await workbench.openFile(COFFEE);
        await preview.openToSide('strategy.smm');

        const headings = await previewHeadings(preview);
        expect(headings).toEqual(SECTION_HEADINGS.map(([, key]) => roadmapMessages.ru[key]));
        expect(headings.every(isRussian)).toBe(true);
    });

    it('translates the diagnostics and the preview back to English when the setting changes to en', async () => {
        const { workbench, server } = session();
        const preview = new PreviewPage(workbench);
        await writeFile(join(server.workspace, '.vscode', 'settings.json'), JSON.stringify({ 'smm.locale': 'en' }));

        await expectProblemsOf(workbench, MISTAKES, 'en');
        await expect.poll(() => previewHeadings(preview), { timeout: UI_TIMEOUT_MS })
            .toEqual(SECTION_HEADINGS.map(([, key]) => roadmapMessages.en[key]));
    });
});
