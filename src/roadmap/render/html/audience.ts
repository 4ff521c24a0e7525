/** The audience: a card per segment with its portrait (size, age, geography, pains, motives, channels…). */
import { html, type HtmlValue } from '../../../shared/html.js';
import type { RoadmapSegment } from '../../model.js';
import { sourceAttributes as src } from '../svg.js';
import { cards, facts, list, names, none, numberOf, rationale, section, type HtmlContext, type HtmlSectionRenderer } from './kit.js';

export const renderAudience: HtmlSectionRenderer = (roadmap, context, { hasContent }) =>
    section('audience', context, hasContent ? cards(roadmap.segments.map(segment => segmentCard(segment, context))) : none(context));

function segmentCard(segment: RoadmapSegment, context: HtmlContext): HtmlValue {
    return html`<article class="rm-segment"${src(segment)}>
<h3>${segment.title ?? segment.name}</h3>
${rationale(context, segment.rationale)}
${facts([
        [context.label('roadmap.segment.size'), numberOf(context, segment.size)],
        [context.label('roadmap.segment.age'), segment.age ? `${numberOf(context, segment.age.min)}–${numberOf(context, segment.age.max)}` : undefined],
        [context.label('roadmap.segment.geo'), segment.geo],
        [context.label('roadmap.segment.gender'), segment.gender],
        [context.label('roadmap.segment.income'), segment.income],
        [context.label('roadmap.segment.pains'), list(segment.pains)],
        [context.label('roadmap.segment.motives'), list(segment.motives)],
        [context.label('roadmap.segment.objections'), list(segment.objections)],
        [context.label('roadmap.segment.interests'), list(segment.interests)],
        [context.label('roadmap.segment.channels'), names(segment.channels)]
    ])}
</article>`;
}
