import { afterEach, describe, expect, test } from 'vitest';
import { issueRows } from '../../support/issues.js';
import { createTestServices } from '../../support/services.js';

/** Segment portraits and a USP against the competitors: `src/language/validation/audience.ts`. */
const t = createTestServices();
afterEach(() => t.clear());
const { found } = issueRows(t);

describe('competitors-without-usp', () => {
    test('said once per strategy, at the first competitor, however many there are', async () => {
        expect(await found('competitor A\ncompetitor B\ncompetitor C\nproduct Latte', 'competitors-without-usp')).toEqual([[
            1, 'A', 'warning',
            'Competitors are listed, but no product states its USP (`usp "…"`): why would the audience choose you?'
        ]]);
    });

    test('said once across two files of a folder', async () => {
        const issues = await t.issues({
            'file:///coffee/market.smm': 'competitor A\ncompetitor B',
            'file:///coffee/more.smm': 'competitor C\nproduct Latte'
        }, 'competitors-without-usp');
        expect(issues.map(i => [i.uri, i.line, i.text])).toEqual([['file:///coffee/market.smm', 1, 'A']]);
    });

    test('said in the first file by name, whichever file was loaded first', async () => {
        const issues = await t.issues({
            'file:///coffee/rivals.smm': 'competitor C',
            'file:///coffee/market.smm': 'competitor A\ncompetitor B'
        }, 'competitors-without-usp');
        expect(issues.map(i => [i.uri, i.line, i.text])).toEqual([['file:///coffee/market.smm', 1, 'A']]);
    });

    test('a USP in another file of the folder is enough', async () => {
        expect(await t.issues({
            'file:///coffee/market.smm': 'competitor A\ncompetitor B',
            'file:///coffee/product.smm': 'product Latte { usp "Ready in 60 seconds" }'
        }, 'competitors-without-usp')).toEqual([]);
    });
});

describe('segment-incomplete', () => {
    test('neither size nor pains', async () => {
        expect(await found('segment Students', 'segment-incomplete')).toEqual([[
            1, 'Students', 'info', 'The segment “Students” has no size and no pains: a portrait needs a size and the pains you solve.'
        ]]);
    });

    test('one of the two missing', async () => {
        const issues = await t.issues('segment A { size 1000 }\nsegment B { pain "No time" }', 'segment-incomplete');
        expect(issues.map(i => i.message)).toEqual([
            'The segment “A” has no pains: a portrait needs a size and the pains you solve.',
            'The segment “B” has no size: a portrait needs a size and the pains you solve.'
        ]);
    });

    test('a size and a pain make a portrait', async () => {
        expect(await found('segment A { size 12 000 pain "No time for breakfast" }', 'segment-incomplete')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('segment Студенты', 'segment-incomplete');
        expect(issue.message).toBe('У сегмента «Студенты» не указаны ни размер, ни боли: портрету нужны размер и боли, которые вы решаете.');
    });
});
