import { afterEach, describe, expect, test } from 'vitest';
import { typesWithRepeatableProperties } from '../../../src/language/parsing/grammar-reflection.js';
import { createTestServices } from '../../support/services.js';

/** A single-valued property given twice: `src/language/validation/duplicate-properties.ts`. */
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
        expect(issue.message).toBe('Свойство «price» указано больше одного раза; действует только последнее значение.');
    });
});
