import { isTask, type Channel, type Phase, type Risk } from '../language/generated/ast.js';
import { channelBudget } from './forecast.js';
import { periodOf } from './period.js';
import type { StrategyParts } from './strategy-parts.js';

export interface BudgetLine<T> {
    item: T;
    amount: number;
}

export interface BudgetBalance {
    /** The strategy's budget, when it states one. */
    budget?: number;
    byChannel: BudgetLine<Channel>[];
    /** Task costs summed per phase (phases without costed tasks are left out). */
    byPhase: BudgetLine<Phase>[];
    channels: number;
    tasks: number;
    /** channels + tasks. (A stage's `cost` tells which part of this spend goes to the stage; it is not extra.) */
    allocated: number;
    /** budget − allocated (negative when the allocations exceed the budget). */
    unallocated?: number;
    /** allocated ÷ budget, in percent. */
    allocatedShare?: number;
    /** Σ probability × impact over the risks. */
    riskLoss: number;
    risks: BudgetLine<Risk>[];
}

/** Channel budgets and task costs against the strategy budget, and the expected loss from risks. */
export function balanceBudget(parts: StrategyParts): BudgetBalance {
    const byChannel = parts.channels.flatMap(item => {
        const amount = channelBudget(item, periodOf(parts.period));
        return amount !== undefined ? [{ item, amount }] : [];
    });
    const byPhase = parts.phases.flatMap(item => {
        const amount = sum(item.items.filter(isTask).map(task => task.cost?.amount ?? 0));
        return amount > 0 ? [{ item, amount }] : [];
    });
    const channels = sum(byChannel.map(line => line.amount));
    const tasks = sum(byPhase.map(line => line.amount));
    const allocated = channels + tasks;
    const risks = parts.risks.flatMap(item => item.probability && item.impact
        ? [{ item, amount: item.probability.value / 100 * item.impact.amount }]
        : []);
    const budget = parts.budget;
    return {
        budget, byChannel, byPhase, channels, tasks, allocated,
        unallocated: budget !== undefined ? budget - allocated : undefined,
        allocatedShare: budget ? allocated / budget * 100 : undefined,
        riskLoss: sum(risks.map(line => line.amount)),
        risks
    };
}

function sum(values: number[]): number {
    return values.reduce((a, b) => a + b, 0);
}
