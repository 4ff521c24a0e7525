import { conflictingKpis, isAmountOverTime, satisfies } from '../../analysis/kpis.js';
import { isWithin } from '../../analysis/period.js';
import { findCatalogMetric } from '../../analysis/metric-catalog.js';
import { writtenUnit } from '../../analysis/money.js';
import { formatKpiTarget, formatMetricValue } from '../../i18n/numbers.js';
import type { MessageKey } from '../../i18n/index.js';
import type { Kpi, Quantity, TimeUnit } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import type { Checks } from './report.js';
import { leftOut } from './omissions.js';

/** KPIs that measure: a target, a deadline within the period, a result rather than activity, reachable, consistent. */
export function kpiChecks(services: SmmServices): Checks {
    const locale = services.i18n.Locale;
    const analyzer = services.analysis.StrategyAnalyzer;
    const perWords = (unit: TimeUnit | undefined) => unit ? locale.t(`per.${unit.replace(/s$/, '')}` as MessageKey) : '';
    /** Whether `per` changes the KPI's numbers: orders or revenue a month, but not a conversion or a CPL. */
    const overTime = (kpi: Kpi) => isAmountOverTime(kpi.metric.ref?.name.toLowerCase() ?? '', kpi.metric.ref?.unit);
    /** A value of the KPI's metric: `0.8%`, `120 ₽`, `1,500`, in the unit written beside it, else the metric's. */
    const value = (kpi: Kpi, written: Quantity): string => formatMetricValue(locale.current, written.value, {
        unit: kpi.metric?.ref?.unit, written: writtenUnit(written), currency: analyzer.forNode(kpi).parts.currency
    });
    /** A KPI's target: `≥ 1,500 a month`, `≥ 0.8%`, `≤ 120 ₽`. */
    const target = (kpi: Kpi): string => formatKpiTarget(locale.current, {
        comparator: kpi.comparator, value: kpi.target!.value, unit: kpi.metric?.ref?.unit, written: writtenUnit(kpi.target),
        currency: analyzer.forNode(kpi).parts.currency, per: analyzer.forNode(kpi).kpis.get(kpi)?.per
    });
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
                if (!kpi.target && !kpi.comparator && kpi.metric?.$refText) {
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
                const { baseline, comparator } = kpi;
                if (baseline && kpi.target && comparator && comparator !== '=' && (baseline.unit ?? '') === (kpi.target.unit ?? '')
                    && satisfies(baseline.value, comparator, kpi.target.value)) {
                    report('kpi-already-met', { metric: kpi.metric?.$refText ?? '', baseline: value(kpi, baseline), target: target(kpi) }, {
                        node: kpi, property: 'baseline'
                    });
                }
            },
            /** The linked funnel stage must forecast at least the target (or at most, for costs). */
            function checkKpiReachable(kpi, report) {
                const analysis = analyzer.forNode(kpi);
                const assessment = analysis.kpis.get(kpi);
                if (assessment?.met !== false || assessment.forecast === undefined) {
                    return;
                }
                const source = assessment.sources.length === 1 ? assessment.sources[0].stage : undefined;
                report('kpi-unreachable', {
                    stage: source ? `${source.$container.name}.${source.name}` : kpi.sources.map(s => s.$refText).join(', '),
                    forecast: formatMetricValue(locale.current, assessment.forecast, {
                        unit: assessment.unit, written: writtenUnit(kpi.target), currency: analysis.parts.currency
                    }),
                    metric: kpi.metric.$refText,
                    per: overTime(kpi) ? perWords(kpi.per) : '',
                    target: target(kpi)
                }, { node: kpi, property: 'target' });
            }
        ]
    };
}
