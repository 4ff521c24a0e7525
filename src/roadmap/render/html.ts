/**
 * The roadmap as HTML: `renderHtmlSections` (the sections one by one, keyed by their ids: the preview
 * replaces only those that changed), `renderHtmlBody` (the same, joined) and `renderHtmlDocument` (one
 * self-contained file: inline CSS, no scripts, no network, a strict CSP). Built with the `html` template,
 * which escapes every text of the strategy, in content and in attributes alike; each section's renderer is
 * in html/, named after it, and registered in `SECTIONS` under its id (sections.ts lists the ids in order).
 */
import { t, type Locale } from '../../i18n/index.js';
import { html, trustedHtml, type HtmlValue } from '../../shared/html.js';
import type { Roadmap } from '../model.js';
import { ROADMAP_SECTION_IDS, roadmapSections, type RoadmapSectionId } from '../sections.js';
import { renderAudience } from './html/audience.js';
import { renderBudget } from './html/budget.js';
import { renderCompetitors } from './html/competitors.js';
import { renderContent } from './html/content.js';
import { renderFunnels } from './html/funnels.js';
import { renderGoals } from './html/goals.js';
import { renderHeader } from './html/header.js';
import { htmlContext, sectionElementId, type HtmlContext, type HtmlSectionRenderer } from './html/kit.js';
import { renderProgress } from './html/progress.js';
import { renderRaci } from './html/raci.js';
import { regulationsFold, renderRegulations } from './html/regulations.js';
import { renderRisks } from './html/risks.js';
import { renderTeam } from './html/team.js';
import { renderTimeline } from './html/timeline.js';
import { roadmapStyles } from './styles.js';
import { renderGanttPart } from './svg.js';

export { roadmapStyles };

/** The ids of the sections' elements, in order: the preview and the tests find them by these. */
export const SECTION_IDS: readonly string[] = ROADMAP_SECTION_IDS.map(sectionElementId);

/** The renderer of each section: a new section id in sections.ts is a compile error until it has one here. */
const SECTIONS: Record<RoadmapSectionId, HtmlSectionRenderer> = {
    header: renderHeader,
    goals: renderGoals,
    progress: renderProgress,
    timeline: renderTimeline,
    funnels: renderFunnels,
    budget: renderBudget,
    audience: renderAudience,
    competitors: renderCompetitors,
    content: renderContent,
    regulations: renderRegulations,
    team: renderTeam,
    raci: renderRaci,
    risks: renderRisks
};

export function renderHtmlDocument(roadmap: Roadmap, locale: Locale): string {
    const title = t(locale, 'roadmap.documentTitle', { title: roadmap.header.title ?? t(locale, 'roadmap.untitled') });
    return standaloneDocument(locale, title, '', trustedHtml(sectionsOf(roadmap, locale, 'open').map(section => section.markup).join('\n')));
}

/**
 * A self-contained page that opens anywhere and runs nothing: the roadmap's print styles (and `styles`), a
 * Content-Security-Policy without scripts, and `body`.
 */
export function standaloneDocument(locale: Locale, title: string, styles: string, body: HtmlValue): string {
    return html`<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trustedHtml(roadmapStyles('print'))}${trustedHtml(styles)}</style>
</head>
<body class="rm-document">
${body}
</body>
</html>
`.markup;
}

/** One section of the page: its markup is one element whose id is `sectionElementId(id)`. */
export interface HtmlSection {
    id: RoadmapSectionId;
    markup: string;
}

/** The sections of the preview's body, in order, each rendered on its own (long lists folded). */
export function renderHtmlSections(roadmap: Roadmap, locale: Locale): HtmlSection[] {
    return sectionsOf(roadmap, locale, 'folded');
}

/** The preview's body: its sections, one per line. */
export function renderHtmlBody(roadmap: Roadmap, locale: Locale): string {
    return renderHtmlSections(roadmap, locale).map(section => section.markup).join('\n');
}

/**
 * The content of a list the preview's body folds (its `<details data-fold>`), rendered when the page opens
 * it; undefined when the roadmap has no such list (it changed since the body was rendered).
 */
export function renderHtmlFold(roadmap: Roadmap, locale: Locale, fold: string): string | undefined {
    return (renderGanttPart(roadmap.timeline, locale, fold) ?? regulationsFold(roadmap, htmlContext(roadmap, locale, 'folded'), fold))?.markup;
}

function sectionsOf(roadmap: Roadmap, locale: Locale, longLists: HtmlContext['longLists']): HtmlSection[] {
    const context = htmlContext(roadmap, locale, longLists);
    return roadmapSections(roadmap).map(section => ({ id: section.id, markup: SECTIONS[section.id](roadmap, context, section).markup }));
}
