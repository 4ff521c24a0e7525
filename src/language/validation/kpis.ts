import { GrammarUtils } from 'langium';
import { describeKpiForecast } from '../../analysis/kpi-forecast-text.js';
import { conflictingKpis, kpiTarget, satisfies, type KpiAssessment } from '../../analysis/kpis.js';
import { isWithin } from '../../analysis/period.js';
import { findCatalogMetric, rateParts } from '../../analysis/metric-catalog.js';
import { writtenUnit } from '../../analysis/money.js';
import { formatKpiTarget, formatMetricValue } from '../../i18n/numbers.js';
import type { Kpi, Quantity } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import type { Checks } from './report.js';
import { leftOut } from './omissions.js';

/** KPIs that measure: a target, a deadline within the period, a result rather than activity, reachable, consistent. */
export function kpiChecks(services: SmmServices): Checks {
    const locale = services.i18n.Locale;
    const analyzer = services.analysis.StrategyAnalyzer;
    /** A value of the KPI's metric: `0.8%`, `120 ₽`, `1,500`, in the unit written beside it, else the metric's. */
    const value = (kpi: Kpi, written: Quantity): string => formatMetricValue(locale.current, written.value, {
        unit: kpi.metric?.ref?.unit, written: writtenUnit(written), currency: analyzer.forNode(kpi).parts.currency
    });
    /** A KPI's target: `≥ 1,500 a month`, `≥ 0.8%`, `≤ 120 ₽`; for a growth (`+20%`), the level it asks for. */
    const target = (kpi: Kpi): string => {
        const { comparator, value, written } = kpiTarget(kpi)!;
        return formatKpiTarget(locale.current, {
            comparator, value, written, unit: kpi.metric?.ref?.unit,
            currency: analyzer.forNode(kpi).parts.currency, per: analyzer.forNode(kpi).kpis.get(kpi)?.per
        });
    };
    return {
        Goal: function checkKpiConflicts(goal, report) {
            for (const [first, second] of conflictingKpis(goal)) {
                report('kpi-conflict', { metric: second.metric.$refText, first: target(first), second: target(second) }, {
                    node: second, property: 'target'
                });
            }
        },
        Kpi: [
            function checkKpiHasTarget(kpi, report) {
                // A comparator without a number is a syntax error already; say it once.
                if (!kpi.target && !kpi.comparator && !kpi.growth && kpi.metric?.$refText) {
                    report('kpi-without-target', { metric: kpi.metric.$refText }, { node: kpi, property: 'metric' });
                }
            },
            function checkKpiTargetIsShare(kpi, report) {
                // A share of a whole (CTR, conversion rate) cannot exceed 100 %.
                const share = kpi.metric?.ref && findCatalogMetric(kpi.metric.ref.name)?.share;
                if (kpi.target?.unit === '%' && share && (kpi.target.value > 100 || kpi.target.value < 0)) {
                    report('invalid-percent', { value: kpi.target.value }, { node: kpi, property: 'target' });
                }
            },
            /** Activity counts are fine beside a result, not instead of one. */
            function checkKpiMeasuresOutcome(kpi, report) {
                const outcomeBeside = kpi.$container.kpis.some(other => other.metric?.ref?.kind !== 'output');
                if (kpi.metric?.ref?.kind === 'output' && !outcomeBeside) {
                    report('kpi-output-metric', { metric: kpi.metric.$refText }, { node: kpi, property: 'metric' });
                }
            },
            function checkKpiDeadline(kpi, report) {
                const analysis = analyzer.forNode(kpi);
                const assessment = analysis.kpis.get(kpi);
                const metric = kpi.metric?.$refText ?? '';
                if (!assessment?.deadline) {
                    // An own date that is not a real date is reported as such; a half-typed one is a syntax error.
                    if (leftOut(kpi, 'deadline', 'by') && leftOut(kpi.$container, 'deadline') && metric) {
                        report('kpi-without-deadline', { metric }, { node: kpi, property: 'metric' });
                    }
                    return;
                }
                const period = analysis.period;
                if (assessment.deadline.source === 'kpi' && period && !isWithin(assessment.deadline.date, period)) {
                    const { start, end } = analysis.parts.period!;
                    report('kpi-deadline-outside-period', { metric, date: kpi.deadline!, start, end }, {
                        node: kpi, property: 'deadline', data: { date: end }
                    });
                }
            },
            /** A target the baseline already satisfies asks for nothing; `=` (hold a level) is left alone. */
            function checkKpiAsksForChange(kpi, report) {
                const { baseline } = kpi;
                const wanted = kpi.growth ? undefined : kpiTarget(kpi);
                if (baseline && wanted && wanted.comparator !== '=' && writtenUnit(baseline) === wanted.written
                    && satisfies(baseline.value, wanted.comparator, wanted.value)) {
                    report('kpi-already-met', { metric: kpi.metric?.$refText ?? '', baseline: value(kpi, baseline), target: target(kpi) }, {
                        node: kpi, property: 'baseline'
                    });
                }
            },
            function checkKpiGrowthHasBaseline(kpi, report) {
                if (kpi.growth?.value !== undefined && leftOut(kpi, 'baseline')) {
                    report('kpi-growth-without-baseline', { metric: kpi.metric?.$refText ?? '', growth: `${kpi.growth.sign}${kpi.growth.value}%` }, {
                        node: kpi, property: 'growth'
                    });
                }
            },
            /** A number in a unit its metric cannot have: `kpi sales >= 20%`, `kpi romi >= 150 ₽`, `kpi ctr >= 5`. */
            function checkKpiUnits(kpi, report) {
                const misfit = analyzer.forNode(kpi).kpis.get(kpi)?.misfit;
                const quantity = misfit && kpi[misfit.property];
                if (!misfit || !quantity) {
                    return;
                }
                const number = GrammarUtils.findNodeForProperty(quantity.$cstNode, 'value')?.text ?? String(quantity.value);
                const metric = kpi.metric.$refText;
                const args = { metric, value: quantity.$cstNode?.text ?? number, number, suggestion: '' };
                // A percentage of a count or of money beside a baseline is growth over it: `>= 20%` → `+20%`.
                const growth = misfit.property === 'target' && kpi.baseline && kpi.comparator && quantity.value >= 0
                    && (misfit.misfit === 'percentOnCount' || misfit.misfit === 'percentOnMoney')
                    ? `${kpi.comparator.startsWith('<') || kpi.comparator === '≤' ? '-' : '+'}${number}%`
                    : undefined;
                if (growth) {
                    const range = { start: GrammarUtils.findNodeForProperty(kpi.$cstNode, 'comparator')!.range.start, end: quantity.$cstNode!.range.end };
                    report('kpi-unit-mismatch', { ...args, suggestion: `\`${growth}\`` }, {
                        node: kpi, range, variant: misfit.misfit === 'percentOnCount' ? 'growth' : 'moneyGrowth', data: { replacement: growth }
                    });
                    return;
                }
                const replacement = misfit.misfit === 'bareOnPercent' || misfit.misfit === 'moneyOnPercent' ? `${number}%`
                    : misfit.misfit === 'moneyOnCount' || misfit.misfit === 'unitOnRatio' ? number
                        : undefined;
                const variant = misfit.misfit === 'percentOnCount' ? undefined : misfit.misfit;
                report('kpi-unit-mismatch', { ...args, suggestion: replacement ? `\`${replacement}\`` : '' }, {
                    node: quantity, range: quantity.$cstNode?.range, variant, data: { replacement }
                });
            },
            /** A rate read off a stage that is another rate: ER from a click-to-subscribe step. */
            function checkKpiRateSource(kpi, report) {
                const analysis = analyzer.forNode(kpi);
                const assessment = analysis.kpis.get(kpi);
                const metric = kpi.metric?.ref;
                const parts = metric && rateParts(metric);
                if (assessment?.notForecast !== 'rateMismatch' || !parts || !kpi.sources[0]?.ref) {
                    return;
                }
                const stage = kpi.sources[0].ref;
                const stages = stage.$container.stages;
                const unitOf = (s: typeof stage | undefined) => (s && analysis.stages.get(s)?.unit) ?? '?';
                const word = (name: string) => findCatalogMetric(name)?.name[locale.current].toLowerCase() ?? name;
                report('kpi-rate-mismatch', {
                    metric: kpi.metric.$refText, of: word(parts.of), per: word(parts.per),
                    stage: `${stage.$container.name}.${stage.name}`,
                    stageOf: word(unitOf(stage)), stagePer: word(unitOf(stages[stages.indexOf(stage) - 1]))
                }, { node: kpi, property: 'sources' });
            },
            /** The forecast over the KPI's window must reach the target (or stay within it, for costs). */
            function checkKpiReachable(kpi, report) {
                const analysis = analyzer.forNode(kpi);
                const assessment: KpiAssessment | undefined = analysis.kpis.get(kpi);
                if (assessment?.met !== false) {
                    return;
                }
                report('kpi-unreachable', {
                    forecast: describeKpiForecast(locale.current, assessment, analysis.parts.currency) ?? '',
                    target: target(kpi)
                }, { node: kpi, property: kpi.growth ? 'growth' : 'target' });
            }
        ]
    };
}
