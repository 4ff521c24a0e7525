import type { CompletionItem, TextEdit } from 'vscode-languageserver';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { completionItemsAt } from '../support/completion.js';
import { createTestServices } from '../support/services.js';

const t = createTestServices();
let folder = 0;

beforeAll(async () => {
    await t.builtinMetrics();
});

afterEach(() => t.clear());

/** The completion items at `<|>` in `text`, in a folder of its own. */
const itemsAt = completionItemsAt(t, 'completion-ru');

const keywords = (items: CompletionItem[]) => items.filter(i => i.kind === 14 /* Keyword */).map(i => i.label);

const RUSSIAN = `стратегия «Зерно» {
    период 2027-03-01 .. 2027-08-31
    роль СММ
    канал вк { бюджет 30 000 }
    <|>
}`;

const ENGLISH = `strategy "Zerno" {
    period 2027-03-01 .. 2027-08-31
    role Boss
    channel vk { budget 30 000 }
    <|>
}`;

describe('keywords in the language of the file', () => {
    test('a file written in Russian keywords is offered Russian keywords, whatever the user language', async () => {
        const offered = keywords(await itemsAt(RUSSIAN, 'en'));
        expect(offered).toEqual(expect.arrayContaining(['цель', 'сегмент', 'воронка', 'канал', 'бюджет', 'контент']));
        expect(offered).not.toContain('goal');
    });

    test('a file written in English keywords is offered English keywords, even to a Russian user', async () => {
        const offered = keywords(await itemsAt(ENGLISH, 'ru'));
        expect(offered).toEqual(expect.arrayContaining(['goal', 'segment', 'funnel', 'channel', 'budget', 'content']));
        expect(offered).not.toContain('цель');
    });

    test('a file without keywords yet follows the user language', async () => {
        expect(keywords(await itemsAt('<|>', 'ru'))).toContain('стратегия');
        expect(keywords(await itemsAt('<|>', 'en'))).toContain('strategy');
    });

    test('the first letters typed choose the language: `бю` in an English file is `бюджет`', async () => {
        const offered = keywords(await itemsAt(ENGLISH.replace('<|>', 'бю<|>'), 'en'));
        expect(offered).toContain('бюджет');
        expect(offered).not.toContain('budget');
    });

    test('after `кпэ заказы ` the comparators, after `ответственный ` the roles, as in English', async () => {
        const kpi = await itemsAt(`${RUSSIAN.replace('<|>', 'цель Ц { показатель заказы <|>')} }`, 'ru');
        expect(kpi.map(i => i.label)).toContain('>=');
        const owner = await itemsAt(`${RUSSIAN.replace('<|>', 'цель Ц { ответственный <|>')} }`, 'ru');
        expect(owner.map(i => i.label)).toContain('СММ');
    });

    test('the SMART goal snippet of a Russian file is written in Russian keywords and parses', async () => {
        const items = await itemsAt(RUSSIAN, 'ru');
        const goal = (items.find(i => i.label === 'SMART-цель с KPI')!.textEdit as TextEdit).newText;
        expect(goal).toMatch(/^цель /);
        expect(goal).toContain('\n    показатель заказы >= 500 в месяц к 2027-08-31 база 100');
        expect(goal).toContain('ответственный СММ');
        await t.parseClean(RUSSIAN.replace('<|>', goal), 'file:///snippet-ru/s.smm');
    });
});

describe('opening on a typed space after a Russian keyword', () => {
    async function onTyped(text: string): Promise<string[] | undefined> {
        const offset = text.indexOf('<|>');
        const uri = `file:///typed-ru${folder++}/s.smm`;
        const document = await t.parse(text.replace('<|>', ''), uri);
        const list = await t.services.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri }, position: document.textDocument.positionAt(offset),
            context: { triggerKind: 2, triggerCharacter: ' ' }
        });
        return list?.items.map(i => i.label);
    }

    test.each([
        ['цель Ц { показатель <|>', 'orders'],
        ['роль СММ\nцель Ц { показатель заказы >= 1 ответственный <|>', 'СММ'],
        ['цель Ц { показатель заказы <|>', '>='],
        ['канал вк\nсегмент С { каналы вк, <|>', 'вк']
    ])('after `%s` it proposes %s', async (text, expected) => {
        expect(await onTyped(text)).toContain(expected);
    });

    test('after a Russian word that is no keyword it stays quiet', async () => {
        expect(await onTyped('цель Ц «Больше заказов в <|>')).toBeUndefined();
        expect(await onTyped('сегмент С { размер 45 <|>')).toBeUndefined();
    });
});
