import type { LangiumDocument } from 'langium';
import type { CodeAction, Range } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices } from '../support/services.js';
import { positionOf } from '../support/strategies.js';
import { quickFixes } from './quick-fixes.js';

const t = createTestServices();
afterEach(() => t.clear());

const { open, apply } = quickFixes(t, 'forms');

/** The code actions offered with the cursor on `marker` (no diagnostic needed). */
async function actionsAt(document: LangiumDocument, marker: string): Promise<CodeAction[]> {
    const position = positionOf(document.textDocument.getText(), marker);
    const range: Range = { start: position, end: position };
    return (await t.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range, context: { diagnostics: [] }
    }) ?? []) as CodeAction[];
}

const ZERNO = `strategy «Зерно» {
    period 01.03.2027 .. 31.08.2027
    currency RUB
    budget 1,2 млн ₽
    channel вк { budget 300 тыс. руб.  cpm 200 }
}`;

describe('everyday forms rewritten canonically, on request', () => {
    test('the form under the cursor, and every form of the file', async () => {
        const document = await open(ZERNO);
        const actions = await actionsAt(document, '300 тыс.');
        expect(actions.map(a => [a.title, a.kind])).toEqual([
            ['Write 300 тыс. as 300 000', 'refactor.rewrite'],
            ['Write every everyday number, date and currency of the file in its canonical form (5)', 'refactor.rewrite']
        ]);
        expect(apply(document, actions[0])).toContain('budget 300 000 руб.  cpm 200');
        // The same numbers and dates, canonically: 1 200 000 and 300 000 roubles from March 1 to August 31
        const canonical = apply(document, actions[1]);
        expect(canonical).toBe(`strategy «Зерно» {
    period 2027-03-01 .. 2027-08-31
    currency RUB
    budget 1 200 000 ₽
    channel вк { budget 300 000 ₽  cpm 200 }
}`);
        expect((await open(canonical)).diagnostics?.filter(d => d.severity === 1)).toEqual([]);
    });

    test('$42,000 in the English order and 50k', async () => {
        const document = await open('strategy "Dash" {\n    currency USD\n    budget $42,000\n    channel ig { budget 50k  cpm 8 }\n}');
        expect(apply(document, (await actionsAt(document, '42,000'))[0])).toContain('budget $42 000');
        expect((await actionsAt(document, '50k'))[0].title).toBe('Write 50k as 50 000');
    });

    test('a canonical text, or an ambiguous number, offers nothing', async () => {
        const document = await open('strategy "S" {\n    currency RUB\n    budget 1 200 000 ₽\n    channel vk { budget 1,500  cpm 200 }\n}');
        expect(await actionsAt(document, '1 200 000')).toEqual([]);
        expect((await actionsAt(document, '1,500')).map(a => a.title)).toEqual([]);
    });

    test('titles in Russian', async () => {
        t.setLocale('ru');
        const document = await open(ZERNO);
        expect((await actionsAt(document, '01.03.2027'))[0].title).toBe('Записать 01.03.2027 как 2027-03-01');
    });
});
