import { afterEach, describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/index.js';
import { strategyHealth } from '../../src/language/lsp/health.js';
import { createTestServices } from '../support/services.js';

const t = createTestServices();
let folder = 0;

afterEach(() => t.clear());

async function healthOf(files: Record<string, string>, locale: Locale = 'en') {
    t.setLocale(locale);
    const base = `file:///health${folder++}/`;
    const documents = await t.addFiles(Object.fromEntries(Object.entries(files).map(([name, text]) => [base + name, text])));
    const first = [...documents.values()][0];
    const health = strategyHealth(first, t.services, t.services.shared.workspace.LangiumDocuments);
    return { ...health, text: health.text.replace(/[\u00A0\u202F]/g, ' ') };
}

// Budget 600 000; vk 250 000 + telegram 150 000 + a 152 000 task = 552 000 allocated = 92 %.
// Delivery sells at 350 with 40 % margin: 1 536 orders × 350 = 537 600 revenue × 40 % = 215 040 gross profit;
// ROMI = (215 040 − 552 000) / 552 000 = −61 %.
const STRATEGY = `strategy "S" {
    period 2027-01-01 .. 2027-06-30
    currency RUB
    budget 600 000
    role Boss
    product Delivery { price 350 margin 40% }
    segment Students { size 45 000 pain "Cheap coffee" }
    channel vk { budget 250 000 cpm 180 }
    channel telegram { budget 150 000 cpm 400 }
    funnel Orders for Students sells Delivery {
        stage Reach via vk volume 1 200 000 impressions
        stage Click conversion 2%
        stage Menu conversion 40%
        stage Order conversion 16%
    }
    goal MoreOrders "250 orders a month from students" {
        segment Students
        kpi orders >= 250 per month by 2027-06-30 from Orders.Order
        owner Boss
    }
    goal Awareness "Be known"
    phase Launch 2027-01-01 .. 2027-01-31 { task "Shoot" owner Boss format "video" cost 152 000 }
}`;

describe('strategy health', () => {
    test('goals SMART, budget allocated and ROMI, with the problems of the strategy', async () => {
        const health = await healthOf({ 'strategy.smm': STRATEGY });
        expect(health).toMatchObject({ goals: 2, smartGoals: 1, errors: 0 });
        expect(health.budgetShare).toBeCloseTo(92, 5);
        expect(health.romi).toBeCloseTo(-61.04, 1);
        expect(health.text).toBe('Goals 1/2 SMART · budget 92% · ROMI -61%');
        // "Be known" has no KPI.
        expect(health.warnings).toBeGreaterThan(0);
        expect(health.tooltip.split('\n').slice(0, 1)).toEqual([`Strategy health: 0 error(s), ${health.warnings} warning(s). Click to open the Problems view.`]);
    });

    test('the tooltip says which goals are not SMART, the letters they miss and why', async () => {
        // MoreOrders is SMART; "Be known" has no KPI, no segment and no date: S, M, A, R and T all fail.
        const health = await healthOf({ 'strategy.smm': STRATEGY });
        const lines = health.tooltip.split('\n');
        expect(lines.slice(1, 3)).toEqual(['', 'Not SMART yet (a grade, not a problem; the goal\'s hover says more):']);
        expect(lines.slice(3)).toHaveLength(1);
        expect(lines[3]).toMatch(/^• Be known: ✗ SMART — \S/);
        expect(lines[3]).not.toContain('MoreOrders');
    });

    test('a strategy whose goals are all SMART adds nothing to the tooltip', async () => {
        const health = await healthOf({ 'strategy.smm': STRATEGY.replace('    goal Awareness "Be known"\n', '') });
        expect(health.smartGoals).toBe(health.goals);
        expect(health.tooltip.split('\n')).toHaveLength(1);
    });

    test('in Russian', async () => {
        const health = await healthOf({ 'strategy.smm': STRATEGY }, 'ru');
        expect(health.text).toBe('Цели 1/2 SMART · бюджет 92 % · ROMI -61 %');
        expect(health.tooltip).toContain('Здоровье стратегии: ошибок 0');
        expect(health.tooltip).toContain('Ещё не SMART');
        expect(health.tooltip).toMatch(/• Be known: ✗ SMART — [А-Яа-яЁё]/);
    });

    test('counts the problems of every file of the folder, and says when there are no goals', async () => {
        const health = await healthOf({ 'a.smm': 'segment Students', 'b.smm': 'goal G { segment Pensioners }' });
        expect(health.goals).toBe(1);
        expect(health.errors).toBe(1);
        const empty = await healthOf({ 'a.smm': 'segment Students' });
        expect(empty.text).toBe('No goals yet');
    });
});

describe('KPIs on track', () => {
    const plan = `strategy "S" {
    period 2027-01-01 .. 2027-01-31
    metric signups { unit count }
    goal G "100 sign-ups and 30 demos by 31 January" { kpi signups >= 100 by 2027-01-31  kpi demos >= 30 by 2027-01-31 }
    metric demos { unit count }
}`;

    test('with actuals the status bar says how many KPIs are on track', async () => {
        // signups: 40 in 10 days, 40 × 31 ÷ 10 = 124 ≥ 100 on track; demos: 5 in 10 days, 5 × 31 ÷ 10 = 15.5 < 30 off track
        const health = await healthOf({ 'strategy.smm': plan, 'actuals.smm': 'actuals 2027-01-01 .. 2027-01-10 { signups 40  demos 5 }' });
        expect(health).toMatchObject({ kpisOnTrack: 1, kpisTracked: 2 });
        expect(health.text).toBe('Goals 0/1 SMART · 1/2 KPIs on track');
        const ru = await healthOf({ 'strategy.smm': plan, 'actuals.smm': 'actuals 2027-01-01 .. 2027-01-10 { signups 40  demos 5 }' }, 'ru');
        expect(ru.text).toBe('Цели 0/1 SMART · KPI в графике: 1/2');
    });

    test('without actuals it says nothing of them', async () => {
        const health = await healthOf({ 'strategy.smm': plan });
        expect(health.kpisTracked).toBeUndefined();
        expect(health.text).toBe('Goals 0/1 SMART');
    });
});
