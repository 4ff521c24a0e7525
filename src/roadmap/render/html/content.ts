/** The content plan: the rubrics (channels, frequency, formats, owner, goal) and the posts per week as a heat map. */
import { html } from '../../../shared/html.js';
import { formatDate, formatFrequency, formatNumber, formatTick } from '../format.js';
import { sourceAttributes as src } from '../svg.js';
import { nameOf, names, none, section, table, type HtmlSectionRenderer } from './kit.js';
import { ownersIn } from '../../model.js';

export const renderContent: HtmlSectionRenderer = (roadmap, context, { hasContent }) => {
    const { rubrics, calendar } = roadmap.content;
    if (!hasContent) {
        return section('content', context, none(context));
    }
    const plan = table([
        context.label('roadmap.content.rubric'), context.label('roadmap.content.channels'), context.label('roadmap.content.frequency'),
        context.label('roadmap.content.format'), context.label('roadmap.content.owner'), context.label('roadmap.content.goal')
    ], rubrics.map(rubric => [
        html`<span${src(rubric)}>${rubric.title ?? rubric.name}</span>`,
        names(rubric.channels),
        rubric.frequency ? formatFrequency(context.locale, rubric.frequency) : '',
        rubric.formats.join(', '),
        names(ownersIn(rubric)),
        nameOf(rubric.goal)
    ]));
    const titles = new Map(rubrics.map(rubric => [rubric.name, rubric.title ?? rubric.name]));
    const note = calendar.truncated
        ? context.label('roadmap.content.truncated', { planned: formatNumber(context.locale, calendar.planned), limit: formatNumber(context.locale, calendar.limit) })
        : context.label('roadmap.content.planned', { count: formatNumber(context.locale, calendar.planned) });
    const weeksNote = calendar.weeks.length < calendar.periodWeeks
        ? html` ${context.label('roadmap.content.weeksTruncated', {
            total: formatNumber(context.locale, calendar.periodWeeks), shown: formatNumber(context.locale, calendar.weeks.length)
        })}`
        : '';
    const weeks = calendar.weeks.map(week =>
        html`<th title="${context.label('roadmap.content.week', { date: formatDate(context.locale, week) })}"><span>${formatTick(context.locale, week, 'week')}</span></th>`);
    const rows = calendar.rows.map(row => html`<tr><th>${titles.get(row.rubric) ?? row.rubric}</th>${row.counts.map(count =>
        html`<td class="rm-heat-${Math.min(count, 7)}">${count > 0 ? count : ''}</td>`)}</tr>`);
    const grid = calendar.weeks.length > 0
        ? html`<h3>${context.label('roadmap.content.calendar')}</h3><p class="rm-note">${note}${weeksNote}</p><div class="rm-scroll"><table class="rm-calendar"><thead><tr><th></th>${weeks}</tr></thead><tbody>${rows}</tbody></table></div>`
        : '';
    return section('content', context, html`${plan}\n${grid}`);
};
