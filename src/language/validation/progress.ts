import { AstUtils, UriUtils } from 'langium';
import type { StrategyAnalysis } from '../../analysis/analyze.js';
import { kpiProgressFigures } from '../../analysis/kpi-progress-text.js';
import { dateOf, type FiredRule } from '../../analysis/progress.js';
import { t, type Locale } from '../../i18n/index.js';
import { formatDate } from '../../i18n/numbers.js';
import { correctionValues } from '../../roadmap/render/progress-format.js';
import type { SmmServices } from '../smm-module.js';
import type { Checks } from './report.js';

/** The strategy while it runs: KPIs the actuals project to miss, correction rules they fire, values recorded twice. */
export function progressChecks(services: SmmServices): Checks {
    const locale = services.i18n.Locale;
    const analyzer = services.analysis.StrategyAnalyzer;
    return {
        Kpi: function checkKpiOnTrack(kpi, report) {
            const analysis = analyzer.forNode(kpi);
            const progress = analysis.progress?.kpis.find(p => p.kpi === kpi);
            if (progress?.onTrack !== false || !kpi.metric?.$refText) {
                return;
            }
            const args = kpiProgressFigures(locale.current, progress, analysis.parts.currency, analysis.period);
            report('kpi-off-track', { metric: kpi.metric.$refText, ...args }, {
                node: kpi, property: 'metric', variant: progress.reached === undefined ? 'rate' : undefined
            });
        },
        AdjustRule: function checkCorrectionDue(rule, report) {
            const fired = analyzer.forNode(rule).progress?.fired.find(f => f.rule === rule);
            if (!fired) {
                return;
            }
            report('correction-due', firedArgs(locale.current, fired, analyzer.forNode(rule)), {
                node: rule, property: rule.name ? 'name' : undefined, variant: fired.from === fired.to ? 'oneDay' : undefined
            });
        },
        // Once per block rather than per value: a year of daily actuals is thousands of values, revalidated
        // whenever the strategy they refer to changes.
        Actuals: function checkActualsRecordedOnce(block, report) {
            const { duplicates } = analyzer.forNode(block).actuals;
            if (duplicates.size === 0) {
                return;
            }
            for (const entry of block.entries) {
                const first = duplicates.get(entry);
                if (!first) {
                    continue;
                }
                const document = AstUtils.getDocument(first.entry);
                const range = first.entry.$cstNode?.range;
                report('actual-duplicate', {
                    metric: entry.metric?.$refText ?? '',
                    file: UriUtils.basename(document.uri),
                    days: days(locale.current, first.start, first.end)
                }, {
                    node: entry, property: 'metric',
                    // The record it repeats, to jump to.
                    relatedInformation: range ? [{ location: { uri: document.uri.toString(), range }, message: first.entry.metric?.$refText ?? '' }] : undefined
                });
            }
        }
    };
}

/** A fired rule's numbers: `ctr 0.88%, leads 1.5 a day`, the days, the action and the owner. */
function firedArgs(locale: Locale, fired: FiredRule, analysis: StrategyAnalysis): {
    rule: string; values: string; from: string; to: string; action: string; owner: string;
} {
    const values = correctionValues(locale, {
        values: fired.values.map(({ condition, metric, value, perDay }) => ({
            metric: condition.metric.$refText, value, perDay, unit: metric.unit, written: condition.threshold?.unit === '%' ? '%' : undefined
        }))
    }, analysis.parts.currency);
    const owner = fired.rule.owner?.ref;
    return {
        rule: fired.rule.name ?? fired.rule.action ?? '',
        values,
        from: formatDate(locale, dateOf(fired.from)),
        to: formatDate(locale, dateOf(fired.to)),
        action: fired.rule.action ?? '',
        owner: owner?.title ?? owner?.name ?? fired.rule.owner?.$refText ?? '—'
    };
}

function days(locale: Locale, from: number, to: number): string {
    return from === to ? formatDate(locale, dateOf(from)) : t(locale, 'roadmap.progress.days', { from: formatDate(locale, dateOf(from)), to: formatDate(locale, dateOf(to)) });
}
