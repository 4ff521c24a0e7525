import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices } from '../../support/services.js';

const t = createTestServices();
afterEach(() => t.clear());

describe('goal-without-kpi', () => {
    test('a goal with only words fires on its name', async () => {
        const issues = await t.issues(`strategy "S" {
  goal Awareness "Неплохо бы, чтобы нас узнали"
}`, 'goal-without-kpi');
        expect(issues.map(i => [i.line, i.text, i.severity, i.message])).toEqual([[
            2, 'Awareness', 'warning',
            'Goal “Awareness” has no measurable KPI. Add one, e.g. `kpi orders >= 1500 per month by 2027-03-31`.'
        ]]);
    });

    test('a goal with owner, segment and deadline but no KPI still fires', async () => {
        const issues = await t.issues(`role Manager
segment Students
goal Loyalty { segment Students owner Manager deadline 2027-06-30 }`, 'goal-without-kpi');
        expect(issues.map(i => [i.line, i.text])).toEqual([[3, 'Loyalty']]);
    });

    test('every vague goal is reported, each on its own line', async () => {
        const issues = await t.issues('goal A\ngoal B { kpi orders >= 1 }\ngoal C {}', 'goal-without-kpi');
        expect(issues.map(i => [i.line, i.text])).toEqual([[1, 'A'], [3, 'C']]);
    });

    test('a goal with a KPI is silent', async () => {
        expect(await t.issues('goal MoreOrders { kpi orders >= 1500 per month }', 'goal-without-kpi')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('goal Узнаваемость «Чтобы нас узнали»', 'goal-without-kpi');
        expect(issue.message).toBe('У цели «Узнаваемость» нет измеримого KPI. Добавьте его, например: `kpi orders >= 1500 per month by 2027-03-31`.');
    });
});

describe('kpi-without-target', () => {
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
        expect(issue.message).toBe('У KPI «охват» нет целевого значения. Укажите, сколько нужно, например: `kpi охват >= 1000`.');
    });
});
