import { afterEach, describe, expect, test } from 'vitest';
import { renderRoadmap } from '../../src/roadmap/render/index.js';
import { createTestServices } from '../support/services.js';
import { roadmapOf } from './helpers.js';

/**
 * Amounts past the largest number a computer holds (1.8 × 10^308) are a typo that `number-too-large`
 * reports; what the analysis makes of them (infinite budgets, shares of infinity) must not reach the roadmap
 * as `NaN`, `Infinity` or `∞` in its charts, texts or JSON.
 */
const t = createTestServices();
afterEach(() => t.clear());

const HUGE = `9${'9'.repeat(310)}`;
const STRATEGY = `strategy "Typos" {
  period 2027-01-01 .. 2027-06-30
  currency RUB
  budget ${HUGE}
  product P "Coffee" { price ${HUGE} margin 40% }
  segment S "Students" { size ${HUGE} }
  channel vk { budget ${HUGE} cpm ${HUGE} }
  channel tg { budget 1000 cpc 10 }
  funnel F for S sells P {
    stage Seen via vk
    stage Click conversion 2%
    stage Buy conversion 5%
  }
  funnel G for S sells P {
    stage Seen via tg volume ${HUGE} impressions
    stage Buy conversion 5%
  }
  goal Orders "1 500 orders by June 30" { kpi orders >= ${HUGE} from F.Buy }
  risk R "Prices" probability 40% impact ${HUGE} mitigation "Move the budget"
  phase Launch 2027-01-01 .. 2027-01-31 { task "Ads" cost ${HUGE} due 2027-01-10 }
}`;

describe('numbers too large to compute with', () => {
    test.each(['en', 'ru'] as const)('leave no NaN, Infinity or ∞ in any format (%s)', async locale => {
        const roadmap = await roadmapOf(t, { 'file:///typos/strategy.smm': STRATEGY }, locale);
        for (const format of ['html', 'md', 'csv', 'ics', 'json'] as const) {
            const output = renderRoadmap(roadmap, format, locale);
            const bad = output.split("\n").filter(line => /NaN|Infinity|∞/.test(line)).map(line => line.slice(0, 300));
            expect(bad, format).toEqual([]);
            if (format === 'json') {
                expect(output).not.toMatch(/:\s*null/);
            }
        }
    });
});
