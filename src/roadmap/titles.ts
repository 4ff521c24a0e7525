/**
 * The titles a reader sees for the names a roadmap's items refer to: a goal, a role, a rubric, a channel of
 * a rubric, a KPI's metric. The author's title where there is one, the identifier only where there is none.
 * One lookup for every renderer that lists items by name (the CSV calendar, the iCalendar file).
 */
import { ownersIn, type NamedRef, type Roadmap } from './model.js';

export interface RoadmapTitles {
    goal(name: string): string;
    role(name: string): string;
    /** Role names joined by `, ` (a post of a rubric with several owners), each by its title. */
    roles(names: string): string;
    rubric(name: string): string;
    /** A channel as the rubric that posts to it names it. */
    channel(rubric: string, channel: string): string;
    /** The metric of a goal's KPI in the roadmap's language (`customers` → `Customers`, «Клиенты»). */
    metric(goal: string, metric: string): string;
}

/** A reference's title, or its name where it has none. */
export function titleOf(ref: NamedRef): string {
    return ref.title ?? ref.name;
}

export function roadmapTitles(roadmap: Roadmap): RoadmapTitles {
    const goals = new Map(roadmap.goals.map(goal => [goal.name, goal]));
    const roles = new Map<string, string>();
    const remember = (ref: NamedRef | undefined) => {
        if (ref?.title && !roles.has(ref.name)) {
            roles.set(ref.name, ref.title);
        }
    };
    roadmap.regulations.forEach(regulation => remember({ name: regulation.role, title: regulation.title }));
    roadmap.content.rubrics.forEach(rubric => ownersIn(rubric).forEach(remember));
    roadmap.goals.forEach(goal => ownersIn(goal).forEach(remember));
    const rubrics = new Map(roadmap.content.rubrics.map(rubric => [rubric.name, rubric]));
    return {
        goal: name => goals.get(name)?.title ?? name,
        role: name => roles.get(name) ?? name,
        roles: names => names.split(', ').map(name => roles.get(name) ?? name).join(', '),
        rubric: name => rubrics.get(name)?.title ?? name,
        channel: (rubric, channel) => {
            const ref = rubrics.get(rubric)?.channels.find(item => item.name === channel);
            return ref ? titleOf(ref) : channel;
        },
        metric: (goal, metric) => goals.get(goal)?.kpis.find(kpi => kpi.metric === metric)?.metricTitle ?? metric
    };
}
