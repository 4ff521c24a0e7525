/** The header: the strategy's title, period, budget and company goal, an error banner, and the health cards. */
import { html } from '../../../shared/html.js';
import { sourceAttributes as src } from '../svg.js';
import { dateOf, facts, percentOf, sectionElementId, type HtmlSectionRenderer } from './kit.js';

export const renderHeader: HtmlSectionRenderer = (roadmap, context) => {
    const { header: info, health } = roadmap;
    const period = info.period
        ? `${dateOf(context, info.period.start)} – ${dateOf(context, info.period.end)} (${context.label('roadmap.header.days', { days: info.period.days })})`
        : undefined;
    const banner = health.errors > 0
        // The preview (long lists folded) stands beside the editor, whose Problems view lists the errors; a page sent on names `smm check`.
        ? html`<p class="rm-banner" role="alert">${context.prose(context.longLists === 'folded' ? 'roadmap.hasErrorsInEditor' : 'roadmap.hasErrors', { errors: health.errors })}</p>`
        : '';
    // A budget is healthy when some of it is allocated and no more than all of it.
    const allocation = health.unallocated !== undefined && health.unallocated < 0 ? 'bad' : health.allocated > 0 ? 'ok' : 'warn';
    const cards: Array<[string, string, string, string?]> = [
        [context.label('roadmap.health.smart'), context.label('roadmap.health.smartValue', { smart: health.smartGoals, goals: health.goals }),
            health.goals > 0 && health.smartGoals === health.goals ? 'ok' : 'warn'],
        [context.label('roadmap.health.allocated'), health.allocatedShare !== undefined
            ? `${percentOf(context, health.allocatedShare)} · ${context.money(health.allocated)}` : context.money(health.allocated),
            allocation],
        [context.label('roadmap.health.romi'), health.romi !== undefined ? percentOf(context, health.romi) : '—',
            health.romi === undefined ? 'warn' : health.romi >= 0 ? 'ok' : 'bad',
            health.romi !== undefined ? context.label('roadmap.health.romiScope', { spend: context.money(health.allocated) }) : undefined],
        [context.label('roadmap.health.issues'), `${health.errors} / ${health.warnings}`,
            health.errors > 0 ? 'bad' : health.warnings > 0 ? 'warn' : 'ok']
    ];
    return html`<header class="rm-section rm-header" id="${sectionElementId('header')}"${src(info)}>
<h1>${info.title ?? context.label('roadmap.untitled')}</h1>
${banner}
${facts([
        [context.label('roadmap.header.period'), period],
        [context.label('roadmap.header.budget'), info.budget !== undefined ? context.money(info.budget) : undefined],
        [context.label('roadmap.header.companyGoal'), info.companyGoal]
    ])}
<div class="rm-health" aria-label="${context.label('roadmap.health.title')}">${cards.map(([term, value, state, note]) =>
        html`<div class="rm-card rm-${state}"><div class="rm-card-term">${term}</div><div class="rm-card-value">${value}</div>${
            note ? html`<div class="rm-card-note">${note}</div>` : ''}</div>`)}</div>
</header>`;
};
