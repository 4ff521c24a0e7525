import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { LangiumDocument } from 'langium';
import { expectFormatting } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormattingOptions, Range } from 'vscode-languageserver';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createTestServices, syntaxErrors } from '../support/services.js';
import { commentsOf, meaningOf, seeded } from '../support/format-properties.js';
import { CLEAN_STRATEGY } from '../support/strategies.js';
import { freshUri } from './navigation-support.js';

const t = createTestServices();
const Smm = t.services;
const SPACES: FormattingOptions = { tabSize: 4, insertSpaces: true };

beforeAll(() => t.builtinMetrics());
afterEach(() => t.clear());

/** Checks the formatted text of `before` through Langium's own test helper. */
async function expectFormatted(before: string, after: string, range?: Range): Promise<void> {
    await expectFormatting(Smm)({ before, after, range, parseOptions: { documentUri: freshUri() }, disposeAfterCheck: true });
}

async function format(text: string, options: FormattingOptions = SPACES): Promise<{ text: string; before: LangiumDocument; after: LangiumDocument }> {
    const before = await t.parse(text, freshUri());
    const edits = await Smm.lsp.Formatter!.formatDocument(before, { textDocument: { uri: before.uri.toString() }, options });
    const formatted = TextDocument.applyEdits(before.textDocument, edits);
    return { text: formatted, before, after: await t.parse(formatted, freshUri()) };
}

/** What the checks say about a text, without positions. */
async function diagnosticsOf(text: string): Promise<string[]> {
    return (await t.validate(text, freshUri())).map(i => `${i.code}: ${i.message}`).sort();
}

/**
 * The same tokens and comments with random whitespace between them: spaces, tabs, line breaks and blank
 * lines. A line comment is always followed by a line break, and two numbers by one too (a space would
 * make `1 500` of them).
 */
function reflow(text: string, random: () => number): string {
    const { tokens, hidden } = Smm.parser.Lexer.tokenize(text);
    const all = [...tokens, ...hidden].sort((a, b) => a.startOffset - b.startOffset);
    const gaps = [' ', '  ', '\t', '\n', '\n\n\n', ' \n\t\t', '\r\n'];
    return all.map((token, i) => {
        const next = all[i + 1];
        if (!next) {
            return token.image;
        }
        const mustBreak = token.tokenType.name === 'SL_COMMENT' || (token.tokenType.name === 'NUMBER' && next.tokenType.name === 'NUMBER');
        const gap = gaps[Math.floor(random() * gaps.length)];
        return token.image + (mustBreak && !gap.includes('\n') ? '\n' : gap);
    }).join('');
}

function corpus(): Array<[string, string]> {
    const examples = (readdirSync('examples', { recursive: true }) as string[])
        .filter(f => f.endsWith('.smm'))
        .sort()
        .map(f => [`examples/${f.split(sep).join('/')}`, readFileSync(join('examples', f), 'utf8')] as [string, string]);
    const dir = join('test', 'lsp', 'format-corpus');
    const snippets = readdirSync(dir).sort().map(f => [f, readFileSync(join(dir, f), 'utf8')] as [string, string]);
    return [...examples, ...snippets, ['CLEAN_STRATEGY', CLEAN_STRATEGY]];
}

describe('formatting keeps the meaning and is idempotent', () => {
    test.each(corpus())('%s', async (_name, text) => {
        const once = await format(text);
        expect(syntaxErrors(once.after)).toEqual(syntaxErrors(once.before));
        expect(meaningOf(once.after.parseResult.value)).toEqual(meaningOf(once.before.parseResult.value));
        expect((await format(once.text)).text).toBe(once.text);
        // The same diagnostics, in-file suppressions included.
        expect(await diagnosticsOf(once.text)).toEqual(await diagnosticsOf(text));
        // Every comment survives, word for word.
        expect(commentsOf(once.text)).toEqual(commentsOf(text));
    });

    test.each(corpus())('%s, indented with tabs', async (_name, text) => {
        const once = await format(text, { tabSize: 4, insertSpaces: false });
        expect(meaningOf(once.after.parseResult.value)).toEqual(meaningOf(once.before.parseResult.value));
        expect((await format(once.text, { tabSize: 4, insertSpaces: false })).text).toBe(once.text);
    });

    test.each(corpus().filter(([name]) => name.startsWith('examples/')))('%s with its whitespace shuffled', async (_name, text) => {
        const random = seeded(text.length);
        for (let variant = 0; variant < 3; variant++) {
            const shuffled = reflow(text, random);
            const once = await format(shuffled);
            expect(syntaxErrors(once.before)).toEqual([]);
            expect(meaningOf(once.after.parseResult.value)).toEqual(meaningOf(once.before.parseResult.value));
            expect((await format(once.text)).text).toBe(once.text);
        }
    });

    test('the examples are already formatted', async () => {
        for (const [name, text] of corpus().filter(([n]) => n.startsWith('examples/') && !n.includes('mistakes'))) {
            expect((await format(text)).text, name).toBe(text);
        }
    });
});

describe('layout', () => {
    test('one member per line, indented by four spaces, stages one per line', async () => {
        await expectFormatted(
            'strategy "S" { period 2027-01-01..2027-06-30 budget 60 000 funnel F { stage A volume 100 stage B conversion 5 % } }',
            [
                'strategy "S" {',
                '    period 2027-01-01 .. 2027-06-30',
                '    budget 60 000',
                '    funnel F {',
                '        stage A volume 100',
                '        stage B conversion 5%',
                '    }',
                '}'
            ].join('\n'));
    });

    test('spacing around comparators, commas, ranges, signs and currency signs', async () => {
        await expectFormatted(
            'segment S { age 18 .. 24 channels vk ,tg }\ngoal G { kpi romi>=- 20 % kpi revenue >= $ 100 from F . A , F . B }',
            [
                'segment S {',
                '    age 18..24',
                '    channels vk, tg',
                '}',
                'goal G {',
                '    kpi romi >= -20%',
                '    kpi revenue >= $100 from F.A, F.B',
                '}'
            ].join('\n'));
    });

    test('budgets per month and during a phase, one per line; the sign of a growth sticks to it', async () => {
        await expectFormatted(
            'channel vk { budget 10 000 per month during Launch budget 5 000 during 2027-02-01 .. 2027-02-28 cpc 10 }\ngoal G { kpi sales + 20 % baseline 500 kpi cpl - 15 % baseline 200 }',
            [
                'channel vk {',
                '    budget 10 000 per month during Launch',
                '    budget 5 000 during 2027-02-01 .. 2027-02-28',
                '    cpc 10',
                '}',
                'goal G {',
                '    kpi sales +20% baseline 500',
                '    kpi cpl -15% baseline 200',
                '}'
            ].join('\n'));
    });

    test('a line an author broke inside a member becomes a continuation line', async () => {
        await expectFormatted(
            'phase P {\ntask T "Shoot"\nowner A     due 2027-01-10\n}',
            'phase P {\n    task T "Shoot"\n        owner A due 2027-01-10\n}');
    });

    test('keeps one blank line between members, never more', async () => {
        await expectFormatted('role A\n\n\n\nrole B\nrole C', 'role A\n\nrole B\nrole C');
    });

    test('comments stay, a line comment is never joined with the next line', async () => {
        await expectFormatted(
            'goal G { kpi orders >= 10 // monthly\nper month\n// the owner\nowner A }',
            'goal G {\n    kpi orders >= 10 // monthly\n        per month\n    // the owner\n    owner A\n}');
    });

    test('a doc comment stays right before its declaration', async () => {
        await expectFormatted(
            'strategy "S" {\n/** Students near the campus. */\n        segment Students\n}',
            'strategy "S" {\n    /** Students near the campus. */\n    segment Students\n}');
    });

    test('a Russian strategy', async () => {
        await expectFormatted(
            'strategy «Зерно» { role СММ «SMM-менеджер» risk Цены «Рост цен» probability 40 % impact 90 000 ₽ owner СММ }',
            'strategy «Зерно» {\n    role СММ «SMM-менеджер»\n    risk Цены «Рост цен» probability 40% impact 90 000 ₽ owner СММ\n}');
    });

    test('CRLF line endings stay CRLF', async () => {
        const { text } = await format('channel vk { budget 100 }\r\nrole A\r\n');
        expect(text).toBe('channel vk {\r\n    budget 100\r\n}\r\nrole A\r\n');
    });

    test('indents with tabs when the editor does', async () => {
        const { text } = await format('segment S { size 100 }', { tabSize: 4, insertSpaces: false });
        expect(text).toBe('segment S {\n\tsize 100\n}');
    });
});

describe('suppressed diagnostics', () => {
    test('the line after `// smm-ignore-next-line` is not broken, so its diagnostics stay suppressed', async () => {
        const text = 'metric tastings { output }\n// smm-ignore-next-line kpi-output-metric\ngoal G { kpi tastings >= 4 owner A }\nrole A';
        const { text: formatted } = await format(text);
        expect(formatted).toBe('metric tastings {\n    output\n}\n// smm-ignore-next-line kpi-output-metric\ngoal G { kpi tastings >= 4 owner A }\nrole A');
        expect((await diagnosticsOf(formatted)).filter(d => d.startsWith('kpi-output-metric'))).toEqual([]);
        // Without the directive the same goal would be reported, and is laid out as usual.
        const plain = await format(text.replace('// smm-ignore-next-line kpi-output-metric\n', ''));
        expect(plain.text).toContain('goal G {\n    kpi tastings >= 4\n    owner A\n}');
        expect((await diagnosticsOf(plain.text)).filter(d => d.startsWith('kpi-output-metric'))).toHaveLength(1);
    });
});

describe('range formatting', () => {
    test('formats the members the range touches and leaves the rest alone', async () => {
        await expectFormatted(
            'segment A { size 1 }\nsegment B { size 2 }\nsegment C { size 3 }',
            'segment A { size 1 }\nsegment B {\n    size 2\n}\nsegment C { size 3 }',
            { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });
    });
});

describe('a file with syntax errors', () => {
    const broken = 'segment   A { size 1 }\ngoal G { kpi orders >= }\nsegment   C';

    test('the whole document is left as it is', async () => {
        await expectFormatted(broken, broken);
    });

    test('a range before the first error is still formatted, the text after it is kept', async () => {
        await expectFormatted(broken, broken.replace('segment   A { size 1 }', 'segment A {\n    size 1\n}'),
            { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    });

    test('a range at or after the error is not touched', async () => {
        await expectFormatted(broken, broken, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
    });
});

describe('comments as the formatter must keep them', () => {
    test('slashes inside a text are the text, not a comment: spacing around it is no lost comment', async () => {
        const text = 'risk Ц«//»probability 0%impact 0 // real comment\n';
        const once = await format(text);
        expect(once.text).toBe('risk Ц «//» probability 0% impact 0 // real comment\n');
        expect(commentsOf(text)).toEqual(['// real comment']);
        expect(commentsOf(once.text)).toEqual(commentsOf(text));
    });
});

describe('everyday forms keep the author’s spelling', () => {
    test('multipliers, rouble words, DD.MM.YYYY ranges, ages and lists of owners and channels', async () => {
        const text = `strategy «Зерно» {
    period 01.03.2027–31.08.2027
    budget 1,2 млн ₽
    role СММ
    role Автор
    channel вк { budget 300 тыс. руб.  cpm 200 }
    channel тг { organic 3 000 per post }
    segment Мамы { age 25-40 лет }
    funnel Заказы { stage Охват via вк, тг }
    goal Г { kpi заказы >= 1 500 by 31.08.2027 owner СММ, Автор }
}
`;
        const { text: formatted } = await format(text);
        // A date range is spaced like any other: `01.03.2027 – 31.08.2027`.
        for (const form of ['period 01.03.2027 – 31.08.2027', '1,2 млн ₽', '300 тыс. руб.', 'organic 3 000 per post', '25-40 лет', 'via вк, тг', 'by 31.08.2027', 'owner СММ, Автор']) {
            expect(formatted).toContain(form);
        }
        expect(await diagnosticsOf(formatted)).toEqual(await diagnosticsOf(text));
    });
});

