import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices } from '../../support/services.js';

/** Numbers that mean what the writer meant: `src/language/validation/numbers.ts`. */
const t = createTestServices({ review: false });
afterEach(() => t.clear());

describe('ambiguous-number', () => {
    test('1,500 fires on the number itself', async () => {
        const issues = await t.issues('goal G {\n  kpi orders >= 1,500 per month\n}', 'ambiguous-number');
        expect(issues.map(i => [i.line, i.column, i.text, i.severity, i.message])).toEqual([[
            2, 16, '1,500', 'error', '“1,500” is ambiguous: write 1500 for a number with thousands, or 1.5 for a decimal.'
        ]]);
    });

    test.each([
        'segment S { size 45,000 }',
        'product P { price 2,990 }',
        'product P { margin 12,500% }',
        'channel vk { cpm 180,000 }',
        'adjust when cpl > 1,200 then "Stop"',
        'segment S { size 12,345 }',
        'goal G { kpi romi >= -1,500% }',
        'segment S { age 18-1,000 }'
    ])('fires in %s', async snippet => {
        expect((await t.issues(snippet, 'ambiguous-number')).length).toBe(1);
    });

    test.each([
        ['a decimal comma', 'product P { margin 1,5% }'],
        ['two decimals', 'channel vk { cpc 12,50 }'],
        ['four decimals', 'channel vk { cpc 1,2345 }'],
        ['thousands with a space', 'segment S { size 1 500 }'],
        ['thousands with an underscore', 'segment S { size 1_500 }'],
        ['a plain number', 'segment S { size 1500 }'],
        ['US-style thousands', 'segment S { size 1,500,000 }'],
        ['US-style thousands with decimals', 'product P { price 1,500,000.50 }'],
        ['a leading zero: only a decimal', 'product P { margin 0,750% }'],
        ['one digit after the comma', 'segment S { size 1,5 }'],
        ['four digits before the comma', 'segment S { size 1500,000 }'],
        ['a decimal point', 'segment S { size 1.500 }'],
        ['a list of names', 'channel vk\nchannel tg\nsegment S { channels vk, tg }'],
        ['a number inside a string', 'goal G "1,500 online orders a month" { kpi orders >= 1500 }'],
        ['a number inside comments', '// 1,500 orders\nrole R /* 2,000 */']
    ])('is silent for %s', async (_what, snippet) => {
        expect(await t.issues(snippet, 'ambiguous-number')).toEqual([]);
    });

    test('US-style thousands, a leading zero and a decimal comma have no diagnostic of any kind', async () => {
        expect(await t.validate('segment S { size 1,500,000 }\nproduct P { margin 0,750% }\nchannel vk { cpc 1,5 }')).toEqual([]);
    });

    test.each([
        ['the currency before the amount, the English way', 'goal G { kpi cac <= $1,500 }'],
        ['a currency code before the amount', 'product P { price USD 1,290 }'],
        ['a file in USD with no number written the continental way', 'strategy "S" {\n  currency USD\n  budget 60,000\n  channel vk { budget 24,000  cpm 8.50 }\n}']
    ])('is silent when the conventions decide: %s', async (_what, snippet) => {
        expect(await t.issues(snippet, 'ambiguous-number')).toEqual([]);
    });

    test('a file in USD that writes a decimal comma elsewhere keeps 1,500 ambiguous', async () => {
        expect((await t.issues('strategy "S" {\n  currency USD\n  budget 1,500\n  channel vk { cpm 8,5 }\n}', 'ambiguous-number')).length).toBe(1);
    });

    test('an ambiguous number has no value, so no other check computes with a guess', async () => {
        // Read as 1.5, the strategy budget would be exceeded by the channel's 1 000 (budget-exceeded); read as
        // 1 500 it would not: the writer must say which before any budget check speaks.
        const issues = await t.validate(`strategy "S" {
  period 2027-01-01 .. 2027-06-30
  currency RUB
  budget 1,500
  channel vk { budget 1 000  cpm 200 }
}`);
        expect(issues.filter(i => i.severity === 'error').map(i => i.code)).toEqual(['ambiguous-number']);
        expect(issues.filter(i => i.code?.startsWith('budget-'))).toEqual([]);
    });

    test('12,345 fires on the number with both readings', async () => {
        const [issue] = await t.issues('segment S { size 12,345 }', 'ambiguous-number');
        expect([issue.text, issue.message]).toEqual([
            '12,345', '“12,345” is ambiguous: write 12345 for a number with thousands, or 12.345 for a decimal.'
        ]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('segment S { size 1,500 }', 'ambiguous-number');
        expect(issue.message).toBe('«1,500» неоднозначно: напишите 1500, если это тысячи, или 1.5, если это дробь.');
    });
});

describe('invalid-percent', () => {
    test('a margin of 140% fires on the value', async () => {
        const issues = await t.issues('product Delivery {\n  margin 140%\n}', 'invalid-percent');
        expect(issues.map(i => [i.line, i.text, i.severity, i.message])).toEqual([
            [2, '140', 'error', 'A percentage of 140% is not possible here: it must be between 0% and 100%.']
        ]);
    });

    test.each([
        ['a stage conversion', 'funnel F { stage A conversion 120% }'],
        ['a channel CTR', 'channel vk { ctr 101% }'],
        ['a risk probability', 'risk R probability 100,5%']
    ])('fires for %s', async (_what, snippet) => {
        expect((await t.issues(snippet, 'invalid-percent')).length).toBe(1);
    });

    test('100% and 0% are possible', async () => {
        expect(await t.issues('product P { margin 100% }\nrisk R probability 0%', 'invalid-percent')).toEqual([]);
    });

    test('a KPI target above 100% is fine: ROMI of 150% is a goal, not a share', async () => {
        expect(await t.issues('goal G { kpi romi >= 150% baseline 120% }', 'invalid-percent')).toEqual([]);
    });

    test('a correction threshold above 100% is fine', async () => {
        expect(await t.issues('adjust when romi < 110% then "Cut the budget"', 'invalid-percent')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('product P { margin 140% }', 'invalid-percent');
        expect(issue.message).toBe('Здесь не может быть 140%: значение должно быть от 0% до 100%.');
    });
});

describe('number-too-large', () => {
    test('a number beyond any computation is a typo', async () => {
        const digits = '9'.repeat(400);
        const issues = await t.issues(`goal G { kpi orders >= ${digits} }`, 'number-too-large');
        expect(issues.map(i => [i.line, i.text, i.severity, i.message])).toEqual([[
            1, digits, 'error', 'This number has 400 characters: too large to mean anything. Check for a typo.'
        ]]);
    });

    test('large but real numbers are fine', async () => {
        expect(await t.issues('strategy "S" { budget 9 999 999 999 999 }', 'number-too-large')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues(`segment S { size ${'1'.repeat(320)} }`, 'number-too-large');
        expect(issue.message).toBe('В этом числе слишком много знаков (320), чтобы оно что-то значило. Проверьте, нет ли опечатки.');
    });
});
