/** Regulations: who does what — per role, the goals it owns, its tasks in order, its rubrics, risks and correction rules. */
import { html, type HtmlValue, type SafeHtml } from '../../../shared/html.js';
import type { Roadmap, RoadmapRegulation } from '../../model.js';
import { formatDate, formatFrequency, formatNumber } from '../format.js';
import { formatDuration } from '../team-format.js';
import { sourceAttributes as src } from '../svg.js';
import { cards, facts, foldable, list, nameOf, names, none, section, type HtmlContext, type HtmlSectionRenderer } from './kit.js';

export const renderRegulations: HtmlSectionRenderer = (roadmap, context, { hasContent }) =>
    section('regulations', context, hasContent ? cards(roadmap.regulations.map(regulation => regulationCard(regulation, context))) : none(context));

/** The fold of a role's tasks (kit.ts `foldable`): `tasks:` and the role's name. */
const TASKS_FOLD = 'tasks:';

/** A role's tasks in order, as a list; its items give only their lines when the role's card names their file. */
function taskList(regulation: RoadmapRegulation, context: HtmlContext): SafeHtml {
    // The card names the file of the role; its items of the same file give only their lines.
    const around = regulation.source?.uri;
    return html`<ol>${regulation.tasks.map(task => {
        const details = [
            task.format !== undefined ? context.label('roadmap.task.format', { format: task.format }) : '',
            task.deliverable !== undefined ? context.label('roadmap.task.deliverable', { deliverable: task.deliverable }) : '',
            task.due !== undefined ? context.label('roadmap.timeline.due', { date: formatDate(context.locale, task.due) }) : '',
            task.after.length > 0 ? context.label('roadmap.task.after', { tasks: names(task.after) }) : ''
        ].filter(Boolean).join('; ');
        return html`<li><span${src(task, around)}><b>${task.title}</b>${details ? ` — ${details}` : ''}</span></li>`;
    })}</ol>`;
}

/** The content of a folded list of the regulations (`fold` as the page names it), or undefined when there is no such list. */
export function regulationsFold(roadmap: Roadmap, context: HtmlContext, fold: string): SafeHtml | undefined {
    if (!fold.startsWith(TASKS_FOLD)) {
        return undefined;
    }
    const role = fold.slice(TASKS_FOLD.length);
    const regulation = roadmap.regulations.find(candidate => candidate.role === role);
    return regulation && regulation.tasks.length > 0 ? taskList(regulation, context) : undefined;
}

function regulationCard(regulation: RoadmapRegulation, context: HtmlContext): HtmlValue {
    // The card names the file of the role; its items of the same file give only their lines.
    const around = regulation.source?.uri;
    const taskCount = regulation.tasks.length;
    const rubrics = regulation.rubrics.map(rubric => html`<span${src(rubric, around)}><b>${rubric.title ?? rubric.name}</b>: ${[
        rubric.frequency ? formatFrequency(context.locale, rubric.frequency) : '',
        names(rubric.channels),
        rubric.formats.join(', ')
    ].filter(Boolean).join(' · ')}</span>`);
    const rules = regulation.adjustRules.map(rule => html`<span${src(rule, around)}>${rule.action}</span>`);
    const approves = regulation.approves.map(({ approval, step, within }) => context.label('roadmap.regulation.step', { approval: nameOf(approval), step })
        + (within ? ` (${context.label('roadmap.approval.within', { time: formatDuration(context.locale, within) })})` : ''));
    const raci = regulation.raci.map(({ item, letters }) => `${nameOf(item)} (${letters.join('')})`);
    return html`<article class="rm-role"${src(regulation)}>
<h3>${regulation.title ?? regulation.role}</h3>
${facts([
        [context.label('roadmap.regulation.goals'), names(regulation.goals)],
        [context.label('roadmap.regulation.tasks'), taskCount > 0
            ? foldable(context, taskCount, context.label('roadmap.regulation.taskCount', { count: formatNumber(context.locale, taskCount) }),
                `${TASKS_FOLD}${regulation.role}`, () => taskList(regulation, context))
            : undefined],
        [context.label('roadmap.regulation.rubrics'), list(rubrics)],
        [context.label('roadmap.regulation.duties'), names(regulation.duties)],
        [context.label('roadmap.regulation.receives'), names(regulation.receives)],
        [context.label('roadmap.regulation.approves'), approves.join('; ')],
        [context.label('roadmap.regulation.awaits'), names(regulation.awaits)],
        [context.label('roadmap.regulation.serviceLevels'), names(regulation.serviceLevels)],
        [context.label('roadmap.regulation.raci'), raci.join('; ')],
        [context.label('roadmap.regulation.risks'), names(regulation.risks)],
        [context.label('roadmap.regulation.rules'), list(rules)]
    ])}
</article>`;
}
