/**
 * The roadmap as HTML: `renderHtmlBody` (the sections, for the preview and the export) and
 * `renderHtmlDocument` (one self-contained file: inline CSS, no scripts, no network, a strict CSP).
 * Built with the `html` template, which escapes every text of the strategy, in content and in attributes
 * alike; each section's renderer is in html/, named after it.
 */
import { t, type Locale } from '../../i18n/index.js';
import { html, trustedHtml, type SafeHtml } from '../../shared/html.js';
import type { Roadmap } from '../model.js';
import { ROADMAP_SECTION_IDS, roadmapSections, type RoadmapSectionId } from '../sections.js';
import { renderAudience } from './html/audience.js';
import { renderBudget } from './html/budget.js';
import { renderCompetitors } from './html/competitors.js';
import { renderContent } from './html/content.js';
import { renderFunnels } from './html/funnels.js';
import { renderGoals } from './html/goals.js';
import { renderHeader } from './html/header.js';
import { htmlContext, lines, sectionElementId, type HtmlSectionRenderer } from './html/kit.js';
import { renderRaci } from './html/raci.js';
import { renderRegulations } from './html/regulations.js';
import { renderRisks } from './html/risks.js';
import { renderTeam } from './html/team.js';
import { renderTimeline } from './html/timeline.js';
import { roadmapStyles } from './styles.js';

export { roadmapStyles };

/** The ids of the sections' elements, in order: the preview and the tests find them by these. */
export const SECTION_IDS: readonly string[] = ROADMAP_SECTION_IDS.map(sectionElementId);

const SECTIONS: Record<RoadmapSectionId, HtmlSectionRenderer> = {
    header: renderHeader,
    goals: renderGoals,
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
    return html`<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trustedHtml(roadmapStyles('print'))}</style>
</head>
<body class="rm-document">
${body(roadmap, locale)}
</body>
</html>
`.markup;
}

export function renderHtmlBody(roadmap: Roadmap, locale: Locale): string {
    return body(roadmap, locale).markup;
}

function body(roadmap: Roadmap, locale: Locale): SafeHtml {
    const context = htmlContext(roadmap, locale);
    return lines(roadmapSections(roadmap).map(section => SECTIONS[section.id](roadmap, context, section)));
}
