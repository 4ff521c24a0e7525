/** The timeline: the Gantt chart of phases, tasks, milestones and KPI deadlines over the strategy period. */
import { html } from '../../../shared/html.js';
import { ganttLegend, ganttSvg } from '../svg.js';
import { section, type HtmlSectionRenderer } from './kit.js';

export const renderTimeline: HtmlSectionRenderer = (roadmap, context) => {
    // The preview gets the chart's first part drawn, the others to fill as they come near the screen.
    const chart = ganttSvg(roadmap.timeline, context.locale, context.longLists === 'folded');
    return section('timeline', context, chart
        ? html`<div class="rm-scroll">${chart}</div>${ganttLegend(context.locale)}`
        : html`<p class="rm-warn">${context.prose('roadmap.noPeriod')}</p>`);
};
