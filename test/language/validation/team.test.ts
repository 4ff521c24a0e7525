import { afterEach, describe, expect, test } from 'vitest';
import { issueRows } from '../../support/issues.js';
import { createTestServices } from '../../support/services.js';

/** The team's regulations — duties, approval chains, RACI: `src/language/validation/team.ts`. */
const t = createTestServices();
afterEach(() => t.clear());
const { found, where } = issueRows(t);

/** The Russian message of the one issue of `code` in `text`, with its line and the text it covers. */
async function inRussian(text: string, code: string): Promise<Array<[number, string, string, string]>> {
    t.setLocale('ru');
    return found(text, code);
}

describe('duty-without-owner', () => {
    test('fires on the duty name', async () => {
        expect(await found('duty WeeklyReport "Weekly report" every monday format "Slides"', 'duty-without-owner')).toEqual([[
            1, 'WeeklyReport', 'warning', 'The duty “WeeklyReport” has no owner: say which role does it every time.'
        ]]);
    });

    test('an owner silences it; a half-typed owner is a syntax error only', async () => {
        expect(await found('role Smm\nduty Report every monday owner Smm', 'duty-without-owner')).toEqual([]);
        await t.clear();
        const codes = (await t.validate('role Smm\nduty Report2 every monday owner')).map(i => i.code);
        expect(codes).toContain('syntax-error');
        expect(codes).not.toContain('duty-without-owner');
    });

    test('in Russian', async () => {
        expect(await inRussian('duty Отчёт "Еженедельный отчёт" every monday', 'duty-without-owner')).toEqual([[
            1, 'Отчёт', 'warning', 'У обязанности «Отчёт» нет ответственного: укажите, какая роль выполняет её каждый раз.'
        ]]);
    });
});

describe('duty-without-schedule', () => {
    test('fires on the duty name', async () => {
        expect(await found('role Smm\n\nduty Budget "Budget review" owner Smm', 'duty-without-schedule')).toEqual([[
            3, 'Budget', 'warning', 'The duty “Budget” has no schedule: say when it recurs, e.g. `every monday` or `every month on day 5`.'
        ]]);
    });

    test('`every month on day 5` is a schedule', async () => {
        expect(await found('role Smm\nduty Budget owner Smm every month on day 5', 'duty-without-schedule')).toEqual([]);
    });

    test('in Russian', async () => {
        expect(await inRussian('role Смм\nduty Бюджет owner Смм', 'duty-without-schedule')).toEqual([[
            2, 'Бюджет', 'warning',
            'У обязанности «Бюджет» нет расписания: укажите, когда она повторяется, например `каждый понедельник` или `каждый месяц на день 5`.'
        ]]);
    });
});

describe('duty-invalid-schedule', () => {
    test('half a week and the 32nd of a month are reported on the schedule', async () => {
        expect(await found('role Smm\nduty Report every 0.5 weeks owner Smm\nduty Budget every month on day 32 owner Smm', 'duty-invalid-schedule')).toEqual([
            [2, '0.5 weeks', 'error', 'The duty “Report” cannot recur “every 0.5 weeks”: an interval is a whole number from 1 to 1,000 and a day of the month is 1 to 31.'],
            [3, 'month on day 32', 'error', 'The duty “Budget” cannot recur “every month on day 32”: an interval is a whole number from 1 to 1,000 and a day of the month is 1 to 31.']
        ]);
    });

    test('every 1,000 weeks and the 31st are schedules, however rare; 1,001 is not', async () => {
        expect(await where('role Smm\nduty A every 1000 weeks owner Smm\nduty B every month on day 31 owner Smm\nduty C every 1001 days owner Smm', 'duty-invalid-schedule'))
            .toEqual([[4, '1001 days']]);
    });

    test('in Russian', async () => {
        expect(await inRussian('role Смм\nduty Отчёт every month on day 0 owner Смм', 'duty-invalid-schedule')).toEqual([[
            2, 'month on day 0', 'error', 'Обязанность «Отчёт» не может повторяться «every month on day 0»: интервал — целое число от 1 до 1 000, а число месяца — от 1 до 31.'
        ]]);
    });
});

describe('approval-without-approver', () => {
    const chain = 'role Maker\nchannel vk\ncontent { rubric Tips on vk 3 per week owner Maker }\n';

    test('a chain with only a preparer never ends with a decision', async () => {
        expect(await found(`${chain}approval Posts for rubric Tips {\n  prepare Maker\n}`, 'approval-without-approver')).toEqual([[
            4, 'Posts', 'warning', 'The approval “Posts” has nobody who approves: end the chain with `approve <role> within <time>`.'
        ]]);
    });

    test('one approve step ends it', async () => {
        expect(await found(`${chain}role Smm\napproval Posts for rubric Tips { prepare Maker approve Smm within 4 hours }`, 'approval-without-approver')).toEqual([]);
    });

    test('in Russian', async () => {
        expect(await inRussian('role Автор\napproval Посты { prepare Автор }', 'approval-without-approver')).toEqual([[
            2, 'Посты', 'warning', 'В согласовании «Посты» никто не утверждает: завершите цепочку шагом `утверждает <роль> за <срок>`.'
        ]]);
    });
});

describe('a role nobody declared in an approval chain', () => {
    // The chain's roles are references: an undeclared one is the language's own `unresolved-reference`, and the
    // chain's checks leave it out rather than guess.
    test('is an unknown role, on its name; the chain checks say nothing more of it', async () => {
        const text = 'role Smm\napproval Posts {\n  prepare Smm\n  approve Editor within 1 day\n}';
        expect(await found(text, 'unresolved-reference')).toEqual([[4, 'Editor', 'error', 'Unknown role “Editor”.']]);
        await t.clear();
        expect((await t.validate(text)).map(issue => issue.code)).toEqual(['unresolved-reference']);
    });

    test('in Russian', async () => {
        expect(await inRussian('role Смм\napproval Посты { prepare Смм approve Редактор }', 'unresolved-reference')).toEqual([[
            2, 'Редактор', 'error', 'Неизвестное имя «Редактор» (роль).'
        ]]);
    });
});

describe('approval-repeated-role', () => {
    const roles = 'role Maker\nrole Smm\nrole Founder\n';

    test('the second mention of a role is reported, on the role', async () => {
        const text = `${roles}approval Posts {\n  prepare Maker\n  approve Smm within 4 hours\n  approve Founder, Smm within 1 day\n}`;
        expect(await found(text, 'approval-repeated-role')).toEqual([[
            7, 'Smm', 'warning', 'The role “Smm” appears twice in the approval “Posts”: each role has one place in a chain.'
        ]]);
    });

    test('an author among several who also approves is a repeat too', async () => {
        expect(await where(`${roles}approval Posts { prepare Maker, Smm approve Smm }`, 'approval-repeated-role')).toEqual([[4, 'Smm']]);
    });

    test('maker → SMM manager → founder, each once, is silent', async () => {
        expect(await found(`${roles}approval Posts { prepare Maker approve Smm within 4 hours approve Founder within 1 day }`, 'approval-repeated-role')).toEqual([]);
    });

    test('in Russian', async () => {
        expect(await inRussian('role Автор\nrole Смм\napproval Посты { prepare Автор approve Смм approve Смм }', 'approval-repeated-role')).toEqual([[
            3, 'Смм', 'warning', 'Роль «Смм» дважды встречается в согласовании «Посты»: у каждой роли одно место в цепочке.'
        ]]);
    });
});

describe('approver-is-only-author', () => {
    test('the only preparer approving its own posts', async () => {
        const text = 'role Smm\napproval Posts {\n  prepare Smm\n  approve Smm within 1 hour\n}';
        expect(await found(text, 'approver-is-only-author')).toEqual([[
            4, 'Smm', 'warning', 'The role “Smm” approves what only it prepares in the approval “Posts”: let another role approve it.'
        ]]);
        await t.clear();
        expect(await where(text, 'approval-repeated-role')).toEqual([]);
    });

    test('without `prepare`, the owner of the rubric is its author', async () => {
        const text = 'role Smm\nchannel vk\ncontent { rubric Tips on vk 3 per week owner Smm }\napproval Posts for rubric Tips { approve Smm }';
        expect(await where(text, 'approver-is-only-author')).toEqual([[4, 'Smm']]);
    });

    test('an author approved by another role is silent', async () => {
        const text = 'role Smm\nrole Maker\nchannel vk\ncontent { rubric Tips on vk 3 per week owner Maker }\napproval Posts for rubric Tips { approve Smm }';
        expect(await where(text, 'approver-is-only-author')).toEqual([]);
    });

    test('in Russian', async () => {
        expect(await inRussian('role Смм\napproval Посты { prepare Смм approve Смм }', 'approver-is-only-author')).toEqual([[
            2, 'Смм', 'warning', 'Роль «Смм» утверждает то, что готовит только она, в согласовании «Посты»: пусть утверждает другая роль.'
        ]]);
    });
});

describe('rubric-without-approval', () => {
    const plan = 'role Smm\nrole Maker\nchannel vk\ncontent {\n  rubric Tips on vk 3 per week owner Maker\n  rubric News on vk 1 per week owner Maker\n}\n';

    test('fires on a rubric left out of the approvals of posts', async () => {
        expect(await found(`${plan}approval Posts for rubric Tips { approve Smm }`, 'rubric-without-approval')).toEqual([[
            6, 'News', 'warning', 'Nobody approves the posts of the rubric “News”: add it to an approval (`for rubric News`).'
        ]]);
    });

    test('silent when every rubric is approved, and in a strategy that approves no posts', async () => {
        expect(await found(`${plan}approval Posts for rubric Tips, News { approve Smm }`, 'rubric-without-approval')).toEqual([]);
        await t.clear();
        expect(await found(`${plan}approval Spend for spending above 50000 { approve Smm }`, 'rubric-without-approval')).toEqual([]);
    });

    test('an approval in another file of the folder counts', async () => {
        const issues = await t.issues({
            'file:///ws/content.smm': plan,
            'file:///ws/team.smm': 'approval Posts for rubric Tips rubric News { approve Smm }'
        }, 'rubric-without-approval');
        expect(issues).toEqual([]);
    });

    test('in Russian', async () => {
        const text = 'role Смм\nchannel vk\ncontent { rubric Советы on vk 3 per week owner Смм\n rubric Новости on vk 1 per week owner Смм }\napproval Посты for rubric Советы { approve Смм }';
        expect(await inRussian(text, 'rubric-without-approval')).toEqual([[
            4, 'Новости', 'warning', 'Публикации рубрики «Новости» никто не утверждает: добавьте её в согласование (`для рубрики Новости`).'
        ]]);
    });
});

describe('raci-without-accountable', () => {
    test('a task that informs the founder but has nobody accountable', async () => {
        const text = 'role Designer\nrole Founder\nphase P {\n  task Shoot "Shoot" owner Designer format "40 photos" informed Founder\n}';
        expect(await found(text, 'raci-without-accountable')).toEqual([[
            4, 'Shoot', 'warning', 'Nobody is accountable for “Shoot”: add `accountable <role>`, the one who answers for the result.'
        ]]);
    });

    test('an unnamed task is reported on its title; an owner alone is no RACI', async () => {
        expect(await where('role A\nrole B\nphase P { task "Shoot" owner A consulted B }', 'raci-without-accountable')).toEqual([[3, '"Shoot"']]);
        await t.clear();
        expect(await where('role A\nphase P { task "Shoot" owner A }', 'raci-without-accountable')).toEqual([]);
    });

    test('goals, rubrics, duties and service levels are held to it too', async () => {
        const text = [
            'role A', 'role B', 'channel vk',
            'goal G "1,000 orders" { owner A consulted B }',
            'content { rubric R on vk 1 per week owner A informed B }',
            'duty D every monday owner A informed B',
            'response S within 2 hours owner A consulted B',
            'duty E every monday owner A accountable B informed B'
        ].join('\n');
        expect(await where(text, 'raci-without-accountable')).toEqual([[4, 'G'], [5, 'R'], [6, 'D'], [7, 'S']]);
    });

    test('in Russian', async () => {
        expect(await inRussian('role Дизайнер\nrole Основатель\nphase P { task Съёмка "Съёмка" owner Дизайнер informed Основатель }', 'raci-without-accountable')).toEqual([[
            3, 'Съёмка', 'warning', 'Никто не отвечает за итог «Съёмка»: добавьте `утверждающий <роль>` — того, кто отвечает за результат.'
        ]]);
    });
});

describe('raci-several-accountable', () => {
    test('reported on the accountable roles', async () => {
        const text = 'role Smm\nrole Founder\nduty Report every monday owner Smm\n  accountable Smm, Founder';
        expect(await found(text, 'raci-several-accountable')).toEqual([[
            4, 'Smm, Founder', 'warning', 'Several roles are accountable for “Report” (Smm, Founder): exactly one role answers for the result.'
        ]]);
    });

    test('one accountable role is silent', async () => {
        expect(await found('role Smm\nrole Founder\nduty Report every monday owner Smm accountable Founder', 'raci-several-accountable')).toEqual([]);
    });

    test('in Russian', async () => {
        expect(await inRussian('role Смм\nrole Основатель\nduty Отчёт every monday owner Смм accountable Смм, Основатель', 'raci-several-accountable')).toEqual([[
            3, 'Смм, Основатель', 'warning',
            'За итог «Отчёт» отвечают сразу несколько ролей (Смм, Основатель): за результат отвечает ровно одна роль.'
        ]]);
    });
});
