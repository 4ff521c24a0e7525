import type { ValidationChecks } from 'langium';
import type { SmmAstType } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { goalChecks } from './goals.js';
import { nameChecks } from './names.js';
import { strategyChecks } from './strategy.js';
import { valueChecks } from './values.js';

/** Registers every check, one concern per file. */
export function registerValidationChecks(services: SmmServices): void {
    const registry = services.validation.ValidationRegistry;
    const goals = goalChecks(services);
    const names = nameChecks(services);
    const values = valueChecks(services);
    const strategy = strategyChecks(services);
    const checks: ValidationChecks<SmmAstType> = {
        AstNode: values.checkDuplicateProperties,
        Model: [names.checkUniqueNames, values.checkNumberTexts, values.checkCurrencies, strategy.checkOneStrategyPerFolder],
        Strategy: strategy.checkSingleSettings,
        Goal: [goals.checkGoalHasKpi, values.checkGoalDeadline],
        Kpi: [goals.checkKpiHasTarget, values.checkKpiDeadline],
        DateRange: values.checkDateRange,
        NumberRange: values.checkNumberRange,
        Task: values.checkTaskDue,
        Milestone: values.checkMilestoneDate,
        Percent: values.checkPercentIsShare
    };
    registry.register(checks);
}
