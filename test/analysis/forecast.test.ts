import { afterEach, describe, expect, test } from 'vitest';
import { analyzeStrategy, type StrategyAnalysis } from '../../src/analysis/analyze.js';
import { collectStrategy } from '../../src/analysis/strategy-parts.js';
import { createTestServices } from '../support/services.js';

const smm = createTestServices();
afterEach(() => smm.clear());

async function analyze(text: string): Promise<StrategyAnalysis> {
    const document = await smm.parseClean(text);
    return analyzeStrategy(collectStrategy([document.parseResult.value]));
}

describe('channel forecast', () => {
    test('CPM: impressions = budget ÷ CPM × 1000, and CTR turns them into clicks', async () => {
        const analysis = await analyze(`strategy "S" { budget 600000
            channel vk { budget 250000 cpm 180 ctr 0.8% } }`);
        const vk = [...analysis.channels.values()][0];
        // 250 000 ÷ 180 × 1000 = 1 388 888.9 impressions
        expect(vk.volumes.impressions).toBeCloseTo(1_388_888.89, 1);
        // 1 388 888.9 × 0.8 % = 11 111.1 clicks
        expect(vk.volumes.clicks).toBeCloseTo(11_111.11, 1);
        // 250 000 ÷ 600 000 = 41.67 % of the budget
        expect(vk.budgetShare).toBeCloseTo(41.667, 2);
        expect(vk.primary).toEqual({ metric: 'impressions', volume: vk.volumes.impressions });
    });

    test('CPC: clicks = budget ÷ CPC', async () => {
        const analysis = await analyze('channel tg { budget 250000 cpc 15 }');
        // 250 000 ÷ 15 = 16 666.7 clicks
        expect([...analysis.channels.values()][0].volumes.clicks).toBeCloseTo(16_666.67, 1);
    });

    test('a flat fee or no budget buys no volume', async () => {
        const analysis = await analyze('channel blogger { budget 90000 flat 90000 } channel ok { cpm 100 }');
        expect([...analysis.channels.values()].map(c => c.primary)).toEqual([undefined, undefined]);
    });
});

describe('funnel forecast', () => {
    const coffee = `strategy "Coffee" {
        period 2027-01-01 .. 2027-06-30
        budget 600000
        product Delivery { price 350 margin 40% }
        channel vk { budget 250000 cpc 15 }
        funnel Orders sells Delivery {
            stage Click via vk
            stage Menu conversion 40%
            stage Lead conversion 25%
            stage Order conversion 50% cost 10000
        }
    }`;

    test('each stage is the previous one × its conversion', async () => {
        const analysis = await analyze(coffee);
        const stages = [...analysis.funnels.values()][0].stages;
        // Click: 250 000 ÷ 15 = 16 666.67; Menu: × 40 % = 6 666.67; Lead: × 25 % = 1 666.67; Order: × 50 % = 833.33
        expect(stages.map(s => s.volume)).toEqual([
            expect.closeTo(16_666.67, 1), expect.closeTo(6_666.67, 1), expect.closeTo(1_666.67, 1), expect.closeTo(833.33, 1)
        ]);
        expect(stages.map(s => s.source)).toEqual(['channel', 'conversion', 'conversion', 'conversion']);
        expect(stages[0].unit).toBe('clicks');
    });

    test('cost per unit = spend so far ÷ volume', async () => {
        const stages = [...(await analyze(coffee)).funnels.values()][0].stages;
        // Click: 250 000 ÷ 16 666.67 = 15 per click; Menu: 250 000 ÷ 6 666.67 = 37.5
        expect(stages[0].costPerUnit).toBeCloseTo(15, 6);
        expect(stages[1].costPerUnit).toBeCloseTo(37.5, 6);
        // Order has its own cost of 10 000: 260 000 ÷ 833.33 = 312
        expect(stages[3].spend).toBe(260_000);
        expect(stages[3].costPerUnit).toBeCloseTo(312, 6);
    });

    test('economics: revenue, gross profit, ROMI, ROAS, CPL, CAC', async () => {
        const { economics } = [...(await analyze(coffee)).funnels.values()][0];
        // revenue = 833.33 × 350 = 291 666.67; gross profit = × 40 % = 116 666.67
        expect(economics.revenue).toBeCloseTo(291_666.67, 1);
        expect(economics.grossProfit).toBeCloseTo(116_666.67, 1);
        // ROMI = (116 666.67 − 260 000) ÷ 260 000 = −55.13 %
        expect(economics.romi).toBeCloseTo(-55.128, 2);
        // ROAS = 291 666.67 ÷ 260 000 = 112.18 %
        expect(economics.roas).toBeCloseTo(112.179, 2);
        // CPL = 260 000 ÷ 1 666.67 leads = 156; CAC = 260 000 ÷ 833.33 = 312
        expect(economics.cpl).toBeCloseTo(156, 6);
        expect(economics.cac).toBeCloseTo(312, 6);
    });

    test('a stage’s cost replaces its channel’s budget in the spend, and a channel is paid once', async () => {
        const analysis = await analyze(`channel vk { budget 250000 cpm 200 }
            funnel F { stage Seen via vk cost 100000 stage Click conversion 1% stage Retarget via vk conversion 50% }`);
        // Seen: 100 000 spent (not the 250 000 budget), 250 000 ÷ 200 × 1000 = 1 250 000 impressions
        const stages = [...analysis.funnels.values()][0].stages;
        expect(stages.map(s => s.spend)).toEqual([100_000, 100_000, 100_000]);
        expect(stages[0].volume).toBe(1_250_000);
        // Retarget: 1 250 000 × 1 % × 50 % = 6 250
        expect(stages[2].volume).toBe(6250);
    });

    test('a given volume wins, and its conversion is derived from the two volumes', async () => {
        const analysis = await analyze(`funnel F {
            stage Reach volume 1200000 impressions
            stage Click volume 14400
            stage Order conversion 8% }`);
        const stages = [...analysis.funnels.values()][0].stages;
        // 14 400 ÷ 1 200 000 = 1.2 %; Order: 14 400 × 8 % = 1 152
        expect(stages[1].conversion).toBeCloseTo(1.2, 9);
        expect(stages[2].volume).toBeCloseTo(1152, 9);
        expect(stages[0].unit).toBe('impressions');
        expect(stages[2].costPerUnit).toBeUndefined();
    });

    test('a stage with neither volume nor conversion leaves the rest unknown', async () => {
        const analysis = await analyze('funnel F { stage A volume 100 stage B stage C conversion 10% }');
        expect([...analysis.funnels.values()][0].stages.map(s => s.volume)).toEqual([100, undefined, undefined]);
    });
});

describe('what a stage counts', () => {
    test('its own unit, its channel’s, or the standard metric its name stands for', async () => {
        const analysis = await analyze(`channel vk { budget 250000 cpm 180 }
            funnel F { stage Reach via vk stage Click conversion 1% stage Orders conversion 5% stage Lead volume 50 заявки stage Tasting conversion 40% }`);
        expect([...analysis.stages.values()].map(s => s.unit)).toEqual(['impressions', 'clicks', 'orders', 'leads', undefined]);
    });
});

describe('budget balance', () => {
    test('channel budgets and task costs against the budget; risk loss = Σ probability × impact', async () => {
        const analysis = await analyze(`strategy "S" { budget 600000
            channel vk { budget 250000 cpm 180 }
            channel tg { budget 150000 cpm 400 }
            funnel F { stage A via vk stage B conversion 10% cost 20000 }
            phase Launch 2027-01-01 .. 2027-01-31 { task "Shoot" cost 30000 task "Post" }
            risk R1 probability 40% impact 90000
            risk R2 probability 10% impact 50000 }`);
        const { budget } = analysis;
        // channels 250 000 + 150 000 = 400 000; tasks 30 000; allocated 430 000 (the stage's 20 000 is part of that spend)
        expect([budget.channels, budget.tasks, budget.allocated]).toEqual([400_000, 30_000, 430_000]);
        // 600 000 − 430 000 = 170 000 unallocated; 430 000 ÷ 600 000 = 71.67 %
        expect(budget.unallocated).toBe(170_000);
        expect(budget.allocatedShare).toBeCloseTo(71.667, 2);
        // 40 % × 90 000 + 10 % × 50 000 = 36 000 + 5 000 = 41 000
        expect(budget.riskLoss).toBe(41_000);
        expect(budget.byPhase.map(line => [line.item.name, line.amount])).toEqual([['Launch', 30_000]]);
    });

    test('allocations beyond the budget leave a negative remainder', async () => {
        const { budget } = await analyze('strategy "S" { budget 100000 channel vk { budget 120000 } }');
        expect(budget.unallocated).toBe(-20_000);
        expect(budget.allocatedShare).toBe(120);
    });
});

describe('KPI forecast', () => {
    const strategy = (kpi: string) => `strategy "S" {
        period 2027-01-01 .. 2027-06-30
        product P { price 350 margin 40% }
        channel vk { budget 250000 cpc 15 }
        funnel Orders sells P { stage Click via vk stage Lead conversion 10% stage Order conversion 50% }
        goal G { ${kpi} }
    }`;

    test('a count is the linked stage volume over the period, restated per month', async () => {
        const analysis = await analyze(strategy('kpi orders >= 1500 per month from Orders.Order'));
        const kpi = [...analysis.kpis.values()][0];
        // Order = 16 666.67 × 10 % × 50 % = 833.33 over 181 days; per month: 833.33 × 30.4375 ÷ 181 = 140.13
        expect(kpi.forecast).toBeCloseTo(140.13, 1);
        expect(kpi.met).toBe(false);
        expect(kpi.deadline).toEqual({ date: new Date('2027-06-30T00:00:00Z'), source: 'period' });
    });

    test('a cost metric is the stage cost per unit', async () => {
        const kpi = [...(await analyze(strategy('kpi cpl <= 160 from Orders.Lead'))).kpis.values()][0];
        // 250 000 ÷ 1 666.67 leads = 150 ≤ 160
        expect(kpi.forecast).toBeCloseTo(150, 6);
        expect(kpi.met).toBe(true);
    });

    test('ROMI comes from the economics of the funnel that ends at the stage', async () => {
        const kpi = [...(await analyze(strategy('kpi romi >= 0% from Orders.Order'))).kpis.values()][0];
        // 833.33 × 350 × 40 % = 116 666.67; (116 666.67 − 250 000) ÷ 250 000 = −53.33 %
        expect(kpi.forecast).toBeCloseTo(-53.333, 2);
        expect(kpi.met).toBe(false);
    });

    test('CPM is the stage cost of a thousand units', async () => {
        const kpi = [...(await analyze(strategy('kpi cpm <= 20000 from Orders.Lead'))).kpis.values()][0];
        // 250 000 ÷ 1 666.67 leads × 1000 = 150 000 > 20 000
        expect(kpi.forecast).toBeCloseTo(150_000, 0);
        expect(kpi.met).toBe(false);
    });

    test('a metric the funnel does not give has no forecast', async () => {
        const kpi = [...(await analyze(strategy('kpi average_check >= 300 from Orders.Order'))).kpis.values()][0];
        expect(kpi.forecast).toBeUndefined();
    });

    test('per month applies to an amount, not to a rate or a cost per unit', async () => {
        const analysis = await analyze(strategy('kpi orders >= 100 per month kpi cpl <= 160 per month kpi ctr >= 1% per weeks'));
        expect([...analysis.kpis.values()].map(k => k.per)).toEqual(['month', undefined, undefined]);
    });

    test('the deadline is the KPI’s own date, else the goal’s', async () => {
        const analysis = await analyze(`goal G { deadline 2027-05-01 kpi leads >= 10 kpi orders >= 1 by 2027-03-31 }`);
        expect([...analysis.kpis.values()].map(k => k.deadline)).toEqual([
            { date: new Date('2027-05-01T00:00:00Z'), source: 'goal' },
            { date: new Date('2027-03-31T00:00:00Z'), source: 'kpi' }
        ]);
    });
});

describe('flat fees', () => {
    test('a channel paid a flat fee has that fee as its budget, and buys no volume', async () => {
        const analysis = await analyze('strategy "S" { budget 100000 channel bloggers { flat 30000 } channel vk { budget 50000 cpm 100 } }');
        // allocated = 30 000 (flat fee) + 50 000 = 80 000
        expect(analysis.budget.allocated).toBe(80_000);
        const bloggers = [...analysis.channels.values()][0];
        expect([bloggers.budget, bloggers.budgetShare, bloggers.primary]).toEqual([30_000, 30, undefined]);
    });
});

describe('funnels measured by a KPI', () => {
    test('a funnel is measured when a KPI of any goal counts one of its stages, and only then', async () => {
        const analysis = await analyze(`
            funnel Orders { stage Reach volume 1000 impressions stage Order conversion 2% }
            funnel Leads { stage Reach volume 500 impressions stage Lead conversion 5% }
            funnel Spare { stage Reach volume 100 impressions }
            goal A "Orders" { kpi orders >= 10 from Orders.Order }
            goal B "Leads" { kpi leads >= 20 from Leads.Lead kpi orders >= 5 from Orders.Order }`);
        expect([...analysis.measuredFunnels].map(funnel => funnel.name).sort()).toEqual(['Leads', 'Orders']);
    });
});
