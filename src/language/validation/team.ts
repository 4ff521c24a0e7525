import type { Reference } from 'langium';
import { approvalAuthors, approvalSteps, approvalsOfRubric, hasRaci, isKeepable, type RaciItem } from '../../analysis/team.js';
import type { Approval, Role } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import type { Check, Checks } from './report.js';
import { leftOut } from './omissions.js';

/** The team's regulations: duties that recur and someone does, approval chains that end, one accountable role per item. */
export function teamChecks(services: SmmServices): Checks {
    const analyzer = services.analysis.StrategyAnalyzer;
    const checkRaci: Check<RaciItem> = (item, report) => {
        const name = item.name ?? ('title' in item ? item.title : undefined);
        if (!name || !hasRaci(item)) {
            return;
        }
        if (item.accountable.length === 0) {
            if (leftOut(item, 'accountable')) {
                report('raci-without-accountable', { item: name }, { node: item, property: item.name ? 'name' : 'title' as never });
            }
        } else if (item.accountable.length > 1) {
            const first = item.accountable[0].$refNode?.range;
            const last = item.accountable[item.accountable.length - 1].$refNode?.range;
            report('raci-several-accountable', { item: name, roles: item.accountable.map(ref => ref.$refText).join(', ') }, {
                node: item, range: first && last && { start: first.start, end: last.end }
            });
        }
    };
    return {
        Duty: [function checkDuty(duty, report) {
            if (!duty.name) {
                return;
            }
            if (leftOut(duty, 'owner')) {
                report('duty-without-owner', { duty: duty.name }, { node: duty, property: 'name' });
            }
            if (leftOut(duty, 'schedule', 'every')) {
                report('duty-without-schedule', { duty: duty.name }, { node: duty, property: 'name' });
            } else if (duty.schedule && !isKeepable(duty.schedule)) {
                const written = duty.schedule.$cstNode?.text.replace(/\s+/g, ' ') ?? '';
                report('duty-invalid-schedule', { duty: duty.name, schedule: `every ${written}` }, { node: duty, property: 'schedule' });
            }
        }, checkRaci],
        Approval: function checkApprovalChain(approval, report) {
            if (!approval.name) {
                return;
            }
            const steps = approvalSteps(approval);
            if (steps.length === 0) {
                report('approval-without-approver', { approval: approval.name }, { node: approval, property: 'name' });
                return;
            }
            const authors = approvalAuthors(approval);
            const soleAuthor = authors.length === 1 ? authors[0] : undefined;
            // The sole author who also approves is said once, by its own code; every other second mention is a repeat.
            const seen = new Set<Role>();
            for (const step of approval.steps) {
                step.roles.forEach((ref: Reference<Role>) => {
                    const role = ref.ref;
                    if (!role) {
                        return;
                    }
                    const target = { node: step, range: ref.$refNode?.range };
                    if (step.kind === 'approve' && role === soleAuthor) {
                        report('approver-is-only-author', { role: ref.$refText, approval: approval.name }, target);
                    } else if (seen.has(role)) {
                        report('approval-repeated-role', { role: ref.$refText, approval: approval.name }, target);
                    }
                    seen.add(role);
                });
            }
        },
        Rubric: [function checkRubricIsApproved(rubric, report) {
            if (!rubric.name) {
                return;
            }
            const { approvals } = analyzer.forNode(rubric).parts;
            const approvesPosts = approvals.some((approval: Approval) => approval.targets.some(target => target.rubrics.length > 0));
            if (approvesPosts && approvalsOfRubric(rubric, approvals).length === 0) {
                report('rubric-without-approval', { rubric: rubric.name }, { node: rubric, property: 'name' });
            }
        }, checkRaci],
        Goal: checkRaci,
        Task: checkRaci,
        ServiceLevel: checkRaci
    };
}
