import type { ValidationAcceptor } from 'langium';
import type { Goal, Kpi } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { IssueCodes, issue } from './issue-codes.js';

/** SMART basics: a goal is measured by KPIs, and a KPI says how much. */
export function goalChecks(services: SmmServices) {
    const locale = services.i18n.Locale;
    return {
        checkGoalHasKpi(goal: Goal, accept: ValidationAcceptor): void {
            if (goal.kpis.length === 0 && goal.name) {
                accept('warning', locale.t(IssueCodes.GoalWithoutKpi, { goal: goal.name }), {
                    node: goal, property: 'name', ...issue(IssueCodes.GoalWithoutKpi)
                });
            }
        },
        checkKpiHasTarget(kpi: Kpi, accept: ValidationAcceptor): void {
            // A comparator without a number is a syntax error already; say it once.
            if (!kpi.target && !kpi.comparator && kpi.metric?.$refText) {
                accept('warning', locale.t(IssueCodes.KpiWithoutTarget, { metric: kpi.metric.$refText }), {
                    node: kpi, property: 'metric', ...issue(IssueCodes.KpiWithoutTarget)
                });
            }
        }
    };
}
