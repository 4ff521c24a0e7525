import { afterEach, describe, expect, test } from 'vitest';
import { issueRows } from '../../support/issues.js';
import { createTestServices } from '../../support/services.js';
import { rateFunnelStrategy } from '../../support/strategies.js';

/** KPIs that measure: `src/language/validation/kpis.ts`. */
const t = createTestServices();
afterEach(() => t.clear());
const { found, where } = issueRows(t);

describe('kpi-without-target', () => {
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

    test('a comparator without a number is reported once, as a syntax error', async () => {
        const issues = await t.validate('goal G { kpi orders >= }');
        expect(issues.map(i => i.code).filter(code => code === 'syntax-error' || code === 'kpi-without-target')).toEqual(['syntax-error']);
    });

    test('a KPI that names only the metric fires on the metric', async () => {
        const issues = await t.issues(`goal G {
  kpi orders >= 10
  kpi reach per month by 2027-03-31
}`, 'kpi-without-target');
        expect(issues.map(i => [i.line, i.text, i.severity, i.message])).toEqual([[
            3, 'reach', 'warning', 'KPI “reach” has no target. Say how much, e.g. `kpi reach >= 1000`.'
        ]]);
    });

    test('the message names the metric as written, alias included', async () => {
        const [issue] = await t.issues('goal G { kpi заказы }', 'kpi-without-target');
        expect([issue.text, issue.message]).toEqual(['заказы', 'KPI “заказы” has no target. Say how much, e.g. `kpi заказы >= 1000`.']);
    });

    test('a KPI with a target is silent, whatever its unit', async () => {
        expect(await t.issues('goal G { kpi orders >= 10 kpi romi >= 150% kpi cpl <= 120 RUB }', 'kpi-without-target')).toEqual([]);
    });

    test('a goal whose only KPI lacks a target is not also a goal without KPI', async () => {
        const issues = await t.validate('goal G { kpi reach }');
        expect(issues.map(i => i.code).filter(code => code === 'goal-without-kpi' || code === 'kpi-without-target')).toEqual(['kpi-without-target']);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('goal G { kpi охват per month }', 'kpi-without-target');
        expect(issue.message).toBe('У KPI «охват» нет целевого значения. Укажите, сколько нужно, например: `показатель охват >= 1000`.');
    });
});

describe('kpi-without-deadline', () => {
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

describe('kpi-deadline-outside-period', () => {
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

describe('kpi-output-metric', () => {
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

describe('kpi-unreachable', () => {
    test('the funnel forecasts 833 orders against 1 500', async () => {
        expect(await found(COFFEE('kpi orders >= 1500 from Orders.Order'), 'kpi-unreachable')).toEqual([[
            12, '1500', 'warning',
            'The plan cannot deliver this KPI: forecast from stage “Orders.Order”: ≈ 833 orders over the period; the target is ≥ 1,500.'
        ]]);
    });

    test('per month: 833.33 orders over 181 days, restated per month', async () => {
        const [issue] = await t.issues(COFFEE('kpi orders >= 500 per month from Orders.Order'), 'kpi-unreachable');
        // 2027-01-01 .. 2027-06-30 = 31 + 28 + 31 + 30 + 31 + 30 = 181 days; a month is 365.25 ÷ 12 = 30.44 days:
        // 833.33 × 30.44 ÷ 181 = 140.1 → "140"
        expect(issue.message).toBe('The plan cannot deliver this KPI: forecast from stage “Orders.Order”: ≈ 140 orders a month on average over the period; the target is ≥ 500 a month.');
    });

    test('a KPI whose forecast meets the target is silent', async () => {
        // 833.33 >= 800
        expect(await found(COFFEE('kpi orders >= 800 from Orders.Order'), 'kpi-unreachable')).toEqual([]);
    });

    test('a cost KPI: CPL 250 000 ÷ 1 666.67 leads = 150 against at most 120', async () => {
        const [issue] = await t.issues(COFFEE('kpi cpl <= 120 RUB from Orders.Lead'), 'kpi-unreachable');
        expect(issue.message).toBe('The plan cannot deliver this KPI: forecast from stage “Orders.Lead”: ≈ 150 ₽ cpl over the period; the target is ≤ 120 ₽.');
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
            [8, '500000 RUB', 'The plan cannot deliver this KPI: forecast from stage “Orders.Order”: ≈ 35,034 ₽ revenue a month on average over the period; the target is ≥ 500,000 ₽ a month.'],
            [9, '600000', 'The plan cannot deliver this KPI: forecast from stage “Orders.Order”: ≈ 35,034 ₽ revenue a month on average over the period; the target is ≥ 600,000 ₽ a month.'],
            [10, '100 RUB', 'The plan cannot deliver this KPI: forecast from stage “Orders.Order”: ≈ 300 ₽ cpl over the period; the target is ≤ 100 ₽.']
        ]);
    });

    test('a KPI not linked to a stage has no forecast and is silent', async () => {
        expect(await found(COFFEE('kpi orders >= 100000'), 'kpi-unreachable')).toEqual([]);
    });

    test('in Russian: 1 500 with a no-break space', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues(COFFEE('kpi orders >= 1500 from Orders.Order'), 'kpi-unreachable');
        expect(issue.message).toBe('План не даст этот KPI: прогноз этапа «Orders.Order»: ≈ 833 (orders) за период, а цель ≥ 1\u00a0500.');
    });
});

describe('kpi-conflict', () => {
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

describe('kpi-already-met', () => {
    test('a baseline above an at-least target fires on the baseline, with both numbers', async () => {
        expect(await found('goal G {\n  kpi subscribers >= 10 000 baseline 12 000\n}', 'kpi-already-met')).toEqual([[
            2, '12 000', 'info',
            'The KPI “subscribers” is met already: its baseline 12,000 satisfies the target ≥ 10,000. A goal asks for a change: make the target more ambitious or correct the baseline.'
        ]]);
    });

    test('a cost already below an at-most target, in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('strategy "S" { currency RUB goal G { kpi cpl <= 150 ₽ baseline 120 ₽ } }', 'kpi-already-met');
        expect(issue.message).toBe(
            'KPI «cpl» уже выполнен: исходное значение 120\u00a0₽ удовлетворяет цели ≤ 150\u00a0₽. Цель должна требовать изменений: сделайте её амбициознее или исправьте исходное значение.');
    });

    test('the baseline equal to an at-least target is met; one below it is not', async () => {
        expect(await where('goal G { kpi orders >= 300 per month baseline 300 }', 'kpi-already-met')).toEqual([[1, '300']]);
        await t.clear();
        expect(await where('goal G { kpi orders >= 1 500 per month baseline 300 }', 'kpi-already-met')).toEqual([]);
    });

    test('holding a level (`=`), a strict target just reached, and amounts in different units are left alone', async () => {
        expect(await where(`goal G {
  kpi rating = 4.8 baseline 4.8
  kpi orders > 300 baseline 300
  kpi ctr >= 1% baseline 2
}`, 'kpi-already-met')).toEqual([]);
    });
});

describe('kpi-unit-mismatch', () => {
    const GOAL = (kpi: string) => `strategy "S" {\n  ${PERIOD}\n  currency RUB\n  goal G {\n    ${kpi}\n  }\n}`;

    test('a percentage of a count beside a baseline is growth: the fix writes +20%', async () => {
        const [issue] = await t.issues(GOAL('kpi sales >= 20% baseline 500'), 'kpi-unit-mismatch');
        expect([issue.line, issue.text, issue.severity, issue.message]).toEqual([
            5, '>= 20%', 'warning', '“sales” is a count, and 20% is a percentage. For 20% more than the baseline write `+20%`.'
        ]);
        expect(issue.data).toMatchObject({ replacement: '+20%' });
    });

    test('a percentage of a count without a baseline asks: of what?', async () => {
        expect(await found(GOAL('kpi sales >= 20%'), 'kpi-unit-mismatch')).toEqual([[
            5, '20%', 'warning',
            '“sales” is a count, and 20% is a percentage: a percentage of what? For growth over the current level write `kpi sales +20% baseline …` with today\'s value.'
        ]]);
    });

    test('a bare number on a percentage: CTR 500 is 500%, which the fix writes', async () => {
        const [issue] = await t.issues(GOAL('kpi ctr >= 500'), 'kpi-unit-mismatch');
        expect([issue.text, issue.message, issue.data?.replacement]).toEqual(['500', '“ctr” is a percentage: write `500%`.', '500%']);
    });

    test('money on a count and on a percentage', async () => {
        const issues = await t.issues(GOAL('kpi subscribers >= 5 000 ₽\n    kpi romi >= 150 ₽'), 'kpi-unit-mismatch');
        expect(issues.map(i => [i.line, i.text, i.message, i.data?.replacement])).toEqual([
            [5, '5 000 ₽', '“subscribers” is a count, not money: write `5 000` without the currency.', '5 000'],
            [6, '150 ₽', '“romi” is a percentage, not money: write `150%`.', '150%']
        ]);
    });

    test('a percentage of money: CAC is an amount, 15% of what?', async () => {
        expect(await found(GOAL('kpi cac <= 15%'), 'kpi-unit-mismatch')).toEqual([[
            5, '15%', 'warning',
            '“cac” is an amount of money, and 15% is a percentage: a percentage of what? For a change from today\'s level write `-15%` or `+15%` with a `baseline`.'
        ]]);
    });

    test('a baseline in the wrong unit is reported on the baseline', async () => {
        expect(await where(GOAL('kpi er >= 4% baseline 3'), 'kpi-unit-mismatch')).toEqual([[5, '3']]);
    });

    test('every unit that fits is silent, growth included', async () => {
        expect(await found(GOAL(`kpi sales >= 500 kpi ctr >= 1.5% kpi cac <= 900 ₽ kpi cac <= 900 kpi romi >= 150% kpi ltv_cac >= 3
    kpi sales +20% baseline 500 kpi cpl -10% baseline 300 ₽`), 'kpi-unit-mismatch')).toEqual([]);
    });

    test('a KPI in the wrong unit is not compared with the forecast', async () => {
        const issues = await t.validate(COFFEE('kpi orders >= 20% from Orders.Order'));
        expect(issues.map(i => i.code)).toContain('kpi-unit-mismatch');
        expect(issues.map(i => i.code)).not.toContain('kpi-unreachable');
    });

    test('in Russian, every case of a Russian strategy', async () => {
        t.setLocale('ru');
        const issues = await t.issues(`strategy «С» {
  ${PERIOD}
  currency RUB
  goal Ц {
    kpi продажи >= 20% baseline 500
    kpi кликабельность >= 500
    kpi подписчики >= 5 000 ₽
    kpi возврат_маркетинговых_инвестиций >= 150 ₽
    kpi цена_клиента <= 15%
  }
}`, 'kpi-unit-mismatch');
        expect(issues.map(i => [i.line, i.message])).toEqual([
            [5, '«продажи» — это количество, а 20% — процент. Чтобы задать рост на 20% от исходного значения, напишите `+20%`.'],
            [6, '«кликабельность» — это процент: напишите `500%`.'],
            [7, '«подписчики» — это количество, а не деньги: напишите `5 000` без валюты.'],
            [8, '«возврат_маркетинговых_инвестиций» — это процент, а не деньги: напишите `150%`.'],
            [9, '«цена_клиента» — это сумма денег, а 15% — процент: процент от чего? Чтобы задать изменение от текущего уровня, напишите `-15%` или `+15%` с `база`.']
        ]);
    });
});

describe('kpi-growth-without-baseline', () => {
    test('+15% of nothing fires on the growth', async () => {
        expect(await found(`goal G {\n  kpi reach +15% per month\n}`, 'kpi-growth-without-baseline')).toEqual([[
            2, '+15%', 'warning',
            'The KPI “reach” asks for +15% relative to its baseline, but has no `baseline`: write today\'s value, e.g. `baseline 500`.'
        ]]);
    });

    test('with a baseline it is silent, and the target is worked out', async () => {
        expect(await found('goal G { kpi reach +15% baseline 40 000 }', 'kpi-growth-without-baseline')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('goal G { kpi охват -10% }', 'kpi-growth-without-baseline');
        expect(issue.message).toBe('KPI «охват» задаёт -10% от исходного значения, но `база` не указана: напишите сегодняшнее значение, например `база 500`.');
    });
});

describe('kpi-rate-mismatch', () => {
    const FUNNEL = rateFunnelStrategy;

    test('ER read off a click-to-subscribe step', async () => {
        expect(await found(FUNNEL('kpi er >= 4% from F.Subscribe'), 'kpi-rate-mismatch')).toEqual([[
            9, 'F.Subscribe', 'warning',
            '“er” is engagements ÷ subscribers, but stage “F.Subscribe” is subscribers ÷ clicks: its conversion is not er. Measure the KPI at a stage of engagements that follows a stage of subscribers, or leave out `from`.'
        ]]);
    });

    test('CTR at a click stage after impressions is that rate: silent, and compared', async () => {
        const issues = await t.validate(FUNNEL('kpi ctr >= 1% from F.Click'));
        expect(issues.map(i => i.code)).not.toContain('kpi-rate-mismatch');
        // 0.8 % against at least 1 %
        expect(issues.find(i => i.code === 'kpi-unreachable')?.message)
            .toBe('The plan cannot deliver this KPI: forecast from stage “F.Click”: ≈ 0.8% ctr over the period; the target is ≥ 1%.');
    });

    test('the conversion rate is any step\'s share: silent', async () => {
        expect(await found(FUNNEL('kpi cr >= 1% from F.Subscribe'), 'kpi-rate-mismatch')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues(FUNNEL('kpi вовлечённость >= 4% from F.Subscribe'), 'kpi-rate-mismatch');
        expect(issue.message).toBe('«вовлечённость» — это реакции ÷ подписчики, а этап «F.Subscribe» — это подписчики ÷ клики: его конверсия — не вовлечённость. Свяжите KPI с этапом «реакции», который идёт после этапа «подписчики», или уберите `из`.');
    });
});
