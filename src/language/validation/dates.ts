import { GrammarUtils, type AstNode, type Properties } from 'langium';
import { parseIsoDate } from '../../analysis/dates.js';
import type { Checks, Report } from './report.js';

/** A date that is not in the calendar (`2027-02-30`, `30.02.2027`), named as it is written. */
function checkDate<N extends AstNode>(node: N, property: Properties<N>, report: Report): void {
    const text = (node as Record<string, unknown>)[property];
    if (typeof text === 'string' && !parseIsoDate(text)) {
        const written = GrammarUtils.findNodeForProperty(node.$cstNode, property)?.text ?? text;
        report('invalid-date', { date: written }, { node, property });
    }
}

/** Dates exist in the calendar, and ranges (of dates or numbers) end after they start. */
export function dateChecks(): Checks {
    return {
        DateRange(range, report) {
            checkDate(range, 'start', report);
            checkDate(range, 'end', report);
            const start = parseIsoDate(range.start);
            const end = parseIsoDate(range.end);
            if (start && end && end < start) {
                report('invalid-range', { start: range.start, end: range.end }, { node: range });
            }
        },
        NumberRange(range, report) {
            if (range.max < range.min) {
                report('invalid-range', { start: range.min, end: range.max }, { node: range });
            }
        },
        Goal: (goal, report) => checkDate(goal, 'deadline', report),
        Kpi: (kpi, report) => checkDate(kpi, 'deadline', report),
        Task: (task, report) => checkDate(task, 'due', report),
        Milestone: (milestone, report) => checkDate(milestone, 'date', report)
    };
}
