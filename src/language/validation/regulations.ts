import type { Task } from '../generated/ast.js';
import type { Checks } from './report.js';
import { leftOut } from './omissions.js';

/** Regulations say who does what, in what format and how often. */
export function regulationChecks(): Checks {
    const taskName = (task: Task) => task.name ?? task.title;
    return {
        Task: [
            function checkTaskHasOwner(task, report) {
                if (leftOut(task, 'owner')) {
                    report('task-without-owner', { task: taskName(task) }, { node: task, property: task.name ? 'name' : 'title' });
                }
            },
            function checkTaskHasFormat(task, report) {
                if (leftOut(task, 'format') && leftOut(task, 'deliverable')) {
                    report('task-without-format', { task: taskName(task) }, { node: task, property: task.name ? 'name' : 'title' });
                }
            }
        ],
        Rubric: function checkRubric(rubric, report) {
            if (!rubric.name) {
                return;
            }
            if (!rubric.frequency) {
                report('rubric-without-frequency', { rubric: rubric.name }, { node: rubric, property: 'name' });
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
