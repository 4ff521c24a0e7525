/**
 * The content calendar as CSV: one row per planned post (date, channel, rubric, format, owner, goal) with
 * a header row, the shape social-media schedulers import. A formula start (`=`, `+`, `-`, `@`, a tab or a
 * carriage return, or their full-width forms) gets a `'` before it at the start of a cell and after every
 * character that some spreadsheet splits cells at: `;` (Excel in Russian and other European locales reads
 * CSV at semicolons), `,`, a tab (tables pasted through the clipboard) and a line break (a reader that does
 * not see the quotes around a cell), so that no reading of the file makes a formula.
 */
import { stringify } from 'csv-stringify/sync';
import { t, type Locale } from '../../i18n/index.js';
import { replaceControlCharacters } from '../../shared/control-characters.js';
import type { Roadmap } from '../model.js';

/** Before a formula start that begins the cell or follows a separator; a tab is both (`\t=1` → `'\t'=1`). */
const FORMULA_STARTS = /(?<=^|[,;\t\r\n])(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/g;

/** The cell's text with its control characters as U+FFFD (control-characters.ts) and its formulas neutralised. */
function cellOf(text: string): string {
    return replaceControlCharacters(text).replace(FORMULA_STARTS, "'");
}

export function renderCsv(roadmap: Roadmap, locale: Locale): string {
    const rubrics = new Map(roadmap.content.rubrics.map(rubric => [rubric.name, rubric]));
    const channelTitle = (rubric: string, channel: string) =>
        rubrics.get(rubric)?.channels.find(ref => ref.name === channel)?.title ?? channel;
    const header = (['date', 'channel', 'rubric', 'format', 'owner', 'goal'] as const).map(column => t(locale, `roadmap.csv.${column}`));
    const rows = roadmap.content.calendar.posts.map(post => [
        post.date,
        channelTitle(post.rubric, post.channel),
        rubrics.get(post.rubric)?.title ?? post.rubric,
        post.format ?? '',
        post.owner ?? '',
        post.goal ?? ''
    ].map(cellOf));
    // A byte order mark, so that spreadsheets open Cyrillic text as UTF-8.
    return stringify([header, ...rows], { bom: true });
}
