import type { Channel, Funnel, Goal, Kpi, Stage } from '../language/generated/ast.js';
import { collectActuals, type ActualsLog } from './actuals.js';
import { balanceBudget, type BudgetBalance } from './budget.js';
import { forecastChannel, forecastFunnel, postsOn, type ChannelForecast, type FunnelForecast, type StageForecast } from './forecast.js';
import { assessKpi, type KpiAssessment } from './kpis.js';
import { periodOf, type Period } from './period.js';
import { progressOf, type StrategyProgress } from './progress.js';
import { assessGoal, type SmartAssessment } from './smart.js';
import type { StrategyParts } from './strategy-parts.js';

export interface StrategyTotals {
    /** Everything allocated: channel budgets, task costs and stage costs. */
    spend: number;
    revenue?: number;
    grossProfit?: number;
    /** (Σ gross profit of the funnels − spend) ÷ spend, in percent. */
    romi?: number;
    /** Σ revenue ÷ spend, in percent. */
    roas?: number;
}

/**
 * Every number a strategy implies, computed once: diagnostics, hovers, inlay hints and the roadmap all
 * read it from here.
 */
export interface StrategyAnalysis {
    parts: StrategyParts;
    period?: Period;
    channels: Map<Channel, ChannelForecast>;
    funnels: Map<Funnel, FunnelForecast>;
    stages: Map<Stage, StageForecast>;
    kpis: Map<Kpi, KpiAssessment>;
    /** The funnels that at least one KPI is measured at (`from Funnel.Stage`). */
    measuredFunnels: Set<Funnel>;
    /** The SMART assessment of every goal. */
    goals: Map<Goal, SmartAssessment>;
    budget: BudgetBalance;
    totals: StrategyTotals;
    /** The actuals on the calendar. */
    actuals: ActualsLog;
    /** Progress against the plan and the correction rules that fire, when there are actuals. */
    progress?: StrategyProgress;
}

export function analyzeStrategy(parts: StrategyParts): StrategyAnalysis {
    const period = periodOf(parts.period);
    const channels = new Map(parts.channels.map(channel =>
        [channel, forecastChannel(channel, period, parts.budget, channel.organic ? postsOn(channel, parts.rubrics, period) : undefined)]));
    const funnels = new Map(parts.funnels.map(funnel => [funnel, forecastFunnel(funnel, channels, period)]));
    const stages = new Map([...funnels.values()].flatMap(funnel => funnel.stages.map(stage => [stage.stage, stage] as const)));
    const context = { period, stages, funnels, allFunnels: [...funnels.values()], goalFunnels: new Map() };
    const kpis = new Map(parts.goals.flatMap(goal => goal.kpis.map(kpi => [kpi, assessKpi(kpi, context)] as const)));
    const measuredFunnels = new Set([...kpis.keys()].flatMap(kpi => kpi.sources.map(source => source.ref?.$container)).filter(f => f !== undefined));
    const goals = new Map(parts.goals.map(goal => [goal, assessGoal(goal, kpis, parts.companyGoal)]));
    const budget = balanceBudget(parts);
    const actuals = collectActuals(parts.actuals);
    const progress = progressOf(actuals, { period, kpis, funnels, rules: parts.adjustRules });
    return { parts, period, channels, funnels, stages, kpis, measuredFunnels, goals, budget, totals: totalsOf([...funnels.values()], budget), actuals, progress };
}

function totalsOf(funnels: FunnelForecast[], budget: BudgetBalance): StrategyTotals {
    const known = (values: Array<number | undefined>) => {
        const numbers = values.filter((v): v is number => v !== undefined);
        return numbers.length > 0 ? numbers.reduce((a, b) => a + b, 0) : undefined;
    };
    const spend = budget.allocated;
    const revenue = known(funnels.map(f => f.economics.revenue));
    const grossProfit = known(funnels.map(f => f.economics.grossProfit));
    return {
        spend, revenue, grossProfit,
        romi: grossProfit !== undefined && spend > 0 ? (grossProfit - spend) / spend * 100 : undefined,
        roas: revenue !== undefined && spend > 0 ? revenue / spend * 100 : undefined
    };
}
