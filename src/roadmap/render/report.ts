/**
 * The status report a manager sends the client: the strategy's title, the period reported, and plan against
 * actual (KPIs, month by month, funnels, corrections due), as a self-contained page or as Markdown, built
 * from the pieces of the roadmap's own progress section.
 */
import { t, type Locale } from '../../i18n/index.js';
import { html } from '../../shared/html.js';
import type { Roadmap, RoadmapProgress } from '../model.js';
import { standaloneDocument } from './html.js';
import { htmlContext, sectionElementId } from './html/kit.js';
import { progressBody as htmlProgress } from './html/progress.js';
import { formatDate } from './format.js';
import { markdownContext } from './markdown.js';
import { progressBody as markdownProgress } from './markdown-progress.js';
import { md } from './markdown-text.js';

export const REPORT_FORMATS = ['html', 'md'] as const;
export type ReportFormat = typeof REPORT_FORMATS[number];

/** The report of `progress` (the roadmap's, or one as of an earlier day) over the days `from` to `to`. */
export function renderStatusReport(roadmap: Roadmap, progress: RoadmapProgress, period: { from: string; to: string }, format: ReportFormat, locale: Locale): string {
    const title = t(locale, 'report.title', { title: roadmap.header.title ?? t(locale, 'roadmap.untitled') });
    const reported = t(locale, 'report.period', { from: formatDate(locale, period.from), to: formatDate(locale, period.to) });
    if (format === 'md') {
        const context = markdownContext(locale, roadmap.header.currency);
        return `${md`# ${title}`.text}\n\n${md`${reported}`.text}\n\n${markdownProgress(progress, context).text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
    }
    const context = htmlContext(roadmap, locale, 'open');
    return standaloneDocument(locale, title, '', html`<header class="rm-section rm-header"><h1>${title}</h1><p>${reported}</p></header>
<section class="rm-section" id="${sectionElementId('progress')}">${htmlProgress(progress, context)}</section>`);
}
