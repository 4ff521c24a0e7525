import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roadmapMessages } from '../../src/i18n/roadmap.js';
import { englishWords, isRussian } from '../support/language.js';
import { ROADMAP_EXPORT_FORMATS } from '../../src/shared/roadmap-formats.js';
import { COFFEE, exampleLocation, exampleText, expectProblemsOf, MISTAKES } from './support/examples.js';
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

const ZERNO = 'zerno-ru/zerno.smm';

/** A text without the names of the export formats (HTML, Markdown, CSV, iCalendar, JSON), the same in every language. */
function withoutFormatNames(text: string): string {
    return ROADMAP_EXPORT_FORMATS.reduce((rest, format) => rest.replaceAll(format.label, ''), text);
}

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
        expect(hover).toMatch(/Формула: расход \/ лиды/);
        // `Orders`, the funnel of the example, is the author's name for it.
        expect(englishWords(hover, exampleText(MISTAKES))).toEqual([]);
    });

    it('labels the sections of the roadmap preview in Russian', async () => {
        const { workbench } = session();
        const preview = new PreviewPage(workbench, 'ru');
        await workbench.openFile(COFFEE);
        await preview.openToSide('strategy.smm');

        const headings = await previewHeadings(preview);
        expect(headings).toEqual(SECTION_HEADINGS.map(([, key]) => roadmapMessages.ru[key]));
        expect(headings.every(isRussian)).toBe(true);
    });

    it('speaks Russian around a Russian roadmap: the tab, the toolbar, the roadmap, and the banner of a file that does not parse', async () => {
        const { workbench } = session();
        const preview = new PreviewPage(workbench, 'ru');
        await workbench.openFile(ZERNO);
        await preview.openToSide('zerno.smm');

        const toolbar = await preview.toolbar().innerText();
        expect(toolbar).toContain('Экспорт:');
        expect(toolbar).toContain('Закрепить');
        expect(englishWords(withoutFormatNames(toolbar))).toEqual([]);
        expect(englishWords(await preview.frame.locator('main#smm-roadmap').innerText())).toEqual([]);

        const goal = exampleLocation(ZERNO, 'цель ПервыеПокупатели');
        await workbench.goTo(goal.line, 5);
        await workbench.page.keyboard.insertText('@');
        await preview.banner().waitFor({ state: 'visible' });
        const banner = await preview.banner().innerText();
        expect(banner).toContain('Файл не разбирается');
        expect(banner).toContain('панели «Проблемы»');
        expect(banner).toContain(`Строка ${goal.line}:`);
        expect(englishWords(banner)).toEqual([]);
        await workbench.undo();
        await preview.banner().waitFor({ state: 'hidden' });
    });

    it('offers the export formats, the CSV\'s delimiter and says where the file went in Russian; the CSV is for Russian Excel', async () => {
        const { workbench, server } = session();
        const target = join(server.workspace, 'zerno-ru', 'zerno.roadmap.csv');
        const widget = workbench.page.locator('.quick-input-widget');
        const rows = widget.locator('.quick-input-list .monaco-list-row');
        await workbench.openFile(ZERNO);
        await workbench.page.keyboard.press('F1');
        await widget.locator('input').fill('>SMM: Export Roadmap');
        await rows.filter({ hasText: 'SMM: Export Roadmap' }).first().waitFor();
        await workbench.page.keyboard.press('Enter');

        await rows.filter({ hasText: 'Контент-план для таблицы' }).waitFor();
        const formats = await widget.innerText();
        expect(formats).toContain('Экспорт дорожной карты');
        expect(englishWords(withoutFormatNames(formats))).toEqual([]);
        await widget.locator('input').fill('CSV');
        await rows.filter({ hasText: 'CSV' }).first().waitFor();
        await workbench.page.keyboard.press('Enter');

        // The delimiter Excel in Russian reads comes first.
        await rows.filter({ hasText: 'Точка с запятой' }).waitFor();
        expect(await rows.first().innerText()).toContain('Точка с запятой');
        expect(englishWords(await widget.innerText())).toEqual([]);
        await workbench.page.keyboard.press('Enter');
        expect(await workbench.acceptSaveDialog('zerno.roadmap.csv')).toBe(target);
        const notification = workbench.notification('Дорожная карта экспортирована в zerno.roadmap.csv.');
        await notification.waitFor();
        // The message itself; VS Code adds the extension's name as its source.
        expect(englishWords(await notification.locator('.notification-list-item-message').innerText())).toEqual([]);

        const csv = await readFile(target, 'utf8');
        expect(csv.split('\n')[0]).toBe('\uFEFFДата;День недели;Время;Канал;Рубрика;Формат;Тема;Ответственный;Цель;Статус');
        await workbench.runCommand('Notifications: Clear All Notifications');
        await rm(target);
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
