import { afterEach, describe, expect, test } from 'vitest';
import { analyzeStrategy } from '../../src/analysis/analyze.js';
import { countSmartGoals, isSmart, smartReason, type SmartAssessment, type SmartLetter } from '../../src/analysis/smart.js';
import { collectStrategy } from '../../src/analysis/strategy-parts.js';
import type { Locale } from '../../src/i18n/index.js';
import { createTestServices } from '../support/services.js';

const smm = createTestServices();
afterEach(() => smm.clear());

/** The SMART assessment of each goal of a strategy snippet, by goal name. */
async function assess(text: string): Promise<Map<string, SmartAssessment>> {
    const document = await smm.parseClean(text);
    const analysis = analyzeStrategy(collectStrategy([document.parseResult.value]));
    return new Map([...analysis.goals.values()].map(a => [a.goal.name, a]));
}

/** Whether one letter of the only goal `G` holds, and its reason as every surface words it. */
async function letter(text: string, which: SmartLetter, locale: Locale = 'en'): Promise<[boolean, string]> {
    const goal = (await assess(text)).get('G')!;
    const c = goal.criteria.find(c => c.letter === which)!;
    return [c.holds, smartReason(locale, c, 'RUB')];
}

/**
 * 250 000 ÷ 15 = 16 666.67 clicks; × 40 % = 6 666.67 menu views; × 25 % = 1 666.67 leads; × 50 % = 833.33 orders
 * over 2027-01-01 .. 2027-06-30 (181 days).
 */
const coffee = (goal: string) => `strategy "Coffee" {
    period 2027-01-01 .. 2027-06-30
    budget 600000
    company-goal "Delivery revenue +25% in 2027"
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
    test('a statement with a number holds, quoting the number', async () => {
        expect(await letter('goal G "800 orders from students by June 30"', 'S'))
            .toEqual([true, 'Specific: the statement names what and how much (“800”).']);
    });

    test('a statement without an amount holds when a KPI says how much, and says which', async () => {
        expect(await letter('goal G "Students order lunch from us" { kpi posts >= 30 kpi orders >= 1500 }', 'S'))
            .toEqual([true, 'Specific: the statement names no amount, the KPI does (“orders ≥ 1,500”).']);
    });

    test('neither the statement nor a KPI says how much', async () => {
        expect(await letter('goal G "Students order lunch from us" { kpi orders }', 'S'))
            .toEqual([false, 'Not specific: neither the statement nor a KPI says how much.']);
    });

    test('a wish fails with the vague phrase, whatever its KPIs', async () => {
        expect(await letter('goal G "Увеличить продажи" { kpi orders >= 1500 by 2027-03-31 }', 'S'))
            .toEqual([false, 'Not specific: “Увеличить продажи” names no number, rate or date, whatever the KPIs say.']);
    });

    test('the team’s work fails as output, in Russian too', async () => {
        expect(await letter('goal G "Оформить группу и публиковать посты" { kpi posts >= 60 }', 'S', 'ru'))
            .toEqual([false, 'Не конкретна: «Оформить группу» — работа команды (действие), а не результат, ради которого она делается.']);
    });

    test('no statement, or a blank one, fails', async () => {
        expect(await letter('goal G { kpi orders >= 10 }', 'S'))
            .toEqual([false, 'Not specific: the goal has no statement; write what you want to achieve.']);
        await smm.clear();
        expect((await letter('goal G "  "', 'S'))[0]).toBe(false);
    });
});

describe('M — measurable', () => {
    test('no KPI', async () => {
        expect(await letter('goal G "800 orders"', 'M')).toEqual([false, 'Not measurable: no KPI.']);
    });

    test('KPIs without targets', async () => {
        expect(await letter('goal G { kpi orders kpi reach per month }', 'M')).toEqual([false, 'Not measurable: no KPI has a target.']);
    });

    test('targets on activity only', async () => {
        expect((await letter('goal G { kpi posts >= 30 per month kpi stories >= 60 per month }', 'M'))[1])
            .toBe('Not measurable as a result: the KPIs count activity only (posts, stories…).');
    });

    test('an outcome beside an output holds, counting every KPI with a target', async () => {
        // orders and posts have targets, reach does not: 2
        expect(await letter('goal G { kpi orders >= 100 kpi posts >= 30 kpi reach }', 'M')).toEqual([true, 'Measurable: 2 KPI(s) with targets.']);
    });
});

describe('A — achievable', () => {
    test('not forecast, so it does not hold, and the reason says why', async () => {
        // The goal names neither the segment nor the product of the funnel, and its KPI no stage.
        expect(await letter(coffee('goal G { kpi orders >= 800 }'), 'A')).toEqual([false,
            'Achievability unknown: not forecast: the KPI names no stage (`from Funnel.Stage`) and the goal has no funnel '
            + '(none of its KPIs is measured at one, none is for its segment or sells its product).']);
        await smm.clear();
        expect(await letter('goal G "800 orders"', 'A')).toEqual([false, 'Achievability unknown: not forecast, the goal has no KPI.']);
    });

    test('833.33 forecast orders against a target of 800 holds, naming the stage and the window', async () => {
        // No date on the KPI: its window is the period.
        expect(await letter(coffee('goal G { kpi orders >= 800 from Orders.Order }'), 'A'))
            .toEqual([true, 'Achievable: forecast from stage “Orders.Order”: ≈ 833 orders over the period; the target is ≥ 800.']);
    });

    test('per month by a date: the calendar month to that date, June: 833.33 ÷ 181 days × 30 = 138.1 orders', async () => {
        expect(await letter(coffee('goal G { kpi orders >= 100 per month by 2027-06-30 from Orders.Order }'), 'A'))
            .toEqual([true, 'Achievable: forecast from stage “Orders.Order”: ≈ 138 orders in the month to Jun 30, 2027; the target is ≥ 100 a month.']);
    });

    test('one KPI short of its target is the reason, even beside one that is met', async () => {
        // leads: 1 666.67 >= 1 000 met; orders: 833.33 < 1 500 short
        expect(await letter(coffee(`goal G {
            kpi leads >= 1000 from Orders.Lead
            kpi orders >= 1500 from Orders.Order
        }`), 'A')).toEqual([false, 'Not achievable as planned: forecast from stage “Orders.Order”: ≈ 833 orders over the period; the target is ≥ 1,500.']);
    });

    test('the reason reads in Russian, numbers formatted: 140.1 a month on average over the period', async () => {
        expect(await letter(coffee('goal G { kpi orders >= 1500 per month from Orders.Order }'), 'A', 'ru'))
            .toEqual([false, 'Недостижима по плану: прогноз этапа «Orders.Order»: ≈ 140 (orders) в месяц в среднем за период; цель ≥ 1\u00a0500 в месяц.']);
    });
});

describe('R — relevant', () => {
    test('segments and products, in the order written', async () => {
        expect(await letter('segment Students\nproduct Latte\ngoal G { product Latte segment Students }', 'R'))
            .toEqual([true, 'Relevant: aimed at Students, for Latte.']);
    });

    test('the company goal it serves', async () => {
        expect(await letter(coffee('goal G { segment Students product Latte }'), 'R'))
            .toEqual([true, 'Relevant: aimed at Students, for Latte, serving the company goal “Delivery revenue +25% in 2027”.']);
    });

    test('in Russian', async () => {
        expect(await letter(coffee('goal G { segment Students }'), 'R', 'ru'))
            .toEqual([true, 'Актуальна: аудитория — Students, служит цели компании «Delivery revenue +25% in 2027».']);
    });

    test('a product alone is not an audience, as goal-without-segment says too', async () => {
        expect(await letter('product Latte\ngoal G { product Latte }', 'R')).toEqual([false, 'Relevance unclear: the goal names no audience segment.']);
    });

    test('neither fails', async () => {
        expect((await letter('goal G { kpi orders >= 10 }', 'R'))[0]).toBe(false);
    });
});

describe('T — time-bound', () => {
    test('the latest KPI date, and whose it is', async () => {
        expect(await letter('goal G { kpi orders >= 10 by 2027-03-31 kpi leads >= 10 by 2027-05-31 kpi reach >= 5 by 2027-04-30 }', 'T'))
            .toEqual([true, 'Time-bound: due May 31, 2027, the date of the KPI “leads”.']);
    });

    test('a KPI without a date takes the goal’s deadline when it is later', async () => {
        expect(await letter('goal G { deadline 2027-06-30 kpi orders >= 10 by 2027-03-31 kpi leads >= 10 }', 'T'))
            .toEqual([true, 'Time-bound: due Jun 30, 2027, the goal’s deadline.']);
    });

    test('a goal without KPIs is due at its deadline', async () => {
        expect(await letter('goal G { deadline 2027-04-30 }', 'T', 'ru')).toEqual([true, 'Ограничена во времени: срок 30 апр. 2027 г., дедлайн цели.']);
    });

    test('the strategy’s period alone does not make a goal time-bound', async () => {
        expect(await letter('strategy "S" { period 2027-01-01 .. 2027-06-30 goal G "Grow" }', 'T')).toEqual([false,
            'Not time-bound: neither the goal nor its KPIs have a date.']);
        await smm.clear();
        expect(await letter('strategy "S" { period 2027-01-01 .. 2027-06-30 goal G { kpi orders >= 10 } }', 'T')).toEqual([false,
            'Not time-bound: neither the goal nor its KPIs have a date; the strategy’s period alone does not say when this goal is due.']);
    });

    test('nothing at all fails', async () => {
        expect((await letter('goal G "800 orders"', 'T'))[0]).toBe(false);
    });
});

describe('score', () => {
    test('a SMART goal scores 5, in the order S M A R T', async () => {
        const goal = (await assess(coffee(`goal G "800 orders from students by June 30" {
            segment Students
            kpi orders >= 800 by 2027-06-30 from Orders.Order
        }`))).get('G')!;
        expect(goal.criteria.map(c => [c.letter, c.holds])).toEqual([['S', true], ['M', true], ['A', true], ['R', true], ['T', true]]);
        expect(goal.score).toBe(5);
    });

    test('a bare goal scores 0', async () => {
        const goal = (await assess('goal G')).get('G')!;
        expect(goal.criteria.map(c => c.holds)).toEqual([false, false, false, false, false]);
        expect(goal.score).toBe(0);
    });

    test('a wish with a reachable, dated KPI and no audience: S and R fail, 3 of 5', async () => {
        const goal = (await assess(coffee('goal G "Увеличить продажи" { kpi orders >= 800 by 2027-06-30 from Orders.Order }'))).get('G')!;
        expect(goal.criteria.filter(c => !c.holds).map(c => c.letter)).toEqual(['S', 'R']);
        expect(goal.score).toBe(3);
    });
});

describe('a SMART goal', () => {
    test('is one where all five letters hold; the count is of such goals', async () => {
        const goals = await assess(coffee(`role Manager
    goal G "833 orders by June" { segment Students kpi orders >= 800 by 2027-06-30 from Orders.Order owner Manager }
    goal Wish "Неплохо бы продать побольше" { segment Students kpi orders >= 800 by 2027-06-30 from Orders.Order }`));
        expect(isSmart(goals.get('G')!)).toBe(true);
        expect(isSmart(goals.get('Wish')!)).toBe(false);
        expect(countSmartGoals(goals.values())).toBe(1);
    });
});
