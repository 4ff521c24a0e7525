/**
 * The monthly media plan: what each channel spends in each calendar month of the period, what the tasks
 * cost then, and what the funnels bring in (their first and last stages). Read off the time-phased model:
 * channels spend as their budgets say, funnels deliver as their channels spend.
 */
import { isTask, type Channel, type Funnel, type Stage, type Task } from '../language/generated/ast.js';
import { parseIsoDate } from './dates.js';
import { deliveredShare, type ChannelForecast, type FunnelForecast, type StageForecast } from './forecast.js';
import { periodOf, type Period } from './period.js';
import { amountBetween, dayNumber, evenOver, monthsOf, type Stretch } from './schedule.js';
import type { StrategyParts } from './strategy-parts.js';

export interface MonthlyPlan {
    /** The calendar months of the period, `YYYY-MM`. */
    months: string[];
    /** Each channel with a budget, and what it spends in each month. */
    channels: Array<{ channel: Channel; amounts: number[] }>;
    /** Task costs in each month: on the task's due date, else spread over its phase, else over the period. */
    tasks: number[];
    /** Channels and tasks together, each month. */
    total: number[];
    /** The first and the last stage of each funnel with a volume, and what they bring in each month. */
    volumes: Array<{ funnel: Funnel; stage: Stage; unit?: string; amounts: number[] }>;
}

/** The monthly plan of a strategy with a period; undefined without one (there are no months to show). */
export function monthlyPlan(
    parts: StrategyParts, period: Period | undefined,
    channels: ReadonlyMap<Channel, ChannelForecast>, funnels: ReadonlyMap<Funnel, FunnelForecast>
): MonthlyPlan | undefined {
    if (!period) {
        return undefined;
    }
    const months = monthsOf(period);
    const perMonth = (stretches: readonly Stretch[]) => months.map(month => amountBetween(stretches, month.start, month.end));
    const channelRows = [...channels.values()].flatMap(forecast =>
        forecast.spending ? [{ channel: forecast.channel, amounts: perMonth(forecast.spending) }] : []);
    const tasks = perMonth(parts.phases.flatMap(phase => phase.items.filter(isTask).flatMap(task => taskCost(task, period))));
    const total = months.map((_, i) => channelRows.reduce((sum, row) => sum + row.amounts[i], 0) + tasks[i]);
    const volumes = [...funnels.values()].flatMap(funnel => keyStages(funnel).map(stage => ({
        funnel: funnel.funnel, stage: stage.stage, unit: stage.unit,
        amounts: months.map(month => stage.volume! * (deliveredShare(funnel, month.start, month.end) ?? 0))
    })));
    return { months: months.map(month => month.month), channels: channelRows, tasks, total, volumes };
}

/** The first and the last stage of a funnel that have a volume (one stage when they are the same). */
function keyStages(funnel: FunnelForecast): StageForecast[] {
    const known = funnel.stages.filter(stage => stage.volume !== undefined);
    return known.length > 1 ? [known[0], known.at(-1)!] : known;
}

function taskCost(task: Task, period: Period): Stretch[] {
    const amount = task.cost?.amount;
    if (!amount) {
        return [];
    }
    const due = task.due ? parseIsoDate(task.due) : undefined;
    if (due) {
        return [{ start: dayNumber(due), end: dayNumber(due), amount }];
    }
    return evenOver(periodOf(task.$container.range) ?? period, amount);
}
