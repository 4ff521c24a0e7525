import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices } from '../helpers.js';

const t = createTestServices();
afterEach(() => t.clear());

describe('duplicate-property', () => {
    test('a price given twice: the first one is flagged, naming the property', async () => {
        const issues = await t.issues('product Delivery {\n  price 300\n  margin 40%\n  price 350\n}', 'duplicate-property');
        expect(issues.map(i => [i.line, i.severity, i.message])).toEqual([
            [2, 'warning', '“price” is given more than once; only the last value counts.']
        ]);
        expect(issues[0].text).toContain('300');
    });

    test.each([
        ['age', 'segment S { age 18..24 age 20..30 }'],
        ['geo', 'segment S { geo "Moscow" geo "Kazan" }'],
        ['budget', 'channel vk { budget 1000 budget 2000 }'],
        ['ctr', 'channel vk { ctr 1% ctr 2% }'],
        ['conversion', 'funnel F { stage A conversion 10% conversion 20% }'],
        ['by', 'goal G { kpi orders >= 1 by 2027-01-01 by 2027-02-01 }'],
        ['per', 'goal G { kpi orders >= 1 per week per month }'],
        ['owner', 'role R goal G { kpi orders >= 1  owner R owner R }'],
        ['probability', 'risk R probability 10% probability 20%'],
        ['due', 'phase P { task "T" due 2027-01-01 due 2027-01-02 }'],
        ['unit', 'metric m { unit count unit money }']
    ])('“%s” given twice', async (property, snippet) => {
        const issues = await t.issues(snippet, 'duplicate-property');
        expect(issues.map(i => i.message)).toEqual([`“${property}” is given more than once; only the last value counts.`]);
    });

    test('a metric given two kinds names the kind, not the token before it', async () => {
        const issues = await t.issues('metric repeat_orders { unit count outcome output }', 'duplicate-property');
        expect(issues.map(i => [i.text, i.message])).toEqual([
            ['outcome', '“outcome” is given more than once; only the last value counts.']
        ]);
    });

    test('a strategy given two currencies', async () => {
        const issues = await t.issues('strategy "S" {\n  currency RUB\n  budget 100\n  currency USD\n}', 'duplicate-property');
        expect(issues.map(i => [i.line, i.message])).toEqual([[2, '“currency” is given more than once; only the last value counts.']]);
    });

    test('properties that may repeat are silent', async () => {
        expect(await t.issues(`
            channel vk
            channel tg
            competitor C { strength "Cheap" strength "Fast" weakness "Slow" weakness "Rude" channels vk channels tg }
            segment S { pain "a" pain "b" motive "c" motive "d" interest "e" interest "f" objection "g" objection "h" }
            channel ads { cpm 100 cpc 20 }
            goal G { kpi orders >= 1 kpi leads >= 1 segment S segment S }
            metric m { aka x aka y }
            content { rubric R on vk on tg format clips format "photo" }
            phase P { task A "a" task B "b" after A after A }`, 'duplicate-property')).toEqual([]);
    });

    test('different properties given once each are silent', async () => {
        expect(await t.issues('product P { price 350 margin 40% usp "Hot" }', 'duplicate-property')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('product P { price 1 price 2 }', 'duplicate-property');
        expect(issue.message).toBe('«price» указано больше одного раза; действует только последнее значение.');
    });
});

describe('invalid-date', () => {
    test('February 30th in a KPI deadline', async () => {
        const issues = await t.issues('goal G {\n  kpi orders >= 10 by 2027-02-30\n}', 'invalid-date');
        expect(issues.map(i => [i.line, i.text, i.severity, i.message])).toEqual([
            [2, '2027-02-30', 'error', '“2027-02-30” is not a real calendar date.']
        ]);
    });

    test.each([
        ['the goal deadline', 'goal G { kpi orders >= 1 deadline 2027-04-31 }', '2027-04-31'],
        ['a task due date', 'phase P { task "T" due 2027-13-01 }', '2027-13-01'],
        ['a milestone date', 'phase P { milestone "M" by 2027-00-10 }', '2027-00-10'],
        ['the start of the strategy period', 'strategy "S" { period 2027-02-29 .. 2027-06-30 }', '2027-02-29'],
        ['the end of a phase', 'phase P 2027-01-01 .. 2027-06-31 { }', '2027-06-31']
    ])('in %s', async (_where, snippet, date) => {
        const issues = await t.issues(snippet, 'invalid-date');
        expect(issues.map(i => [i.text, i.message])).toEqual([[date, `“${date}” is not a real calendar date.`]]);
    });

    test('real dates are silent, a leap day included', async () => {
        expect(await t.issues(`
            strategy "S" { period 2028-02-29 .. 2028-12-31 }
            goal G { kpi orders >= 1 by 2027-03-31 deadline 2027-12-31 }
            phase P 2027-01-01 .. 2027-01-31 { task "T" due 2027-01-10 milestone "M" by 2027-01-31 }`, 'invalid-date')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('goal G { kpi orders >= 1 by 2027-02-30 }', 'invalid-date');
        expect(issue.message).toBe('«2027-02-30» — такой даты в календаре нет.');
    });
});

describe('invalid-range', () => {
    test('a strategy period that ends before it starts', async () => {
        const issues = await t.issues('strategy "S" {\n  period 2027-06-30 .. 2027-01-01\n}', 'invalid-range');
        expect(issues.map(i => [i.line, i.text, i.severity, i.message])).toEqual([
            [2, '2027-06-30 .. 2027-01-01', 'error', 'The range ends (2027-01-01) before it starts (2027-06-30).']
        ]);
    });

    test('a phase that ends before it starts', async () => {
        const issues = await t.issues('phase Launch 2027-02-01 .. 2027-01-31 { }', 'invalid-range');
        expect(issues.map(i => i.message)).toEqual(['The range ends (2027-01-31) before it starts (2027-02-01).']);
    });

    test('an age range written backwards', async () => {
        const issues = await t.issues('segment Students {\n  age 30..18\n}', 'invalid-range');
        expect(issues.map(i => [i.line, i.text, i.message])).toEqual([
            [2, '30..18', 'The range ends (18) before it starts (30).']
        ]);
    });

    test('ranges in order are silent, a one-day phase and a one-year age group included', async () => {
        expect(await t.issues(`
            strategy "S" { period 2027-01-01 .. 2027-06-30 }
            phase Day 2027-03-08 .. 2027-03-08 { }
            segment Eighteen { age 18..18 }
            segment Young { age 18..24 }`, 'invalid-range')).toEqual([]);
    });

    test('a range with an impossible date is reported as a date, not as a range', async () => {
        const issues = await t.validate('phase P 2027-02-30 .. 2027-02-01 { }');
        expect(issues.map(i => i.code)).toEqual(['invalid-date']);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('segment S { age 30..18 }', 'invalid-range');
        expect(issue.message).toBe('Диапазон заканчивается (18) раньше, чем начинается (30).');
    });
});

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
        'adjust when cpl > 1,200 then "Stop"'
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
        ['a decimal point', 'segment S { size 1.500 }'],
        ['a list of names', 'channel vk\nchannel tg\nsegment S { channels vk, tg }'],
        ['a number inside a string', 'goal G "1,500 online orders a month" { kpi orders >= 1500 }'],
        ['a number inside comments', '// 1,500 orders\nrole R /* 2,000 */']
    ])('is silent for %s', async (_what, snippet) => {
        expect(await t.issues(snippet, 'ambiguous-number')).toEqual([]);
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

describe('currency-mismatch', () => {
    test('a channel budget in dollars in a rouble strategy', async () => {
        const issues = await t.issues(`strategy "S" {
  currency RUB
  channel vk { budget 1000 USD }
}`, 'currency-mismatch');
        expect(issues.map(i => [i.line, i.text, i.severity, i.message])).toEqual([
            [3, 'USD', 'warning', 'The amount is in USD, but the strategy’s currency is RUB.']
        ]);
    });

    test('a symbol is compared by the currency it stands for', async () => {
        const issues = await t.issues('strategy "S" { currency RUB product P { price 5 € } }', 'currency-mismatch');
        expect(issues.map(i => [i.text, i.message])).toEqual([['€', 'The amount is in EUR, but the strategy’s currency is RUB.']]);
    });

    test('the currency setting may be written as a symbol too', async () => {
        const issues = await t.issues('strategy "S" { currency $ budget 100 RUB }', 'currency-mismatch');
        expect(issues.map(i => i.message)).toEqual(['The amount is in RUB, but the strategy’s currency is USD.']);
    });

    test('amounts in the strategy currency, by code or symbol, or with no currency, are silent', async () => {
        expect(await t.issues(`strategy "S" {
  currency RUB
  budget 600 000 ₽
  channel vk { budget 250000 RUB cpm 180 }
  risk R impact 90000
}`, 'currency-mismatch')).toEqual([]);
    });

    test('without a currency setting nothing is compared', async () => {
        expect(await t.issues('strategy "S" { budget 100 USD channel vk { budget 200 EUR } }', 'currency-mismatch')).toEqual([]);
    });

    test('a KPI target in another currency', async () => {
        const issues = await t.issues('strategy "S" {\n  currency RUB\n  goal G { kpi cpl <= 2 USD }\n}', 'currency-mismatch');
        expect(issues.map(i => [i.line, i.text, i.message])).toEqual([
            [3, 'USD', 'The amount is in USD, but the strategy’s currency is RUB.']
        ]);
    });

    test('an amount in another file of the strategy’s folder', async () => {
        const issues = await t.issues({
            'file:///ws/strategy.smm': 'strategy "S" { currency RUB }',
            'file:///ws/channels.smm': 'channel vk { budget 1000 USD }'
        }, 'currency-mismatch');
        expect(issues.map(i => [i.uri, i.text, i.message])).toEqual([
            ['file:///ws/channels.smm', 'USD', 'The amount is in USD, but the strategy’s currency is RUB.']
        ]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('strategy "S" { currency RUB budget 10 USD }', 'currency-mismatch');
        expect(issue.message).toBe('Сумма указана в USD, а валюта стратегии — RUB.');
    });
});
