import { DocumentState, URI, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { StrategyAnalysis } from '../../analysis/analyze.js';
import { countSmartGoals, isSmart, smartReason } from '../../analysis/smart.js';
import { HealthRequest, type StrategyHealth } from '../../protocol.js';
import type { LocaleState } from '../workspace/locale.js';
import type { SmmServices } from '../smm-module.js';
import { folderDocuments } from '../workspace/strategy-folder.js';
import { formatsFor } from './format-numbers.js';

/** Answers `smm/health` once the document and its folder are checked. */
export function registerHealthRequest(shared: LangiumSharedServices, smm: SmmServices): void {
    const documents = shared.workspace.LangiumDocuments;
    shared.lsp.Connection?.onRequest(HealthRequest, async (params, token) => {
        const uri = URI.parse(params.uri);
        if (!documents.hasDocument(uri)) {
            return null;
        }
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        const document = documents.getDocument(uri);
        return document ? strategyHealth(document, smm, documents) : null;
    });
}

/** The health of the strategy `document` belongs to: its numbers from the analysis, its problems from the checks. */
export function strategyHealth(document: LangiumDocument, smm: SmmServices, documents: LangiumDocuments): StrategyHealth {
    const analysis = smm.analysis.StrategyAnalyzer.forDocument(document);
    const diagnostics = folderDocuments(documents, document).flatMap(d => d.diagnostics ?? []);
    const tracked = analysis.progress?.kpis.filter(kpi => kpi.onTrack !== undefined) ?? [];
    const counts = {
        goals: analysis.parts.goals.length,
        smartGoals: countSmartGoals(analysis.goals.values()),
        budgetShare: analysis.budget.allocatedShare,
        romi: analysis.totals.romi,
        ...tracked.length > 0 && { kpisOnTrack: tracked.filter(kpi => kpi.onTrack).length, kpisTracked: tracked.length },
        errors: diagnostics.filter(d => d.severity === DiagnosticSeverity.Error).length,
        warnings: diagnostics.filter(d => d.severity === DiagnosticSeverity.Warning).length
    };
    return { ...counts, ...describe(counts, analysis, smm.i18n.Locale) };
}

function describe(health: Omit<StrategyHealth, 'text' | 'tooltip'>, analysis: StrategyAnalysis, locale: LocaleState): { text: string; tooltip: string } {
    const formats = formatsFor(analysis, locale.current);
    const parts = [
        health.goals > 0 ? locale.t('health.goals', { smart: health.smartGoals, total: health.goals }) : locale.t('health.empty'),
        health.budgetShare !== undefined ? locale.t('health.budget', { share: formats.percent(health.budgetShare) }) : undefined,
        // ROMI is written so in both languages.
        health.romi !== undefined ? `ROMI ${formats.percent(health.romi)}` : undefined,
        health.kpisTracked !== undefined ? locale.t('statusBar.onTrack', { count: health.kpisOnTrack!, total: health.kpisTracked }) : undefined
    ];
    return {
        text: parts.filter(Boolean).join(' · '),
        tooltip: [locale.t('health.tooltip', { errors: health.errors, warnings: health.warnings }), ...notSmart(analysis, locale)].join('\n')
    };
}

/**
 * Why "Goals 3/6 SMART" with no problem listed: each goal that is not SMART, the letters it misses and the
 * reason of the first, in the wording of the goal's hover and the roadmap (`smartReason`).
 */
function notSmart(analysis: StrategyAnalysis, locale: LocaleState): string[] {
    const lines = [...analysis.goals.values()].filter(assessment => !isSmart(assessment)).map(assessment => {
        const missed = assessment.criteria.filter(criterion => !criterion.holds);
        const goal = assessment.goal.title?.trim() || assessment.goal.name;
        return `${goal}: ✗ ${missed.map(criterion => criterion.letter).join('')} — ${smartReason(locale.current, missed[0], analysis.parts.currency)}`;
    });
    return lines.length > 0 ? ['', locale.t('health.notSmart'), ...lines.map(line => `• ${line}`)] : [];
}
