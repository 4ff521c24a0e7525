import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices } from '../../support/services.js';

/** Dates in the calendar and ranges that end after they start: `src/language/validation/dates.ts`. */
const t = createTestServices({ review: false });
afterEach(() => t.clear());

describe('invalid-date', () => {
    test('February 30th in a KPI deadline', async () => {
        const issues = await t.issues('goal G {\n  kpi orders >= 10 by 2027-02-30\n}', 'invalid-date');
        expect(issues.map(i => [i.line, i.text, i.severity, i.message])).toEqual([
            [2, '2027-02-30', 'error', '“2027-02-30” is not a real calendar date.']
        ]);
    });

    test('the years 0001–0099 are real years, with their own leap days', async () => {
        expect(await t.issues('phase P { milestone "M" by 0001-01-01 task "T" due 0099-12-31 milestone "L" by 0004-02-29 }', 'invalid-date')).toEqual([]);
        await t.clear();
        expect((await t.issues('phase P { milestone "M" by 0003-02-29 }', 'invalid-date')).map(i => i.text)).toEqual(['0003-02-29']);
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
