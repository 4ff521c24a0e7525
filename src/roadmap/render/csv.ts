/**
 * The content calendar as CSV: one row per planned post with the columns schedulers and spreadsheets
 * expect (date, weekday, time, channel, rubric, format, a topic to write, owner, goal, status), headed in
 * the roadmap's language, every name as its title. The delimiter is the one the spreadsheet of the
 * roadmap's language reads (Excel in Russian splits at `;`, in English at `,`) unless one is chosen, and a
 * byte order mark makes Excel read the file as UTF-8. A formula start (`=`, `+`, `-`, `@`, a tab or a
 * carriage return, or their full-width forms) gets a `'` before it at the start of a cell and after every
 * character that some spreadsheet splits cells at: `;`, `,`, a tab (tables pasted through the clipboard)
 * and a line break (a reader that does not see the quotes around a cell), so that no reading of the file
 * makes a formula, whatever the delimiter.
 */
import { stringify } from 'csv-stringify/sync';
import { weekdayOf } from '../../analysis/team.js';
import { t, type Locale } from '../../i18n/index.js';
import { replaceControlCharacters } from '../../shared/control-characters.js';
import { CSV_DELIMITERS, type CsvDelimiter, type ExportOptions } from '../../shared/roadmap-formats.js';
import type { Roadmap } from '../model.js';
import { roadmapTitles } from '../titles.js';

/** Before a formula start that begins the cell or follows a separator; a tab is both (`\t=1` → `'\t'=1`). */
const FORMULA_STARTS = /(?<=^|[,;\t\r\n])(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/g;

/** The cell's text with its control characters as U+FFFD (control-characters.ts) and its formulas neutralised. */
function cellOf(text: string): string {
    return replaceControlCharacters(text).replace(FORMULA_STARTS, "'");
}

/** The delimiter the spreadsheet of a language opens without an import dialog. */
export function defaultDelimiter(locale: Locale): CsvDelimiter {
    return locale === 'ru' ? 'semicolon' : 'comma';
}

const COLUMNS = ['date', 'weekday', 'time', 'channel', 'rubric', 'format', 'topic', 'owner', 'goal', 'status'] as const;

export function renderCsv(roadmap: Roadmap, locale: Locale, options: ExportOptions = {}): string {
    const titles = roadmapTitles(roadmap);
    const header = COLUMNS.map(column => t(locale, `roadmap.csv.${column}`));
    const numbers = new Map<string, number>();
    const rows = roadmap.content.calendar.posts.map(post => {
        // The topic is numbered per rubric and channel: the third post of a rubric on Instagram is its #3 there.
        const key = `${post.rubric}\n${post.channel}`;
        const number = (numbers.get(key) ?? 0) + 1;
        numbers.set(key, number);
        const rubric = titles.rubric(post.rubric);
        return [
            post.date,
            t(locale, `calendar.weekday.${weekdayOf(new Date(`${post.date}T00:00:00Z`))}`),
            post.time ?? '',
            titles.channel(post.rubric, post.channel),
            rubric,
            post.format ?? '',
            t(locale, 'roadmap.csv.topicPlaceholder', { rubric, number }),
            post.owner ? titles.roles(post.owner) : '',
            post.goal ? titles.goal(post.goal) : '',
            t(locale, 'roadmap.csv.planned')
        ].map(cellOf);
    });
    // A byte order mark, so that spreadsheets open Cyrillic text as UTF-8.
    return stringify([header, ...rows], { bom: true, delimiter: CSV_DELIMITERS[options.delimiter ?? defaultDelimiter(locale)] });
}
