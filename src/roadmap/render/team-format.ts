/**
 * How every renderer writes the team's regulations: a duty's schedule, a time limit, an approval chain and
 * what it covers, in the roadmap's language. HTML, Markdown, the calendar and the handbook share them.
 */
import { t, type Locale } from '../../i18n/index.js';
import { formatMoney, formatNumber } from '../../i18n/numbers.js';
import type { NamedRef, RoadmapApproval, RoadmapDuration, RoadmapSchedule } from '../model.js';

function nameOf(ref: NamedRef): string {
    return ref.title ?? ref.name;
}

/** `every Monday`, `every month on day 5`, `по понедельникам`. */
export function formatSchedule(locale: Locale, schedule: RoadmapSchedule): string {
    const interval = formatNumber(locale, schedule.interval);
    const many = schedule.interval !== 1;
    switch (schedule.unit) {
        case 'day':
            return many ? t(locale, 'schedule.days', { interval }) : t(locale, 'schedule.day');
        case 'weekday':
            return t(locale, 'schedule.weekday');
        case 'week': {
            const weekday = schedule.weekday ?? 'monday';
            return many
                ? t(locale, 'schedule.weeks', { interval, weekday: t(locale, `weekday.${weekday}`) })
                : t(locale, 'schedule.week', { weekday: t(locale, `weekday.every.${weekday}`) });
        }
        case 'month':
            if (schedule.weekday) {
                const first = t(locale, `weekday.first.${schedule.weekday}`);
                return many ? t(locale, 'schedule.monthsWeekday', { interval, first }) : t(locale, 'schedule.monthWeekday', { first });
            }
            return many
                ? t(locale, 'schedule.monthsDay', { interval, day: schedule.monthDay ?? 1 })
                : t(locale, 'schedule.monthDay', { day: schedule.monthDay ?? 1 });
    }
}

/** `4 hours`, `1 day`, `30 мин`. */
export function formatDuration(locale: Locale, duration: RoadmapDuration): string {
    return t(locale, duration.value === 1 ? `duration.${duration.unit}.one` : `duration.${duration.unit}`, { value: formatNumber(locale, duration.value) });
}

/** `Content maker (prepare) → SMM manager within 4 h → Founder within 1 d`. */
export function formatApprovalChain(locale: Locale, approval: RoadmapApproval): string {
    const links = approval.authors.length > 0 ? [t(locale, 'roadmap.approval.authors', { roles: approval.authors.map(nameOf).join(', ') })] : [];
    for (const step of approval.steps.filter(step => step.kind === 'approve')) {
        const roles = step.roles.map(nameOf).join(', ');
        links.push(step.within ? `${roles} ${t(locale, 'roadmap.approval.within', { time: formatDuration(locale, step.within) })}` : roles);
    }
    return links.join(' → ');
}

/** `posts of Behind the bar, Morning deal; spending above $500`. */
export function formatApprovalTargets(locale: Locale, approval: RoadmapApproval, currency: string | undefined): string {
    return [
        approval.rubrics.length > 0 ? t(locale, 'roadmap.approval.rubrics', { rubrics: approval.rubrics.map(nameOf).join(', ') }) : '',
        approval.tasks.length > 0 ? t(locale, 'roadmap.approval.tasks', { tasks: approval.tasks.map(nameOf).join(', ') }) : '',
        approval.spendingAbove !== undefined ? t(locale, 'roadmap.approval.spending', { amount: formatMoney(locale, approval.spendingAbove, currency) }) : ''
    ].filter(Boolean).join('; ');
}
