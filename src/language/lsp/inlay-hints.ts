import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import type { CancellationToken, InlayHint, InlayHintParams, Position } from 'vscode-languageserver';
import { isChannel, isKpi, isStage, type Channel, type Kpi, type Stage } from '../generated/ast.js';
import type { LocaleState } from '../workspace/locale.js';
import type { EditorSettings } from '../workspace/settings.js';
import type { SmmServices } from '../smm-module.js';
import { describeKpiForecast } from '../../analysis/kpi-forecast-text.js';
import type { StrategyAnalyzer } from '../workspace/strategy-analyzer.js';
import { formatsFor, type NumberFormats } from './format-numbers.js';

/**
 * The numbers a strategy implies, shown inline as you type: after a funnel stage its forecast volume and
 * cost per unit (`≈ 16 667 clicks · 15 ₽/click`), after a channel's budget what it buys, after a KPI its
 * forecast against its target. Off when `smm.inlayHints.enabled` is false.
 */
export class SmmInlayHintProvider extends AbstractInlayHintProvider {
    private readonly analyzer: StrategyAnalyzer;
    private readonly locale: LocaleState;
    private readonly settings: EditorSettings;

    constructor(services: SmmServices) {
        super();
        this.analyzer = services.analysis.StrategyAnalyzer;
        this.locale = services.i18n.Locale;
        this.settings = services.settings.Editor;
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        return this.settings.inlayHints ? super.getInlayHints(document, params, cancelToken) : [];
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (isStage(node)) {
            this.stageHint(node, acceptor);
        } else if (isChannel(node)) {
            this.channelHint(node, acceptor);
        } else if (isKpi(node)) {
            this.kpiHint(node, acceptor);
        }
    }

    private formats(node: AstNode): NumberFormats {
        return formatsFor(this.analyzer.forNode(node), this.locale.current);
    }

    private stageHint(stage: Stage, acceptor: InlayHintAcceptor): void {
        const forecast = this.analyzer.forNode(stage).stages.get(stage);
        const end = stage.$cstNode?.range.end;
        if (forecast?.volume === undefined || !end) {
            return;
        }
        const formats = this.formats(stage);
        const { unit } = forecast;
        const cost = forecast.costPerUnit !== undefined ? ` · ${formats.costPer(forecast.costPerUnit, unit)}` : '';
        acceptor(hint(end, `≈ ${formats.count(forecast.volume, unit)}${cost}`));
    }

    private channelHint(channel: Channel, acceptor: InlayHintAcceptor): void {
        const forecast = this.analyzer.forNode(channel).channels.get(channel);
        const budget = GrammarUtils.findNodesForProperty(channel.$cstNode, 'budgets').at(-1)?.range.end;
        const volumes = forecast ? this.formats(channel).volumes(forecast) : undefined;
        if (volumes && budget) {
            acceptor(hint(budget, volumes));
        }
    }

    private kpiHint(kpi: Kpi, acceptor: InlayHintAcceptor): void {
        const assessment = this.analyzer.forNode(kpi).kpis.get(kpi);
        const end = kpi.$cstNode?.range.end;
        const label = assessment ? this.formats(kpi).forecastAgainstTarget(assessment) : undefined;
        if (label && end) {
            // Which window and which numbers the forecast used: `forecast from stage “F.Pay”: ≈ 62 customers by Sep 30`.
            const how = describeKpiForecast(this.locale.current, assessment!, this.analyzer.forNode(kpi).parts.currency);
            const verdict = assessment?.met === undefined ? undefined : this.locale.t(assessment.met ? 'hover.kpi.met' : 'hover.kpi.notMet');
            acceptor({ ...hint(end, label), tooltip: [verdict, how].filter(Boolean).join(': ') || undefined });
        }
    }
}

function hint(position: Position, label: string): InlayHint {
    return { position, label, paddingLeft: true };
}
