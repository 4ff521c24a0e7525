import type { Properties } from 'langium';
import { parseIsoDate } from '../../analysis/dates.js';
import { isWithin } from '../../analysis/period.js';
import type { MessageKey } from '../../i18n/index.js';
import { isTask, type Goal, type Milestone, type Phase, type Task } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import type { Checks, Report } from './report.js';

type Dated = Goal | Phase | Task | Milestone;

/** Dates within the strategy period, tasks due within their phase, and an order of tasks that can be followed. */
export function scheduleChecks(services: SmmServices): Checks {
    const locale = services.i18n.Locale;
    const analyzer = services.analysis.StrategyAnalyzer;

    const checkWithinPeriod = <N extends Dated>(node: N, property: Properties<N>, date: string | undefined, report: Report): void => {
        const day = date ? parseIsoDate(date) : undefined;
        const analysis = day ? analyzer.forNode(node) : undefined;
        if (!day || !analysis?.period || isWithin(day, analysis.period)) {
            return;
        }
        report('date-outside-period', {
            date: date!, kind: locale.t(`kind.${node.$type}` as MessageKey), name: node.name ?? node.title ?? '',
            start: analysis.parts.period!.start, end: analysis.parts.period!.end
        }, { node, property });
    };

    return {
        Goal: function checkGoalDeadlineInPeriod(goal, report) {
            checkWithinPeriod(goal, 'deadline', goal.deadline, report);
        },
        Phase: function checkPhaseInPeriod(phase, report) {
            // One warning per phase: the start when it is early, else the end.
            const analysis = phase.range ? analyzer.forNode(phase) : undefined;
            const start = phase.range?.start ? parseIsoDate(phase.range.start) : undefined;
            const early = start && analysis?.period && !isWithin(start, analysis.period);
            checkWithinPeriod(phase, 'range', early ? phase.range!.start : phase.range?.end, report);
        },
        Task: [
            function checkTaskInPeriod(task, report) {
                checkWithinPeriod(task, 'due', task.due, report);
            },
            /** A task is due within its phase: not before it starts, not after it ends. */
            function checkTaskDueInPhase(task, report) {
                const phase = task.$container;
                const due = task.due ? parseIsoDate(task.due) : undefined;
                const start = phase.range?.start ? parseIsoDate(phase.range.start) : undefined;
                const end = phase.range?.end ? parseIsoDate(phase.range.end) : undefined;
                const args = { task: task.name ?? task.title, due: task.due!, phase: phase.name };
                if (due && start && due < start) {
                    report('task-due-before-phase', { ...args, start: phase.range!.start }, {
                        node: task, property: 'due'
                    });
                } else if (due && end && start && end >= start && due > end) {
                    report('task-due-after-phase', { ...args, end: phase.range!.end }, {
                        node: task, property: 'due'
                    });
                }
            },
            /** `after` must describe an order: a task that (indirectly) waits for itself can never start. */
            function checkTaskOrder(task, report) {
                const cycle = cycleThrough(task);
                if (cycle) {
                    report('task-cycle', { cycle: [...cycle, task].map(t => t.name ?? t.title).join(' → ') }, {
                        node: task, property: 'after'
                    });
                }
            }
        ],
        Milestone: function checkMilestoneInPeriod(milestone, report) {
            checkWithinPeriod(milestone, 'date', milestone.date, report);
        }
    };
}

/** The tasks from `start` back to itself along `after` links (start first), or undefined when there is no cycle. */
function cycleThrough(start: Task): Task[] | undefined {
    const visited = new Set<Task>();
    const path: Task[] = [];
    const walk = (task: Task): boolean => {
        path.push(task);
        // A plain loop: on a long chain of tasks this runs for every task of the chain behind each one.
        for (const reference of task.after) {
            const next = reference.ref;
            if (!isTask(next)) {
                continue;
            }
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
