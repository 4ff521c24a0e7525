import type { SmmServices } from '../smm-module.js';
import type { Checks } from './report.js';
import { leftOut } from './omissions.js';

/** The market side: a portrait of each segment, and a USP that answers the competitors. */
export function audienceChecks(services: SmmServices): Checks {
    const analyzer = services.analysis.StrategyAnalyzer;
    return {
        /** Said once per strategy, at its first competitor. */
        Competitor: function checkUspAgainstCompetitors(competitor, report) {
            const parts = analyzer.forNode(competitor).parts;
            if (parts.competitors[0] === competitor && !parts.products.some(product => product.usp)) {
                report('competitors-without-usp', {}, { node: competitor, property: 'name' });
            }
        },
        Segment: function checkSegmentPortrait(segment, report) {
            const noSize = leftOut(segment, 'size');
            const noPains = leftOut(segment, 'pains', 'pain');
            if ((noSize || noPains) && segment.name) {
                const variant = noSize && noPains ? undefined : noSize ? 'size' : 'pains';
                report('segment-incomplete', { segment: segment.name }, { node: segment, property: 'name', variant });
            }
        }
    };
}
