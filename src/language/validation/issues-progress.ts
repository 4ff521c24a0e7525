/** The records of the diagnostics of the strategy while it runs: KPIs off track, corrections due, actuals recorded twice; see `issue-catalog.ts`. */
import { defineIssues } from './issue-record.js';

export const PROGRESS_ISSUES = defineIssues('review', {
    'kpi-off-track': {
        severity: 'warning',
        meaning: 'The actuals (`actuals` blocks of the strategy\'s folder) project the KPI to miss its target by its deadline. The projection is the time-phased forecast rescaled by the actuals for an amount the funnels forecast, a linear trend of the values per unit for a KPI per month or week, the pace so far for a level (its growth since the baseline) or a rate (as it has been so far); after the deadline, the final value. The message gives the numbers: the actual as of the last day the actuals cover, the share of the way from the baseline to the target, the share of the time gone, and the projection.',
        example: '`kpi leads >= 600 by 2027-06-30` with 280 leads by 31 March against 300 planned',
        message: {
            en: 'The KPI “{metric}” ({target}) is off track: {actual} as of {date}, {reached} of the way with {elapsed} of the time gone; {projection} by {deadline} ({method}).',
            ru: 'KPI «{metric}» ({target}) отстаёт: {actual} на {date}, пройдено {reached} пути при {elapsed} прошедшего времени; к {deadline} — {projection} ({method}).'
        },
        variants: {
            rate: {
                en: 'The KPI “{metric}” ({target}) is off track: {actual} as of {date}; {projection} by {deadline} ({method}).',
                ru: 'KPI «{metric}» ({target}) отстаёт: {actual} на {date}; к {deadline} — {projection} ({method}).'
            }
        }
    },
    'correction-due': {
        severity: 'warning',
        meaning: 'A correction rule (`adjust … when … then …`) fires on the actuals: each of its conditions held on each of its last days (`for 7 days`; one day without `for`) up to the last day the actuals cover. A metric nobody recorded is computed from its formula (CTR from clicks and impressions); a count is compared a day. Do what the rule says, or change the rule.',
        example: '`adjust when ctr < 1% for 7 days then "Replace the creatives" owner Targetologist` with a CTR of 0.875 % in the last week',
        message: {
            en: 'Correction due: the rule “{rule}” fired ({values} on each day {from} – {to}). Action: “{action}”; owner: {owner}.',
            ru: 'Пора корректировать: правило «{rule}» сработало ({values} каждый день {from} – {to}). Действие: «{action}»; ответственный: {owner}.'
        },
        variants: {
            oneDay: {
                en: 'Correction due: the rule “{rule}” fired ({values} on {to}). Action: “{action}”; owner: {owner}.',
                ru: 'Пора корректировать: правило «{rule}» сработало ({values} на {to}). Действие: «{action}»; ответственный: {owner}.'
            }
        }
    },
    'actual-duplicate': {
        severity: 'warning',
        meaning: 'One metric recorded twice at the same place (the strategy, a channel, a stage or a goal) for days that overlap: the actuals would count it twice. Keep one of them.',
        example: '`actuals week 2027-03-01 { leads 84 }` and `actuals day 2027-03-02 { leads 12 }`',
        message: {
            en: '“{metric}” is recorded twice for the same days at the same place: {file} records it for {days} too. Keep one.',
            ru: '«{metric}» записано дважды за те же дни в том же месте: {file} тоже записывает его ({days}). Оставьте одно.'
        }
    }
});
