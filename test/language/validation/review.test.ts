import { afterEach, describe, expect, test } from 'vitest';
import { REVIEW_CODES } from '../../../src/language/validation/issue-codes.js';
import { createTestServices } from '../../support/services.js';

/**
 * The strategy review: every rule fires where a strategist would object, with its words and numbers,
 * and stays silent on the near miss that is fine.
 */
const t = createTestServices();
afterEach(() => t.clear());

/** [1-based line, the text the range covers, severity, message] of each issue with `code`. */
async function found(input: string | Record<string, string>, code: string): Promise<Array<[number, string, string, string]>> {
    return (await t.issues(input, code)).map(i => [i.line, i.text, i.severity, i.message]);
}

/** [line, text] only, for the cases that repeat a message checked already. */
async function where(input: string | Record<string, string>, code: string): Promise<Array<[number, string]>> {
    return (await t.issues(input, code)).map(i => [i.line, i.text]);
}

/** Codes tested below; the last test makes sure no review code is left out. */
const tested = new Set<string>();
const rule = (code: string, body: () => void) => {
    tested.add(code);
    describe(code, body);
};

rule('goal-without-kpi', () => {
    test('a goal with a statement only fires on its name', async () => {
        expect(await found('goal Awareness "Grow awareness"', 'goal-without-kpi')).toEqual([[
            1, 'Awareness', 'warning', 'Goal “Awareness” has no measurable KPI. Add one, e.g. `kpi orders >= 1500 per month by 2027-03-31`.'
        ]]);
    });

    test('a KPI without a target still counts as a KPI', async () => {
        expect(await found('goal G { kpi reach }', 'goal-without-kpi')).toEqual([]);
    });
});

rule('kpi-without-target', () => {
    test('a KPI that names the metric only fires on the metric', async () => {
        expect(await found('goal G {\n  kpi reach per month\n}', 'kpi-without-target')).toEqual([[
            2, 'reach', 'warning', 'KPI “reach” has no target. Say how much, e.g. `kpi reach >= 1000`.'
        ]]);
    });

    test('a half-typed comparator is a syntax error only', async () => {
        const codes = (await t.validate('goal G { kpi orders >= }')).map(i => i.code);
        expect(codes).toContain('syntax-error');
        expect(codes).not.toContain('kpi-without-target');
    });
});

rule('goal-vague-wording', () => {
    test('the vague phrase itself is underlined', async () => {
        expect(await found('goal Sales "Увеличить продажи" { kpi orders >= 10 }', 'goal-vague-wording')).toEqual([[
            1, 'Увеличить продажи', 'warning',
            'The goal “Sales” is a wish, not a goal: “Увеличить продажи” names no number, rate or date. Say how much and by when, e.g. “1,500 orders a month by March 31”.'
        ]]);
    });

    test('a statement with a number and a date is silent', async () => {
        expect(await found('goal Sales "1 500 заказов в месяц к 31 марта 2027" { kpi orders >= 1500 }', 'goal-vague-wording')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('goal Рост "Хотим больше клиентов"', 'goal-vague-wording');
        expect([issue.text, issue.message]).toEqual(['Хотим больше клиентов',
            'Цель «Рост» — пожелание, а не цель: «Хотим больше клиентов» без числа, доли или даты. Скажите, сколько и к какому сроку, например «1 500 заказов в месяц к 31 марта».']);
    });
});

rule('goal-without-owner', () => {
    test('fires on the goal name', async () => {
        expect(await found('role Smm\ngoal G { kpi orders >= 10 }', 'goal-without-owner')).toEqual([[
            2, 'G', 'warning', 'Nobody owns the goal “G”. Add `owner` with a role: a goal without an owner is nobody’s job.'
        ]]);
    });

    test('a goal with an owner is silent', async () => {
        expect(await found('role Smm\ngoal G { kpi orders >= 10 owner Smm }', 'goal-without-owner')).toEqual([]);
    });

    test('a half-typed owner is a syntax error only', async () => {
        const codes = (await t.validate('role Smm\ngoal G { kpi orders >= 10 owner }')).map(i => i.code);
        expect(codes).toContain('syntax-error');
        expect(codes).not.toContain('goal-without-owner');
    });
});

rule('goal-without-segment', () => {
    test('a goal aimed at nobody gets an info', async () => {
        expect(await found('goal G { kpi orders >= 10 }', 'goal-without-segment')).toEqual([[
            1, 'G', 'info', 'The goal “G” names no audience segment; say whom it is about to keep it relevant.'
        ]]);
    });

    test('a goal naming a segment is silent', async () => {
        expect(await found('segment Students\ngoal G { segment Students kpi orders >= 10 }', 'goal-without-segment')).toEqual([]);
    });
});

rule('kpi-without-deadline', () => {
    test('no own date, no goal deadline, no period: fires on the metric', async () => {
        expect(await found('goal G {\n  kpi orders >= 10\n}', 'kpi-without-deadline')).toEqual([[
            2, 'orders', 'warning', 'The KPI “orders” has no deadline: add `by YYYY-MM-DD`, a goal `deadline`, or a strategy `period`.'
        ]]);
    });

    test('the goal deadline or the strategy period is deadline enough', async () => {
        expect(await found('goal G { kpi orders >= 10 deadline 2027-03-31 }', 'kpi-without-deadline')).toEqual([]);
        await t.clear();
        expect(await found('strategy "S" { period 2027-01-01 .. 2027-06-30 goal G { kpi orders >= 10 } }', 'kpi-without-deadline')).toEqual([]);
    });

    test('an invalid own date is reported as an invalid date, not as a missing deadline', async () => {
        const codes = (await t.validate('goal G { kpi orders >= 10 by 2027-02-30 }')).map(i => i.code);
        expect(codes).toContain('invalid-date');
        expect(codes).not.toContain('kpi-without-deadline');
    });
});

const PERIOD = 'period 2027-01-01 .. 2027-06-30';

rule('kpi-deadline-outside-period', () => {
    test('a date the day after the period fires on the date', async () => {
        expect(await found(`strategy "S" {\n  ${PERIOD}\n  goal G { kpi orders >= 10 by 2027-07-01 }\n}`, 'kpi-deadline-outside-period')).toEqual([[
            3, '2027-07-01', 'warning', 'The KPI “orders” is due 2027-07-01, outside the strategy period 2027-01-01 .. 2027-06-30.'
        ]]);
    });

    test('the first and the last day of the period are inside', async () => {
        expect(await found(`strategy "S" { ${PERIOD}
  goal G { kpi orders >= 10 by 2027-01-01 kpi leads >= 10 by 2027-06-30 } }`, 'kpi-deadline-outside-period')).toEqual([]);
    });

    test('without a period there is nothing to be outside of', async () => {
        expect(await found('goal G { kpi orders >= 10 by 2030-01-01 }', 'kpi-deadline-outside-period')).toEqual([]);
    });
});

rule('kpi-output-metric', () => {
    test('a goal measured only by posts gets an info', async () => {
        expect(await found('goal G {\n  kpi posts >= 30 per month\n}', 'kpi-output-metric')).toEqual([[
            2, 'posts', 'info', '“posts” counts the team’s activity, not a result. Pair it with an outcome metric (leads, orders, revenue, ROMI…).'
        ]]);
    });

    test('an output KPI beside an outcome KPI is silent', async () => {
        expect(await found('goal G { kpi posts >= 30 per month kpi leads >= 100 per month }', 'kpi-output-metric')).toEqual([]);
    });

    test('a custom metric declared `output` fires; one declared `outcome` does not', async () => {
        expect(await where('metric reels { unit count output }\ngoal G { kpi reels >= 8 }', 'kpi-output-metric')).toEqual([[2, 'reels']]);
        await t.clear();
        expect(await where('metric visits { unit count outcome }\ngoal G { kpi visits >= 8 }', 'kpi-output-metric')).toEqual([]);
    });
});

/** 250 000 ÷ 15 = 16 666.67 clicks; × 40 % = 6 666.67 menu views; × 25 % = 1 666.67 leads; × 50 % = 833.33 orders. */
const COFFEE = (kpi: string) => `strategy "Coffee" {
  ${PERIOD}
  budget 600000
  channel vk { budget 250000 cpc 15 }
  funnel Orders {
    stage Click via vk
    stage Menu conversion 40%
    stage Lead conversion 25%
    stage Order conversion 50%
  }
  goal G {
    ${kpi}
  }
}`;

rule('kpi-unreachable', () => {
    test('the funnel forecasts 833 orders against 1 500', async () => {
        expect(await found(COFFEE('kpi orders >= 1500 from Orders.Order'), 'kpi-unreachable')).toEqual([[
            12, '1500', 'warning',
            'The funnel cannot deliver this KPI: stage “Orders.Order” forecasts 833 orders, the target is ≥ 1,500.'
        ]]);
    });

    test('per month: 833.33 orders over 181 days, restated per month', async () => {
        const [issue] = await t.issues(COFFEE('kpi orders >= 500 per month from Orders.Order'), 'kpi-unreachable');
        // 2027-01-01 .. 2027-06-30 = 31 + 28 + 31 + 30 + 31 + 30 = 181 days; a month is 365.25 ÷ 12 = 30.44 days:
        // 833.33 × 30.44 ÷ 181 = 140.1 → "140"
        expect(issue.message).toBe('The funnel cannot deliver this KPI: stage “Orders.Order” forecasts 140 orders a month, the target is ≥ 500 a month.');
    });

    test('a KPI whose forecast meets the target is silent', async () => {
        // 833.33 >= 800
        expect(await found(COFFEE('kpi orders >= 800 from Orders.Order'), 'kpi-unreachable')).toEqual([]);
    });

    test('a cost KPI: CPL 250 000 ÷ 1 666.67 leads = 150 against at most 120', async () => {
        const [issue] = await t.issues(COFFEE('kpi cpl <= 120 RUB from Orders.Lead'), 'kpi-unreachable');
        expect(issue.message).toBe('The funnel cannot deliver this KPI: stage “Orders.Lead” forecasts 150 ₽ cpl, the target is ≤ 120 ₽.');
    });

    test('revenue a month reads as a month on both sides; a CPL has no month', async () => {
        const issues = await t.issues(`strategy "C" {
  ${PERIOD}
  currency RUB
  product Latte { price 250 margin 60% }
  channel vk { budget 250000 cpc 15 }
  funnel Orders sells Latte { stage Click via vk stage Order conversion 5% }
  goal G {
    kpi revenue >= 500000 RUB per month from Orders.Order
    kpi revenue >= 600000 per month from Orders.Order
    kpi cpl <= 100 RUB per month from Orders.Order
  }
}`, 'kpi-unreachable');
        // 250 000 ÷ 15 = 16 666.67 clicks × 5 % = 833.33 orders × 250 = 208 333.33 revenue over 181 days;
        // a month: 208 333.33 × 30.4375 ÷ 181 = 35 033.9 → "35,034 ₽"
        // CPL at the order stage: 250 000 ÷ 833.33 = 300 ₽, whatever the month
        expect(issues.map(i => [i.line, i.text, i.message])).toEqual([
            [8, '500000 RUB', 'The funnel cannot deliver this KPI: stage “Orders.Order” forecasts 35,034 ₽ revenue a month, the target is ≥ 500,000 ₽ a month.'],
            [9, '600000', 'The funnel cannot deliver this KPI: stage “Orders.Order” forecasts 35,034 ₽ revenue a month, the target is ≥ 600,000 ₽ a month.'],
            [10, '100 RUB', 'The funnel cannot deliver this KPI: stage “Orders.Order” forecasts 300 ₽ cpl, the target is ≤ 100 ₽.']
        ]);
    });

    test('a KPI not linked to a stage has no forecast and is silent', async () => {
        expect(await found(COFFEE('kpi orders >= 100000'), 'kpi-unreachable')).toEqual([]);
    });

    test('in Russian: 1 500 with a no-break space', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues(COFFEE('kpi orders >= 1500 from Orders.Order'), 'kpi-unreachable');
        expect(issue.message).toBe('Воронка не даст этот KPI: этап «Orders.Order» прогнозирует 833 (orders), а цель ≥ 1\u00a0500.');
    });
});

rule('kpi-conflict', () => {
    test('> 10 and <= 10 cannot both hold: an error on the second target', async () => {
        expect(await found('goal G {\n  kpi orders > 10\n  kpi orders <= 10\n}', 'kpi-conflict')).toEqual([[
            3, '10', 'error', 'The KPIs on “orders” contradict each other: > 10 and ≤ 10 cannot both hold.'
        ]]);
    });

    test('>= 10 and <= 10 touch at 10 and do not conflict', async () => {
        expect(await found('goal G { kpi orders >= 10 kpi orders <= 10 }', 'kpi-conflict')).toEqual([]);
    });

    test('a currency written as a symbol or as a code is one currency', async () => {
        expect(await where('goal G {\n  kpi cpl <= 100 ₽\n  kpi cpl >= 150 RUB\n}', 'kpi-conflict')).toEqual([[3, '150 RUB']]);
    });

    test('the same numbers per different units do not conflict', async () => {
        expect(await found('goal G { kpi orders >= 1000 per month kpi orders <= 500 per week }', 'kpi-conflict')).toEqual([]);
    });

    test('targets in words: 1,000 a month against 500 a month', async () => {
        const [issue] = await t.issues('goal G { kpi orders >= 1000 per month kpi orders <= 500 per month }', 'kpi-conflict');
        expect(issue.message).toBe('The KPIs on “orders” contradict each other: ≥ 1,000 a month and ≤ 500 a month cannot both hold.');
    });
});

rule('stage-without-volume', () => {
    test('a stage with nothing to count from fires on its name', async () => {
        expect(await found('funnel F {\n  stage Reach volume 1000\n  stage Click\n}', 'stage-without-volume')).toEqual([[
            3, 'Click', 'warning', 'The stage “Click” has neither a volume nor a conversion, so the funnel cannot be forecast from here on.'
        ]]);
    });

    test('a conversion or a channel is enough', async () => {
        expect(await found('channel vk { budget 100 cpc 1 }\nfunnel F { stage Reach via vk stage Click conversion 10% }', 'stage-without-volume')).toEqual([]);
    });
});

rule('funnel-channel-without-cost', () => {
    test('a top stage via a channel with a budget but no cost model', async () => {
        expect(await found('channel vk { budget 1000 }\nfunnel F {\n  stage Reach via vk\n}', 'funnel-channel-without-cost')).toEqual([[
            3, 'vk', 'warning',
            'The channel “vk” feeds the top of the funnel “F” but has no budget or no cost model (cpm, cpc, …), so its volume is unknown.'
        ]]);
    });

    test('a cost model, a given volume, or a channel below the top stage is silent', async () => {
        expect(await found(`channel vk { budget 1000 cpc 10 }
channel tg { budget 1000 }
funnel A { stage Click via vk }
funnel B { stage Reach via tg volume 5000 }
funnel C { stage Reach volume 5000 stage Click via tg conversion 2% }`, 'funnel-channel-without-cost')).toEqual([]);
    });
});

rule('funnel-unused', () => {
    test('a funnel no KPI is measured at gets a hint', async () => {
        expect(await found('funnel Leads { stage Reach volume 1000 }', 'funnel-unused')).toEqual([[
            1, 'Leads', 'hint', 'No KPI is measured at the funnel “Leads” (`kpi … from Leads.Stage`).'
        ]]);
    });

    test('one KPI measured at any of its stages is enough', async () => {
        expect(await found('funnel Leads { stage Reach volume 1000 }\ngoal G { kpi reach >= 10 from Leads.Reach }', 'funnel-unused')).toEqual([]);
    });
});

rule('budget-exceeded', () => {
    test('channels 80 000 + tasks 30 000 = 110 000 against 100 000: over by 10 000', async () => {
        expect(await found(`strategy "S" {
  currency RUB
  budget 100000
  channel vk { budget 80000 cpc 10 }
  phase Launch { task "Shoot" cost 30000 }
}`, 'budget-exceeded')).toEqual([[
            3, '100000', 'error',
            'Allocations exceed the budget: 110,000 ₽ (channels 80,000 ₽, tasks 30,000 ₽) against 100,000 ₽, over by 10,000 ₽.'
        ]]);
    });

    test('a budget exactly equal to the allocations is silent', async () => {
        // 80 000 + 30 000 = 110 000
        expect(await found(`strategy "S" { budget 110000
  channel vk { budget 80000 } phase Launch { task "Shoot" cost 30000 } }`, 'budget-exceeded')).toEqual([]);
    });

    test('in Russian: amounts with a no-break space', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('strategy "S" { currency RUB budget 1000 channel vk { budget 1500 } }', 'budget-exceeded');
        // 1 500 − 1 000 = 500 over
        expect(issue.message).toBe('Распределено больше бюджета: 1\u00a0500\u00a0₽ (каналы 1\u00a0500\u00a0₽, задачи 0\u00a0₽) при бюджете 1\u00a0000\u00a0₽, перерасход 500\u00a0₽.');
    });
});

rule('budget-reserve-below-risk', () => {
    test('a reserve of 10 000 against an expected loss of 50 % × 30 000 = 15 000', async () => {
        expect(await found(`strategy "S" {
  budget 100000
  channel vk { budget 90000 }
  risk Ban probability 50% impact 30000 mitigation "Move to tg"
}`, 'budget-reserve-below-risk')).toEqual([[
            2, '100000', 'warning',
            'The unallocated reserve 10,000 is smaller than the expected loss from risks 15,000 (Σ probability × impact).'
        ]]);
    });

    test('a reserve exactly equal to the risk loss is silent', async () => {
        // 100 000 − 90 000 = 10 000 = 50 % × 20 000
        expect(await found(`strategy "S" { budget 100000 channel vk { budget 90000 }
  risk Ban probability 50% impact 20000 mitigation "Move to tg" }`, 'budget-reserve-below-risk')).toEqual([]);
    });

    test('an exceeded budget is reported as exceeded only', async () => {
        const codes = (await t.validate(`strategy "S" { budget 100 channel vk { budget 200 }
  risk Ban probability 50% impact 30000 mitigation "m" }`)).map(i => i.code);
        expect(codes).toContain('budget-exceeded');
        expect(codes).not.toContain('budget-reserve-below-risk');
    });
});

rule('channel-without-budget', () => {
    test('fires on the channel name', async () => {
        expect(await found('channel ok { cpm 100 }', 'channel-without-budget')).toEqual([[
            1, 'ok', 'warning', 'The channel “ok” has no budget: its share of the plan and what it buys are unknown.'
        ]]);
    });

    test('a channel with a budget is silent', async () => {
        expect(await found('channel ok { budget 1000 cpm 100 }', 'channel-without-budget')).toEqual([]);
    });

    test('a channel paid a flat fee is silent: the fee is its budget', async () => {
        expect(await found('channel bloggers { flat 90000 }', 'channel-without-budget')).toEqual([]);
    });
});

rule('date-outside-period', () => {
    test('a task due the day after the period ends', async () => {
        expect(await found(`strategy "S" {
  ${PERIOD}
  phase Launch {
    task shoot "Shoot" due 2027-07-01 owner Smm format "reels"
  }
  role Smm
}`, 'date-outside-period')).toEqual([[
            4, '2027-07-01', 'warning', 'The date 2027-07-01 (task “shoot”) falls outside the strategy period 2027-01-01 .. 2027-06-30.'
        ]]);
    });

    test('goal deadlines, milestones and phase starts are checked too', async () => {
        expect(await where(`strategy "S" { ${PERIOD}
  goal G { kpi orders >= 1 deadline 2026-12-31 }
  phase Early 2026-12-01 .. 2027-01-31 { milestone "Go" by 2027-08-01 }
} `, 'date-outside-period')).toEqual([[2, '2026-12-31'], [3, '2026-12-01 .. 2027-01-31'], [3, '2027-08-01']]);
    });

    test('a date on the last day of the period is inside; a phase with no range is silent', async () => {
        expect(await found(`strategy "S" { ${PERIOD}
  phase Launch 2027-01-01 .. 2027-06-30 { task "Shoot" due 2027-06-30 }
  phase Later { task "Post" }
}`, 'date-outside-period')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues(`strategy "S" { ${PERIOD} phase Запуск { task "Съёмка" due 2027-07-01 } }`, 'date-outside-period');
        expect(issue.message).toBe('Дата 2027-07-01 (задача «Съёмка») выходит за период стратегии 2027-01-01 .. 2027-06-30.');
    });
});

rule('task-due-before-phase', () => {
    test('a task due before its phase starts', async () => {
        expect(await found('phase Launch 2027-02-01 .. 2027-03-31 {\n  task "Shoot" due 2027-01-31\n}', 'task-due-before-phase')).toEqual([[
            2, '2027-01-31', 'warning', 'The task “Shoot” is due 2027-01-31, before its phase “Launch” starts (2027-02-01).'
        ]]);
    });

    test('due on the first day of the phase, or in a phase without dates, is silent', async () => {
        expect(await found(`phase Launch 2027-02-01 .. 2027-03-31 { task "Shoot" due 2027-02-01 }
phase Later { task "Post" due 2020-01-01 }`, 'task-due-before-phase')).toEqual([]);
    });
});

rule('task-due-after-phase', () => {
    test('a task due after its phase ends', async () => {
        expect(await found('phase Launch 2027-02-01 .. 2027-03-31 {\n  task "Shoot" due 2027-04-01\n}', 'task-due-after-phase')).toEqual([[
            2, '2027-04-01', 'warning', 'The task “Shoot” is due 2027-04-01, after its phase “Launch” ends (2027-03-31).'
        ]]);
    });

    test('due on the last day of the phase, in a phase without dates or with a reversed range, is silent', async () => {
        expect(await found(`phase Launch 2027-02-01 .. 2027-03-31 { task "Shoot" due 2027-03-31 }
phase Later { task "Post" due 2030-01-01 }
phase Broken 2027-03-31 .. 2027-02-01 { task "Edit" due 2027-04-15 }`, 'task-due-after-phase')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('phase Запуск 2027-02-01 .. 2027-03-31 { task "Съёмка" due 2027-04-01 }', 'task-due-after-phase');
        expect(issue.message).toBe('Срок задачи «Съёмка» — 2027-04-01, позже конца её этапа «Запуск» (2027-03-31).');
    });
});

rule('task-cycle', () => {
    test('two tasks waiting for each other: an error on each', async () => {
        expect(await found('phase P {\n  task a "A" after b\n  task b "B" after a\n}', 'task-cycle')).toEqual([
            [2, 'b', 'error', 'The tasks wait for each other in a circle: a → b → a.'],
            [3, 'a', 'error', 'The tasks wait for each other in a circle: b → a → b.']
        ]);
    });

    test('a chain and a diamond are orders, not cycles', async () => {
        expect(await found(`phase P {
  task a "A"
  task b "B" after a
  task c "C" after a
  task d "D" after b, c
}`, 'task-cycle')).toEqual([]);
    });
});

rule('task-without-owner', () => {
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

rule('task-without-format', () => {
    test('fires on the task name', async () => {
        expect(await found('role Smm\nphase P {\n  task shoot "Shoot" owner Smm\n}', 'task-without-format')).toEqual([[
            3, 'shoot', 'warning', 'The task “shoot” says neither its format nor its deliverable: what exactly is handed over?'
        ]]);
    });

    test('a task with a deliverable but no format is silent', async () => {
        expect(await found('role Smm\nphase P { task "Shoot" owner Smm deliverable "10 edited clips" }', 'task-without-format')).toEqual([]);
    });
});

rule('rubric-without-frequency', () => {
    test('fires on the rubric name', async () => {
        expect(await found('role Smm\ncontent {\n  rubric Tips owner Smm\n}', 'rubric-without-frequency')).toEqual([[
            3, 'Tips', 'warning', 'The rubric “Tips” has no frequency (e.g. `3 per week`).'
        ]]);
    });

    test('`1 per 2 weeks` is a frequency', async () => {
        expect(await found('role Smm\ncontent { rubric Tips 1 per 2 weeks owner Smm }', 'rubric-without-frequency')).toEqual([]);
    });
});

rule('rubric-without-owner', () => {
    test('fires on the rubric name', async () => {
        expect(await found('content {\n  rubric Tips 3 per week\n}', 'rubric-without-owner')).toEqual([[
            2, 'Tips', 'warning', 'The rubric “Tips” has no owner.'
        ]]);
    });

    test('a rubric with an owner is silent', async () => {
        expect(await found('role Smm\ncontent { rubric Tips 3 per week owner Smm }', 'rubric-without-owner')).toEqual([]);
    });
});

rule('adjust-without-owner', () => {
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

rule('competitors-without-usp', () => {
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

rule('segment-incomplete', () => {
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

rule('risk-without-mitigation', () => {
    test('names the risk by its title', async () => {
        expect(await found('risk Ban "The account is blocked" probability 10% impact 50000', 'risk-without-mitigation')).toEqual([[
            1, 'Ban', 'warning', 'The risk “The account is blocked” has no mitigation: what will you do if it happens?'
        ]]);
    });

    test('a risk with a mitigation is silent', async () => {
        expect(await found('risk Ban mitigation "Keep a backup channel in Telegram"', 'risk-without-mitigation')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('risk Блокировка', 'risk-without-mitigation');
        expect(issue.message).toBe('У риска «Блокировка» нет плана снижения: что вы сделаете, если он случится?');
    });
});

describe('kpi-unknown-metric', () => {
    test('a typo gets the closest metric as a suggestion', async () => {
        expect(await found('goal G {\n  kpi ordrs >= 10\n}', 'kpi-unknown-metric')).toEqual([[
            2, 'ordrs', 'error', 'Unknown metric “ordrs”. Did you mean “orders”?'
        ]]);
    });

    test('nothing close: how to declare it', async () => {
        const [issue] = await t.issues('goal G { kpi zzqx >= 10 }', 'kpi-unknown-metric');
        expect(issue.message).toBe('Unknown metric “zzqx”. Use a standard metric (reach, clicks, leads, orders, cpl, romi, …) or declare it with `metric zzqx`.');
    });

    test('a declared custom metric and a Russian alias are known', async () => {
        expect(await found('metric visits { unit count outcome }\ngoal G { kpi visits >= 10 kpi заказы >= 5 }', 'kpi-unknown-metric')).toEqual([]);
    });

    test('the suggestion may be a Russian alias or a custom metric of the folder', async () => {
        const issues = await t.issues({
            'file:///cafe/metrics.smm': 'metric visits { unit count outcome }',
            'file:///cafe/goals.smm': 'goal G {\n  kpi закзы >= 10\n  kpi vists >= 10\n}'
        }, 'kpi-unknown-metric');
        expect(issues.map(i => [i.line, i.message])).toEqual([
            [2, 'Unknown metric “закзы”. Did you mean “заказы”?'],
            [3, 'Unknown metric “vists”. Did you mean “visits”?']
        ]);
    });

    test('a custom metric of another folder is unknown here', async () => {
        const issues = await t.issues({
            'file:///cafe/metrics.smm': 'metric visits { unit count outcome }',
            'file:///bakery/goals.smm': 'goal G { kpi visits >= 10 }'
        }, 'kpi-unknown-metric');
        expect(issues.map(i => [i.uri, i.text])).toEqual([['file:///bakery/goals.smm', 'visits']]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('goal G { kpi ordrs >= 10 }', 'kpi-unknown-metric');
        expect(issue.message).toBe('Неизвестная метрика «ordrs». Может быть, «orders»?');
    });
});

describe('adjust-unknown-metric', () => {
    test('a correction rule watching an unknown metric', async () => {
        expect(await found('adjust when ordrs < 10 then "Boost the posts"', 'adjust-unknown-metric')).toEqual([[
            1, 'ordrs', 'error', 'The correction rule watches an unknown metric “ordrs”.'
        ]]);
    });

    test('a standard metric is known', async () => {
        expect(await found('adjust when orders < 10 then "Boost the posts"', 'adjust-unknown-metric')).toEqual([]);
    });
});

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

test('every review code is tested here', () => {
    expect([...REVIEW_CODES].filter(code => !tested.has(code))).toEqual([]);
});
