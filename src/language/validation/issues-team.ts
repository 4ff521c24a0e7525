/** The records of the diagnostics of the team's regulations: duties, approvals and RACI; see `issue-catalog.ts`. */
import { defineIssues } from './issue-record.js';

export const TEAM_ISSUES = defineIssues('review', {
    'duty-without-owner': {
        severity: 'warning',
        meaning: 'A recurring duty nobody does.',
        example: '`duty WeeklyReport "Weekly report" every monday`',
        message: {
            en: 'The duty “{duty}” has no owner: say which role does it every time.',
            ru: 'У обязанности «{duty}» нет ответственного: укажите, какая роль выполняет её каждый раз.'
        }
    },
    'duty-without-schedule': {
        severity: 'warning',
        meaning: 'A recurring duty without `every …`: when is it due?',
        example: '`duty WeeklyReport "Weekly report" owner SmmManager`',
        message: {
            en: 'The duty “{duty}” has no schedule: say when it recurs, e.g. `every monday` or `every month on day 5`.',
            ru: 'У обязанности «{duty}» нет расписания: укажите, когда она повторяется, например `каждый понедельник` или `каждый месяц на день 5`.'
        }
    },
    'duty-invalid-schedule': {
        severity: 'error',
        meaning: 'A schedule no calendar can keep: an interval that is not a whole number from 1 to 1,000, or a day of the month outside 1–31. The duty gets no dates and no calendar event.',
        example: '`every 0.5 weeks`, `every month on day 32`',
        message: {
            en: 'The duty “{duty}” cannot recur “{schedule}”: an interval is a whole number from 1 to 1,000 and a day of the month is 1 to 31.',
            ru: 'Обязанность «{duty}» не может повторяться «{schedule}»: интервал — целое число от 1 до 1 000, а число месяца — от 1 до 31.'
        }
    },
    'approval-without-approver': {
        severity: 'warning',
        meaning: 'An approval chain with no `approve` step: it never ends with a decision.',
        example: '`approval Posts for rubric Tips { prepare ContentMaker }`',
        message: {
            en: 'The approval “{approval}” has nobody who approves: end the chain with `approve <role> within <time>`.',
            ru: 'В согласовании «{approval}» никто не утверждает: завершите цепочку шагом `утверждает <роль> за <срок>`.'
        }
    },
    'approval-repeated-role': {
        severity: 'warning',
        meaning: 'A role appears twice in one approval chain: the chain goes back to someone who has already had their say.',
        example: '`approve SmmManager … approve SmmManager`',
        message: {
            en: 'The role “{role}” appears twice in the approval “{approval}”: each role has one place in a chain.',
            ru: 'Роль «{role}» дважды встречается в согласовании «{approval}»: у каждой роли одно место в цепочке.'
        }
    },
    'approver-is-only-author': {
        severity: 'warning',
        meaning: 'The only role that prepares the work also approves it: nobody else looks at it.',
        example: '`prepare SmmManager` and `approve SmmManager`',
        message: {
            en: 'The role “{role}” approves what only it prepares in the approval “{approval}”: let another role approve it.',
            ru: 'Роль «{role}» утверждает то, что готовит только она, в согласовании «{approval}»: пусть утверждает другая роль.'
        }
    },
    'rubric-without-approval': {
        severity: 'warning',
        meaning: 'The strategy approves the posts of some rubrics, but nobody approves this rubric\'s posts. Silent in a strategy without approvals of posts.',
        example: '`approval Posts for rubric Tips { … }` and a rubric `News` in no approval',
        message: {
            en: 'Nobody approves the posts of the rubric “{rubric}”: add it to an approval (`for rubric {rubric}`).',
            ru: 'Публикации рубрики «{rubric}» никто не утверждает: добавьте её в согласование (`для рубрики {rubric}`).'
        }
    },
    'raci-without-accountable': {
        severity: 'warning',
        meaning: 'An item names whom to consult or inform, but nobody accountable for it.',
        example: '`task Shoot "Shoot" owner Designer informed Founder`',
        message: {
            en: 'Nobody is accountable for “{item}”: add `accountable <role>`, the one who answers for the result.',
            ru: 'Никто не отвечает за итог «{item}»: добавьте `утверждающий <роль>` — того, кто отвечает за результат.'
        }
    },
    'raci-several-accountable': {
        severity: 'warning',
        meaning: 'Two or more roles are accountable for one item: when all answer for it, none does.',
        example: '`accountable SmmManager, Founder`',
        message: {
            en: 'Several roles are accountable for “{item}” ({roles}): exactly one role answers for the result.',
            ru: 'За итог «{item}» отвечают сразу несколько ролей ({roles}): за результат отвечает ровно одна роль.'
        }
    }
});
