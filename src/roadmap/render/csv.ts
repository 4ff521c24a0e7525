/**
 * The content calendar as CSV: one row per planned post (date, channel, rubric, format, owner, goal) with
 * a header row, the shape social-media schedulers import. Cells that a spreadsheet would read as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) get a leading `'`.
 */
import { stringify } from 'csv-stringify/sync';
import { t, type Locale } from '../../i18n/index.js';
import type { Roadmap } from '../model.js';

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
    ]);
    // A byte order mark, so that spreadsheets open Cyrillic text as UTF-8.
    return stringify([header, ...rows], { bom: true, escape_formulas: true });
}
