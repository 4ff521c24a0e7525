import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRIC_CATALOG } from '../../src/analysis/metric-catalog.js';
import { COFFEE, exampleLocation, exampleText, expectProblemsOf, MISTAKES } from './support/examples.js';
import { useWorkbench } from './support/suite.js';
import { UI_TIMEOUT_MS } from './support/workbench.js';

const session = useWorkbench();

describe('the packaged extension in VS Code', () => {
    it('activates on an example: the language mode reads SMM Strategy and the grammar colours keywords', async () => {
        const { workbench } = session();
        await workbench.openFile(COFFEE);

        expect(await workbench.languageMode()).toBe('SMM Strategy');
        const keyword = await workbench.tokenColor('strategy');
        expect(await workbench.tokenColor('period')).toBe(keyword);
        expect(keyword).not.toBe(await workbench.editorForeground());
        const budget = /^\s*budget (\S+)$/m.exec(exampleText(COFFEE))![1];
        expect(keyword).not.toBe(await workbench.tokenColor(budget));
    });

    it('lists the mistakes example in the Problems panel with the codes and positions `smm check` reports', async () => {
        const { workbench } = session();
        await workbench.openFile(MISTAKES);

        await expectProblemsOf(workbench, MISTAKES, 'en');
    });

    it('drops a warning from the Problems panel once the line is fixed in the editor', async () => {
        const { workbench } = session();
        const { line } = exampleLocation(MISTAKES, 'kpi reach per month');
        await workbench.openFile(MISTAKES);
        await workbench.showProblems('kpi-without-target');
        await expect.poll(async () => (await workbench.problems()).map(problem => problem.line), { timeout: UI_TIMEOUT_MS })
            .toEqual([line]);

        await workbench.replaceLine(line, '        kpi reach >= 50 000 per month');

        await expect.poll(() => workbench.problems(), { timeout: UI_TIMEOUT_MS }).toEqual([]);
        await workbench.showProblems('goal-without-kpi');
        await expect.poll(async () => (await workbench.problems()).length, { timeout: UI_TIMEOUT_MS }).toBe(2);
    });

    it('adds a KPI to a goal from the light bulb, and the goal-without-kpi warning of that goal goes away', async () => {
        const { workbench } = session();
        const { line, column } = exampleLocation(MISTAKES, 'goal Awareness', 'goal '.length);
        const [periodEnd] = /(?<=^\s*period \S+ \.\. )\S+/m.exec(exampleText(MISTAKES))!;
        const warnedLines = async () => (await workbench.problems()).map(problem => problem.line);
        await workbench.openFile(MISTAKES);
        await workbench.showProblems('goal-without-kpi');
        await expect.poll(warnedLines, { timeout: UI_TIMEOUT_MS }).toContain(line);
        const others = (await warnedLines()).filter(warned => warned !== line);
        expect(others.length).toBeGreaterThan(0);

        await workbench.goTo(line, column);
        const fixes = await workbench.quickFixes();
        expect(fixes).toContain('Add a KPI to “Awareness”');
        await workbench.applyQuickFix('Add a KPI to “Awareness”');

        // The period of the example ends on 2027-05-31: the new KPI is due then.
        expect(periodEnd).toBe('2027-05-31');
        await workbench.editor().locator('.view-line', { hasText: `goal Awareness "Grow awareness" { kpi orders >= 100 per month by ${periodEnd} }` }).waitFor();
        await expect.poll(warnedLines, { timeout: UI_TIMEOUT_MS }).toEqual(others);

        await workbench.runCommand('File: Revert File');
        await expect.poll(warnedLines, { timeout: UI_TIMEOUT_MS }).toContain(line);
    });

    it('shows the formula of a standard metric on hover', async () => {
        const { workbench } = session();
        const { line, column } = exampleLocation(MISTAKES, 'kpi cpl', 'kpi '.length);
        await workbench.openFile(MISTAKES);
        await workbench.goTo(line, column);

        const hover = await workbench.hoverAtCursor();
        await workbench.dismiss();

        expect(hover).toContain('CPL');
        expect(hover).toContain('Cost per lead.');
        expect(hover).toMatch(/Formula: spend \/ leads/);
    });

    it('offers the metrics after the kpi keyword', async () => {
        const { workbench } = session();
        const { line } = exampleLocation(MISTAKES, 'kpi posts');
        await workbench.openFile(MISTAKES);
        await workbench.goTo(line, 1);
        await workbench.page.keyboard.press('End');
        await workbench.page.keyboard.press('Enter');
        await workbench.type('kpi ');

        const labels = await workbench.suggestions();
        await workbench.type('ro');
        const narrowed = await workbench.suggestions();
        await workbench.dismiss();

        // The list shows as many rows as fit: the first ones in alphabetical order, then those left by typing.
        const metrics = METRIC_CATALOG.flatMap(metric => [metric.id, ...metric.aliases]);
        expect(labels.length).toBeGreaterThan(5);
        expect(metrics).toEqual(expect.arrayContaining(labels));
        expect(labels).toContain('cpl');
        expect(narrowed).toContain('romi');
    });

    it('draws no look-alike boxes around the Cyrillic names of a Russian strategy, as it does in a script', async () => {
        const { workbench, server } = session();
        const boxes = workbench.page.locator('.editor-instance .view-overlays .unicode-highlight, .editor-instance .unicode-highlight');
        // The same names in JavaScript: VS Code marks the Cyrillic С and М that look like the Latin C and M.
        await writeFile(join(server.workspace, 'names.js'), 'const СММ = 1;\nconst цена_лида = 2;\n');
        // Quick open indexes files as it found them at startup: the new one is opened from the explorer.
        await workbench.page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'names.js' }).click();
        await workbench.editor().locator('.view-line', { hasText: 'цена_лида' }).first().waitFor();
        await expect.poll(() => boxes.count(), { timeout: UI_TIMEOUT_MS }).toBeGreaterThan(0);

        await workbench.openFile('zerno-ru/zerno.smm');
        await workbench.editor().locator('.view-line', { hasText: 'СММ' }).first().waitFor();
        expect(await boxes.count()).toBe(0);
        // The pointer leaves the explorer, where it would show the tooltips of its rows.
        await workbench.page.mouse.move(0, 0);
    });
});
