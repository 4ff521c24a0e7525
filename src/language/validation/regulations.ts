import type { ValidationAcceptor } from 'langium';
import type { AdjustRule, Rubric, Task } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { IssueCodes, issue } from './issue-codes.js';
import { leftOut } from './omissions.js';

/** Regulations say who does what, in what format and how often. */
export function regulationChecks(services: SmmServices) {
    const locale = services.i18n.Locale;
    const taskName = (task: Task) => task.name ?? task.title;
    return {
        checkTaskHasOwner(task: Task, accept: ValidationAcceptor): void {
            if (leftOut(task, 'owner')) {
                accept('warning', locale.t(IssueCodes.TaskWithoutOwner, { task: taskName(task) }), {
                    node: task, property: task.name ? 'name' : 'title', ...issue(IssueCodes.TaskWithoutOwner)
                });
            }
        },
        checkTaskHasFormat(task: Task, accept: ValidationAcceptor): void {
            if (leftOut(task, 'format') && leftOut(task, 'deliverable')) {
                accept('warning', locale.t(IssueCodes.TaskWithoutFormat, { task: taskName(task) }), {
                    node: task, property: task.name ? 'name' : 'title', ...issue(IssueCodes.TaskWithoutFormat)
                });
            }
        },
        checkRubric(rubric: Rubric, accept: ValidationAcceptor): void {
            if (!rubric.name) {
                return;
            }
            if (!rubric.frequency) {
                accept('warning', locale.t(IssueCodes.RubricWithoutFrequency, { rubric: rubric.name }), {
                    node: rubric, property: 'name', ...issue(IssueCodes.RubricWithoutFrequency)
                });
            }
            if (leftOut(rubric, 'owner')) {
                accept('warning', locale.t(IssueCodes.RubricWithoutOwner, { rubric: rubric.name }), {
                    node: rubric, property: 'name', ...issue(IssueCodes.RubricWithoutOwner)
                });
            }
        },
        checkAdjustRuleHasOwner(rule: AdjustRule, accept: ValidationAcceptor): void {
            if (leftOut(rule, 'owner') && rule.action !== undefined) {
                accept('warning', locale.t(IssueCodes.AdjustWithoutOwner, { rule: rule.name ?? rule.action }), {
                    node: rule, property: rule.name ? 'name' : 'action', ...issue(IssueCodes.AdjustWithoutOwner)
                });
            }
        }
    };
}
