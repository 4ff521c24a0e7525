/** The timeline: the Gantt chart of phases, tasks, milestones and KPI deadlines over the strategy period. */
import { html } from '../../../shared/html.js';
import { ganttLegend, ganttSvg } from '../svg.js';
import { section, type HtmlSectionRenderer } from './kit.js';

export const renderTimeline: HtmlSectionRenderer = (roadmap, context) => {
    const chart = ganttSvg(roadmap.timeline, context.locale);
    return section('timeline', context, chart
        ? html`<div class="rm-scroll">${chart}</div>${ganttLegend(context.locale)}`
        : html`<p class="rm-warn">${context.label('roadmap.noPeriod')}</p>`);
};
