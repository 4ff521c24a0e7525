import { afterEach, describe, expect, test } from 'vitest';
import { issueRows } from '../../support/issues.js';
import { createTestServices } from '../../support/services.js';

/** Goals a strategist accepts: `src/language/validation/goals.ts`. */
const t = createTestServices();
afterEach(() => t.clear());
const { found } = issueRows(t);

describe('goal-without-kpi', () => {
    test('a goal with a statement only fires on its name', async () => {
        expect(await found('goal Awareness "Grow awareness"', 'goal-without-kpi')).toEqual([[
            1, 'Awareness', 'warning', 'Goal “Awareness” has no measurable KPI. Add one, e.g. `kpi orders >= 1500 per month by 2027-03-31`.'
        ]]);
    });

    test('a KPI without a target still counts as a KPI', async () => {
        expect(await found('goal G { kpi reach }', 'goal-without-kpi')).toEqual([]);
    });

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

describe('goal-vague-wording', () => {
    test('the vague phrase itself is underlined', async () => {
        expect(await found('goal Sales "Увеличить продажи" { kpi orders >= 10 }', 'goal-vague-wording')).toEqual([[
            1, 'Увеличить продажи', 'warning',
            'The goal “Sales” is a wish, not a goal: “Увеличить продажи” names no number, rate or date. Say how much and by when, e.g. “1,500 orders a month by March 31”.'
        ]]);
    });

    test('a statement with a number and a date is silent', async () => {
        expect(await found('goal Sales "1 500 заказов в месяц к 31 марта 2027" { kpi orders >= 1500 }', 'goal-vague-wording')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('goal Рост "Хотим больше клиентов"', 'goal-vague-wording');
        expect([issue.text, issue.message]).toEqual(['Хотим больше клиентов',
            'Цель «Рост» — пожелание, а не цель: «Хотим больше клиентов» без числа, доли или даты. Скажите, сколько и к какому сроку, например «1 500 заказов в месяц к 31 марта».']);
    });
});

describe('goal-without-owner', () => {
    test('fires on the goal name', async () => {
        expect(await found('role Smm\ngoal G { kpi orders >= 10 }', 'goal-without-owner')).toEqual([[
            2, 'G', 'warning', 'Nobody owns the goal “G”. Add `owner` with a role: a goal without an owner is nobody’s job.'
        ]]);
    });

    test('a goal with an owner is silent', async () => {
        expect(await found('role Smm\ngoal G { kpi orders >= 10 owner Smm }', 'goal-without-owner')).toEqual([]);
    });

    test('a half-typed owner is a syntax error only', async () => {
        const codes = (await t.validate('role Smm\ngoal G { kpi orders >= 10 owner }')).map(i => i.code);
        expect(codes).toContain('syntax-error');
        expect(codes).not.toContain('goal-without-owner');
    });
});

describe('goal-without-segment', () => {
    test('a goal aimed at nobody gets an info', async () => {
        expect(await found('goal G { kpi orders >= 10 }', 'goal-without-segment')).toEqual([[
            1, 'G', 'info', 'The goal “G” names no audience segment; say whom it is about to keep it relevant.'
        ]]);
    });

    test('a goal naming a segment is silent', async () => {
        expect(await found('segment Students\ngoal G { segment Students kpi orders >= 10 }', 'goal-without-segment')).toEqual([]);
    });
});
