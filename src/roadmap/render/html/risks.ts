/** Risks and correction rules: the probability × impact chart, the risks table with expected losses, and the `adjust` rules. */
import { html } from '../../../shared/html.js';
import { ruleCondition } from '../format.js';
import { barSvg, riskMatrixSvg, sourceAttributes as src } from '../svg.js';
import { names, none, percentOf, rationale, section, table, type HtmlSectionRenderer } from './kit.js';
import { ownersIn } from '../../model.js';

export const renderRisks: HtmlSectionRenderer = (roadmap, context) => {
    const worst = Math.max(...roadmap.risks.map(risk => risk.expectedLoss ?? 0), 1);
    const riskTable = roadmap.risks.length > 0
        ? table([
            context.label('roadmap.risk.risk'), context.label('roadmap.risk.probability'), context.label('roadmap.risk.impact'),
            context.label('roadmap.risk.expectedLoss'), context.label('roadmap.risk.mitigation'), context.label('roadmap.risk.owner')
        ], roadmap.risks.map((risk, index) => [
            html`<span${src(risk)}>${index + 1}. ${risk.title ?? risk.name}</span>${rationale(context, risk.rationale)}`,
            percentOf(context, risk.probability),
            context.money(risk.impact),
            risk.expectedLoss !== undefined ? html`${context.money(risk.expectedLoss)}${barSvg(risk.expectedLoss / worst, 'risk')}` : '',
            risk.mitigation,
            names(ownersIn(risk))
        ]))
        : none(context);
    const rated = roadmap.risks.flatMap(risk => risk.probability !== undefined && risk.impact !== undefined
        ? [{ probability: risk.probability, impact: risk.impact, label: risk.title ?? risk.name, source: risk.source }]
        : []);
    const matrix = rated.length > 0 && rated.length === roadmap.risks.length
        ? riskMatrixSvg(rated, { probability: context.label('roadmap.risk.probability'), impact: context.label('roadmap.risk.impact') })
        : '';
    const rules = roadmap.adjustRules.length > 0
        ? html`<h3>${context.label('roadmap.rules.title')}</h3>${table(
            [context.label('roadmap.rule.when'), context.label('roadmap.rule.then'), context.label('roadmap.risk.owner')],
            roadmap.adjustRules.map(rule => [html`<span${src(rule)}>${ruleCondition(context.locale, rule)}</span>`, rule.action, names(ownersIn(rule))]))}`
        : '';
    return section('risks', context, html`${matrix}\n${riskTable}\n${rules}`);
};
