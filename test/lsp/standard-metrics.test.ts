import { URI, type LangiumDocument } from 'langium';
import type { Hover, Position } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices } from '../support/services.js';

const t = createTestServices({ review: false });
const Smm = t.services;
let folder = 0;

afterEach(() => t.clear());

async function open(text: string): Promise<LangiumDocument> {
    const uri = `file:///metrics${folder++}/s.smm`;
    return (await t.addFiles({ [uri]: text })).get(uri)!;
}

/** The position of the first occurrence of `piece` in the document. */
function at(document: LangiumDocument, piece: string): Position {
    return document.textDocument.positionAt(document.textDocument.getText().indexOf(piece));
}

/**
 * The hover at the first occurrence of `piece`; on a KPI's metric only the metric's part, after the line that
 * says what the KPI is compared with (`hover.test.ts` checks that line).
 */
async function hover(document: LangiumDocument, piece: string): Promise<string | undefined> {
    const result: Hover | undefined = await Smm.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: at(document, piece)
    });
    const text = result && typeof result.contents === 'object' && 'value' in result.contents ? result.contents.value : undefined;
    return text?.split('\n\n---\n\n').at(-1);
}

describe('hover on a standard metric', () => {
    test('shows its name, description, unit and formula', async () => {
        const document = await open('goal G { kpi ctr >= 1% }');
        expect(await hover(document, 'ctr')).toBe([
            '**CTR** (`ctr`)',
            'Click-through rate: the share of impressions that led to a click.',
            'Unit: percent',
            'Formula: `clicks / impressions * 100`'
        ].join('\n\n'));
    });

    test('speaks Russian, also when the metric is written by its Russian alias', async () => {
        t.setLocale('ru');
        const document = await open('goal G { kpi заказы >= 10 }');
        expect(await hover(document, 'заказы')).toBe([
            '**Заказы** (`orders`)',
            'Оформленные заказы.',
            'Единица: штуки'
        ].join('\n\n'));
    });

    test('its formula in Russian: the metrics as a Russian strategy writes them, every word Russian', async () => {
        t.setLocale('ru');
        const document = await open('goal G { kpi ctr >= 1% }');
        // clicks → клики, impressions → показы (their first Cyrillic aliases)
        expect((await hover(document, 'ctr'))?.split('\n\n').at(-1)).toBe('Формула: `клики / показы * 100`');
    });

    test('a custom metric without doc comment shows what its declaration says', async () => {
        const document = await open('metric tastings "Tastings held" { unit count outcome formula orders / 10 description "Coffee tastings in offices." }\ngoal G { kpi tastings >= 4 }');
        expect(await hover(document, 'tastings >=')).toBe('**Tastings held** (`tastings`)\n\nCoffee tastings in offices.\n\nUnit: count\n\nFormula: `orders / 10`');
    });

    test('a declared name still shows its doc comment', async () => {
        const document = await open('/** Students near the campuses. */\nsegment Students\ngoal G { segment Students kpi orders >= 1 }');
        const text = document.textDocument.getText();
        const reference = document.textDocument.positionAt(text.lastIndexOf('Students'));
        const result = await Smm.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position: reference });
        expect(JSON.stringify(result?.contents)).toContain('Students near the campuses.');
    });
});

describe('the in-memory file of standard metrics stays out of sight', () => {
    test('go to definition on a standard metric offers no location', async () => {
        const document = await open('goal G { kpi orders >= 1 }');
        const links = await Smm.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: { uri: document.uri.toString() }, position: at(document, 'orders')
        });
        expect(links ?? []).toEqual([]);
    });

    test('go to definition on a custom metric still jumps to it', async () => {
        const document = await open('metric repeat_orders\ngoal G { kpi repeat_orders >= 1 }');
        const text = document.textDocument.getText();
        const links = await Smm.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.lastIndexOf('repeat_orders'))
        });
        expect(links?.map(l => [l.targetUri, l.targetSelectionRange.start.line])).toEqual([[document.uri.toString(), 0]]);
    });
});

describe('switching the language', () => {
    test('translates syntax errors of documents that did not change', async () => {
        // As in the editor: the text comes from an open text document, not from a file.
        const uri = `file:///metrics${folder++}/s.smm`;
        await t.edit({ [uri]: 'goal G { kpi orders >= }' });
        const document = Smm.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))!;
        expect(document.diagnostics?.map(d => d.message)).toEqual(['Syntax error: KPI: a number, a currency or “-” must stand here, not “}”. A key indicator: `kpi metric >= target per month by date baseline N from Funnel.Stage`.']);
        t.setLocale('ru');
        await Smm.shared.workspace.DocumentBuilder.update([document.uri], []);
        expect(document.diagnostics?.map(d => d.message)).toEqual(['Синтаксическая ошибка: Показатель (KPI): здесь нужно указать число, валюту или «-», а не «}». Ключевой показатель: `показатель метрика >= цель в месяц к дата база N из Воронка.Этап`.']);
    });
});
