/**
 * The one wording of a KPI's progress against its actuals, as the off-track diagnostic and the KPI's hover
 * write it: the actual as of the last day the actuals cover, the share of the way from the baseline to
 * the target, the share of the time gone, and the projection to the deadline with its method.
 */
import { t, type Locale } from '../i18n/index.js';
import { formatDate, formatKpiTarget, formatMetricValue, formatPercent } from '../i18n/numbers.js';
import type { Period } from './period.js';
import type { KpiProgress } from './progress.js';

export interface KpiProgressFigures {
    target: string;
    actual: string;
    date: string;
    reached: string;
    elapsed: string;
    projection: string;
    deadline: string;
    method: string;
}

/** A KPI's progress figures in the reader's language (`—` where there is none). */
export function kpiProgressFigures(locale: Locale, progress: KpiProgress, currency: string | undefined, period: Period | undefined): KpiProgressFigures {
    const assessment = progress.assessment;
    const measure = { unit: assessment.unit, written: assessment.written, currency };
    const value = (number: number | undefined) => number === undefined ? '—' : formatMetricValue(locale, number, measure);
    const deadline = assessment.deadline?.date ?? period?.end;
    return {
        target: progress.target !== undefined ? formatKpiTarget(locale, { ...measure, comparator: progress.comparator, value: progress.target, per: assessment.per }) : '—',
        actual: value(progress.actual),
        date: formatDate(locale, progress.asOf),
        reached: progress.reached !== undefined ? formatPercent(locale, progress.reached) : '—',
        elapsed: formatPercent(locale, progress.elapsed),
        projection: value(progress.projection),
        deadline: deadline ? formatDate(locale, deadline) : '—',
        method: progress.method ? t(locale, `progress.method.${progress.method}`) : '—'
    };
}
