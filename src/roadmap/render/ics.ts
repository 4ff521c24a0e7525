/**
 * The roadmap as an iCalendar file (RFC 5545): milestones, task due dates, KPI deadlines and planned posts
 * as all-day events (a post of a rubric that names its time at that time, in the reader's own time zone),
 * and duties as repeating ones; `include` chooses which of them the file holds (a calendar of deadlines
 * need not carry three hundred posts). Every name is its title. ical-generator escapes the events' texts
 * and folds the lines; the calendar's name it writes as given, so the title is escaped here (a line break
 * in it would end the property and start others). UIDs derive from the strategy and the item, so
 * re-importing an updated roadmap updates the events instead of duplicating them; DTSTAMP is the roadmap's
 * "today", so the same roadmap gives the same file. Control characters, which RFC 5545 forbids, become
 * U+FFFD (control-characters.ts).
 */
import ical, { escape, ICalCalendarMethod } from 'ical-generator';
import { createHash } from 'node:crypto';
import { t, type Locale } from '../../i18n/index.js';
import { replaceControlCharacters } from '../../shared/control-characters.js';
import { CALENDAR_ENTRIES, type CalendarEntry, type ExportOptions } from '../../shared/roadmap-formats.js';
import { ownersIn, type Roadmap, type RoadmapDuty, type RoadmapSchedule, type RoadmapWeekday } from '../model.js';
import { roadmapTitles, titleOf } from '../titles.js';
import { formatSchedule } from './team-format.js';

interface CalendarItem {
    key: string;
    date: string;
    /** `HH:MM` for an event at a time of day; none for an all-day event. */
    time?: string;
    summary: string;
    description?: string;
    category: 'task' | 'milestone' | 'kpi' | 'post';
}

function items(roadmap: Roadmap, locale: Locale, include: ReadonlySet<CalendarEntry>): CalendarItem[] {
    const titles = roadmapTitles(roadmap);
    const list: CalendarItem[] = [];
    for (const phase of roadmap.timeline.phases) {
        phase.tasks.forEach((task, index) => {
            if (task.due && include.has('tasks')) {
                list.push({
                    key: `task/${phase.name}/${task.name ?? index}`, date: task.due, category: 'task',
                    summary: t(locale, 'roadmap.ics.task', { title: task.title }),
                    description: [ownersIn(task).map(titleOf).join(', '), task.format, task.deliverable].filter(Boolean).join('\n')
                });
            }
        });
        phase.milestones.forEach((milestone, index) => {
            if (milestone.date && include.has('milestones')) {
                list.push({
                    key: `milestone/${phase.name}/${milestone.name ?? index}`, date: milestone.date, category: 'milestone',
                    summary: t(locale, 'roadmap.ics.milestone', { title: milestone.title })
                });
            }
        });
    }
    if (include.has('kpis')) {
        roadmap.timeline.kpiDeadlines.forEach((deadline, index) => list.push({
            key: `kpi/${deadline.goal}/${deadline.metric}/${index}`, date: deadline.date, category: 'kpi',
            summary: t(locale, 'roadmap.ics.kpi', { goal: titles.goal(deadline.goal), metric: titles.metric(deadline.goal, deadline.metric) })
        }));
    }
    if (include.has('posts')) {
        for (const post of roadmap.content.calendar.posts) {
            list.push({
                key: `post/${post.rubric}/${post.channel}/${post.date}`, date: post.date, time: post.time, category: 'post',
                summary: t(locale, 'roadmap.ics.post', { rubric: titles.rubric(post.rubric), channel: titles.channel(post.rubric, post.channel) }),
                description: [post.format, post.owner && titles.roles(post.owner), post.goal && titles.goal(post.goal)].filter(Boolean).join('\n')
            });
        }
    }
    return list;
}

function dateOf(iso: string): Date {
    return new Date(`${iso}T00:00:00Z`);
}

export function renderIcs(roadmap: Roadmap, locale: Locale, options: ExportOptions = {}): string {
    const include = new Set(options.include ?? CALENDAR_ENTRIES);
    const name = roadmap.header.title ?? t(locale, 'roadmap.untitled');
    const strategy = createHash('sha256').update(name).digest('hex').slice(0, 16);
    const calendar = ical({
        // NAME and X-WR-CALNAME are TEXT values (RFC 7986): `\`, `;`, `,` and line breaks escaped.
        name: escape(replaceControlCharacters(name), false),
        prodId: { company: 'smm-strategy', product: 'roadmap', language: locale.toUpperCase() },
        method: ICalCalendarMethod.PUBLISH
    });
    const stamp = dateOf(roadmap.today ?? roadmap.timeline.start ?? '1970-01-01');
    for (const item of items(roadmap, locale, include)) {
        const id = createHash('sha256').update(item.key).digest('hex').slice(0, 24);
        calendar.createEvent({
            id: `${strategy}-${id}@smm-strategy`,
            // A time of day without a zone is "floating" (RFC 5545 3.3.5): 19:00 wherever the calendar is read.
            ...(item.time ? { start: new Date(`${item.date}T${item.time}:00Z`), floating: true } : { start: dateOf(item.date), allDay: true }),
            stamp,
            summary: replaceControlCharacters(item.summary),
            description: item.description ? replaceControlCharacters(item.description) : undefined,
            categories: [{ name: item.category }]
        });
    }
    // A duty is one event that repeats (RRULE) from its first date to the end of the period, not one event per occurrence.
    const end = roadmap.timeline.end;
    for (const duty of include.has('duties') ? roadmap.team.duties : []) {
        if (!duty.schedule || !duty.first || !end) {
            continue;
        }
        const item = createHash('sha256').update(`duty/${duty.name}`).digest('hex').slice(0, 24);
        calendar.createEvent({
            id: `${strategy}-${item}@smm-strategy`,
            start: dateOf(duty.first),
            allDay: true,
            stamp,
            summary: replaceControlCharacters(t(locale, 'roadmap.ics.duty', { title: duty.title ?? duty.name })),
            description: replaceControlCharacters(dutyDescription(duty, locale)),
            categories: [{ name: 'duty' }],
            repeating: recurrence(duty.schedule, end)
        });
    }
    // RFC 5545 ends every content line with CRLF, the last one included.
    return `${calendar.toString()}\r\n`;
}

const BY_DAY: Record<RoadmapWeekday, string> = {
    monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU'
};

/**
 * The recurrence rule of a schedule whose day the compiler made explicit, until the last day of the period.
 * Written here rather than from ical-generator's options, which give UNTIL a time: with an all-day DTSTART,
 * RFC 5545 (3.3.10) wants UNTIL to be a date as well.
 */
function recurrence(schedule: RoadmapSchedule, until: string): string {
    const parts = [`INTERVAL=${schedule.interval}`, `UNTIL=${until.replaceAll('-', '')}`];
    switch (schedule.unit) {
        case 'day':
            return ['FREQ=DAILY', ...parts].join(';');
        case 'weekday':
            return ['FREQ=WEEKLY', ...parts, 'BYDAY=MO,TU,WE,TH,FR'].join(';');
        case 'week':
            return ['FREQ=WEEKLY', ...parts, ...(schedule.weekday ? [`BYDAY=${BY_DAY[schedule.weekday]}`] : [])].join(';');
        case 'month':
            return ['FREQ=MONTHLY', ...parts, schedule.weekday ? `BYDAY=${BY_DAY[schedule.weekday]};BYSETPOS=1` : `BYMONTHDAY=${schedule.monthDay ?? 1}`].join(';');
    }
}

function dutyDescription(duty: RoadmapDuty, locale: Locale): string {
    return [
        duty.schedule && formatSchedule(locale, duty.schedule),
        ownersIn(duty).map(titleOf).join(', '),
        duty.format,
        duty.deliverable,
        duty.recipients.length > 0 ? duty.recipients.map(titleOf).join(', ') : undefined
    ].filter(Boolean).join('\n');
}
