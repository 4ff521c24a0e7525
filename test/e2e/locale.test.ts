import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRussian } from '../support/language.js';
import { exampleLocation, expectProblemsOf, MISTAKES } from './support/examples.js';
import { useWorkbench } from './support/suite.js';

const session = useWorkbench({ workspaceSettings: { 'smm.locale': 'ru' } });

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

    it('translates the diagnostics back to English when the setting changes to en', async () => {
        const { workbench, server } = session();
        await writeFile(join(server.workspace, '.vscode', 'settings.json'), JSON.stringify({ 'smm.locale': 'en' }));

        await expectProblemsOf(workbench, MISTAKES, 'en');
    });
});
