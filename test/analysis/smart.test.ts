import { afterEach, describe, expect, test } from 'vitest';
import { analyzeStrategy } from '../../src/analysis/analyze.js';
import { countSmartGoals, isSmart, type SmartAssessment, type SmartLetter } from '../../src/analysis/smart.js';
import { collectStrategy } from '../../src/analysis/strategy-parts.js';
import { t as translate } from '../../src/i18n/index.js';
import { createTestServices } from '../support/services.js';

const smm = createTestServices();
afterEach(() => smm.clear());

/** The SMART assessment of each goal of a strategy snippet, by goal name. */
async function assess(text: string): Promise<Map<string, SmartAssessment>> {
    const document = await smm.parseClean(text);
    const analysis = analyzeStrategy(collectStrategy([document.parseResult.value]));
    return new Map([...analysis.goals.values()].map(a => [a.goal.name, a]));
}

/** [holds, reason, args] of one letter of the only goal `G`. */
async function letter(text: string, which: SmartLetter): Promise<[boolean, string, unknown]> {
    const goal = (await assess(text)).get('G')!;
    const c = goal.criteria.find(c => c.letter === which)!;
    return [c.holds, c.reason, c.args];
}

/**
 * 250 000 ÷ 15 = 16 666.67 clicks; × 40 % = 6 666.67 menu views; × 25 % = 1 666.67 leads; × 50 % = 833.33 orders
 * over 2027-01-01 .. 2027-06-30.
 */
const coffee = (goal: string) => `strategy "Coffee" {
    period 2027-01-01 .. 2027-06-30
    budget 600000
    segment Students { size 12000 pain "No time" }
    product Latte { price 250 margin 60% usp "Ready in 60 seconds" }
    channel vk { budget 250000 cpc 15 }
    funnel Orders sells Latte {
        stage Click via vk
        stage Menu conversion 40%
        stage Lead conversion 25%
        stage Order conversion 50%
    }
    ${goal}
}`;

describe('S — specific', () => {
    test('a statement with a number holds', async () => {
        expect(await letter('goal G "800 orders from students by June 30"', 'S')).toEqual([true, 'smart.S.holds', {}]);
    });

    test('a wish fails with the vague phrase', async () => {
        expect(await letter('goal G "Увеличить продажи"', 'S')).toEqual([false, 'smart.S.vague', { phrase: 'Увеличить продажи' }]);
    });

    test('no statement, or a blank one, fails', async () => {
        expect(await letter('goal G { kpi orders >= 10 }', 'S')).toEqual([false, 'smart.S.noStatement', {}]);
        await smm.clear();
        expect(await letter('goal G "  "', 'S')).toEqual([false, 'smart.S.noStatement', {}]);
    });
});

describe('M — measurable', () => {
    test('no KPI', async () => {
        expect(await letter('goal G "800 orders"', 'M')).toEqual([false, 'smart.M.noKpi', {}]);
    });

    test('KPIs without targets', async () => {
        expect(await letter('goal G { kpi orders kpi reach per month }', 'M')).toEqual([false, 'smart.M.noTarget', {}]);
    });

    test('targets on activity only', async () => {
        expect(await letter('goal G { kpi posts >= 30 per month kpi stories >= 60 per month }', 'M')).toEqual([false, 'smart.M.outputOnly', {}]);
    });

    test('an outcome beside an output holds, counting every KPI with a target', async () => {
        // orders and posts have targets, reach does not: 2
        expect(await letter('goal G { kpi orders >= 100 kpi posts >= 30 kpi reach }', 'M')).toEqual([true, 'smart.M.holds', { count: 2 }]);
    });
});

describe('A — achievable', () => {
    test('no KPI linked to a funnel stage: unknown, so it does not hold', async () => {
        expect(await letter(coffee('goal G { kpi orders >= 800 }'), 'A')).toEqual([false, 'smart.A.noForecast', {}]);
    });

    test('833.33 forecast orders against a target of 800 holds', async () => {
        const [holds, reason, args] = await letter(coffee('goal G { kpi orders >= 800 from Orders.Order }'), 'A');
        expect([holds, reason]).toEqual([true, 'smart.A.holds']);
        expect(args).toEqual({ forecast: expect.closeTo(833.33, 2), target: 800, metric: 'orders' });
    });

    test('one KPI short of its target is the reason, even beside one that is met', async () => {
        // leads: 1 666.67 >= 1 000 met; orders: 833.33 < 1 500 short
        const [holds, reason, args] = await letter(coffee(`goal G {
            kpi leads >= 1000 from Orders.Lead
            kpi orders >= 1500 from Orders.Order
        }`), 'A');
        expect([holds, reason]).toEqual([false, 'smart.A.short']);
        expect(args).toEqual({ forecast: expect.closeTo(833.33, 2), target: 1500, metric: 'orders' });
    });

    test('the reason reads in both languages, numbers formatted', async () => {
        const goal = (await assess(coffee('goal G { kpi orders >= 1500 from Orders.Order }'))).get('G')!;
        const a = goal.criteria.find(c => c.letter === 'A')!;
        expect(translate('en', a.reason, a.args)).toBe('Not achievable as planned: the funnel forecasts 833 orders against a target of 1,500.');
        expect(translate('ru', a.reason, a.args)).toBe('Недостижима по плану: воронка прогнозирует 833 (orders) при цели 1\u00a0500.');
    });
});

describe('R — relevant', () => {
    test('segments and products name the audience, in the order written', async () => {
        expect(await letter('segment Students\nproduct Latte\ngoal G { product Latte segment Students }', 'R'))
            .toEqual([true, 'smart.R.holds', { audience: 'Students, Latte' }]);
    });

    test('a product alone is not an audience, as goal-without-segment says too', async () => {
        expect(await letter('product Latte\ngoal G { product Latte }', 'R')).toEqual([false, 'smart.R.noAudience', {}]);
    });

    test('a segment with products names them all', async () => {
        expect(await letter('product Latte\nsegment S\ngoal G { segment S product Latte }', 'R')).toEqual([true, 'smart.R.holds', { audience: 'S, Latte' }]);
    });

    test('neither fails', async () => {
        expect(await letter('goal G { kpi orders >= 10 }', 'R')).toEqual([false, 'smart.R.noAudience', {}]);
    });
});

describe('T — time-bound', () => {
    test('the latest KPI deadline', async () => {
        expect(await letter('goal G { kpi orders >= 10 by 2027-03-31 kpi leads >= 10 by 2027-05-31 kpi reach >= 5 by 2027-04-30 }', 'T'))
            .toEqual([true, 'smart.T.holds', { date: '2027-05-31' }]);
    });

    test('a KPI without a date takes the goal deadline', async () => {
        expect(await letter('goal G { deadline 2027-06-30 kpi orders >= 10 by 2027-03-31 kpi leads >= 10 }', 'T'))
            .toEqual([true, 'smart.T.holds', { date: '2027-06-30' }]);
    });

    test('a KPI without a date and without a period fails', async () => {
        expect(await letter('goal G { kpi orders >= 10 by 2027-03-31 kpi leads >= 10 }', 'T')).toEqual([false, 'smart.T.noDeadline', {}]);
    });

    test('a goal without KPIs is due at its deadline, else at the end of the period', async () => {
        expect(await letter('goal G { deadline 2027-04-30 }', 'T')).toEqual([true, 'smart.T.holds', { date: '2027-04-30' }]);
        await smm.clear();
        expect(await letter('strategy "S" { period 2027-01-01 .. 2027-06-30 goal G "Grow" }', 'T')).toEqual([true, 'smart.T.holds', { date: '2027-06-30' }]);
    });

    test('nothing at all fails', async () => {
        expect(await letter('goal G "800 orders"', 'T')).toEqual([false, 'smart.T.noDeadline', {}]);
    });
});

describe('score', () => {
    test('a SMART goal scores 5, in the order S M A R T', async () => {
        const goal = (await assess(coffee(`goal G "800 orders from students by June 30" {
            segment Students
            kpi orders >= 800 from Orders.Order
        }`))).get('G')!;
        expect(goal.criteria.map(c => [c.letter, c.holds])).toEqual([['S', true], ['M', true], ['A', true], ['R', true], ['T', true]]);
        expect(goal.score).toBe(5);
    });

    test('a bare goal scores 0', async () => {
        const goal = (await assess('goal G')).get('G')!;
        expect(goal.criteria.map(c => c.holds)).toEqual([false, false, false, false, false]);
        expect(goal.score).toBe(0);
    });

    test('a wish with a reachable KPI, no audience: S and R fail, 3 of 5', async () => {
        const goal = (await assess(coffee('goal G "Увеличить продажи" { kpi orders >= 800 from Orders.Order }'))).get('G')!;
        expect(goal.criteria.filter(c => !c.holds).map(c => c.letter)).toEqual(['S', 'R']);
        expect(goal.score).toBe(3);
    });
});

describe('a SMART goal', () => {
    test('is one where all five letters hold; the count is of such goals', async () => {
        const goals = await assess(coffee(`role Manager
    goal G "833 orders by June" { segment Students kpi orders >= 800 by 2027-06-30 from Orders.Order owner Manager }
    goal Wish "Неплохо бы продать побольше" { kpi orders >= 800 by 2027-06-30 from Orders.Order }`));
        expect(isSmart(goals.get('G')!)).toBe(true);
        expect(isSmart(goals.get('Wish')!)).toBe(false);
        expect(countSmartGoals(goals.values())).toBe(1);
    });
});
