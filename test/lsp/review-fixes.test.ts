import type { CodeAction } from 'vscode-languageserver';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { endOfNextQuarter } from '../../src/language/lsp/code-actions.js';
import { createTestServices } from '../support/services.js';
import { quickFixes } from './quick-fixes.js';

/** The quick fixes of the strategy review: the text before, the text after, and the diagnostic gone. */
const t = createTestServices();

afterEach(async () => {
    vi.useRealTimers();
    await t.clear();
});

const { open, fixesFor, apply } = quickFixes(t, 'review-fixes');

/** The codes a text still has, after a fix is applied. */
async function codesOf(text: string): Promise<string[]> {
    return ((await open(text)).diagnostics ?? []).map(d => String(d.code));
}

/** [title, preferred] of each action. */
const described = (actions: CodeAction[]) => actions.map(a => [a.title, a.isPreferred]);

/** Applies the only fix for `code` and checks the text after it, and that the diagnostic is gone. */
async function fixOnce(before: string, code: string, title: string, after: string): Promise<void> {
    const document = await open(before);
    const actions = await fixesFor(document, code);
    expect(described(actions)).toEqual([[title, true]]);
    const fixed = apply(document, actions[0]);
    expect(fixed).toBe(after);
    expect(await codesOf(fixed)).not.toContain(code);
}

describe('add a KPI skeleton to a goal', () => {
    const title = 'Add a KPI to “G”';

    test('a multi-line block gets the KPI on a line of its own, due at the end of the period', async () => {
        await fixOnce(`strategy "S" {
    period 2027-01-01 .. 2027-06-30
    goal G "1 500 orders a month" {
        deadline 2027-06-30
    }
}`, 'goal-without-kpi', title, `strategy "S" {
    period 2027-01-01 .. 2027-06-30
    goal G "1 500 orders a month" {
        deadline 2027-06-30
        kpi orders >= 100 per month by 2027-06-30
    }
}`);
    });

    test('a one-line block gets it inside the braces', async () => {
        await fixOnce('role Smm\ngoal G { owner Smm }', 'goal-without-kpi', title,
            'role Smm\ngoal G { owner Smm kpi orders >= 100 per month }');
    });

    test('an empty block', async () => {
        await fixOnce('goal G {}', 'goal-without-kpi', title, 'goal G { kpi orders >= 100 per month }');
    });

    test('a goal with no block gets one', async () => {
        await fixOnce('goal G "More orders"\n', 'goal-without-kpi', title, 'goal G "More orders" { kpi orders >= 100 per month }\n');
    });

    test('a file with Windows line breaks keeps them', async () => {
        await fixOnce('goal G {\r\n    deadline 2027-06-30\r\n}\r\n', 'goal-without-kpi', title,
            'goal G {\r\n    deadline 2027-06-30\r\n    kpi orders >= 100 per month\r\n}\r\n');
    });
});

describe('add a deadline', () => {
    test('the end of the quarter after the current one', () => {
        const next = (iso: string) => endOfNextQuarter(new Date(`${iso}T12:00:00Z`)).toISOString().slice(0, 10);
        // Q4 2026 → the end of Q1 2027
        expect(next('2026-11-26')).toBe('2027-03-31');
        // Q1 2027 → the end of Q2
        expect(next('2027-01-01')).toBe('2027-06-30');
        expect(next('2027-03-31')).toBe('2027-06-30');
        // Q2 → Q3, Q3 → Q4
        expect(next('2027-04-01')).toBe('2027-09-30');
        expect(next('2027-09-30')).toBe('2027-12-31');
        // Q4 on the last day of the year → the end of Q1 of the next one
        expect(next('2027-12-31')).toBe('2028-03-31');
        // Q4 2027 → Q1 2028, a leap year: still March 31
        expect(next('2027-10-15')).toBe('2028-03-31');
    });

    test('kpi-without-deadline: the date goes after the KPI', async () => {
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(new Date('2026-11-26T10:00:00Z'));
        await fixOnce('goal G {\n    kpi orders >= 10 per month\n}', 'kpi-without-deadline', 'Add the deadline 2027-03-31',
            'goal G {\n    kpi orders >= 10 per month by 2027-03-31\n}');
    });

    test('kpi-deadline-outside-period: the date moves to the end of the period', async () => {
        await fixOnce('strategy "S" {\n    period 2027-01-01 .. 2027-06-30\n    goal G { kpi orders >= 10 by 2027-09-30 }\n}',
            'kpi-deadline-outside-period', 'Move the deadline to the end of the period (2027-06-30)',
            'strategy "S" {\n    period 2027-01-01 .. 2027-06-30\n    goal G { kpi orders >= 10 by 2027-06-30 }\n}');
    });
});

describe('add an owner from the declared roles', () => {
    const owned: Array<[code: string, before: (roles: string) => string, after: (roles: string, role: string) => string]> = [
        ['goal-without-owner', r => `${r}\ngoal G { kpi orders >= 10 }`, (r, o) => `${r}\ngoal G { kpi orders >= 10 owner ${o} }`],
        ['task-without-owner', r => `${r}\nphase P {\n    task "Shoot" format "reels"\n}`,
            (r, o) => `${r}\nphase P {\n    task "Shoot" format "reels" owner ${o}\n}`],
        ['rubric-without-owner', r => `${r}\ncontent {\n    rubric Tips 3 per week\n}`,
            (r, o) => `${r}\ncontent {\n    rubric Tips 3 per week owner ${o}\n}`],
        ['adjust-without-owner', r => `${r}\nadjust when cpl > 150 then "Pause the ads"`,
            (r, o) => `${r}\nadjust when cpl > 150 then "Pause the ads" owner ${o}`]
    ];

    for (const [code, before, after] of owned) {
        test(`${code}: the only role, preferred`, async () => {
            await fixOnce(before('role Smm'), code, 'Make Smm the owner', after('role Smm', 'Smm'));
        });

        test(`${code}: one action per role, none preferred`, async () => {
            const roles = 'role Smm\nrole Designer';
            const document = await open(before(roles));
            const actions = await fixesFor(document, code);
            expect(described(actions)).toEqual([['Make Smm the owner', false], ['Make Designer the owner', false]]);
            expect(apply(document, actions[1])).toBe(after(roles, 'Designer'));
            expect(await codesOf(apply(document, actions[1]))).not.toContain(code);
        });
    }

    test('a goal owner in a multi-line block goes on its own line', async () => {
        await fixOnce('role Smm\ngoal G {\n    kpi orders >= 10\n}', 'goal-without-owner', 'Make Smm the owner',
            'role Smm\ngoal G {\n    kpi orders >= 10\n    owner Smm\n}');
    });

    test('the new line takes the indentation of the block’s members (two spaces here)', async () => {
        await fixOnce('role Smm\nstrategy "S" {\n  goal G {\n    kpi orders >= 10\n  }\n}', 'goal-without-owner', 'Make Smm the owner',
            'role Smm\nstrategy "S" {\n  goal G {\n    kpi orders >= 10\n    owner Smm\n  }\n}');
    });

    test('an empty multi-line block: one level deeper than the goal', async () => {
        await fixOnce('role Smm\nstrategy "S" {\n  goal G {\n  }\n}', 'goal-without-owner', 'Make Smm the owner',
            'role Smm\nstrategy "S" {\n  goal G {\n      owner Smm\n  }\n}');
    });

    test('a goal with no block gets one with the owner', async () => {
        await fixOnce('role Smm\ngoal G "1 500 orders a month"', 'goal-without-owner', 'Make Smm the owner',
            'role Smm\ngoal G "1 500 orders a month" { owner Smm }');
    });

    test('no role declared: no fix to offer', async () => {
        const document = await open('goal G { kpi orders >= 10 }');
        expect(await fixesFor(document, 'goal-without-owner')).toEqual([]);
    });
});

describe('an unknown metric', () => {
    test('replace it with the suggestion (preferred) or declare it', async () => {
        const before = 'goal G {\n    kpi ordrs >= 10\n}';
        const document = await open(before);
        const actions = await fixesFor(document, 'kpi-unknown-metric');
        expect(described(actions)).toEqual([['Replace with “orders”', true], ['Declare the metric “ordrs”', false]]);
        const replaced = apply(document, actions[0]);
        expect(replaced).toBe('goal G {\n    kpi orders >= 10\n}');
        expect(await codesOf(replaced)).not.toContain('kpi-unknown-metric');
        const declared = apply(document, actions[1]);
        expect(declared).toBe('metric ordrs { unit count outcome }\ngoal G {\n    kpi ordrs >= 10\n}');
        expect(await codesOf(declared)).not.toContain('kpi-unknown-metric');
    });

    test('nothing close: only the declaration, inside the strategy block', async () => {
        const document = await open('strategy "S" {\n    goal G { kpi zzqx >= 10 }\n}');
        const actions = await fixesFor(document, 'kpi-unknown-metric');
        expect(described(actions)).toEqual([['Declare the metric “zzqx”', false]]);
        expect(apply(document, actions[0])).toBe('strategy "S" {\n    metric zzqx { unit count outcome }\n    goal G { kpi zzqx >= 10 }\n}');
    });

    test('in a correction rule as well', async () => {
        const document = await open('strategy "S" {\n    adjust when ordrs < 10 then "Boost the posts"\n}');
        const actions = await fixesFor(document, 'adjust-unknown-metric');
        expect(described(actions)).toEqual([['Replace with “orders”', true], ['Declare the metric “ordrs”', false]]);
        const replaced = apply(document, actions[0]);
        expect(replaced).toBe('strategy "S" {\n    adjust when orders < 10 then "Boost the posts"\n}');
        expect(await codesOf(replaced)).not.toContain('adjust-unknown-metric');
        const declared = apply(document, actions[1]);
        expect(declared).toBe('strategy "S" {\n    metric ordrs { unit count outcome }\n    adjust when ordrs < 10 then "Boost the posts"\n}');
        expect(await codesOf(declared)).not.toContain('adjust-unknown-metric');
    });
});

describe('create a missing declaration from an unresolved reference', () => {
    test('a file with Windows line breaks keeps them', async () => {
        await fixOnce('goal G {\r\n    segment Students kpi orders >= 10\r\n}\r\n', 'unresolved-reference', 'Create the segment “Students”',
            'segment Students\r\ngoal G {\r\n    segment Students kpi orders >= 10\r\n}\r\n');
    });

    test('a segment, before the goal that refers to it, indented inside the strategy block', async () => {
        await fixOnce(`strategy "S" {
    goal G {
        segment Students
        kpi orders >= 10
    }
}`, 'unresolved-reference', 'Create the segment “Students”', `strategy "S" {
    segment Students
    goal G {
        segment Students
        kpi orders >= 10
    }
}`);
    });

    test('above the comments of the declaration, so a directive still applies to it', async () => {
        await fixOnce(`strategy "S" {
    // The spring goal.
    // smm-ignore goal-without-owner
    goal G {
        segment Students
        kpi orders >= 10
    }
}`, 'unresolved-reference', 'Create the segment “Students”', `strategy "S" {
    segment Students
    // The spring goal.
    // smm-ignore goal-without-owner
    goal G {
        segment Students
        kpi orders >= 10
    }
}`);
    });

    test('a role, at the top level of a file', async () => {
        await fixOnce('goal G { kpi orders >= 10 owner Smm }', 'unresolved-reference', 'Create the role “Smm”',
            'role Smm\ngoal G { kpi orders >= 10 owner Smm }');
    });

    test('a channel, before the funnel, not before the stage', async () => {
        await fixOnce('strategy "S" {\n    funnel F {\n        stage Reach via vk\n    }\n}', 'unresolved-reference', 'Create the channel “vk”',
            'strategy "S" {\n    channel vk\n    funnel F {\n        stage Reach via vk\n    }\n}');
    });

    test('a product', async () => {
        await fixOnce('funnel F sells Latte { stage Reach volume 1000 }', 'unresolved-reference', 'Create the product “Latte”',
            'product Latte\nfunnel F sells Latte { stage Reach volume 1000 }');
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const document = await open('goal G { segment Студенты kpi orders >= 10 }');
        const [action] = await fixesFor(document, 'unresolved-reference');
        expect(action.title).toBe('Создать сегмент «Студенты»');
        expect(apply(document, action)).toBe('segment Студенты\ngoal G { segment Студенты kpi orders >= 10 }');
    });

    test('a reference to a goal is not created', async () => {
        const document = await open('content { rubric Tips 3 per week goal Nowhere }');
        expect(await fixesFor(document, 'unresolved-reference')).toEqual([]);
    });
});

describe('add a mitigation', () => {
    test('in English', async () => {
        await fixOnce('risk Ban "The account is blocked" probability 10%\n', 'risk-without-mitigation', 'Add a mitigation',
            'risk Ban "The account is blocked" probability 10% mitigation "What we do if it happens"\n');
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        await fixOnce('risk Блокировка', 'risk-without-mitigation', 'Добавить план снижения риска',
            'risk Блокировка mitigation "Что делаем, если это случится"');
    });
});

describe('say how much: a precise statement built from the goal’s KPIs', () => {
    test('a Russian wish becomes «1 500 заказов в месяц к 31 августа»', async () => {
        await fixOnce(`strategy "S" {
    period 2027-01-01 .. 2027-12-31
    goal G «Хотим больше заказов» { kpi orders >= 1 500 per month by 2027-08-31 }
}`, 'goal-vague-wording', 'Say how much: “1 500 заказов в месяц к 31 августа”', `strategy "S" {
    period 2027-01-01 .. 2027-12-31
    goal G «1 500 заказов в месяц к 31 августа» { kpi orders >= 1 500 per month by 2027-08-31 }
}`);
    });

    test('an English one becomes "1,500 orders a month by August 31", whatever the editor’s language', async () => {
        t.setLocale('ru');
        await fixOnce(`strategy "S" {
    period 2027-01-01 .. 2027-12-31
    goal G "Increase sales" { kpi orders >= 1500 per month by 2027-08-31 }
}`, 'goal-vague-wording', 'Сказать, сколько: «1,500 orders a month by August 31»', `strategy "S" {
    period 2027-01-01 .. 2027-12-31
    goal G "1,500 orders a month by August 31" { kpi orders >= 1500 per month by 2027-08-31 }
}`);
    });

    test('work named as the goal: outcomes before outputs, two KPIs at most, the latest date, the year when it is not the period’s', async () => {
        // posts is an output and comes last, so the third KPI (posts) is left out; cpl is a cost, bounded from above.
        await fixOnce(`strategy "S" {
    period 2027-01-01 .. 2027-12-31
    currency RUB
    goal G "Set up the VK community and post selling posts" {
        kpi posts >= 60 by 2027-05-31
        kpi leads >= 300 by 2027-05-31
        kpi cpl <= 150 by 2028-01-31
    }
}`, 'goal-is-activity', 'Say how much: “300 leads and CPL at most 150 ₽ by January 31, 2028”', `strategy "S" {
    period 2027-01-01 .. 2027-12-31
    currency RUB
    goal G "300 leads and CPL at most 150 ₽ by January 31, 2028" {
        kpi posts >= 60 by 2027-05-31
        kpi leads >= 300 by 2027-05-31
        kpi cpl <= 150 by 2028-01-31
    }
}`);
    });

    test('a share in Russian: «Конверсия не ниже 2 %», with the year when there is no period', async () => {
        await fixOnce('goal G «Продажи» { kpi conversion_rate >= 2% by 2027-03-31 }', 'goal-vague-wording',
            'Say how much: “Конверсия не ниже 2 % к 31 марта 2027 г.”', 'goal G «Конверсия не ниже 2 % к 31 марта 2027 г.» { kpi conversion_rate >= 2% by 2027-03-31 }');
    });

    test('no KPI with a target, no fix', async () => {
        const document = await open('goal G "Increase sales" { kpi orders }');
        expect(await fixesFor(document, 'goal-vague-wording')).toEqual([]);
    });
});

describe('write a KPI in its metric\'s unit', () => {
    const goal = (kpi: string) => `strategy "S" {\n    currency RUB\n    goal G {\n        ${kpi}\n    }\n}`;

    test('a percentage of sales beside a baseline becomes growth over it: 400 × 1.2 = 480', async () => {
        await fixOnce(goal('kpi sales >= 20% baseline 400'), 'kpi-unit-mismatch', 'Write +20%', goal('kpi sales +20% baseline 400'));
    });

    test('a CTR of 5 becomes 5%', async () => {
        await fixOnce(goal('kpi ctr >= 5'), 'kpi-unit-mismatch', 'Write 5%', goal('kpi ctr >= 5%'));
    });

    test('ROMI in roubles becomes a percentage; subscribers lose the currency', async () => {
        await fixOnce(goal('kpi romi >= 150 ₽'), 'kpi-unit-mismatch', 'Write 150%', goal('kpi romi >= 150%'));
        await fixOnce(goal('kpi subscribers >= 5 000 ₽'), 'kpi-unit-mismatch', 'Write 5 000', goal('kpi subscribers >= 5 000'));
    });

    test('a percentage of CAC without a baseline has no obvious fix', async () => {
        const document = await open(goal('kpi cac <= 15%'));
        expect(await fixesFor(document, 'kpi-unit-mismatch')).toEqual([]);
    });
});
