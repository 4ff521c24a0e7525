/**
 * One launch plan written twice: as a `.smm` strategy (phases, tasks with owners, due dates and `after`
 * orders, milestones) and as the Mermaid gantt a marketer would otherwise write in a Markdown file. Phases
 * of ten tasks, one milestone per phase (so per ten tasks); every task and milestone has the same dates in
 * both texts. The comparison with Mermaid (mermaid.ts) renders the two.
 */

const DAY_MS = 86_400_000;
/** A Monday; every date of the plan is counted from it. */
const START = Date.UTC(2027, 0, 4);
const TASKS_PER_PHASE = 10;
/** A phase starts two weeks after the one before and lasts three: phases overlap, as real ones do. */
const PHASE_STEP_DAYS = 14;
const PHASE_DAYS = 21;
/** The tasks of a phase follow each other, two days apart, each after the one before. */
const TASK_STEP_DAYS = 2;

const ROLES: Array<[id: string, title: string]> = [
    ['SmmManager', 'SMM manager'], ['AdsSpecialist', 'Paid social specialist'],
    ['ContentLead', 'Content lead'], ['Designer', 'Designer and video editor']
];
const WORK = [
    'Brief the creatives for', 'Shoot the product video for', 'Write the post series for', 'Set up the ad campaign of',
    'Review the first results of', 'Prepare the landing page of', 'Plan the giveaway of', 'Contact the bloggers of',
    'Report the figures of', 'Tune the audiences of'
];

export interface GanttPlan {
    tasks: number;
    milestones: number;
    phases: number;
    /** The plan as a strategy: one file. */
    smm: string;
    /** The same plan as a Mermaid gantt. */
    mermaid: string;
}

interface PlanTask {
    id: string;
    title: string;
    owner: string;
    start: string;
    due: string;
    after?: string;
}

function day(offset: number): string {
    return new Date(START + offset * DAY_MS).toISOString().slice(0, 10);
}

/** A plan of `tasks` tasks (rounded up to whole phases of ten). */
export function ganttPlan(tasks: number): GanttPlan {
    const phaseCount = Math.ceil(tasks / TASKS_PER_PHASE);
    const phases = Array.from({ length: phaseCount }, (_, p) => {
        const first = p * PHASE_STEP_DAYS;
        const campaign = `campaign ${p + 1}`;
        const items: PlanTask[] = Array.from({ length: TASKS_PER_PHASE }, (_, k) => ({
            id: `T${p * TASKS_PER_PHASE + k + 1}`,
            title: `${WORK[k]} ${campaign}`,
            owner: ROLES[(p + k) % ROLES.length][0],
            start: day(first + k * TASK_STEP_DAYS),
            due: day(first + (k + 1) * TASK_STEP_DAYS),
            after: k > 0 ? `T${p * TASKS_PER_PHASE + k}` : undefined
        }));
        return {
            id: `Phase${p + 1}`, title: `Phase ${p + 1} — ${campaign}`, start: day(first), end: day(first + PHASE_DAYS - 1),
            tasks: items, milestone: { id: `M${p + 1}`, title: `${campaign} launched`, date: day(first + PHASE_DAYS - 1) }
        };
    });
    const end = phases[phases.length - 1].end;
    const smm = [
        `strategy "Launch plan of ${tasks} tasks" {`,
        `    period ${day(0)} .. ${end}`,
        '    currency USD',
        ...ROLES.map(([id, title]) => `    role ${id} "${title}"`),
        ...phases.flatMap(phase => [
            '',
            `    phase ${phase.id} "${phase.title}" ${phase.start} .. ${phase.end} {`,
            ...phase.tasks.map(task => `        task ${task.id} "${task.title}" owner ${task.owner} due ${task.due}${task.after ? ` after ${task.after}` : ''}`),
            `        milestone ${phase.milestone.id} "${phase.milestone.title}" by ${phase.milestone.date}`,
            '    }'
        ]),
        '}',
        ''
    ].join('\n');
    const mermaid = [
        'gantt',
        `    title Launch plan of ${tasks} tasks`,
        '    dateFormat YYYY-MM-DD',
        '    axisFormat %b %Y',
        ...phases.flatMap(phase => [
            `    section ${phase.title}`,
            ...phase.tasks.map(task => `    ${task.title} :${task.id}, ${task.after ? `after ${task.after}` : task.start}, ${task.due}`),
            `    ${phase.milestone.title} :milestone, ${phase.milestone.id}, ${phase.milestone.date}, 0d`
        ]),
        ''
    ].join('\n');
    return { tasks: phaseCount * TASKS_PER_PHASE, milestones: phaseCount, phases: phaseCount, smm, mermaid };
}
