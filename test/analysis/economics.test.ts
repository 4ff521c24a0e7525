import { afterEach, describe, expect, test } from 'vitest';
import { analyzeStrategy, type StrategyAnalysis } from '../../src/analysis/analyze.js';
import { customerValueOf } from '../../src/analysis/economics.js';
import { implausibleAdFrequency, segmentOverflow, unwatchedLoss } from '../../src/analysis/plausibility.js';
import { collectStrategy } from '../../src/analysis/strategy-parts.js';
import type { Product } from '../../src/language/generated/ast.js';
import { createTestServices } from '../support/services.js';
import { twoProductStrategy } from '../support/strategies.js';

const smm = createTestServices();
afterEach(() => smm.clear());

async function analyze(text: string): Promise<StrategyAnalysis> {
    const document = await smm.parseClean(text);
    return analyzeStrategy(collectStrategy([document.parseResult.value]));
}

const funnelOf = (analysis: StrategyAnalysis) => [...analysis.funnels.values()][0];

/** Two products at $5 (60 % margin) and $20 (40 %), 2 000 orders from $10 000 of Instagram ads. */
const coffee = twoProductStrategy;

/** Beans bought three times, a subscription paid for six months; 750 orders from 300 000 ₽ of VK ads. */
const zerno = (extra = '') => `strategy «Зерно» {
    period 2027-03-01 .. 2027-08-31
    currency RUB
    product Зерно250 { price 690 ₽  margin 55%  purchases-per-customer 3 }
    product Подписка { price 1 290 ₽ per month  lifetime 6 months  margin 50% }
    segment Кофеманы { size 380 000 }
    channel вк { budget 300 000 cpm 200 }
    funnel ВоронкаВК for Кофеманы sells Зерно250 60%, Подписка 40% {
        stage Показ via вк
        stage Клик conversion 1%
        stage Заказ conversion 5%
    }
    ${extra}
}`;

describe('the product mix', () => {
    test('stated shares weight the price, and the revenue weights the margin', async () => {
        const forecast = funnelOf(await analyze(coffee('Cup 70%, Bundle 30%')));
        // Seen: 10 000 ÷ 5 × 1 000 = 2 000 000 impressions; Tap: × 1 % = 20 000; Order: × 10 % = 2 000
        expect(forecast.economics.purchases).toBeCloseTo(2_000, 6);
        // price = 70 % × $5 + 30 % × $20 = 3.5 + 6 = $9.50 (the unweighted mean would be $12.50)
        expect(forecast.economics.price).toBeCloseTo(9.5, 9);
        // margin = (0.7 × 5 × 60 + 0.3 × 20 × 40) ÷ 9.5 = (210 + 240) ÷ 9.5 = 47.37 %
        expect(forecast.economics.margin).toBeCloseTo(47.368, 3);
        // revenue = 2 000 × 9.5 = 19 000; gross profit = 2 000 × (0.7 × 5 × 0.6 + 0.3 × 20 × 0.4) = 2 000 × 4.5 = 9 000
        expect(forecast.economics.revenue).toBeCloseTo(19_000, 6);
        expect(forecast.economics.grossProfit).toBeCloseTo(9_000, 6);
        // ROMI = (9 000 − 10 000) ÷ 10 000 = −10 %; ROAS = 19 000 ÷ 10 000 = 190 %
        expect(forecast.economics.romi).toBeCloseTo(-10, 6);
        expect(forecast.economics.roas).toBeCloseTo(190, 6);
        expect(forecast.mix?.basis).toBe('stated');
        expect(forecast.mix?.shares.map(s => s.share)).toEqual([70, 30]);
    });

    test('without shares: equal shares, and the margin still weighted by revenue', async () => {
        const forecast = funnelOf(await analyze(coffee('Cup, Bundle')));
        // price = (5 + 20) ÷ 2 = $12.50; margin = (5 × 60 + 20 × 40) ÷ 25 = 1 100 ÷ 25 = 44 % (not (60 + 40) ÷ 2 = 50 %)
        expect(forecast.economics.price).toBeCloseTo(12.5, 9);
        expect(forecast.economics.margin).toBeCloseTo(44, 9);
        expect(forecast.mix?.basis).toBe('equal');
    });

    test('shares that add up to 110 % are scaled to 100 %', async () => {
        const forecast = funnelOf(await analyze(coffee('Cup 70%, Bundle 40%')));
        // 70 ÷ 110 = 63.64 %, 40 ÷ 110 = 36.36 %; price = 0.6364 × 5 + 0.3636 × 20 = 3.18 + 7.27 = $10.45
        expect(forecast.mix?.shares.map(s => s.share)).toEqual([expect.closeTo(63.636, 3), expect.closeTo(36.364, 3)]);
        expect(forecast.mix?.writtenTotal).toBe(110);
        expect(forecast.economics.price).toBeCloseTo(10.4545, 4);
    });

    test('products without a share split what the others leave', async () => {
        const analysis = await analyze(`product A { price 10 } product B { price 20 } product C { price 40 }
            funnel F sells A 50%, B, C { stage Order volume 100 }`);
        const forecast = funnelOf(analysis);
        // B and C split 100 − 50 = 50 %: 25 % each; price = 0.5 × 10 + 0.25 × 20 + 0.25 × 40 = 5 + 5 + 10 = 20
        expect(forecast.mix?.basis).toBe('partial');
        expect(forecast.mix?.shares.map(s => s.share)).toEqual([50, 25, 25]);
        expect(forecast.economics.price).toBeCloseTo(20, 9);
        // revenue = 100 orders × 20 = 2 000
        expect(forecast.economics.revenue).toBeCloseTo(2_000, 9);
    });
});

describe('the value of a customer', () => {
    test('repeat purchases and a subscription over its lifetime feed revenue and ROMI (Russian strategy)', async () => {
        const forecast = funnelOf(await analyze(zerno()));
        // Показ: 300 000 ÷ 200 × 1 000 = 1 500 000; Клик: × 1 % = 15 000; Заказ: × 5 % = 750 customers
        expect(forecast.economics.purchases).toBeCloseTo(750, 6);
        // Зерно250: 3 purchases × 690 = 2 070 ₽; Подписка: 6 months × 1 290 = 7 740 ₽
        expect(forecast.mix?.shares.map(s => s.value.value)).toEqual([expect.closeTo(2_070, 6), expect.closeTo(7_740, 6)]);
        // LTV = 0.6 × 2 070 + 0.4 × 7 740 = 1 242 + 3 096 = 4 338 ₽ (one purchase each would give 0.6 × 690 + 0.4 × 1 290 = 930 ₽)
        expect(forecast.economics.ltv).toBeCloseTo(4_338, 6);
        expect(forecast.economics.price).toBeCloseTo(930, 6);
        // revenue = 750 × 4 338 = 3 253 500 ₽; gross profit = 750 × (0.6 × 2 070 × 55 % + 0.4 × 7 740 × 50 %) = 750 × 2 231.1 = 1 673 325 ₽
        expect(forecast.economics.revenue).toBeCloseTo(3_253_500, 3);
        expect(forecast.economics.grossProfit).toBeCloseTo(1_673_325, 3);
        // margin = 2 231.1 ÷ 4 338 = 51.43 %
        expect(forecast.economics.margin).toBeCloseTo(51.432, 3);
        // ROMI = (1 673 325 − 300 000) ÷ 300 000 = 457.78 %; ROAS = 3 253 500 ÷ 300 000 = 1 084.5 %
        expect(forecast.economics.romi).toBeCloseTo(457.775, 3);
        expect(forecast.economics.roas).toBeCloseTo(1_084.5, 6);
    });

    test('a lifetime in other units than the price’s period', async () => {
        const analysis = await analyze(`product Pass { price 9 900 per year  lifetime 18 months }
            product Box { price 990 per month lifetime 1 year }
            product Trial { price 290 per week }
            product Cup { price 5 }`);
        const values = analysis.parts.products.map((p: Product) => customerValueOf(p));
        // 18 months ÷ 12 = 1.5 years × 9 900 = 14 850; 1 year = 12 months × 990 = 11 880
        expect(values.map(v => [v.basis, v.payments, v.value])).toEqual([
            ['lifetime', expect.closeTo(1.5, 9), expect.closeTo(14_850, 6)],
            ['lifetime', expect.closeTo(12, 9), expect.closeTo(11_880, 6)],
            // no lifetime: one week is assumed; a one-off price is paid once
            ['onePeriod', 1, 290],
            ['once', 1, 5]
        ]);
    });

    test('a lifetime or a price past the largest number a computer holds gives no infinite value', async () => {
        const huge = `9${'9'.repeat(310)}`;
        const analysis = await analyze(`product Box { price 990 per month  lifetime ${huge} months }
            product Big { price 9${'9'.repeat(300)}  purchases-per-customer 9${'9'.repeat(300)} }
            funnel F sells Box 50%, Big 50% { stage Order volume 10 }`);
        const [box, big] = analysis.parts.products.map((p: Product) => customerValueOf(p));
        // the lifetime is `number-too-large`: one period counted; 10^301 × 10^301 overflows: no value
        expect([box.basis, box.payments, box.value]).toEqual(['onePeriod', 1, 990]);
        expect(big.value).toBeUndefined();
        // the mix keeps to what can be computed: Box alone
        expect(funnelOf(analysis).economics.ltv).toBe(990);
    });

    test('a KPI on LTV is forecast from the funnel whose last stage it is measured at', async () => {
        const analysis = await analyze(zerno(`goal G { kpi ltv >= 5 000 ₽ from ВоронкаВК.Заказ
            kpi пожизненная_ценность >= 4 000 ₽ from ВоронкаВК.Заказ }`));
        // LTV = 4 338 ₽: short of 5 000, past 4 000
        expect([...analysis.kpis.values()].map(k => [k.forecast, k.met])).toEqual([
            [expect.closeTo(4_338, 6), false], [expect.closeTo(4_338, 6), true]
        ]);
    });
});

describe('LTV of a goal without `from`', () => {
    test('the goal’s funnels: their revenue over their customers', async () => {
        const analysis = await analyze(`strategy "S" { period 2027-01-01 .. 2027-06-30  currency RUB
            product A { price 1 000 }
            product B { price 500 per month  lifetime 4 months }
            segment Seg { size 1 000 000 }
            funnel F1 for Seg sells A { stage Order volume 100 customers }
            funnel F2 for Seg sells B { stage Order volume 300 customers }
            goal G { segment Seg  kpi ltv >= 1 800 ₽ } }`);
        // F1: 100 × 1 000 = 100 000 ₽; F2: 300 × 4 × 500 = 600 000 ₽; (100 000 + 600 000) ÷ 400 customers = 1 750 ₽ < 1 800 ₽
        const kpi = [...analysis.kpis.values()][0];
        expect([kpi.forecast, kpi.met]).toEqual([expect.closeTo(1_750, 9), false]);
    });
});

describe('plausibility', () => {
    test('2 000 customers from a segment of 500 people', async () => {
        const analysis = await analyze(`segment Tiny { size 500 }
            funnel F for Tiny { stage Reach volume 100 000 reach  stage Click conversion 10%  stage Customers conversion 20% }`);
        // Reach 100 000 > 500, Click 10 000 (clicks are not people), Customers 10 000 × 20 % = 2 000 > 500: the deepest one
        const overflow = segmentOverflow(funnelOf(analysis), analysis);
        expect([overflow?.stage.stage.name, overflow?.unit, overflow?.volume, overflow?.size]).toEqual(['Customers', 'customers', expect.closeTo(2_000, 6), 500]);
    });

    test('a stage counts people when a KPI on people is measured at it', async () => {
        const analysis = await analyze(`segment Офисы { size 500 }
            funnel F for Офисы { stage Охват volume 400 reach  stage Оплата volume 620 }
            goal G { kpi клиенты >= 380 from F.Оплата }`);
        // Охват 400 ≤ 500; Оплата counts customers (the KPI says so): 620 > 500
        expect(segmentOverflow(funnelOf(analysis), analysis)?.stage.stage.name).toBe('Оплата');
    });

    test('666 000 impressions to 6 500 people over September–February', async () => {
        const analysis = await analyze(`strategy "S" { period 2026-09-01 .. 2027-02-28
            segment Offices { size 6 500 }
            funnel F for Offices { stage Seen volume 666 000 impressions  stage Lead conversion 0.5% } }`);
        const frequency = implausibleAdFrequency(funnelOf(analysis), analysis.period?.days);
        // 30 + 31 + 30 + 31 + 31 + 28 = 181 days = 181 ÷ 30.4375 = 5.947 months; 666 000 ÷ 6 500 = 102.5 each; ÷ 5.947 = 17.2 a month > 12
        expect(frequency?.months).toBeCloseTo(5.9466, 4);
        expect(frequency?.perPerson).toBeCloseTo(102.46, 2);
        expect(frequency?.perMonth).toBeCloseTo(17.23, 2);
    });

    test('300 000 impressions to the same people are 7.8 a month: plausible', async () => {
        const analysis = await analyze(`strategy "S" { period 2026-09-01 .. 2027-02-28
            segment Offices { size 6 500 }
            funnel F for Offices { stage Seen volume 300 000 impressions } }`);
        // 300 000 ÷ 6 500 = 46.2 ÷ 5.947 = 7.76 a month ≤ 12
        expect(implausibleAdFrequency(funnelOf(analysis), analysis.period?.days)).toBeUndefined();
    });

    test('a funnel losing money and no KPI on its return', async () => {
        const unwatched = await analyze(coffee('Cup 70%, Bundle 30%'));
        // ROMI −10 % (above) and no KPI on ROMI, ROAS or ROI
        expect(unwatchedLoss(funnelOf(unwatched), unwatched.parts.goals)).toBe(true);
    });

    test.each([
        'goal G { kpi romi >= 0% from F.Order }',
        'goal G { segment Office kpi roas >= 100% }',
        'goal G { product Bundle kpi roi >= 0% }'
    ])('a ROMI, ROAS or ROI KPI at its stage or in a goal about its segment or product watches it: %s', async goal => {
        const watched = await analyze(coffee('Cup 70%, Bundle 30%', goal));
        expect(unwatchedLoss(funnelOf(watched), watched.parts.goals)).toBe(false);
    });
});
