import { afterEach, describe, expect, test } from 'vitest';
import { analyzeStrategy, type StrategyAnalysis } from '../../src/analysis/analyze.js';
import { describeKpiForecast } from '../../src/analysis/kpi-forecast-text.js';
import type { KpiAssessment } from '../../src/analysis/kpis.js';
import { amountBetween, dayNumber, monthsOf, unitEndingOn } from '../../src/analysis/schedule.js';
import type { TimeUnit } from '../../src/language/generated/ast.js';
import { periodOf } from '../../src/analysis/period.js';
import { collectStrategy } from '../../src/analysis/strategy-parts.js';
import { createTestServices } from '../support/services.js';
import { rateFunnelStrategy, shopStrategy } from '../support/strategies.js';

/** The time-phased model: budgets on the calendar, KPIs compared with what the plan gives by their date. */
const smm = createTestServices();
afterEach(() => smm.clear());

async function analyze(text: string): Promise<StrategyAnalysis> {
    const document = await smm.parseClean(text);
    return analyzeStrategy(collectStrategy([document.parseResult.value]));
}

function kpis(analysis: StrategyAnalysis): KpiAssessment[] {
    return [...analysis.kpis.values()];
}

const day = (iso: string) => dayNumber(new Date(`${iso}T00:00:00Z`));

/** 362 customers over 181 days, 2 a day (see `shopStrategy`). */
const SHOP = shopStrategy;

describe('the calendar', () => {
    test('the months of a period, the first and last clipped', () => {
        const months = monthsOf(periodOf({ start: '2026-09-15', end: '2026-11-10' } as never)!);
        expect(months.map(m => [m.month, m.end - m.start + 1, m.days])).toEqual([
            ['2026-09', 16, 30], ['2026-10', 31, 31], ['2026-11', 10, 30]
        ]);
    });

    test('the one unit that ends on a day: calendar months, quarters and years back', () => {
        const start = (end: string, per: string) => unitEndingOn(new Date(`${end}T00:00:00Z`), per as TimeUnit);
        const startOf = (end: string, per: string) => new Date(start(end, per) * 86_400_000).toISOString().slice(0, 10);
        const unit = (end: string, per: string) => day(end) - start(end, per) + 1;
        expect(startOf('2027-06-30', 'month')).toBe('2027-06-01');
        expect(startOf('2027-03-15', 'month')).toBe('2027-02-16');
        expect(startOf('2027-03-31', 'months')).toBe('2027-03-01');
        // The day after 30 March one month back is 31 February: the last day of February.
        expect(startOf('2027-03-30', 'month')).toBe('2027-02-28');
        expect(startOf('2028-02-29', 'month')).toBe('2028-02-01');
        expect(startOf('2027-06-30', 'quarter')).toBe('2027-04-01');
        expect(startOf('2027-12-31', 'year')).toBe('2027-01-01');
        expect(startOf('2027-01-15', 'month')).toBe('2026-12-16');
        // Days: June 30, February 28, a week, a day.
        expect([unit('2027-06-30', 'month'), unit('2027-02-28', 'month'), unit('2027-06-30', 'week'), unit('2027-06-30', 'day')]).toEqual([30, 28, 7, 1]);
    });

    test('an amount spread over days: a half day counts half', () => {
        // 300 over 30 days is 10 a day; days 10 to 19.5 are 10.5 days = 105
        expect(amountBetween([{ start: 0, end: 29, amount: 300 }], 10, 19.5)).toBeCloseTo(105, 9);
    });
});

/** A ramp-up: 10 000 a month while the creatives are tested (September–October), 40 000 a month after. */
const RAMP_UP = (goal = '') => `strategy "S" {
  period 2026-09-01 .. 2027-02-28
  phase Launch 2026-09-01 .. 2026-10-31 { }
  phase Growth 2026-11-01 .. 2027-02-28 { }
  channel ads { budget 10 000 per month during Launch  budget 40 000 per month during Growth  cpc 10 }
  funnel F { stage Click via ads stage Pay conversion 2% }
  goal G { ${goal} }
}`;

describe('budgets on the calendar', () => {
    test('per month over phases: a ramp-up, month by month', async () => {
        const analysis = await analyze(RAMP_UP());
        const ads = [...analysis.channels.values()][0];
        // 2 months × 10 000 + 4 months × 40 000 = 180 000
        expect(ads.budget).toBeCloseTo(180_000, 6);
        // 180 000 ÷ 10 = 18 000 clicks
        expect(ads.volumes.clicks).toBeCloseTo(18_000, 6);
        // October alone: 10 000; January alone: 40 000
        expect(amountBetween(ads.spending!, day('2026-10-01'), day('2026-10-31'))).toBeCloseTo(10_000, 6);
        expect(amountBetween(ads.spending!, day('2027-01-01'), day('2027-01-31'))).toBeCloseTo(40_000, 6);
        expect(analysis.budget.channels).toBeCloseTo(180_000, 6);
    });

    test('a budget over dates is clipped to the period; a part of a month gets its share of days', async () => {
        const analysis = await analyze(`strategy "S" {
  period 2027-01-01 .. 2027-03-31
  channel ads { budget 31 000 per month during 2026-12-17 .. 2027-01-16 }
}`);
        // clipped to 2027-01-01 .. 2027-01-16: 16 of January's 31 days × 31 000 = 16 000
        expect([...analysis.channels.values()][0].budget).toBeCloseTo(16_000, 6);
    });

    test('a strategy budget per month is counted over the months of the period', async () => {
        const analysis = await analyze('strategy "S" { period 2027-01-01 .. 2027-06-30 budget 50 000 per month }');
        // 6 whole months × 50 000
        expect(analysis.parts.budget).toBeCloseTo(300_000, 6);
    });

    test('a budget per week is the weekly amount for each week of days', async () => {
        const analysis = await analyze('strategy "S" { period 2027-01-01 .. 2027-01-28 channel ads { budget 7 000 per week } }');
        // 28 days ÷ 7 × 7 000 = 28 000
        expect([...analysis.channels.values()][0].budget).toBeCloseTo(28_000, 6);
    });

    test('without a period a budget per month has no total', async () => {
        const analysis = await analyze('channel ads { budget 50 000 per month cpc 10 }');
        expect([...analysis.channels.values()][0].budget).toBeUndefined();
    });
});

describe('a KPI compared with what the plan gives by its date', () => {
    test('by 30 September: 60 of the 362 customers the period gives', async () => {
        const [kpi] = kpis(await analyze(SHOP('kpi customers >= 300 by 2026-09-30 from F.Pay')));
        // 362 × 30 ÷ 181 = 60.0
        expect(kpi.forecast).toBeCloseTo(60, 6);
        expect(kpi.overPeriod).toBeCloseTo(362, 6);
        expect(kpi.window).toEqual({ kind: 'until', end: new Date('2026-09-30T00:00:00Z') });
        expect(kpi.met).toBe(false);
        expect(describeKpiForecast('en', kpi, 'USD')).toBe('forecast from stage “F.Pay”: ≈ 60 customers by Sep 30, 2026 (of ≈ 362 over the whole period)');
        expect(describeKpiForecast('ru', kpi, 'USD')).toBe('прогноз этапа «F.Pay»: ≈ 60 (customers) к 30 сент. 2026 г. (из ≈ 362 за весь период)');
    });

    test('the goal\'s deadline is the KPI\'s date when it has none', async () => {
        const analysis = await analyze(SHOP('kpi customers >= 100 from F.Pay  deadline 2026-10-31'));
        // September and October: 61 days × 2 a day = 122 ≥ 100
        expect(kpis(analysis)[0].forecast).toBeCloseTo(122, 6);
        expect(kpis(analysis)[0].met).toBe(true);
    });

    test('a ramp-up: the first two months bring a ninth of the customers', async () => {
        const analysis = await analyze(RAMP_UP('kpi customers >= 100 by 2026-10-31 from F.Pay  kpi customers >= 80 per month by 2027-02-28 from F.Pay'));
        const [launch, monthly] = kpis(analysis);
        // 18 000 clicks × 2 % = 360 customers; by 31 October 20 000 of 180 000 is spent: 360 ÷ 9 = 40
        expect(launch.forecast).toBeCloseTo(40, 6);
        expect(launch.met).toBe(false);
        // The month to 28 February is February, a calendar month (not the last 30.44 days, which would take
        // 2.44 days of January too and give 86.29): 40 000 ÷ 10 × 2 % = 80 customers ≥ 80
        expect(monthly.forecast).toBeCloseTo(80, 6);
        expect(monthly.window).toEqual({ kind: 'lastUnit', unit: 'month', end: new Date('2027-02-28T00:00:00Z') });
        expect(monthly.met).toBe(true);
        expect(describeKpiForecast('en', monthly, undefined)).toBe('forecast from stage “F.Pay”: ≈ 80 customers in the month to Feb 28, 2027');
    });

    test('per month without a date of its own: an average month of the period', async () => {
        const [kpi] = kpis(await analyze(SHOP('kpi customers >= 50 per month from F.Pay')));
        // 362 × 30.4375 ÷ 181 = 60.875
        expect(kpi.forecast).toBeCloseTo(60.875, 6);
        expect(kpi.window).toEqual({ kind: 'averageUnit', unit: 'month' });
        expect(describeKpiForecast('en', kpi, undefined)).toBe('forecast from stage “F.Pay”: ≈ 60.9 customers a month on average over the period');
    });

    test('an amount due after the period is not forecast: the plan has no days there', async () => {
        const [kpi] = kpis(await analyze(SHOP('kpi customers >= 100 per month by 2027-03-31 from F.Pay')));
        expect([kpi.forecast, kpi.met, kpi.notForecast]).toEqual([undefined, undefined, 'outsidePeriod']);
        expect(describeKpiForecast('en', kpi, undefined)).toBe('not forecast: the KPI is due outside the strategy period');
    });

    test('a rate or a cost per unit has no window: CPC is the same in every month', async () => {
        const [kpi] = kpis(await analyze(SHOP('kpi cac <= 600 by 2026-09-30 from F.Pay')));
        // 181 000 ÷ 362 = 500
        expect(kpi.forecast).toBeCloseTo(500, 6);
        expect(kpi.window).toEqual({ kind: 'period' });
        expect(kpi.met).toBe(true);
    });
});

describe('stock and flow', () => {
    const COMMUNITY = (kpi: string) => `strategy "S" {
  period 2027-01-01 .. 2027-06-30
  channel vk { budget 102 860 cpc 10 }
  funnel F { stage Click via vk stage Subscribe volume 10 286 subscribers }
  goal G { ${kpi} }
}`;

    test('subscribers are a level: the baseline plus the new ones', async () => {
        const [kpi] = kpis(await analyze(COMMUNITY('kpi subscribers >= 10 500 baseline 2 300 from F.Subscribe')));
        // 2 300 now + 10 286 new = 12 586 ≥ 10 500
        expect(kpi.behaviour).toBe('stock');
        expect(kpi.forecast).toBeCloseTo(12_586, 6);
        expect(kpi.inflow).toBeCloseTo(10_286, 6);
        expect(kpi.met).toBe(true);
        expect(describeKpiForecast('en', kpi, undefined)).toBe('forecast from stage “F.Subscribe”: ≈ 2,300 now + ≈ 10,286 new over the period = ≈ 12,586 subscribers');
    });

    test('without a baseline the new ones alone can only show a target met', async () => {
        const [short, enough] = kpis(await analyze(COMMUNITY('kpi subscribers >= 20 000 from F.Subscribe  kpi subscribers >= 10 000 from F.Subscribe')));
        // 10 286 new < 20 000, but the level now is unknown: no verdict
        expect(short.met).toBeUndefined();
        // 10 286 new ≥ 10 000 whatever the level now
        expect(enough.met).toBe(true);
        expect(describeKpiForecast('ru', short, undefined)).toBe('прогноз этапа «F.Subscribe»: ≈ 10\u00a0286 новых (subscribers) за период; сколько их сейчас, неизвестно (нет baseline)');
    });

    test('orders are a flow: the baseline is today\'s level and is not added', async () => {
        const [kpi] = kpis(await analyze(SHOP('kpi customers >= 300 baseline 200 from F.Pay')));
        expect(kpi.behaviour).toBe('flow');
        expect(kpi.forecast).toBeCloseTo(362, 6);
    });

    test('a rate is a rate', async () => {
        const analysis = await analyze(SHOP('kpi ctr >= 1% kpi romi >= 10% kpi cpl <= 10'));
        expect(kpis(analysis).map(k => k.behaviour)).toEqual(['rate', 'rate', 'rate']);
    });
});

describe('growth over the baseline', () => {
    test('+20% of 500 sales is a target of 600, compared with the funnel', async () => {
        const [kpi] = kpis(await analyze(SHOP('kpi sales +20% baseline 500 from F.Pay')));
        // 500 × 1.2 = 600 > 362
        expect([kpi.comparator, kpi.target, kpi.met]).toEqual(['>=', 600, false]);
    });

    test('-15% of a CPL of 200 is at most 170', async () => {
        const [kpi] = kpis(await analyze(SHOP('kpi cpl -15% baseline 200 USD')));
        expect([kpi.comparator, kpi.target, kpi.written]).toEqual(['<=', 170, 'USD']);
    });
});

describe('rates read from the stage that is that rate', () => {
    const FUNNEL = rateFunnelStrategy;

    test('CTR from a click stage after an impression stage is its conversion', async () => {
        const [kpi] = kpis(await analyze(FUNNEL('kpi ctr >= 1% from F.Click')));
        // 0.8 % < 1 %
        expect([kpi.forecast, kpi.met]).toEqual([0.8, false]);
    });

    test('ER is not the conversion of a click-to-subscribe step', async () => {
        const [kpi] = kpis(await analyze(FUNNEL('kpi er >= 4% from F.Subscribe')));
        expect([kpi.forecast, kpi.met, kpi.notForecast]).toEqual([undefined, undefined, 'rateMismatch']);
    });
});

describe('a KPI without `from`', () => {
    test('CAC from the goal\'s funnel: its spend ÷ its customers', async () => {
        const analysis = await analyze(`strategy "S" {
  period 2026-09-01 .. 2027-02-28
  segment Students { size 40 000 }
  channel ads { budget 181 000 cpc 10 }
  funnel F for Students { stage Click via ads stage Pay conversion 2% }
  goal G { segment Students kpi cac <= 400 }
}`);
        const [kpi] = kpis(analysis);
        // 181 000 ÷ 362 = 500 > 400
        expect([kpi.basis, kpi.forecast, kpi.met]).toEqual(['funnels', 500, false]);
        expect(describeKpiForecast('en', kpi, 'USD')).toBe('forecast from the goal’s funnels (F): ≈ $500 cac over the period');
    });

    test('CAC over two funnels: their spend added up ÷ their customers added up', async () => {
        const analysis = await analyze(`strategy "S" {
  period 2027-01-01 .. 2027-06-30
  segment S
  channel a { budget 10 000 cpc 10 }
  channel b { budget 30 000 cpc 10 }
  funnel A for S { stage Click via a stage Pay conversion 10% }
  funnel B for S { stage Click via b stage Pay conversion 5% }
  goal G { segment S kpi cac <= 200 }
}`);
        // A: 1 000 clicks × 10 % = 100; B: 3 000 × 5 % = 150; (10 000 + 30 000) ÷ 250 = 160
        expect(kpis(analysis)[0].forecast).toBeCloseTo(160, 6);
    });

    test('a count from the goal\'s funnels only when each of them counts it', async () => {
        const analysis = await analyze(`strategy "S" {
  period 2027-01-01 .. 2027-06-30
  segment S
  channel a { budget 10 000 cpc 10 }
  funnel A for S { stage Click via a stage Lead conversion 10% }
  funnel B for S { stage Seen volume 1 000 impressions stage Buy conversion 1% }
  goal G { segment S kpi leads >= 50 }
  goal H { kpi leads >= 50 from A.Lead kpi clicks >= 900 }
}`);
        const [partial, , clicks] = kpis(analysis);
        // B has no stage of leads: a sum over A alone would fall short, so no forecast
        expect([partial.forecast, partial.notForecast]).toEqual([undefined, 'notFromFunnels']);
        // H measures leads at A.Lead, so A is its funnel: 10 000 ÷ 10 = 1 000 clicks
        expect(clicks.forecast).toBeCloseTo(1_000, 6);
    });

    test('a goal with no funnel says so', async () => {
        const [kpi] = kpis(await analyze('strategy "S" { period 2027-01-01 .. 2027-06-30 goal G { kpi reach >= 1000 } }'));
        expect([kpi.forecast, kpi.notForecast, kpi.met]).toEqual([undefined, 'noFunnel', undefined]);
        expect(describeKpiForecast('en', kpi, undefined)).toMatch(/^not forecast: the KPI names no stage/);
    });
});

describe('in a Russian strategy', () => {
    test('a ramp-up by phases, a KPI by the end of the first phase and CAC from the goal\'s funnel', async () => {
        const analysis = await analyze(`strategy «Зерно» {
  period 2027-03-01 .. 2027-08-31
  currency RUB
  phase Подготовка 2027-03-01 .. 2027-03-31 { }
  phase Рост 2027-04-01 .. 2027-08-31 { }
  segment Кофеманы { size 80 000 }
  channel вк { budget 30 000 per month during Подготовка  budget 60 000 per month during Рост  cpc 20 }
  funnel Воронка for Кофеманы { stage Клик via вк stage Заказ conversion 4% }
  goal Покупатели {
    segment Кофеманы
    kpi клиенты >= 200 by 2027-03-31 from Воронка.Заказ
    kpi цена_клиента <= 450 ₽
  }
}`);
        const [march, cac] = kpis(analysis);
        // 30 000 + 5 × 60 000 = 330 000 ÷ 20 = 16 500 clicks × 4 % = 660 customers; by March 31 only the
        // March budget is spent: 30 000 ÷ 330 000 × 660 = 60 < 200
        expect(march.forecast).toBeCloseTo(60, 6);
        expect(march.met).toBe(false);
        expect(describeKpiForecast('ru', march, 'RUB')).toBe('прогноз этапа «Воронка.Заказ»: ≈ 60 (клиенты) к 31 мар. 2027 г. (из ≈ 660 за весь период)');
        // CAC 330 000 ÷ 660 = 500 ₽ > 450 ₽, from the goal's funnel (its other KPI is measured there)
        expect([cac.basis, cac.forecast, cac.met]).toEqual(['funnels', 500, false]);
        expect(describeKpiForecast('ru', cac, 'RUB')).toBe('прогноз воронок цели (Воронка): ≈ 500\u00a0₽ (цена_клиента) за период');
    });
});

describe('revenue of customers who pay more than once', () => {
    const SUBSCRIPTION = (kpi: string) => `strategy "S" {
  period 2027-01-01 .. 2027-06-30
  currency RUB
  product Box { price 1 000 per month  lifetime 6 months  margin 50% }
  channel vk { budget 60 000 cpc 10 }
  funnel F sells Box { stage Click via vk stage Pay conversion 10% }
  goal G { ${kpi} }
}`;

    test('a revenue KPI is not forecast: the plan does not say when each payment comes', async () => {
        // 6 000 clicks × 10 % = 600 subscribers × 6 payments of 1 000 = 3 600 000 over their lifetime, but most
        // of it after the deadline: counting it by the date would be a false ✓
        const [revenue, romi] = kpis(await analyze(SUBSCRIPTION('kpi revenue >= 1 000 000 by 2027-03-31 from F.Pay  kpi romi >= 100% from F.Pay')));
        expect([revenue.forecast, revenue.met, revenue.notForecast]).toEqual([undefined, undefined, 'lifetimeRevenue']);
        expect(describeKpiForecast('en', revenue, 'RUB')).toMatch(/^not forecast: a customer pays more than once/);
        // ROMI counts the lifetime: gross profit 3 600 000 × 50 % = 1 800 000; (1 800 000 − 60 000) ÷ 60 000 = 2 900 %
        expect(romi.forecast).toBeCloseTo(2_900, 6);
    });

    test('a one-off price keeps its revenue by the date', async () => {
        const [revenue] = kpis(await analyze(SUBSCRIPTION('kpi revenue >= 100 000 by 2027-03-31 from F.Pay').replace('price 1 000 per month  lifetime 6 months', 'price 1 000')));
        // 600 × 1 000 = 600 000 over 181 days; by March 31 (90 days): 600 000 × 90 ÷ 181 = 298 342.5
        expect(revenue.forecast).toBeCloseTo(298_342.54, 1);
    });
});
