import { afterEach, describe, expect, test } from 'vitest';
import { renderHtmlDocument } from '../../src/roadmap/render/html.js';
import { renderMarkdown } from '../../src/roadmap/render/markdown.js';
import { createTestServices } from '../support/services.js';
import { roadmapOf } from './helpers.js';

/** The roadmap shows a KPI's forecast over its own window, never a ✓ its numbers do not justify. */
const smm = createTestServices();
afterEach(() => smm.clear());

/** September 2026 to February 2027, 181 days; 181 000 at 10 a click = 18 100 clicks × 2 % = 362 customers. */
const SHOP_EN = `strategy "Shop" {
  period 2026-09-01 .. 2027-02-28
  currency USD
  segment Students { size 40 000 }
  channel ads { budget 181 000 cpc 10 }
  funnel F for Students { stage Click via ads stage Pay conversion 2% }
  goal G "300 customers by September 30" {
    segment Students
    kpi customers >= 300 by 2026-09-30 from F.Pay
    kpi customers >= 350 by 2027-02-28 from F.Pay
    kpi sales >= 20% baseline 100 from F.Pay
    kpi reach >= 100 000
  }
}`;

const SHOP_RU = `strategy "Магазин" {
  period 2026-09-01 .. 2027-02-28
  currency RUB
  segment Студенты { size 40 000 }
  channel реклама { budget 181 000 cpc 10 }
  funnel Воронка for Студенты { stage Клик via реклама stage Оплата conversion 2% }
  goal Цель «300 клиентов к 30 сентября» {
    segment Студенты
    kpi клиенты >= 300 by 2026-09-30 from Воронка.Оплата
    kpi подписчики >= 10 500 baseline 2 300 from Воронка.Оплата
  }
}`;

describe('KPI forecasts in the roadmap', () => {
    test('by its date the KPI is missed; over the period the other is met; a wrong unit and no funnel get no verdict', async () => {
        const roadmap = await roadmapOf(smm, { 'file:///shop/s.smm': SHOP_EN });
        const kpis = roadmap.goals[0].kpis;
        // 362 × 30 ÷ 181 = 60 < 300; 362 ≥ 350; 20% of a count is not compared (nor shown beside it); reach has no funnel that counts it
        expect(kpis.map(k => [k.forecast && Math.round(k.forecast), k.met])).toEqual([[60, false], [362, true], [undefined, undefined], [undefined, undefined]]);
        expect(kpis.map(k => k.forecastText)).toEqual([
            'forecast from stage “Pay” of “F”: ≈ 60 customers by Sep 30, 2026 (of ≈ 362 over the whole period)',
            'forecast from stage “Pay” of “F”: ≈ 362 customers by Feb 28, 2027',
            'forecast from stage “Pay” of “F”: ≈ 362 sales over the period',
            'not forecast: the goal’s funnels (F) do not give reach'
        ]);
        const html = renderHtmlDocument(roadmap, roadmap.locale);
        expect(html).toContain('≈ 60 customers by Sep 30, 2026 (of ≈ 362 over the whole period)');
        expect(html).not.toMatch(/>60 ✓/);
    });

    test('in Russian: by the date, and a level from its baseline', async () => {
        const roadmap = await roadmapOf(smm, { 'file:///shop/s.smm': SHOP_RU }, 'ru');
        const kpis = roadmap.goals[0].kpis;
        // 2 300 now + 362 new = 2 662 < 10 500
        expect(kpis.map(k => [k.forecast && Math.round(k.forecast), k.met])).toEqual([[60, false], [2662, false]]);
        expect(kpis.map(k => k.forecastText)).toEqual([
            'прогноз этапа «Оплата» воронки «Воронка»: ≈ 60 (клиенты) к 30 сент. 2026 г. (из ≈ 362 за весь период)',
            'прогноз этапа «Оплата» воронки «Воронка»: ≈ 2\u00a0300 сейчас + ≈ 362 новых за период = ≈ 2\u00a0662 (подписчики)'
        ]);
        expect(renderMarkdown(roadmap, roadmap.locale)).toContain('Как прогнозируется каждый KPI');
    });
});

describe('the monthly plan', () => {
    test('a ramp-up: spend and customers month by month', async () => {
        const roadmap = await roadmapOf(smm, { 'file:///plan/s.smm': `strategy "S" {
  period 2026-09-01 .. 2027-02-28
  currency USD
  phase Launch 2026-09-01 .. 2026-10-31 { task Shoot "Shoot" owner Smm format "photos" due 2026-09-10 cost 3 000 }
  phase Growth 2026-11-01 .. 2027-02-28 { }
  role Smm
  channel ads { budget 10 000 per month during Launch  budget 40 000 per month during Growth  cpc 10 }
  funnel F { stage Click via ads stage Pay conversion 2% }
}` });
        const plan = roadmap.budget.monthly!;
        expect(plan.months).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02']);
        expect(plan.channels.map(c => c.amounts.map(Math.round))).toEqual([[10_000, 10_000, 40_000, 40_000, 40_000, 40_000]]);
        expect(plan.tasks).toEqual([3_000, 0, 0, 0, 0, 0]);
        expect(plan.total.map(Math.round)).toEqual([13_000, 10_000, 40_000, 40_000, 40_000, 40_000]);
        // clicks: 1 000 a month in the launch, 4 000 in the growth; customers 2 % of them
        expect(plan.volumes.map(v => [v.stage.name, v.amounts.map(a => Math.round(a))])).toEqual([
            ['Click', [1_000, 1_000, 4_000, 4_000, 4_000, 4_000]],
            ['Pay', [20, 20, 80, 80, 80, 80]]
        ]);
        const html = renderHtmlDocument(roadmap, roadmap.locale);
        expect(html).toContain('class="rm-months"');
        expect(html).toContain('Monthly plan');
    });
});
