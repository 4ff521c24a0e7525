import { afterEach, describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/index.js';
import { strategyHealth } from '../../src/language/lsp/health.js';
import { compileRoadmap } from '../../src/roadmap/compile.js';
import { renderHtmlSections } from '../../src/roadmap/render/html.js';
import { exampleFiles } from '../roadmap/helpers.js';
import { createTestServices } from '../support/services.js';

const t = createTestServices();
afterEach(() => t.clear());

/** The text of some markup, its spaces (no-break ones included) as one plain space. */
const textOf = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/[\s\u00A0\u202F]+/g, ' ');
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

/** The status bar's text, the inlay hints of the main file and the preview's sections, of one example. */
async function surfaces(example: string, file: string, locale: Locale) {
    t.setLocale(locale);
    const documents = await t.addFiles(exampleFiles(example));
    const document = [...documents.values()].find(item => item.uri.path.endsWith(file))!;
    const health = strategyHealth(document, t.services, t.services.shared.workspace.LangiumDocuments);
    const roadmap = compileRoadmap(t.services.analysis.StrategyAnalyzer.forDocument(document), { locale, diagnostics: [] });
    const sections = new Map(renderHtmlSections(roadmap, locale).map(section => [section.id, textOf(section.markup)]));
    const lines = document.textDocument.lineCount;
    const hints = await t.services.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }
    }) ?? [];
    return { status: plain(health.text), hints: hints.map(hint => plain(String(hint.label))), sections };
}

describe('one number, one text on every surface', () => {
    test.each([
        // coffee-en: budget $64,000, $58,000 allocated = 90.625 % → "90.6%" in the status bar and in the preview's header
        ['coffee-en', 'strategy.smm', 'en', ['90.6%']],
        // zerno-ru: 830 000 of 910 000 ₽ = 91.2 %; ROMI 30.1 %
        ['zerno-ru', 'zerno.smm', 'ru', ['91,2 %', '30,1 %']]
    ] as const)('%s: the status bar\'s percentages are the preview header\'s', async (example, file, locale, figures) => {
        const { status, sections } = await surfaces(example, file, locale);
        for (const figure of figures) {
            expect(status).toContain(figure);
            expect(sections.get('header')).toContain(figure);
        }
    });

    test('coffee-en: the cost per unit of each funnel stage, as the inlay hint writes it, is the preview funnel\'s', async () => {
        const { hints, sections } = await surfaces('coffee-en', 'strategy.smm', 'en');
        // OfficeFunnel's Menu stage: 3,000,000 × 1% × 45% = 13,500 opens of the menu; $24,000 ÷ 13,500 = $1.777… → "$1.78", never "$1.8"
        expect(hints).toContain('≈ 13,500 · $1.78 each');
        // At a stage that counts impressions both write the cost per thousand (CPM): $8 CPM, not $0.01 each.
        expect(hints.filter(hint => hint.includes('impressions')).join('\n')).toContain('$8 CPM');
        expect(sections.get('funnels')).toContain('$8 CPM (per 1,000 impressions)');
        const costs = hints.flatMap(hint => [...hint.matchAll(/\$[\d,.]+(?= each|\/| CPM)/g)].map(match => match[0]));
        expect(costs.length).toBeGreaterThan(10);
        for (const cost of costs) {
            expect(sections.get('funnels'), cost).toContain(cost);
        }
    });
});
