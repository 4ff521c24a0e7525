import { afterEach, describe, expect, test } from 'vitest';
import { issueRows } from '../../support/issues.js';
import { createTestServices } from '../../support/services.js';

/** A property typed halfway is a syntax error only: `src/language/validation/omissions.ts`. */
const t = createTestServices();
afterEach(() => t.clear());
const { where } = issueRows(t);

describe('a half-typed property is a syntax error only, not also a missing one', () => {
    const halfTyped: Array<[snippet: string, code: string]> = [
        ['goal G { kpi orders >= 1 by 2027-01-01 segment }', 'goal-without-segment'],
        ['goal G { kpi orders >= 1 by }', 'kpi-without-deadline'],
        ['goal G { kpi orders >= 1 deadline }', 'kpi-without-deadline'],
        ['goal G { kpi }', 'kpi-without-deadline'],
        ['channel vk { budget }', 'channel-without-budget'],
        ['funnel F { stage A volume 10 stage B conversion }', 'stage-without-volume'],
        ['funnel F { stage A volume }', 'stage-without-volume'],
        ['funnel F { stage A via }', 'stage-without-volume'],
        ['segment S { size pain "No time" }', 'segment-incomplete'],
        ['segment S { size 1000 pain }', 'segment-incomplete']
    ];
    for (const [snippet, code] of halfTyped) {
        test(`${snippet}: no ${code}`, async () => {
            const codes = (await t.validate(snippet)).map(i => i.code);
            expect(codes).toContain('syntax-error');
            expect(codes).not.toContain(code);
        });
    }

    test('a half-typed size still leaves the missing pains to report', async () => {
        expect(await where('segment S { size }', 'segment-incomplete')).toEqual([[1, 'S']]);
        const [issue] = await t.issues('segment T { size }', 'segment-incomplete', 'file:///other/s.smm');
        expect(issue.message).toBe('The segment “T” has no pains: a portrait needs a size and the pains you solve.');
    });
});
