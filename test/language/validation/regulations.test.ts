import { afterEach, describe, expect, test } from 'vitest';
import { issueRows } from '../../support/issues.js';
import { createTestServices } from '../../support/services.js';

/** Who does what, in what format and how often: `src/language/validation/regulations.ts`. */
const t = createTestServices();
afterEach(() => t.clear());
const { found, where } = issueRows(t);

describe('task-without-owner', () => {
    test('fires on the title of an unnamed task', async () => {
        expect(await found('phase P {\n  task "Shoot the reels" format "reels"\n}', 'task-without-owner')).toEqual([[
            2, '"Shoot the reels"', 'warning', 'The task “Shoot the reels” has no owner: say which role does it.'
        ]]);
    });

    test('a half-typed owner is a syntax error only', async () => {
        const codes = (await t.validate('role Smm\nphase P { task "Shoot" format "reels" owner }')).map(i => i.code);
        expect(codes).toContain('syntax-error');
        expect(codes).not.toContain('task-without-owner');
    });
});

describe('task-without-format', () => {
    test('fires on the task name', async () => {
        expect(await found('role Smm\nphase P {\n  task shoot "Shoot" owner Smm\n}', 'task-without-format')).toEqual([[
            3, 'shoot', 'warning', 'The task “shoot” says neither its format nor its deliverable: what exactly is handed over?'
        ]]);
    });

    test('a task with a deliverable but no format is silent', async () => {
        expect(await found('role Smm\nphase P { task "Shoot" owner Smm deliverable "10 edited clips" }', 'task-without-format')).toEqual([]);
    });
});

describe('rubric-without-frequency', () => {
    test('fires on the rubric name', async () => {
        expect(await found('role Smm\ncontent {\n  rubric Tips owner Smm\n}', 'rubric-without-frequency')).toEqual([[
            3, 'Tips', 'warning', 'The rubric “Tips” has no frequency (e.g. `3 per week`).'
        ]]);
    });

    test('`1 per 2 weeks` is a frequency', async () => {
        expect(await found('role Smm\ncontent { rubric Tips 1 per 2 weeks owner Smm }', 'rubric-without-frequency')).toEqual([]);
    });
});

describe('implausible-frequency', () => {
    // Posts a day = count ÷ (interval × days in the unit): 1 ÷ (0.000001 × 1) = 1,000,000.
    test('a million posts a day (`1 per 0.000001 days`) is reported on the frequency', async () => {
        expect(await found('role Smm\ncontent {\n  rubric Tips 1 per 0.000001 days owner Smm\n}', 'implausible-frequency')).toEqual([[
            3, '1 per 0.000001 days', 'warning',
            'The rubric “Tips” plans 1,000,000 posts a day, more than 100 (one every quarter of an hour, day and night): is the frequency a typo?'
        ]]);
    });

    test('a 305-digit count is reported, with a finite number', async () => {
        const rows = await found(`role Smm\ncontent { rubric Tips 1${'0'.repeat(304)} per day owner Smm }`, 'implausible-frequency');
        expect(rows).toHaveLength(1);
        expect(rows[0][3]).not.toMatch(/∞|NaN|Infinity/);
    });

    // 100 ÷ 1 = 100; 700 ÷ 7 = 100; 3,000 ÷ 30.4375 (365.25 ÷ 12) = 98.6; 1 ÷ 14 = 0.07: none is more than 100.
    test('100 a day, 700 a week, 3,000 a month and 1 per 2 weeks are plausible', async () => {
        const rubrics = ['100 per day', '700 per week', '3000 per month', '1 per 2 weeks'].map((frequency, i) => `rubric T${i} ${frequency} owner Smm`);
        expect(await found(`role Smm\ncontent {\n${rubrics.join('\n')}\n}`, 'implausible-frequency')).toEqual([]);
    });

    // 707 ÷ 7 = 101 a day, one more than the bound; 3,100 ÷ 30.4375 = 101.8.
    test('just over 100 a day fires: 707 a week, 3,100 a month', async () => {
        const rubrics = ['707 per week', '3100 per month'].map((frequency, i) => `rubric T${i} ${frequency} owner Smm`);
        expect((await found(`role Smm\ncontent {\n${rubrics.join('\n')}\n}`, 'implausible-frequency')).map(row => row[3])).toEqual([
            'The rubric “T0” plans 101 posts a day, more than 100 (one every quarter of an hour, day and night): is the frequency a typo?',
            'The rubric “T1” plans 102 posts a day, more than 100 (one every quarter of an hour, day and night): is the frequency a typo?'
        ]);
    });
});

describe('rubric-without-owner', () => {
    test('fires on the rubric name', async () => {
        expect(await found('content {\n  rubric Tips 3 per week\n}', 'rubric-without-owner')).toEqual([[
            2, 'Tips', 'warning', 'The rubric “Tips” has no owner.'
        ]]);
    });

    test('a rubric with an owner is silent', async () => {
        expect(await found('role Smm\ncontent { rubric Tips 3 per week owner Smm }', 'rubric-without-owner')).toEqual([]);
    });
});

describe('adjust-without-owner', () => {
    test('an unnamed rule fires on its action', async () => {
        expect(await found('adjust when cpl > 150 then "Pause the ads"', 'adjust-without-owner')).toEqual([[
            1, '"Pause the ads"', 'warning', 'Nobody is responsible for the correction rule “Pause the ads”.'
        ]]);
    });

    test('a named rule fires on its name; a rule with an owner is silent', async () => {
        expect(await where('role Smm\nadjust costly when cpl > 150 then "Pause"\nadjust when ctr < 1% then "New creatives" owner Smm', 'adjust-without-owner'))
            .toEqual([[2, 'costly']]);
    });
});
