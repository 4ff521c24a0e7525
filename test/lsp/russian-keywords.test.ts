import { expectHover, highlightHelper } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/index.js';
import { createTestServices } from '../support/services.js';
import { quickFixes } from './quick-fixes.js';

const t = createTestServices();
const hover = expectHover(t.services);
const fixes = quickFixes(t, 'russian-fixes');
let folder = 0;

beforeAll(() => t.builtinMetrics());
afterEach(() => t.clear());

async function expectHoverAt(text: string, expected: string, locale: Locale): Promise<void> {
    t.setLocale(locale);
    await hover({ text, index: 0, hover: expected, parseOptions: { documentUri: `file:///hover-ru${folder++}/s.smm` }, disposeAfterCheck: true });
}

describe('hover on a keyword written in Russian', () => {
    test('explains it as the English keyword, in the user language', async () => {
        await expectHoverAt('стратегия «С» { бюд<|>жет 600 000 }', 'Весь бюджет на период (у канала — бюджет канала).', 'ru');
        await expectHoverAt('стратегия «С» { бюд<|>жет 600 000 }', 'The whole budget for the period (in a channel: the channel’s budget).', 'en');
    });

    test('a form of several words is one keyword', async () => {
        await expectHoverAt('сегмент С\nцель Ц { сегмент С показатель заказы >= 10 ра<|>за в месяц }', 'Цель — в день, неделю, месяц, квартал или год.', 'ru');
    });
});

describe('the formatter keeps the words the author chose', () => {
    test('a minified Russian strategy is laid out as an English one and keeps its Russian keywords', async () => {
        const russian = 'стратегия «З» { период 2027-03-01 .. 2027-08-31 бюджет 50 000 в месяц канал вк { бюджет 10 000 в месяц cpm 200 } }';
        const document = await t.parse(russian, `file:///format-ru${folder++}/s.smm`);
        const edits = await t.services.lsp.Formatter!.formatDocument(document, {
            textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true }
        });
        const formatted = TextDocument.applyEdits(document.textDocument, edits);
        expect(formatted).toBe([
            'стратегия «З» {',
            '    период 2027-03-01 .. 2027-08-31',
            '    бюджет 50 000 в месяц',
            '    канал вк {',
            '        бюджет 10 000 в месяц',
            '        cpm 200',
            '    }',
            '}'
        ].join('\n'));
    });
});

describe('quick fixes write keywords in the language of the file', () => {
    test('an owner added to a Russian rubric is `ответственный`', async () => {
        const document = await fixes.open('роль СММ\nконтент {\n    рубрика Советы 3 раза в неделю\n}');
        const [fix] = await fixes.fixesFor(document, 'rubric-without-owner');
        expect(fixes.apply(document, fix)).toBe('роль СММ\nконтент {\n    рубрика Советы 3 раза в неделю ответственный СММ\n}');
    });

    test('a KPI added to a Russian goal is written in Russian keywords, and parses', async () => {
        const document = await fixes.open('стратегия «С» {\n    период 2027-03-01 .. 2027-08-31\n    цель Ц «Больше заказов» {\n    }\n}');
        const [fix] = await fixes.fixesFor(document, 'goal-without-kpi');
        const fixed = fixes.apply(document, fix);
        expect(fixed).toContain('показатель orders >= 100 в месяц к 2027-08-31');
        await t.parseClean(fixed, `file:///fixed-ru${folder++}/s.smm`);
    });

    test('the same fix in an English file stays English', async () => {
        const document = await fixes.open('role Smm\ncontent {\n    rubric Tips 3 per week\n}');
        const [fix] = await fixes.fixesFor(document, 'rubric-without-owner');
        expect(fixes.apply(document, fix)).toBe('role Smm\ncontent {\n    rubric Tips 3 per week owner Smm\n}');
    });
});

describe('semantic tokens in a file of Russian keywords', () => {
    test('colour the same names as in the English file, and no keyword', async () => {
        const names = async (text: string) => (await highlightHelper(t.services)(text, { documentUri: `file:///tokens-ru${folder++}/s.smm` }))
            .tokens.map(token => `${token.text} ${token.tokenType}`);
        const english = await names('role Smm\nchannel vk\nsegment S { channels vk }\ngoal G { segment S kpi orders >= 1 per month owner Smm }');
        const russian = await names('роль Smm\nканал vk\nсегмент S { каналы vk }\nцель G { сегмент S показатель orders >= 1 в месяц ответственный Smm }');
        expect(russian).toEqual(english);
        expect(russian).toContain('orders function');
    });
});
