import {
    isActuals, isAdjustRule, isApproval, isBudgetSetting, isChannel, isCompanyGoalSetting, isCompetitor, isContentPlan, isCurrencySetting, isDuty,
    isFunnel, isGoal, type BudgetSetting, isMetric, isPeriodSetting, isPhase, isProduct, isRisk, isRole, isSegment, isServiceLevel, isStrategy,
    type Actuals, type Approval, type Duty, type ServiceLevel,
    type AdjustRule, type Channel, type Competitor, type DateRange, type Funnel, type Goal, type Metric, type Model,
    type Phase, type Product, type Risk, type Role, type Rubric, type Segment, type Strategy, type StrategyMember,
    type TopElement
} from '../language/generated/ast.js';
import { currencyCode } from './money.js';
import { periodOf } from './period.js';
import { recurring, totalOf } from './schedule.js';

/**
 * Everything one strategy declares, gathered from all the files of its folder: the input of the analysis
 * and of the roadmap. Declarations keep the order in which the files list them.
 */
export interface StrategyParts {
    /** The first `strategy { … }` block, if any: the one whose members count. */
    strategy?: Strategy;
    /** Every `strategy { … }` block of the folder, in file order (more than one is an error). */
    strategies: Strategy[];
    title?: string;
    period?: DateRange;
    /** ISO 4217 code of the strategy's currency. */
    currency?: string;
    /** The strategy's budget over its period: `budget 50 000 per month` is 50 000 × the months of the period. */
    budget?: number;
    companyGoal?: string;
    roles: Role[];
    products: Product[];
    competitors: Competitor[];
    segments: Segment[];
    channels: Channel[];
    funnels: Funnel[];
    goals: Goal[];
    metrics: Metric[];
    rubrics: Rubric[];
    phases: Phase[];
    risks: Risk[];
    adjustRules: AdjustRule[];
    duties: Duty[];
    approvals: Approval[];
    serviceLevels: ServiceLevel[];
    /** What actually happened: the `actuals` blocks, in file order. */
    actuals: Actuals[];
}

/** Gathers the declarations of the given documents (the files of one folder) into one strategy. */
export function collectStrategy(models: readonly Model[]): StrategyParts {
    const elements = models.flatMap(model => model.elements ?? []);
    const parts: StrategyParts = {
        strategies: elements.filter(isStrategy), roles: [], products: [], competitors: [], segments: [], channels: [], funnels: [], goals: [], metrics: [],
        rubrics: [], phases: [], risks: [], adjustRules: [], duties: [], approvals: [], serviceLevels: [], actuals: []
    };
    let budgetSetting: BudgetSetting | undefined;
    const visit = (element: TopElement | StrategyMember): void => {
        if (isStrategy(element)) {
            if (!parts.strategy) {
                parts.strategy = element;
                parts.title = element.title;
                element.members.forEach(visit);
            }
        } else if (isPeriodSetting(element)) {
            parts.period ??= element.range;
        } else if (isCurrencySetting(element)) {
            parts.currency ??= element.code ? currencyCode(element.code) : undefined;
        } else if (isBudgetSetting(element)) {
            budgetSetting ??= element;
        } else if (isCompanyGoalSetting(element)) {
            parts.companyGoal ??= element.text;
        } else if (isContentPlan(element)) {
            parts.rubrics.push(...element.rubrics);
        } else if (isRole(element)) {
            parts.roles.push(element);
        } else if (isProduct(element)) {
            parts.products.push(element);
        } else if (isCompetitor(element)) {
            parts.competitors.push(element);
        } else if (isSegment(element)) {
            parts.segments.push(element);
        } else if (isChannel(element)) {
            parts.channels.push(element);
        } else if (isFunnel(element)) {
            parts.funnels.push(element);
        } else if (isGoal(element)) {
            parts.goals.push(element);
        } else if (isMetric(element)) {
            parts.metrics.push(element);
        } else if (isPhase(element)) {
            parts.phases.push(element);
        } else if (isRisk(element)) {
            parts.risks.push(element);
        } else if (isAdjustRule(element)) {
            parts.adjustRules.push(element);
        } else if (isDuty(element)) {
            parts.duties.push(element);
        } else if (isApproval(element)) {
            parts.approvals.push(element);
        } else if (isServiceLevel(element)) {
            parts.serviceLevels.push(element);
        } else if (isActuals(element)) {
            parts.actuals.push(element);
        }
    };
    // The strategy block sets the period, currency and budget even when a sibling file comes first.
    parts.strategies.slice(0, 1).forEach(visit);
    elements.filter(element => !isStrategy(element)).forEach(visit);
    parts.budget = budgetSetting && budgetOverPeriod(budgetSetting, parts.period);
    return parts;
}

/** A strategy budget as a total: as written, or per time unit over the period (unknown without a period). */
function budgetOverPeriod(setting: BudgetSetting, range: DateRange | undefined): number | undefined {
    const amount = setting.amount?.amount;
    if (amount === undefined || !setting.per) {
        return amount;
    }
    const period = periodOf(range);
    return period ? totalOf(recurring(period, amount, setting.per)) : undefined;
}
