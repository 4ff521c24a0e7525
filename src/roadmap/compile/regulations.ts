/** The regulations: what each role owns — goals, tasks in the order it does them, rubrics, risks and correction rules. */
import type { StrategyAnalysis } from '../../analysis/analyze.js';
import { byRole, ownersOf } from '../../analysis/team.js';
import { isTask, type Task } from '../../language/generated/ast.js';
import type { RoadmapRegulation } from '../model.js';
import { frequencyOf, isoOf, namedAll, namedRefs, sourceOf } from './refs.js';
import { teamParts } from './team.js';

/**
 * Every role's regulations. Each kind of item is sorted out by owner once, so the cost grows with the items
 * and the roles, not with their product (a role asking every task whether it owns it).
 */
export function compileRegulations(analysis: StrategyAnalysis): RoadmapRegulation[] {
    const { parts } = analysis;
    const goals = byRole(parts.goals, ownersOf);
    const rubrics = byRole(parts.rubrics, ownersOf);
    const risks = byRole(parts.risks, ownersOf);
    const adjustRules = byRole(parts.adjustRules, ownersOf);
    // A role's tasks of a phase in the order of the phase's tasks: the same as ordering the role's alone (the sort keeps ties in place).
    const tasks = byRole(parts.phases.flatMap(phase => inOrder(phase.items.filter(isTask)).map(task => ({ phase, task }))),
        ({ task }) => ownersOf(task));
    const teamPartOf = teamParts(analysis);
    return parts.roles.map(role => ({
        role: role.name ?? '',
        title: role.title,
        goals: namedAll(goals.get(role)),
        tasks: (tasks.get(role) ?? []).map(({ phase, task }) => ({
            phase: phase.name ?? '',
            title: task.title ?? '',
            format: task.format,
            deliverable: task.deliverable,
            due: isoOf(task.due),
            step: task.step,
            after: namedRefs(task.after),
            source: sourceOf(task)
        })),
        rubrics: (rubrics.get(role) ?? []).map(rubric => ({
            name: rubric.name ?? '',
            title: rubric.title,
            channels: namedRefs(rubric.channels),
            frequency: frequencyOf(rubric.frequency),
            formats: [...rubric.formats],
            source: sourceOf(rubric)
        })),
        risks: namedAll(risks.get(role)),
        adjustRules: (adjustRules.get(role) ?? []).map(rule => ({ name: rule.name, action: rule.action ?? '', source: sourceOf(rule) })),
        ...teamPartOf(role),
        source: sourceOf(role)
    }));
}

/** A phase's tasks in the order they are done: by step, then by due date (undated last). Sorts the list it is given. */
function inOrder(tasks: Task[]): Task[] {
    const last = '9999-12-31';
    return tasks.sort((a, b) => (a.step ?? Infinity) - (b.step ?? Infinity) || (a.due ?? last).localeCompare(b.due ?? last));
}
