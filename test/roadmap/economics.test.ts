import { afterEach, describe, expect, test } from 'vitest';
import { renderHtmlBody } from '../../src/roadmap/render/html.js';
import { renderMarkdown } from '../../src/roadmap/render/markdown.js';
import { createTestServices } from '../support/services.js';
import { exampleFiles, roadmapOf } from './helpers.js';

/** The funnel cards and product cards: the mix and what a customer brings (values checked by hand). */
const smm = createTestServices();
afterEach(() => smm.clear());

const URI = 'file:///ws/strategy.smm';

// 10 000 ÷ 5 × 1 000 = 2 000 000 impressions × 1 % × 10 % = 2 000 customers for $10,000.
const COFFEE = `strategy "Coffee" {
    period 2027-01-01 .. 2027-06-30
    currency USD
    product Cup "A cup" { price 5 USD margin 60% }
    product Box "Coffee box" { price 20 USD per month lifetime 3 months margin 40% }
    channel ig { budget 10 000 cpm 5 }
    funnel F sells Cup, Box {
        stage Seen via ig
        stage Tap conversion 1%
        stage Order conversion 10%
    }
    goal G { kpi romi >= 0% from F.Order }
}`;

describe('the funnel card', () => {
    test('the office funnel of the Russian example: 12 months of the office plan per customer', async () => {
        const roadmap = await roadmapOf(smm, exampleFiles('zerno-ru'), 'ru');
        const offices = roadmap.funnels.find(funnel => funnel.name === 'ВоронкаОфисы')!;
        // 150 leads × 40 % × 50 % = 30 contracts; 1 year ÷ 1 month = 12 payments × 7 500 ₽ = 90 000 ₽ each
        expect(offices.mix?.products.map(p => [p.basis, p.payments, p.value])).toEqual([['lifetime', 12, 90_000]]);
        // revenue = 30 × 90 000 = 2 700 000 ₽; gross profit × 40 % = 1 080 000 ₽; ROMI = (1 080 000 − 60 000) ÷ 60 000 = 1 700 %
        expect(offices.economics).toMatchObject({ ltv: 90_000, revenue: 2_700_000, grossProfit: 1_080_000, romi: 1_700 });
        const markdown = renderMarkdown(roadmap, roadmap.locale).replace(/\u00a0/g, ' ');
        expect(markdown).toContain('- **Выручка с клиента:** 12 месяцев по 7 500 ₽ = 90 000 ₽\n- **Расход:** 60 000 ₽\n- **Выручка:** 2 700 000 ₽');
        // the products beside the competitors: 5 months × 1 290 ₽ = 6 450 ₽; 12 × 7 500 ₽ = 90 000 ₽; the beans are bought once
        expect(markdown).toContain('| Цена | 690 ₽ | 1 290 ₽ в месяц | 7 500 ₽ в месяц | 590 ₽ | 990 ₽ |\n'
            + '| Выручка с клиента |   | 5 месяцев по 1 290 ₽ = 6 450 ₽ | 12 месяцев по 7 500 ₽ = 90 000 ₽ |   |   |');
        // the subscription's card: 5 months × 1 290 ₽ = 6 450 ₽
        expect(renderHtmlBody(roadmap, roadmap.locale).replace(/\u00a0/g, ' ')).toContain('<dt>Цена</dt><dd>1 290 ₽ в месяц</dd><dt>Маржа</dt><dd>50 %</dd><dt>Выручка с клиента</dt><dd>5 месяцев по 1 290 ₽ = 6 450 ₽</dd>');
    });

    test('an assumed mix says so, with each product’s value and the mean LTV', async () => {
        const roadmap = await roadmapOf(smm, { [URI]: COFFEE });
        // equal shares: LTV = 0.5 × $5 + 0.5 × 3 × $20 = 2.5 + 30 = $32.50; revenue = 2 000 × 32.5 = $65,000
        const markdown = renderMarkdown(roadmap, roadmap.locale);
        expect(markdown).toContain([
            '- **Product mix:** A cup 50%, Coffee box 50% (equal shares assumed)',
            '- **Revenue per customer:** A cup: one purchase of $5; Coffee box: 3 months × $20 = $60',
            '- **LTV, mean per customer:** $32.50',
            '- **Spend:** $10,000',
            '- **Revenue:** $65,000'
        ].join('\n'));
        // gross profit = 2 000 × (0.5 × 5 × 60 % + 0.5 × 60 × 40 %) = 2 000 × 13.5 = $27,000; ROMI = (27 000 − 10 000) ÷ 10 000 = 170 %
        expect(roadmap.funnels[0].economics.romi).toBeCloseTo(170, 9);
        expect(markdown).toContain('- **Funnel ROMI:** 170%');
    });

    test('a funnel that sells nothing has no customer rows, and no card shows a ✓', async () => {
        const roadmap = await roadmapOf(smm, { [URI]: COFFEE.replace(' sells Cup, Box', '') });
        const html = renderHtmlBody(roadmap, roadmap.locale);
        const funnels = html.slice(html.indexOf('id="rm-funnels"'), html.indexOf('id="rm-budget"'));
        expect(funnels).toContain('<h3>F</h3>');
        expect(funnels).not.toContain('Revenue per customer');
        expect(funnels).not.toContain('✓');
    });

    test('a ROMI KPI is judged on the mix: no ✓ that the unweighted mean would have given', async () => {
        const text = COFFEE.replace('sells Cup, Box', 'sells Cup 90%, Bundle 10%')
            .replace('product Box "Coffee box" { price 20 USD per month lifetime 3 months margin 40% }', 'product Bundle { price 20 USD margin 40% }');
        const roadmap = await roadmapOf(smm, { [URI]: text });
        // gross profit = 2 000 × (0.9 × 5 × 60 % + 0.1 × 20 × 40 %) = 2 000 × 3.5 = $7,000; ROMI = (7 000 − 10 000) ÷ 10 000 = −30 %
        // (the unweighted mean, $12.50 at 50 %, gave 2 000 × 6.25 = $12,500 and ROMI +25 %: a false ✓)
        const kpi = roadmap.goals[0].kpis[0];
        expect([kpi.forecast, kpi.met]).toEqual([expect.closeTo(-30, 9), false]);
        const html = renderHtmlBody(roadmap, roadmap.locale);
        const goals = html.slice(html.indexOf('id="rm-goals"'), html.indexOf('id="rm-timeline"'));
        expect(goals).toContain('-30% ✗');
        expect(goals).not.toContain('-30% ✓');
    });
});
