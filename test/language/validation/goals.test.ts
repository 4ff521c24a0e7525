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
        expect(issue.message).toBe('У цели «Узнаваемость» нет измеримого KPI. Добавьте его, например: `показатель заказы >= 1500 в месяц к 2027-03-31`.');
    });
});

describe('goal-vague-wording', () => {
    test('the vague phrase itself is underlined', async () => {
        expect(await found('goal Sales "Увеличить продажи" { kpi orders >= 10 }', 'goal-vague-wording')).toEqual([[
            1, 'Увеличить продажи', 'warning',
            'The goal “Sales” is a wish, not a goal: “Увеличить продажи” names no number, rate or date. Say how much and by when, e.g. “1,500 orders a month by March 31”.'
        ]]);
    });

    test('a superlative, a wished-for state, a market to enter, a community to stir, a bare noun', async () => {
        const text = [
            'goal A "Become the best-known florist in the city"',
            'goal B «Сделать так, чтобы нас рекомендовали»',
            'goal C "Tap into the student market"',
            'goal D «Раскачать чат»',
            'goal E «Продажи»'
        ].join('\n');
        expect((await t.issues(text, 'goal-vague-wording')).map(i => [i.line, i.text])).toEqual([
            [1, 'Become the best-known'], [2, 'Сделать так, чтобы'], [3, 'Tap into'], [4, 'Раскачать чат'], [5, 'Продажи']
        ]);
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

describe('goal-is-activity', () => {
    test('the work named as the goal is underlined, up to the end of its clause', async () => {
        expect(await found('goal Launch "Оформите группу, сделайте лендинг, публикуйте продающие посты" { kpi posts >= 60 }', 'goal-is-activity')).toEqual([[
            1, 'Оформите группу', 'warning',
            'The goal “Launch” names work, not a result: “Оформите группу” is output (what the team does), not an outcome (what the business gets). Posts, a landing page or a new channel are the means; say which result they are for and how much, e.g. “1,500 orders a month by March 31”.'
        ]]);
    });

    test('a wish is reported as a wish, not as work', async () => {
        const issues = await t.validate('goal Shop "Launch the shop soon" { kpi orders >= 10 }');
        const codes = ['goal-vague-wording', 'goal-is-activity'];
        expect(issues.filter(i => codes.includes(i.code ?? '')).map(i => [i.code, i.text])).toEqual([['goal-vague-wording', 'soon']]);
    });

    test('work with an amount is silent here: output KPIs are `kpi-output-metric`\'s business', async () => {
        const text = 'goal Content "60 posts in the VK community by May 31" { kpi posts >= 60 }\ngoal Reels "Publish 12 reels a month" { kpi posts >= 12 }';
        expect(await found(text, 'goal-is-activity')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('goal Канал "Запустить канал в Telegram и вести его"', 'goal-is-activity');
        expect([issue.text, issue.message]).toEqual(['Запустить канал в Telegram',
            'Цель «Канал» называет работу, а не результат: «Запустить канал в Telegram» — это действие команды, а не то, что получит бизнес. Посты, лендинг или новый канал — средства; скажите, ради какого результата и сколько, например «1 500 заказов в месяц к 31 марта».']);
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
