/** The timeline: the Gantt chart of phases, tasks, milestones and KPI deadlines over the strategy period. */
import { html } from '../../../shared/html.js';
import { ganttSvg } from '../svg.js';
import { section, type HtmlSectionRenderer } from './kit.js';

export const renderTimeline: HtmlSectionRenderer = (roadmap, context) => {
    const body = ganttSvg(roadmap.timeline, context.locale) ?? html`<p class="rm-warn">${context.label('roadmap.noPeriod')}</p>`;
    return section('timeline', context, html`<div class="rm-scroll">${body}</div>`);
};
