import {
    isStrategy, type Actuals, type AdjustRule, type Approval, type BudgetSetting, type Channel, type Competitor, type DateRange, type Duty,
    type Funnel, type Goal, type Metric, type Model, type Phase, type Product, type Risk, type Role, type Rubric, type Segment,
    type ServiceLevel, type Strategy, type StrategyMember, type TopElement
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
    // By the node's type rather than a chain of type guards: a year of daily actuals is hundreds of
    // top-level blocks, each of which the guards would ask about every kind of declaration first.
    const visit = (element: TopElement | StrategyMember): void => {
        switch (element.$type) {
            case 'Strategy':
                if (!parts.strategy) {
                    parts.strategy = element;
                    parts.title = element.title;
                    element.members.forEach(visit);
                }
                break;
            case 'PeriodSetting': parts.period ??= element.range; break;
            case 'CurrencySetting': parts.currency ??= element.code ? currencyCode(element.code) : undefined; break;
            case 'BudgetSetting': budgetSetting ??= element; break;
            case 'CompanyGoalSetting': parts.companyGoal ??= element.text; break;
            case 'ContentPlan': parts.rubrics.push(...element.rubrics); break;
            case 'Role': parts.roles.push(element); break;
            case 'Product': parts.products.push(element); break;
            case 'Competitor': parts.competitors.push(element); break;
            case 'Segment': parts.segments.push(element); break;
            case 'Channel': parts.channels.push(element); break;
            case 'Funnel': parts.funnels.push(element); break;
            case 'Goal': parts.goals.push(element); break;
            case 'Metric': parts.metrics.push(element); break;
            case 'Phase': parts.phases.push(element); break;
            case 'Risk': parts.risks.push(element); break;
            case 'AdjustRule': parts.adjustRules.push(element); break;
            case 'Duty': parts.duties.push(element); break;
            case 'Approval': parts.approvals.push(element); break;
            case 'ServiceLevel': parts.serviceLevels.push(element); break;
            case 'Actuals': parts.actuals.push(element); break;
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
