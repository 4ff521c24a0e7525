/**
 * The one wording of a KPI's forecast: where it comes from, over which window, and what it adds up to, or
 * why there is none. Diagnostics, hovers, inlay hints, the SMART assessment and the roadmap all show it.
 */
import { t, type Locale, type MessageKey } from '../i18n/index.js';
import { formatDate, formatMetricValue } from '../i18n/numbers.js';
import type { KpiAssessment } from './kpis.js';

/**
 * `forecast from stage “F.Pay”: ≈ 62 customers by Sep 30, 2026 (of ≈ 389 over the whole period)`;
 * `not forecast: …` when there is no forecast. Undefined only when the KPI names no known metric. `escape`
 * writes the strategy's names for the surface (Markdown in a hover).
 */
export function describeKpiForecast(
    locale: Locale, assessment: KpiAssessment, currency: string | undefined, escape: (name: string) => string = name => name
): string | undefined {
    const name = metricName(assessment);
    const metric = name && escape(name);
    if (!metric) {
        return undefined;
    }
    if (assessment.forecast === undefined) {
        return notForecast(locale, assessment, metric, escape);
    }
    // A target in a unit that misfits the metric (`kpi sales >= 20%`) does not say how the forecast is written.
    const written = assessment.misfit ? undefined : assessment.written;
    const value = (number: number) => `≈ ${formatMetricValue(locale, number, { unit: assessment.unit, written, currency })}`;
    const source = sourceOf(locale, assessment, escape);
    const window = windowOf(locale, assessment);
    // `in the month to 31 Mar` says the unit already.
    const per = assessment.per && assessment.window?.kind !== 'lastUnit' ? t(locale, `per.${assessment.per}` as MessageKey) : '';
    if (assessment.behaviour === 'stock' && assessment.inflow !== undefined) {
        const baseline = assessment.forecast - assessment.inflow;
        return assessment.forecast !== assessment.inflow || assessment.kpi.baseline
            ? t(locale, 'forecast.stock', { source, window, metric, baseline: value(baseline), inflow: value(assessment.inflow), value: value(assessment.forecast) })
            : t(locale, 'forecast.stockNoBaseline', { source, window, metric, inflow: value(assessment.inflow) });
    }
    const partOfPeriod = assessment.overPeriod !== undefined && Math.abs(assessment.overPeriod - assessment.forecast) > Math.abs(assessment.forecast) * 1e-9
        && assessment.window?.kind === 'until';
    return t(locale, 'forecast.amount', {
        source, metric, per, window, value: value(assessment.forecast),
        ofPeriod: partOfPeriod ? t(locale, 'forecast.ofPeriod', { total: value(assessment.overPeriod!) }) : ''
    });
}

/** The metric in the author's words: as the KPI writes it (`customers`, `клиенты`, `cac`). */
function metricName(assessment: KpiAssessment): string | undefined {
    return assessment.metric ? assessment.kpi.metric?.$refText || assessment.metric : undefined;
}

function sourceOf(locale: Locale, assessment: KpiAssessment, escape: (name: string) => string): string {
    const stages = assessment.sources.map(source => escape(`${source.stage.$container.name}.${source.stage.name}`));
    if (assessment.basis === 'funnels') {
        return t(locale, 'forecast.source.funnels', { funnels: assessment.funnels.map(f => escape(f.funnel.name)).join(', ') });
    }
    return stages.length === 1 ? t(locale, 'forecast.source.stage', { stage: stages[0] }) : t(locale, 'forecast.source.stages', { stages: stages.join(', ') });
}

function windowOf(locale: Locale, assessment: KpiAssessment): string {
    const window = assessment.window;
    switch (window?.kind) {
        case 'until':
            return assessment.deadline?.source === 'period'
                ? t(locale, 'forecast.window.period')
                : t(locale, 'forecast.window.until', { date: formatDate(locale, window.end) });
        case 'lastUnit':
            return t(locale, `forecast.window.last.${window.unit}` as MessageKey, { date: formatDate(locale, window.end) });
        case 'averageUnit':
            return t(locale, 'forecast.window.average');
        default:
            return t(locale, 'forecast.window.period');
    }
}

function notForecast(locale: Locale, assessment: KpiAssessment, metric: string, escape: (name: string) => string): string {
    const reason = assessment.notForecast ?? 'stageUnknown';
    const stage = assessment.kpi.sources.map(source => escape(source.$refText)).join(', ');
    const funnels = assessment.funnels.map(f => escape(f.funnel.name)).join(', ');
    return t(locale, `forecast.not.${reason}` as MessageKey, { metric, stage, funnels });
}
