import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { ALL_ISSUE_CODES, REVIEW_CODES, type IssueCode } from '../../../src/language/validation/issue-catalog.js';
import { createTestServices } from '../../support/services.js';

const t = createTestServices();
afterEach(() => t.clear());

describe('syntax-error', () => {
    test('a missing name: code, line, range and words a marketer reads', async () => {
        const issues = await t.validate('role Manager\nrole "Designer"');
        expect(issues.map(i => [i.code, i.line, i.text, i.severity, i.message])).toEqual([
            ['syntax-error', 2, '"Designer"', 'error', 'Syntax error: Role: a name must stand here, not “"Designer"”. Someone who owns goals, rubrics, tasks, risks and correction rules.']
        ]);
    });

    test('a character the language does not know', async () => {
        const issues = await t.issues('role R ^', 'syntax-error');
        expect(issues.map(i => [i.line, i.text, i.message])).toEqual([[1, '^', 'Syntax error: unexpected character “^”']]);
    });

    test('a KPI comparator without a number', async () => {
        const issues = await t.issues('goal G { kpi orders >= }', 'syntax-error');
        expect(issues.map(i => [i.text, i.message])).toEqual([['}', 'Syntax error: KPI: a number, a currency or “-” must stand here, not “}”. A key indicator: `kpi metric >= target per month by date baseline N from Funnel.Stage`.']]);
    });

    test('an unclosed strategy block names the brace and the end of the file', async () => {
        const issues = await t.issues('strategy "S" {\n  role R', 'syntax-error');
        expect(issues.map(i => i.message)).toEqual(['Syntax error: Strategy: the file ends before the “}” that closes it.']);
    });

    test('a stray closing brace', async () => {
        const issues = await t.issues('role R\n}', 'syntax-error');
        expect(issues.map(i => [i.line, i.message])).toEqual([[2, 'Syntax error: Top level of the file: “}” cannot stand here. Here may stand: strategy, role, product, competitor, segment, channel, funnel, goal, metric, phase, risk, duty, approval, response, content, adjust or actuals.']]);
    });

    test('a few alternatives are listed by name', async () => {
        const issues = await t.issues('metric m { unit pieces }', 'syntax-error');
        expect(issues.map(i => [i.text, i.message])).toEqual([[
            'pieces', 'Syntax error: Metric: one of the words count, money, percent, ratio must stand here, not “pieces”. A custom metric: aliases, unit, formula, outcome or output.'
        ]]);
    });

    test('a missing comparator lists the comparators', async () => {
        const [issue] = await t.issues('adjust when ctr 1% then "Fix"', 'syntax-error');
        expect(issue.message).toBe(
            'Syntax error: Correction rule: “>=”, “<=”, “>”, “<”, “=”, “≥” or “≤” must stand here, not “1”. A correction rule: `adjust when ctr < 0.8% for 7 days then "…"`.');
    });

    test('too many alternatives to list: only what was not expected', async () => {
        const issues = await t.issues('goal G { kpi orders >= 1 per 42 }', 'syntax-error');
        expect(issues.map(i => [i.text, i.message])).toEqual([['42', 'Syntax error: KPI: “42” cannot stand here. A key indicator: `kpi metric >= target per month by date baseline N from Funnel.Stage`.']]);
    });

    test('a file cut short among many alternatives says so', async () => {
        const issues = await t.issues('goal G { kpi orders >= 1 per', 'syntax-error');
        expect(issues.map(i => i.message)).toContain('Syntax error: the file ends too early');
    });

    test('currency codes are named as one alternative', async () => {
        const issues = await t.issues('strategy "S" { currency XYZ }', 'syntax-error');
        expect(issues.map(i => [i.text, i.message])).toEqual([['XYZ', 'Syntax error: Strategy: a currency must stand here, not “XYZ”. The currency of every amount written without one.']]);
    });

    test('a minus before a money amount is a syntax error on the minus', async () => {
        const issues = await t.issues('strategy "S" {\n  budget -5\n}', 'syntax-error');
        expect(issues.map(i => [i.line, i.text, i.message])).toEqual([[2, '-', 'Syntax error: Strategy: a number or a currency must stand here, not “-”. The whole budget for the period (in a channel: the channel’s budget).']]);
    });

    test('a valid snippet has none', async () => {
        expect(await t.issues('role R "Manager"', 'syntax-error')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const issues = await t.validate('role "Дизайнер"\nrole R ^');
        expect(issues.map(i => [i.code, i.message])).toEqual([
            ['syntax-error', 'Синтаксическая ошибка: Роль: здесь нужно указать имя, а не «"Дизайнер"». Тот, кто отвечает за цели, рубрики, задачи, риски и правила корректировки.'],
            ['syntax-error', 'Синтаксическая ошибка: неожиданный символ «^»']
        ]);
    });
});

describe('unresolved-reference', () => {
    test.each([
        ['role', 'goal G { kpi orders >= 1 owner Nobody }', 'Nobody'],
        ['segment', 'goal G { kpi orders >= 1 segment Nobody }', 'Nobody'],
        ['channel', 'segment S { channels Nowhere }', 'Nowhere'],
        ['goal', 'content { rubric R goal Nothing }', 'Nothing'],
        ['task', 'phase P { task A "a" after Never }', 'Never'],
        ['funnel stage', 'goal G { kpi orders >= 1 from Funnel.Stage }', 'Funnel.Stage'],
        ['product', 'goal G { kpi orders >= 1 product Nothing }', 'Nothing'],
        ['product', 'funnel F sells Nothing { }', 'Nothing']
    ])('an unknown %s', async (kind, snippet, name) => {
        const issues = await t.issues(snippet, 'unresolved-reference');
        expect(issues.map(i => [i.text, i.severity, i.message])).toEqual([[name, 'error', `Unknown ${kind} “${name}”.`]]);
    });

    test('an unknown metric in a KPI suggests the closest known one', async () => {
        const issues = await t.issues('goal G {\n  kpi ordrs >= 10\n}', 'kpi-unknown-metric');
        expect(issues.map(i => [i.line, i.text, i.severity, i.message])).toEqual([[2, 'ordrs', 'error', 'Unknown metric “ordrs”. Did you mean “orders”?']]);
    });

    test('a KPI metric far from every known one hints at the standard metrics and at declaring one', async () => {
        const issues = await t.issues('goal G {\n  kpi likes >= 10\n}', 'kpi-unknown-metric');
        expect(issues.map(i => i.message)).toEqual([
            'Unknown metric “likes”. Use a standard metric (reach, clicks, leads, orders, cpl, romi, …) or declare it with `metric likes`.'
        ]);
    });

    test('an unknown metric in a correction rule has a code of its own', async () => {
        const issues = await t.issues('adjust when clickz < 1% then "Fix"', 'adjust-unknown-metric');
        expect(issues.map(i => [i.text, i.message])).toEqual([['clickz', 'The correction rule watches an unknown metric “clickz”.']]);
    });

    test.each([
        ['a formula', 'metric m { formula revenu / spend }', 'revenu'],
        ['a stage volume', 'funnel F { stage A volume 100 showings }', 'showings']
    ])('an unknown metric in %s gets the same hint', async (_where, snippet, name) => {
        const issues = await t.issues(snippet, 'unresolved-reference');
        expect(issues.map(i => i.message)).toEqual([
            `Unknown metric “${name}”. Use a standard metric (reach, clicks, leads, orders, cpl, romi, …) or declare it with \`metric ${name}\`.`
        ]);
    });

    test('in Russian, with the kind in Russian', async () => {
        t.setLocale('ru');
        const issues = await t.issues('goal G { kpi заказы >= 1 segment Студенты owner Никто }\nadjust when клики_ < 1 then «Исправить»',
            'unresolved-reference');
        expect(issues.map(i => i.message)).toEqual([
            'Неизвестное имя «Студенты» (сегмент).',
            'Неизвестное имя «Никто» (роль).'
        ]);
    });
});

describe('too-many-syntax-errors', () => {
    /** `count` lines that are each one syntax error (a character the language does not know). */
    const garbage = (count: number) => Array.from({ length: count }, (_, i) => `role R${i} ^`).join('\n');

    test('a file that is not a strategy shows its first hundred syntax errors and says how many more follow', async () => {
        const issues = await t.validate(garbage(250));
        expect(issues.filter(i => i.code === 'syntax-error').map(i => i.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
        const summary = issues.filter(i => i.code === 'too-many-syntax-errors');
        expect(summary.map(i => [i.line, i.text, i.severity, i.message])).toEqual([[101, '^', 'error',
            'Too many syntax errors: the first 100 are shown, 150 more from here on are not. Fix the first ones and the rest are checked again.']]);
    });

    test('in Russian, with the numbers written the Russian way', async () => {
        t.setLocale('ru');
        const summary = await t.issues(garbage(1_200), 'too-many-syntax-errors');
        expect(summary.map(i => i.message)).toEqual([
            'Слишком много синтаксических ошибок: показаны первые 100, ещё 1\u00a0100 начиная с этого места не показаны. Исправьте первые — и остальное проверится заново.'
        ]);
    });

    test('a parse gives up at the thousandth error, and the next text parses as usual', async () => {
        // Each line is a few errors for the parser (not for the lexer, which recovers at no cost).
        const issues = await t.validate(Array.from({ length: 20_000 }, () => 'goal G { kpi >= .. % } }').join('\n'));
        expect(issues.filter(i => i.code === 'syntax-error')).toHaveLength(100);
        const summary = issues.filter(i => i.code === 'too-many-syntax-errors');
        expect(summary).toHaveLength(1);
        // About a thousand errors were found before the parse gave up, far fewer than the text holds.
        const hidden = Number(/the first 100 are shown, ([\d,]+) more/.exec(summary[0]!.message)?.[1]?.replace(/,/g, ''));
        expect(hidden).toBeGreaterThanOrEqual(900);
        expect(hidden).toBeLessThan(1_000);
        await t.clear();
        expect(await t.validate('role Manager "Manager"\nrole Designer "Designer"')).toEqual([]);
    });

    test('a hundred syntax errors are all shown, with nothing more', async () => {
        const issues = await t.validate(garbage(100));
        expect(issues.map(i => i.code)).toEqual(Array.from({ length: 100 }, () => 'syntax-error'));
    });
});

describe('every diagnostic has a stable code', () => {
    test('a strategy full of problems shows every code, and only known ones', async () => {
        // The syntax error sits in a second file of the folder (a strategy of its own): repeated properties are
        // only reported in files that parse. Two strategy blocks in one file are `multiple-strategies`.
        const issues = await t.validate({
            'file:///ws/a.smm': `strategy "S" {
  currency RUB
  budget 10 USD
  period 2027-06-30 .. 2027-01-01
  role R
  role R
  product P { margin 140% price 1,500 price 2 }
  segment S { age 30..18 }
  goal A
  goal B { kpi reach kpi nothing >= 1 by 2027-02-30 }
  goal C { kpi orders >= ${'9'.repeat(400)} segment Nobody }
  adjust when clickz < 1% then "Replace the creatives"
}
strategy "S2" { }`,
            'file:///ws/b.smm': 'strategy "T" {\n  task\n}',
            'file:///ws/c.smm': 'role R ^\n'.repeat(101)
        });
        // The review of the strategy's content has its own example (examples/mistakes.smm, see review.test.ts).
        const codes = new Set(issues.map(i => i.code));
        expect(ALL_ISSUE_CODES.filter(code => !REVIEW_CODES.includes(code) && !codes.has(code))).toEqual([]);
        expect([...codes].filter(code => !ALL_ISSUE_CODES.includes(code as IssueCode))).toEqual([]);
    });
});

describe('severity settings per code', () => {
    const vague = 'goal Awareness\ngoal G { kpi reach }';
    /** The two issues of `vague` these tests are about, leaving out the rest of the review. */
    const shown = ['goal-without-kpi', 'kpi-without-target', 'unresolved-reference', 'syntax-error'];
    const validate = async (text: string) => (await t.validate(text)).filter(i => shown.includes(i.code!));

    test('by default a goal without KPI is a warning', async () => {
        const issues = await t.issues(vague, 'goal-without-kpi');
        expect(issues.map(i => i.severity)).toEqual(['warning']);
    });

    test('off removes the diagnostic and leaves the others', async () => {
        t.setSeverities({ 'goal-without-kpi': 'off' });
        const issues = await validate(vague);
        expect(issues.map(i => i.code)).toEqual(['kpi-without-target']);
    });

    test('error raises a warning', async () => {
        t.setSeverities({ 'goal-without-kpi': 'error' });
        const issues = await validate(vague);
        expect(issues.map(i => [i.code, i.severity])).toEqual([['goal-without-kpi', 'error'], ['kpi-without-target', 'warning']]);
    });

    test.each(['info', 'hint'] as const)('%s lowers an error', async severity => {
        t.setSeverities({ 'duplicate-name': severity });
        const issues = await t.issues('role R\nrole R', 'duplicate-name');
        expect(issues.map(i => i.severity)).toEqual([severity, severity]);
    });

    test('the codes of syntax and reference errors can be set too', async () => {
        t.setSeverities({ 'unresolved-reference': 'warning', 'syntax-error': 'off' });
        const issues = await validate('goal G { kpi orders >= 1 owner Nobody }\nrole ^');
        expect(issues.map(i => [i.code, i.severity])).toEqual([['unresolved-reference', 'warning']]);
    });

    test('a setting for an unknown code changes nothing', async () => {
        t.setSeverities({ 'no-such-code': 'off' });
        expect((await validate(vague)).map(i => i.code)).toEqual(['goal-without-kpi', 'kpi-without-target']);
    });
});

describe('the severity setting in the manifest', () => {
    test('offers exactly the issue codes as keys, so settings.json completes and checks them', () => {
        const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
            contributes: { configuration: { properties: Record<string, { propertyNames?: { enum: string[] } }> } };
        };
        const keys = manifest.contributes.configuration.properties['smm.diagnostics.severity'].propertyNames?.enum;
        expect(keys).toEqual([...ALL_ISSUE_CODES]);
    });
});
