/** Competitors and USP: our products (USP, price, margin) beside the competitors (USP, price, strengths, weaknesses). */
import { html, type HtmlValue } from '../../../shared/html.js';
import type { RoadmapCompetitor, RoadmapProduct } from '../../model.js';
import { competitorPrice, productCustomerValue, productPrice } from '../customers.js';
import { sourceAttributes as src } from '../svg.js';
import { cards, facts, list, names, none, percentOf, rationale, section, type HtmlContext, type HtmlSectionRenderer } from './kit.js';

export const renderCompetitors: HtmlSectionRenderer = (roadmap, context, { hasContent }) => {
    if (!hasContent) {
        return section('competitors', context, none(context));
    }
    const ours = roadmap.products.map(product => productCard(product, context));
    const theirs = roadmap.competitors.map(competitor => competitorCard(competitor, context));
    return section('competitors', context, cards([...ours, ...theirs]));
};

function productCard(product: RoadmapProduct, context: HtmlContext): HtmlValue {
    return html`<article class="rm-product"${src(product)}>
<h3><small>${context.label('roadmap.competitors.ours')}</small><br>${product.title ?? product.name}</h3>
${rationale(context, product.rationale)}
${facts([
        [context.label('roadmap.competitor.usp'), product.usp !== undefined ? html`<strong>${product.usp}</strong>` : undefined],
        [context.label('roadmap.competitor.price'), productPrice(product, context.locale, context.currency)],
        [context.label('roadmap.product.margin'), percentOf(context, product.margin)],
        [context.label('economics.label.perCustomer'), productCustomerValue(product, context.locale, context.currency)]
    ])}
</article>`;
}

function competitorCard(competitor: RoadmapCompetitor, context: HtmlContext): HtmlValue {
    return html`<article class="rm-competitor"${src(competitor)}>
<h3>${competitor.title ?? competitor.name}</h3>
${facts([
        [context.label('roadmap.competitor.usp'), competitor.usp],
        [context.label('roadmap.competitor.price'), competitorPrice(competitor, context.locale, context.currency)],
        [context.label('roadmap.competitor.strengths'), list(competitor.strengths)],
        [context.label('roadmap.competitor.weaknesses'), list(competitor.weaknesses)],
        [context.label('roadmap.segment.channels'), names(competitor.channels)]
    ])}
</article>`;
}
