/** The regulations: what each role owns — goals, tasks in the order it does them, rubrics, risks and correction rules. */
import type { StrategyAnalysis } from '../../analysis/analyze.js';
import { isOwnedBy, type Owned } from '../../analysis/team.js';
import { isTask, type Role, type Task } from '../../language/generated/ast.js';
import type { RoadmapRegulation } from '../model.js';
import { frequencyOf, isoOf, named, namedRefs, sourceOf } from './refs.js';
import { teamPartOf } from './team.js';

export function compileRegulation(role: Role, analysis: StrategyAnalysis): RoadmapRegulation {
    const { parts } = analysis;
    const owns = (node: Owned) => isOwnedBy(node, role);
    const tasks = parts.phases.flatMap(phase => inOrder(phase.items.filter(isTask).filter(owns)).map(task => ({
        phase: phase.name ?? '',
        title: task.title ?? '',
        format: task.format,
        deliverable: task.deliverable,
        due: isoOf(task.due),
        step: task.step,
        after: namedRefs(task.after),
        source: sourceOf(task)
    })));
    return {
        role: role.name ?? '',
        title: role.title,
        goals: parts.goals.filter(owns).flatMap(goal => named(goal) ?? []),
        tasks,
        rubrics: parts.rubrics.filter(owns).map(rubric => ({
            name: rubric.name ?? '',
            title: rubric.title,
            channels: namedRefs(rubric.channels),
            frequency: frequencyOf(rubric.frequency),
            formats: [...rubric.formats],
            source: sourceOf(rubric)
        })),
        risks: parts.risks.filter(owns).flatMap(risk => named(risk) ?? []),
        adjustRules: parts.adjustRules.filter(owns).map(rule => ({ name: rule.name, action: rule.action ?? '', source: sourceOf(rule) })),
        ...teamPartOf(role, analysis),
        source: sourceOf(role)
    };
}

/** The order in which a role does a phase's tasks: by step, then by due date (undated last). */
function inOrder(tasks: Task[]): Task[] {
    const last = '9999-12-31';
    return [...tasks].sort((a, b) => (a.step ?? Infinity) - (b.step ?? Infinity) || (a.due ?? last).localeCompare(b.due ?? last));
}
