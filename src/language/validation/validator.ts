import type { ValidationChecks } from 'langium';
import type { SmmAstType } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { audienceChecks } from './audience.js';
import { budgetChecks } from './budget.js';
import { funnelChecks } from './funnels.js';
import { goalChecks } from './goals.js';
import { nameChecks } from './names.js';
import { regulationChecks } from './regulations.js';
import { scheduleChecks } from './schedule.js';
import { strategyChecks } from './strategy.js';
import { valueChecks } from './values.js';

/** Registers every check, one concern per file. */
export function registerValidationChecks(services: SmmServices): void {
    const registry = services.validation.ValidationRegistry;
    const goals = goalChecks(services);
    const names = nameChecks(services);
    const values = valueChecks(services);
    const strategy = strategyChecks(services);
    const funnels = funnelChecks(services);
    const budget = budgetChecks(services);
    const schedule = scheduleChecks(services);
    const regulations = regulationChecks(services);
    const audience = audienceChecks(services);
    const checks: ValidationChecks<SmmAstType> = {
        AstNode: values.checkDuplicateProperties,
        Model: [names.checkUniqueNames, values.checkNumberTexts, strategy.checkOneStrategyPerFolder],
        Strategy: strategy.checkSingleSettings,
        BudgetSetting: budget.checkBudgetBalance,
        Goal: [
            goals.checkGoalHasKpi, goals.checkGoalStatement, goals.checkGoalHasOwner, goals.checkGoalHasAudience, goals.checkKpiConflicts,
            values.checkGoalDeadline, schedule.checkGoalDeadlineInPeriod
        ],
        Kpi: [
            goals.checkKpiHasTarget, goals.checkKpiTargetIsShare, goals.checkKpiMeasuresOutcome, goals.checkKpiDeadline,
            goals.checkKpiReachable, values.checkKpiDeadline
        ],
        Channel: budget.checkChannelHasBudget,
        Funnel: funnels.checkFunnelIsUsed,
        Stage: [funnels.checkStageHasVolume, funnels.checkTopStageChannelHasCost],
        Phase: schedule.checkPhaseInPeriod,
        Task: [
            values.checkTaskDue, schedule.checkTaskInPeriod, schedule.checkTaskDueInPhase, schedule.checkTaskOrder,
            regulations.checkTaskHasOwner, regulations.checkTaskHasFormat
        ],
        Milestone: [values.checkMilestoneDate, schedule.checkMilestoneInPeriod],
        Rubric: regulations.checkRubric,
        AdjustRule: regulations.checkAdjustRuleHasOwner,
        Competitor: audience.checkUspAgainstCompetitors,
        Segment: audience.checkSegmentPortrait,
        Risk: audience.checkRiskHasMitigation,
        DateRange: values.checkDateRange,
        NumberRange: values.checkNumberRange,
        Percent: values.checkPercentIsShare,
        Money: values.checkMoneyCurrency,
        Quantity: values.checkQuantityCurrency
    };
    registry.register(checks);
}
