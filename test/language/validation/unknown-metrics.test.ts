import { afterEach, describe, expect, test } from 'vitest';
import { issueRows } from '../../support/issues.js';
import { createTestServices } from '../../support/services.js';

/** Unknown metrics in KPIs and correction rules, with the closest known one: `src/language/validation/document-validator.ts`. */
const t = createTestServices();
afterEach(() => t.clear());
const { found } = issueRows(t);

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
