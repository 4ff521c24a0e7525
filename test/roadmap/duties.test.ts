import { afterEach, describe, expect, test } from 'vitest';
import { dutyDates } from '../../src/analysis/team.js';
import { periodOf } from '../../src/analysis/period.js';
import { renderIcs } from '../../src/roadmap/render/ics.js';
import ICAL from '../support/ical.js';
import { createTestServices } from '../support/services.js';
import { roadmapOf } from './helpers.js';

/** Recurring duties: their dates over the period, and one repeating calendar event each. */
const smm = createTestServices();
afterEach(() => smm.clear());

const team = (duty: string) => ({
    'file:///team/strategy.smm': `strategy "Team" {\n  period 2027-01-01 .. 2027-06-30\n  role Smm "SMM manager"\n  role Founder\n  ${duty}\n}`
});

/**
 * The calendar's events read back by ical.js: the recurrence rule as ical.js writes it back (an UNTIL that is a
 * date, as the all-day start requires), and the occurrences it expands, looking on to the end of 2027.
 */
function readBack(text: string): Array<{ summary: string; rule: string | undefined; dates: string[] }> {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents('vevent').map(component => {
        const event = new ICAL.Event(component);
        const dates: string[] = [];
        const iterator = event.iterator();
        for (let next = iterator.next(); next && next.year <= 2027 && dates.length < 1000; next = iterator.next()) {
            dates.push(next.toString());
        }
        return { summary: event.summary, rule: component.getFirstPropertyValue('rrule')?.toString(), dates };
    });
}

describe('a duty every Monday for six months', () => {
    // Mondays from Jan 1 (a Friday) to Jun 30, 2027: January 4, 11, 18, 25 (4); February 1–22 (4);
    // March 1–29 (5); April 5–26 (4); May 3–31 (5); June 7–28 (4) = 26.
    test('is one event with a recurrence rule, which a calendar expands into 26 Mondays', async () => {
        const roadmap = await roadmapOf(smm, team('duty WeeklyReport "Weekly report" every monday owner Smm to Founder'));
        const events = readBack(renderIcs(roadmap, 'en'));
        expect(events).toHaveLength(1);
        const [event] = events;
        expect(event.summary).toBe('Duty: Weekly report');
        expect(event.rule).toBe('FREQ=WEEKLY;BYDAY=MO;UNTIL=20270630');
        expect(event.dates).toHaveLength(26);
        expect(event.dates[0]).toBe('2027-01-04');
        expect(event.dates[25]).toBe('2027-06-28');
        expect(event.dates.every(date => new Date(`${date}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
        // The roadmap's own count agrees with the calendar's.
        expect(roadmap.team.duties[0]).toMatchObject({ first: '2027-01-04', occurrences: 26, schedule: { unit: 'week', interval: 1, weekday: 'monday' } });
    });

    test('the Russian calendar names it in Russian', async () => {
        const roadmap = await roadmapOf(smm, team('duty Отчёт "Еженедельный отчёт" every monday owner Smm'), 'ru');
        expect(readBack(renderIcs(roadmap, 'ru'))[0].summary).toBe('Обязанность: Еженедельный отчёт');
    });
});

describe('other schedules read back as the roadmap counts them', () => {
    const cases: Array<[string, string, number, string]> = [
        // Jan 5, Feb 5, … Jun 5.
        ['every month on day 5', 'FREQ=MONTHLY;BYMONTHDAY=5;UNTIL=20270630', 6, '2027-01-05'],
        // 181 days from Friday Jan 1: 25 whole weeks (125 weekdays) and Fri Jun 25 – Wed Jun 30 (4 more) = 129.
        ['every weekday', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20270630', 129, '2027-01-01'],
        // Every other Friday from Jan 1: Jan 1, 15, 29, Feb 12, 26, Mar 12, 26, Apr 9, 23, May 7, 21, Jun 4, 18 = 13.
        ['every 2 weeks on friday', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;UNTIL=20270630', 13, '2027-01-01'],
        // The first Monday of each month: Jan 4, Feb 1, Mar 1, Apr 5, May 3, Jun 7.
        ['every month on monday', 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1;UNTIL=20270630', 6, '2027-01-04'],
        // Without a day, a week falls on the period's first weekday (Friday): 26 Fridays, Jan 1 to Jun 25.
        ['every week', 'FREQ=WEEKLY;BYDAY=FR;UNTIL=20270630', 26, '2027-01-01']
    ];
    test.each(cases)('`%s`', async (schedule, rule, count, first) => {
        const roadmap = await roadmapOf(smm, team(`duty D every ${schedule.replace(/^every /, '')} owner Smm`));
        const [event] = readBack(renderIcs(roadmap, 'en'));
        expect(event.rule).toBe(rule);
        expect(event.dates).toHaveLength(count);
        expect(event.dates[0]).toBe(first);
        expect(roadmap.team.duties[0]).toMatchObject({ occurrences: count, first });
    });
});

describe('dutyDates', () => {
    const period = periodOf({ $type: 'DateRange', start: '2027-01-01', end: '2027-12-31' } as never)!;

    test('a day of the month that some months lack is skipped in them, as a calendar does', () => {
        // The 31st exists in Jan, Mar, May, Jul, Aug, Oct, Dec: 7 months.
        expect(dutyDates({ unit: 'month', interval: 1, monthDay: 31 }, period).map(d => d.toISOString().slice(0, 10))).toEqual([
            '2027-01-31', '2027-03-31', '2027-05-31', '2027-07-31', '2027-08-31', '2027-10-31', '2027-12-31'
        ]);
    });

    test('every 3 days over 2027: 365 days give days 1, 4, … 364, that is 122', () => {
        expect(dutyDates({ unit: 'day', interval: 3 }, period)).toHaveLength(122);
    });
});
