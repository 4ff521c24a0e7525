import { AstUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, Range } from 'vscode-languageserver';
import { Commands } from '../../shared/commands.js';
import { isGoal, isStrategy, type Goal, type Model } from '../generated/ast.js';
import type { LocaleState } from '../workspace/locale.js';
import type { SmmServices } from '../smm-module.js';
import type { StrategyAnalyzer } from '../workspace/strategy-analyzer.js';
import { formatsFor } from './format-numbers.js';

/**
 * Above the strategy block, a lens that opens the roadmap preview; above each goal, its status in one
 * line: its SMART score and how its KPIs' forecasts compare with their targets.
 */
export class SmmCodeLensProvider implements CodeLensProvider {
    private readonly analyzer: StrategyAnalyzer;
    private readonly locale: LocaleState;

    constructor(services: SmmServices) {
        this.analyzer = services.analysis.StrategyAnalyzer;
        this.locale = services.i18n.Locale;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const lenses: CodeLens[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value as Model)) {
            const range = node.$cstNode ? firstLine(node.$cstNode.range) : undefined;
            if (!range) {
                continue;
            }
            if (isStrategy(node)) {
                lenses.push({ range, command: { title: this.locale.t('lens.preview'), command: Commands.showPreviewToSide, arguments: [document.uri.toString()] } });
            } else if (isGoal(node)) {
                const status = this.goalStatus(node);
                if (status) {
                    // An empty command id: a line to read, not a button.
                    lenses.push({ range, command: { title: status, command: '' } });
                }
            }
        }
        return lenses;
    }

    /**
     * `SMART 4/5 · ✗ forecast 280 / target 1 500`: the SMART score, then one part per KPI that has a
     * forecast and a target, named by its metric when there are several.
     */
    goalStatus(goal: Goal): string | undefined {
        const analysis = this.analyzer.forNode(goal);
        const smart = analysis.goals.get(goal);
        const formats = formatsFor(analysis, this.locale.current);
        const forecasts = goal.kpis.flatMap(kpi => {
            const assessment = analysis.kpis.get(kpi);
            const text = assessment ? formats.forecastAgainstTarget(assessment) : undefined;
            return text ? [{ metric: kpi.metric?.$refText ?? '', text }] : [];
        });
        const named = forecasts.length > 1;
        const parts = [
            // SMART is written so in both languages.
            smart ? `SMART ${smart.score}/${smart.criteria.length}` : undefined,
            ...forecasts.map(f => named ? `${f.metric}: ${f.text}` : f.text)
        ].filter((part): part is string => part !== undefined);
        return parts.length > 0 ? parts.join(' · ') : undefined;
    }
}

function firstLine(range: Range): Range {
    return { start: range.start, end: range.start };
}
