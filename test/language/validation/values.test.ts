import { afterEach, describe, expect, test } from 'vitest';
import { typesWithRepeatableProperties } from '../../../src/language/parsing/grammar-reflection.js';
import { createTestServices } from '../../support/services.js';

const t = createTestServices({ review: false });
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
        ['unit', 'metric m { unit count unit money }'],
        ['usp', 'competitor C { usp "Cheap" usp "Fast" }'],
        ['owner', 'role R content { rubric X owner R owner R }'],
        ['cost', 'phase P { task "T" cost 100 cost 200 }']
    ])('“%s” given twice', async (property, snippet) => {
        const issues = await t.issues(snippet, 'duplicate-property');
        expect(issues.map(i => i.message)).toEqual([`“${property}” is given more than once; only the last value counts.`]);
    });

    test('a price given twice underlines the keyword and the amount of the first one', async () => {
        const issues = await t.issues('product P { price 1 price 2 }', 'duplicate-property');
        expect(issues.map(i => [i.line, i.column, i.text])).toEqual([[1, 12, 'price 1']]);
    });

    test('a price with its currency before the amount given twice', async () => {
        const issues = await t.issues('product P { price $1 price $2 }', 'duplicate-property');
        expect(issues.map(i => [i.text, i.message])).toEqual([['price $1', '“price” is given more than once; only the last value counts.']]);
    });

    test('a metric given two kinds underlines just the first kind', async () => {
        const issues = await t.issues('metric m { unit count outcome output }', 'duplicate-property');
        expect(issues.map(i => [i.line, i.column, i.text, i.message])).toEqual([
            [1, 22, 'outcome', '“outcome” is given more than once; only the last value counts.']
        ]);
    });

    test('a metric with one kind is silent', async () => {
        expect(await t.issues('metric m { unit count outcome }\nmetric n { output unit count }', 'duplicate-property')).toEqual([]);
    });

    test('a document with a syntax error reports the syntax error, not repeated properties', async () => {
        const issues = await t.validate('product P { price 1 price 2 }\nrole');
        expect(issues.map(i => [i.code, i.line])).toEqual([['syntax-error', 2]]);
    });

    test('the same repetition in another, well-formed file of the folder is still reported', async () => {
        const issues = await t.validate({
            'file:///ws/broken.smm': 'product P { price 1 price 2 }\nrole',
            'file:///ws/fine.smm': 'product Q { price 1 price 2 }'
        });
        expect(issues.map(i => [i.uri, i.code])).toEqual([
            ['file:///ws/broken.smm', 'syntax-error'],
            ['file:///ws/fine.smm', 'duplicate-property']
        ]);
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

    test('a formula that subtracts a product or a quotient is silent: its operands are no repeated property', async () => {
        expect(await t.issues(`
            metric profit { formula revenue - orders * cpl }
            metric net { formula revenue - 0 / orders - cpl }
            metric mixed { unit money formula (revenue - orders) / leads + ctr * cpc - cpm / 1000 outcome }`,
        'duplicate-property')).toEqual([]);
    });

    test('a formula given twice is still flagged', async () => {
        const issues = await t.issues('metric m { formula revenue - orders * cpl formula revenue }', 'duplicate-property');
        expect(issues.map(i => [i.text, i.message])).toEqual([
            ['formula revenue - orders * cpl', '“formula” is given more than once; only the last value counts.']
        ]);
    });

    test('different properties given once each are silent', async () => {
        expect(await t.issues('product P { price 350 margin 40% usp "Hot" }', 'duplicate-property')).toEqual([]);
    });

    test('only declarations with a block of properties are looked at: amounts, dates and settings cannot repeat one', () => {
        const types = typesWithRepeatableProperties(t.services.Grammar);
        for (const type of ['Product', 'Competitor', 'Segment', 'Channel', 'Stage', 'Goal', 'Kpi', 'Metric', 'Rubric', 'Task', 'Risk']) {
            expect(types, type).toContain(type);
        }
        for (const type of ['Model', 'Strategy', 'Role', 'Money', 'Quantity', 'Percent', 'DateRange', 'Phase', 'Milestone', 'AdjustRule',
            'Expression', 'BinaryExpression', 'NumberLiteral', 'MetricCall']) {
            expect(types, type).not.toContain(type);
        }
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

    test.each(['30-18', '30–18', '30 .. 18'])('an age range %j written backwards', async written => {
        const issues = await t.issues(`segment S { age ${written} }`, 'invalid-range');
        expect(issues.map(i => [i.text, i.message])).toEqual([[written, 'The range ends (18) before it starts (30).']]);
    });

    test('age ranges in order with a hyphen or an en dash are silent', async () => {
        expect(await t.issues('segment A { age 18-24 }\nsegment B { age 25–34 }', 'invalid-range')).toEqual([]);
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
        'adjust when cpl > 1,200 then "Stop"',
        'segment S { size 12,345 }',
        'goal G { kpi cac <= $1,500 }',
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

    test('a currency written before the amount is compared too', async () => {
        const issues = await t.issues('strategy "S" {\n  currency RUB\n  budget $60000\n  product P { price €5 }\n}', 'currency-mismatch');
        expect(issues.map(i => [i.line, i.text, i.message])).toEqual([
            [3, '$', 'The amount is in USD, but the strategy’s currency is RUB.'],
            [4, '€', 'The amount is in EUR, but the strategy’s currency is RUB.']
        ]);
    });

    test('a KPI target with the currency symbol before it', async () => {
        const issues = await t.issues('strategy "S" {\n  currency RUB\n  goal G { kpi cpl <= $2 }\n}', 'currency-mismatch');
        expect(issues.map(i => [i.line, i.text, i.message])).toEqual([
            [3, '$', 'The amount is in USD, but the strategy’s currency is RUB.']
        ]);
    });

    test('a KPI baseline and an adjust threshold in another currency', async () => {
        const issues = await t.issues(`strategy "S" {
  currency RUB
  goal G { kpi cpl <= 120 baseline 2 USD }
  adjust when cpc > €1 and cpl > 150 ₽ then "Pause"
}`, 'currency-mismatch');
        expect(issues.map(i => [i.line, i.text, i.message])).toEqual([
            [3, 'USD', 'The amount is in USD, but the strategy’s currency is RUB.'],
            [4, '€', 'The amount is in EUR, but the strategy’s currency is RUB.']
        ]);
    });

    test('a percentage is never a currency', async () => {
        expect(await t.issues(`strategy "S" {
  currency RUB
  goal G { kpi romi >= -20% baseline 150%  kpi ctr >= 1% }
  adjust when ctr < 0.8% then "Replace the creatives"
}`, 'currency-mismatch')).toEqual([]);
    });

    test('targets and thresholds in the strategy currency, by code or symbol, or bare, are silent', async () => {
        expect(await t.issues(`strategy "S" {
  currency USD
  goal G { kpi cpl <= $2  kpi cac <= 15 USD  kpi orders >= 100 baseline 20 }
  adjust when cpc > 1 $ then "Pause"
}`, 'currency-mismatch')).toEqual([]);
    });

    test('a KPI target in another file of the strategy’s folder', async () => {
        const issues = await t.issues({
            'file:///ws/strategy.smm': 'strategy "S" { currency RUB }',
            'file:///ws/goals.smm': 'goal G {\n  kpi cpl <= $2\n  kpi cac <= 300 ₽\n}\nadjust when cpl > 3 EUR then "Pause"'
        }, 'currency-mismatch');
        expect(issues.map(i => [i.uri, i.line, i.text])).toEqual([
            ['file:///ws/goals.smm', 2, '$'],
            ['file:///ws/goals.smm', 5, 'EUR']
        ]);
    });

    test('a declaration outside the strategy block of the same file uses the strategy’s currency', async () => {
        const issues = await t.issues('strategy "S" { currency RUB }\nchannel vk { budget $100 }', 'currency-mismatch');
        expect(issues.map(i => [i.line, i.text])).toEqual([[2, '$']]);
    });

    test('the currency of the folder’s strategy applies; another folder’s does not', async () => {
        const issues = await t.issues({
            'file:///ws/strategy.smm': 'strategy "S" { currency RUB }',
            'file:///ws/channels.smm': 'channel vk { budget 100 ₽ }',
            'file:///other/channels.smm': 'channel vk { budget $100 }'
        }, 'currency-mismatch');
        expect(issues).toEqual([]);
    });

    test('without a currency in the folder’s strategy nothing is compared in the other files', async () => {
        expect(await t.issues({
            'file:///ws/strategy.smm': 'strategy "S" { budget 100 }',
            'file:///ws/channels.smm': 'channel vk { budget $100 }\ngoal G { kpi cpl <= 2 EUR }'
        }, 'currency-mismatch')).toEqual([]);
    });

    test('without any strategy in the folder nothing is compared', async () => {
        expect(await t.issues({
            'file:///ws/channels.smm': 'channel vk { budget $100 }',
            'file:///ws/goals.smm': 'goal G { kpi cpl <= 2 EUR }'
        }, 'currency-mismatch')).toEqual([]);
    });

    test('when the folder’s strategies disagree, the other files are not compared: that is multiple-strategies', async () => {
        const issues = await t.validate({
            'file:///ws/a.smm': 'strategy "A" { currency RUB }',
            'file:///ws/b.smm': 'strategy "B" { currency USD }',
            'file:///ws/channels.smm': 'channel vk { budget 100 EUR }'
        });
        expect(issues.map(i => [i.uri, i.code])).toEqual([
            ['file:///ws/a.smm', 'multiple-strategies'],
            ['file:///ws/b.smm', 'multiple-strategies']
        ]);
    });

    test('changing the currency in strategy.smm re-checks the amounts in channels.smm', async () => {
        const channels = 'channel vk {\n  budget $100\n}\nchannel tg {\n  budget 100 ₽\n}';
        await t.edit({ 'file:///ws/strategy.smm': 'strategy "S" {\n  currency RUB\n}', 'file:///ws/channels.smm': channels });
        expect(t.issuesOf('file:///ws/channels.smm').map(i => [i.code, i.line, i.text])).toEqual([['currency-mismatch', 2, '$']]);
        await t.edit({ 'file:///ws/strategy.smm': 'strategy "S" {\n  currency USD\n}' });
        expect(t.issuesOf('file:///ws/channels.smm').map(i => [i.code, i.line, i.text, i.message])).toEqual([
            ['currency-mismatch', 5, '₽', 'The amount is in RUB, but the strategy’s currency is USD.']
        ]);
        await t.edit({ 'file:///ws/strategy.smm': 'strategy "S" { }' });
        expect(t.issuesOf('file:///ws/channels.smm')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('strategy "S" { currency RUB budget 10 USD }', 'currency-mismatch');
        expect(issue.message).toBe('Сумма указана в USD, а валюта стратегии — RUB.');
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
        expect(issue.message).toBe('В этом числе 320 знаков: слишком большое, чтобы что-то значить. Проверьте, нет ли опечатки.');
    });
});
