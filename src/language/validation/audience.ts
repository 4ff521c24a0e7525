import type { ValidationAcceptor } from 'langium';
import type { MessageKey } from '../../i18n/index.js';
import type { Competitor, Risk, Segment } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { IssueCodes, issue } from './issue-codes.js';
import { leftOut } from './omissions.js';

/** The market side: a portrait of each segment, a USP against the competitors, risks with a plan B. */
export function audienceChecks(services: SmmServices) {
    const locale = services.i18n.Locale;
    const analyzer = services.analysis.StrategyAnalyzer;
    return {
        /** Said once per strategy, at its first competitor. */
        checkUspAgainstCompetitors(competitor: Competitor, accept: ValidationAcceptor): void {
            const parts = analyzer.forNode(competitor).parts;
            if (parts.competitors[0] === competitor && !parts.products.some(product => product.usp)) {
                accept('warning', locale.t(IssueCodes.CompetitorsWithoutUsp), {
                    node: competitor, property: 'name', ...issue(IssueCodes.CompetitorsWithoutUsp)
                });
            }
        },
        checkSegmentPortrait(segment: Segment, accept: ValidationAcceptor): void {
            const noSize = leftOut(segment, 'size');
            const noPains = leftOut(segment, 'pains', 'pain');
            if ((noSize || noPains) && segment.name) {
                const missing: MessageKey = noSize && noPains ? 'segment-incomplete.both' : noSize ? 'segment-incomplete.size' : 'segment-incomplete.pains';
                accept('info', locale.t(IssueCodes.SegmentIncomplete, { segment: segment.name, missing: locale.t(missing) }), {
                    node: segment, property: 'name', ...issue(IssueCodes.SegmentIncomplete)
                });
            }
        },
        checkRiskHasMitigation(risk: Risk, accept: ValidationAcceptor): void {
            if (leftOut(risk, 'mitigation') && risk.name) {
                accept('warning', locale.t(IssueCodes.RiskWithoutMitigation, { risk: risk.title ?? risk.name }), {
                    node: risk, property: 'name', ...issue(IssueCodes.RiskWithoutMitigation)
                });
            }
        }
    };
}
