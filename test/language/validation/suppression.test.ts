import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices } from '../../support/services.js';

/**
 * `// smm-ignore-next-line [codes]` and `// smm-ignore [codes]` before a declaration: a strategist
 * accepts a finding of the review for one line or one block.
 */
const t = createTestServices();
afterEach(() => t.clear());

/** [line, code] of every issue of a snippet. */
async function lines(text: string): Promise<Array<[number, string | undefined]>> {
    return (await t.validate(text)).map(i => [i.line, i.code]);
}

/** A goal measured only by posts, with no deadline: line 3 has kpi-output-metric and kpi-without-deadline. */
const POSTS = (directive: string) => `role Smm\nsegment Fans { size 1000 pain "Boredom" }\ngoal G { segment Fans owner Smm
    ${directive}
    kpi posts >= 30 per month
}`;

describe('smm-ignore-next-line', () => {
    test('without a directive the KPI line has two findings', async () => {
        expect(await lines(POSTS('// posts are what we can promise this month'))).toEqual([
            [5, 'kpi-output-metric'], [5, 'kpi-without-deadline']
        ]);
    });

    test('one code: that code only', async () => {
        expect(await lines(POSTS('// smm-ignore-next-line kpi-output-metric'))).toEqual([[5, 'kpi-without-deadline']]);
    });

    test('two codes, with a comma or a space', async () => {
        expect(await lines(POSTS('// smm-ignore-next-line kpi-output-metric, kpi-without-deadline'))).toEqual([]);
        await t.clear();
        expect(await lines(POSTS('//smm-ignore-next-line kpi-output-metric kpi-without-deadline'))).toEqual([]);
    });

    test('no code: every finding of the next line, and only of that line', async () => {
        const text = `role Smm\ngoal G { owner Smm segment Fans
    // smm-ignore-next-line
    kpi posts >= 30 per month
    kpi stories >= 60 per month
}\nsegment Fans { size 1000 pain "Boredom" }`;
        expect(await lines(text)).toEqual([[5, 'kpi-output-metric'], [5, 'kpi-without-deadline']]);
    });

    test('a directive naming another code suppresses nothing', async () => {
        expect(await lines(POSTS('// smm-ignore-next-line goal-without-segment'))).toEqual([
            [5, 'kpi-output-metric'], [5, 'kpi-without-deadline']
        ]);
    });

    test('a directive word that only starts like one is an ordinary comment', async () => {
        expect(await lines(POSTS('// smm-ignore-next-lines kpi-output-metric'))).toEqual([
            [5, 'kpi-output-metric'], [5, 'kpi-without-deadline']
        ]);
    });

    test('a directive after code on the same line is an ordinary comment', async () => {
        const text = 'goal G { kpi orders >= 10 } // smm-ignore-next-line\ngoal H { kpi orders >= 10 }';
        expect((await lines(text)).filter(([line]) => line === 2).map(([, code]) => code))
            .toEqual(['goal-without-owner', 'goal-without-segment', 'kpi-without-deadline']);
    });
});

describe('smm-ignore before a declaration', () => {
    const GOALS = (directive: string) => `strategy "S" {
    ${directive}
    goal G {
        kpi posts >= 30 per month
    }
    goal H {
        kpi orders >= 10
    }
}`;

    test('without codes: everything inside the goal, nothing after it', async () => {
        expect(await lines(GOALS('// smm-ignore'))).toEqual([
            [6, 'goal-without-owner'], [6, 'goal-without-segment'], [7, 'kpi-without-deadline']
        ]);
    });

    test('with codes: those codes inside the goal only', async () => {
        expect(await lines(GOALS('// smm-ignore goal-without-segment, kpi-without-deadline'))).toEqual([
            [3, 'goal-without-owner'], [4, 'kpi-output-metric'],
            [6, 'goal-without-owner'], [6, 'goal-without-segment'], [7, 'kpi-without-deadline']
        ]);
    });

    test('a directive naming another code suppresses nothing', async () => {
        expect(await lines(GOALS('// smm-ignore funnel-unused'))).toEqual([
            [3, 'goal-without-owner'], [3, 'goal-without-segment'], [4, 'kpi-output-metric'], [4, 'kpi-without-deadline'],
            [6, 'goal-without-owner'], [6, 'goal-without-segment'], [7, 'kpi-without-deadline']
        ]);
    });
});

describe('Windows line ends', () => {
    test('a directive in a file with CRLF line ends', async () => {
        const text = 'role Smm\r\n// smm-ignore-next-line goal-without-owner\r\ngoal H { segment S kpi orders >= 1 by 2027-01-01 }\r\nsegment S { size 1 pain "x" }';
        expect(await lines(text)).toEqual([]);
    });
});

describe('what is never suppressed', () => {
    test('a syntax error on the next line stays', async () => {
        const codes = (await t.validate('// smm-ignore-next-line\ngoal G { kpi orders >= }')).map(i => i.code);
        expect(codes).toEqual(['syntax-error']);
    });

    test('a syntax error inside an ignored block stays, even when named', async () => {
        const codes = (await t.validate('// smm-ignore syntax-error\ngoal G {\n    kpi orders >=\n}')).map(i => i.code);
        expect(codes).toContain('syntax-error');
    });
});

describe('in a Russian strategy', () => {
    test('Cyrillic names, titles and a Russian reason after the codes', async () => {
        const text = `strategy «Зерно» {
    role Смм «SMM-менеджер»
    segment Студенты «Студенты рядом с кампусом» { size 12 000 pain «Нет времени на завтрак» }
    // Посты считаем осознанно: в первый месяц продаж ещё нет.
    goal Контент «30 постов в месяц» { segment Студенты owner Смм deadline 2027-01-31
        // smm-ignore-next-line kpi-output-metric — так решили на планёрке
        kpi посты >= 30 per month
        kpi сторис >= 60 per month
    }
}`;
        // Line 7: "посты" suppressed (the reason's words are not codes and change nothing);
        // line 8: "сторис" is reported, with its Russian words.
        t.setLocale('ru');
        const issues = await t.validate(text);
        expect(issues.map(i => [i.line, i.code, i.message])).toEqual([
            [8, 'kpi-output-metric', '«сторис» считает активность команды, а не результат. Добавьте метрику результата (лиды, заказы, выручка, ROMI…).']
        ]);
    });

    test('a block directive before a Russian risk', async () => {
        const text = '// smm-ignore risk-without-mitigation\nrisk Блокировка «Аккаунт заблокируют»\nrisk Выгорание «Менеджер выгорит»';
        expect((await t.issues(text, 'risk-without-mitigation')).map(i => [i.line, i.text])).toEqual([[3, 'Выгорание']]);
    });
});

describe('a reason after the codes', () => {
    test('-- starts a reason, which is not read as codes', async () => {
        const issues = await t.issues('// smm-ignore-next-line goal-without-kpi -- the brand team sets it next month\ngoal Brand "Brand awareness among students"', 'goal-without-kpi');
        expect(issues).toEqual([]);
    });
});
