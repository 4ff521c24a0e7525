import { PLAUSIBLE_POSTS_PER_DAY, postsPerDay } from '../../analysis/period.js';
import { formatNumber } from '../../i18n/numbers.js';
import type { Task } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import type { Checks } from './report.js';
import { leftOut, leftOutAll } from './omissions.js';

/** Regulations say who does what, in what format and how often. */
export function regulationChecks(services: SmmServices): Checks {
    const locale = services.i18n.Locale;
    const taskName = (task: Task) => task.name ?? task.title;
    return {
        Task: [
            function checkTaskHasOwner(task, report) {
                if (leftOut(task, 'owner')) {
                    report('task-without-owner', { task: taskName(task) }, { node: task, property: task.name ? 'name' : 'title' });
                }
            },
            function checkTaskHasFormat(task, report) {
                if (leftOutAll(task, ['format', 'deliverable'])) {
                    report('task-without-format', { task: taskName(task) }, { node: task, property: task.name ? 'name' : 'title' });
                }
            }
        ],
        Rubric: function checkRubric(rubric, report) {
            if (!rubric.name) {
                return;
            }
            const { frequency } = rubric;
            if (!frequency) {
                report('rubric-without-frequency', { rubric: rubric.name }, { node: rubric, property: 'name' });
            } else if (frequency.per) {
                const perDay = postsPerDay(frequency.count, frequency.interval ?? 1, frequency.per);
                if (perDay > PLAUSIBLE_POSTS_PER_DAY) {
                    report('implausible-frequency', {
                        rubric: rubric.name,
                        perDay: formatNumber(locale.current, Math.min(perDay, Number.MAX_VALUE)),
                        limit: formatNumber(locale.current, PLAUSIBLE_POSTS_PER_DAY)
                    }, { node: rubric, property: 'frequency' });
                }
            }
            if (leftOut(rubric, 'owner')) {
                report('rubric-without-owner', { rubric: rubric.name }, { node: rubric, property: 'name' });
            }
        },
        AdjustRule: function checkAdjustRuleHasOwner(rule, report) {
            if (leftOut(rule, 'owner') && rule.action !== undefined) {
                report('adjust-without-owner', { rule: rule.name ?? rule.action }, { node: rule, property: rule.name ? 'name' : 'action' });
            }
        }
    };
}
