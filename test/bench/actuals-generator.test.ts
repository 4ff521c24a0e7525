import { afterAll, describe, expect, test } from 'vitest';
import { generate, generateActuals } from '../../bench/strategy-generator.js';
import { createTestServices } from '../support/services.js';

// The benchmark's year of daily actuals (`npm run bench`, input `5000+actuals`) must stay a realistic input.

const checker = createTestServices();
afterAll(() => checker.clear());

describe('the benchmark\'s year of daily actuals', () => {
    const actuals = generateActuals();

    test('one block a day of 2027, the same text every time', () => {
        expect(actuals.match(/^actuals day /gm)).toHaveLength(365);
        expect(actuals).toMatch(/^actuals day 2027-01-01 \{$/m);
        expect(actuals).toMatch(/^actuals day 2027-12-31 \{$/m);
        expect(generateActuals()).toBe(actuals);
    });

    test('beside the 1,000-line strategy it parses, links and fires the creative-fatigue rules of the last week', async () => {
        const strategy = generate(1000);
        const issues = await checker.validate({
            'file:///bench-test/actuals/strategy.smm': strategy.text,
            'file:///bench-test/actuals/actuals.smm': actuals
        });
        expect(issues.filter(issue => issue.severity === 'error')).toEqual([]);
        const fired = issues.filter(issue => issue.code === 'correction-due').map(issue => issue.text);
        // Each market's rule on CTR and frequency, read from the strategy's clicks, impressions and reach: 0.6 % and 4–4.5.
        expect(fired).toHaveLength(strategy.markets);
        expect(fired.every(name => /^(CreativeFatigue|ВыгораниеКреативов)\d+$/.test(name))).toBe(true);
    });
});
