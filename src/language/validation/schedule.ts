import type { Properties, ValidationAcceptor } from 'langium';
import { parseIsoDate } from '../../analysis/dates.js';
import { isWithin } from '../../analysis/period.js';
import type { MessageKey } from '../../i18n/index.js';
import { isTask, type Goal, type Milestone, type Phase, type Task } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { IssueCodes, issue } from './issue-codes.js';

type Dated = Goal | Phase | Task | Milestone;

/** Dates within the strategy period, tasks due within their phase, and an order of tasks that can be followed. */
export function scheduleChecks(services: SmmServices) {
    const locale = services.i18n.Locale;
    const analyzer = services.analysis.StrategyAnalyzer;

    const checkWithinPeriod = <N extends Dated>(node: N, property: Properties<N>, date: string | undefined, accept: ValidationAcceptor): void => {
        const day = date ? parseIsoDate(date) : undefined;
        const analysis = day ? analyzer.forNode(node) : undefined;
        if (!day || !analysis?.period || isWithin(day, analysis.period)) {
            return;
        }
        accept('warning', locale.t(IssueCodes.DateOutsidePeriod, {
            date: date!, kind: locale.t(`kind.${node.$type}` as MessageKey), name: node.name ?? node.title ?? '',
            start: analysis.parts.period!.start, end: analysis.parts.period!.end
        }), { node, property, ...issue(IssueCodes.DateOutsidePeriod) });
    };

    return {
        checkGoalDeadlineInPeriod(goal: Goal, accept: ValidationAcceptor): void {
            checkWithinPeriod(goal, 'deadline', goal.deadline, accept);
        },
        checkPhaseInPeriod(phase: Phase, accept: ValidationAcceptor): void {
            // One warning per phase: the start when it is early, else the end.
            const analysis = phase.range ? analyzer.forNode(phase) : undefined;
            const start = phase.range?.start ? parseIsoDate(phase.range.start) : undefined;
            const early = start && analysis?.period && !isWithin(start, analysis.period);
            checkWithinPeriod(phase, 'range', early ? phase.range!.start : phase.range?.end, accept);
        },
        checkTaskInPeriod(task: Task, accept: ValidationAcceptor): void {
            checkWithinPeriod(task, 'due', task.due, accept);
        },
        checkMilestoneInPeriod(milestone: Milestone, accept: ValidationAcceptor): void {
            checkWithinPeriod(milestone, 'date', milestone.date, accept);
        },
        /** A task is due within its phase: not before it starts, not after it ends. */
        checkTaskDueInPhase(task: Task, accept: ValidationAcceptor): void {
            const phase = task.$container;
            const due = task.due ? parseIsoDate(task.due) : undefined;
            const start = phase.range?.start ? parseIsoDate(phase.range.start) : undefined;
            const end = phase.range?.end ? parseIsoDate(phase.range.end) : undefined;
            const args = { task: task.name ?? task.title, due: task.due!, phase: phase.name };
            if (due && start && due < start) {
                accept('warning', locale.t(IssueCodes.TaskDueBeforePhase, { ...args, start: phase.range!.start }), {
                    node: task, property: 'due', ...issue(IssueCodes.TaskDueBeforePhase)
                });
            } else if (due && end && start && end >= start && due > end) {
                accept('warning', locale.t(IssueCodes.TaskDueAfterPhase, { ...args, end: phase.range!.end }), {
                    node: task, property: 'due', ...issue(IssueCodes.TaskDueAfterPhase)
                });
            }
        },
        /** `after` must describe an order: a task that (indirectly) waits for itself can never start. */
        checkTaskOrder(task: Task, accept: ValidationAcceptor): void {
            const cycle = cycleThrough(task);
            if (cycle) {
                accept('error', locale.t(IssueCodes.TaskCycle, { cycle: [...cycle, task].map(t => t.name ?? t.title).join(' → ') }), {
                    node: task, property: 'after', ...issue(IssueCodes.TaskCycle)
                });
            }
        }
    };
}

/** The tasks from `start` back to itself along `after` links (start first), or undefined when there is no cycle. */
function cycleThrough(start: Task): Task[] | undefined {
    const visited = new Set<Task>();
    const path: Task[] = [];
    const walk = (task: Task): boolean => {
        path.push(task);
        for (const next of task.after.map(ref => ref.ref).filter(isTask)) {
            if (next === start) {
                return true;
            }
            if (!visited.has(next)) {
                visited.add(next);
                if (walk(next)) {
                    return true;
                }
            }
        }
        path.pop();
        return false;
    };
    return walk(start) ? path : undefined;
}
