/** The funnels: each one's stages (volume on a logarithmic bar, conversion, cost per unit) and its economics. */
import { html, type HtmlValue } from '../../../shared/html.js';
import type { RoadmapFunnel } from '../../model.js';
import { barSvg, sourceAttributes as src } from '../svg.js';
import { customerFacts as customerFactsOf } from '../customers.js';
import { formatCount, formatStageCost } from '../format.js';
import { facts, lines, none, percentOf, rationale, section, table, type HtmlContext, type HtmlSectionRenderer } from './kit.js';

export const renderFunnels: HtmlSectionRenderer = (roadmap, context, { hasContent }) =>
    section('funnels', context, hasContent
        ? lines([html`<p class="rm-note">${context.label('roadmap.funnel.logScale')}</p>`, ...roadmap.funnels.map(funnel => funnelBlock(funnel, context))])
        : none(context));

function funnelBlock(funnel: RoadmapFunnel, context: HtmlContext): HtmlValue {
    // Volumes shrink by orders of magnitude from impressions to orders: the bars use a logarithmic scale.
    const top = Math.max(...funnel.stages.map(stage => stage.volume ?? 0), 1);
    const rows = funnel.stages.map(stage => [
        html`<span${src(stage)}>${stage.title ?? stage.name}</span>`,
        stage.volume !== undefined ? barSvg(Math.log10(stage.volume + 1) / Math.log10(top + 1)) : '',
        stage.volume !== undefined ? formatCount(context.locale, stage.volume, stage.unit) : '',
        percentOf(context, stage.conversion),
        formatStageCost(context.locale, stage, context.currency)
    ]);
    const { economics } = funnel;
    const segment = funnel.segment
        ? html` <small>${context.label('roadmap.funnel.for', { segment: funnel.segment.title ?? funnel.segment.name })}</small>`
        : '';
    return html`<article class="rm-funnel"${src(funnel)}>
<h3>${funnel.title ?? funnel.name}${segment}</h3>
${rationale(context, funnel.rationale)}
${table([context.label('roadmap.funnel.stage'), '', context.label('roadmap.funnel.volume'), context.label('roadmap.funnel.conversion'),
        context.label('roadmap.funnel.costPerUnit')], rows, 'rm-table rm-funnel-table')}
${facts([
        ...customerFacts(funnel, context),
        [context.label('roadmap.funnel.spend'), context.money(economics.spend)],
        [context.label('roadmap.funnel.revenue'), context.money(economics.revenue)],
        [context.label('roadmap.funnel.cac'), context.money(economics.cac)],
        [context.label('roadmap.funnel.romiValue'), percentOf(context, economics.romi)]
    ])}
</article>`;
}

function customerFacts(funnel: RoadmapFunnel, context: HtmlContext): Array<[string, HtmlValue]> {
    return customerFactsOf(funnel, context.locale, context.currency).map(([key, value]) => [context.label(key), value]);
}
