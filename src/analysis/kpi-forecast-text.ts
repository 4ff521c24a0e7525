/**
 * The one wording of a KPI's forecast: where it comes from, over which window, and what it adds up to, or
 * why there is none. Diagnostics, hovers, inlay hints, the SMART assessment and the roadmap all show it.
 */
import { t, type Locale, type MessageKey } from '../i18n/index.js';
import { formatCount, formatDate, formatMetricValue, formatNumber } from '../i18n/numbers.js';
import type { OrganicSource, StageForecast } from './forecast.js';
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
    const source = assessment.basis === 'funnels'
        ? t(locale, 'forecast.source.funnels', { funnels: assessment.funnels.map(f => escape(f.funnel.name)).join(', ') })
        : stages.length === 1 ? t(locale, 'forecast.source.stage', { stage: stages[0] }) : t(locale, 'forecast.source.stages', { stages: stages.join(', ') });
    // The content plan feeds the forecast: say how, once per organic channel.
    const fed = assessment.basis === 'funnels' ? assessment.funnels.map(funnel => funnel.stages.at(-1)) : assessment.sources;
    const organic = [...new Map(fed.flatMap((stage: StageForecast | undefined) => stage?.organic ?? [])
        .map(item => [item.channel, item] as const)).values()];
    return organic.length > 0 ? `${source} (${organic.map(item => describeOrganicReach(locale, item, escape)).join('; ')})` : source;
}

/**
 * Where an organic channel's reach comes from: `organic reach of vk: 90.5 posts of the content plan × 3,000
 * = 271,500`, or `20,000 a month over the period = 120,000`. The hovers and the KPI forecast show it.
 */
export function describeOrganicReach(locale: Locale, { channel, forecast }: OrganicSource, escape: (name: string) => string = name => name): string {
    const reach = formatCount(locale, forecast.reach ?? 0, 'reach');
    const name = escape(channel.name);
    if (forecast.perPost !== undefined) {
        return t(locale, 'forecast.organic.perPost', {
            channel: name, posts: formatNumber(locale, forecast.posts ?? 0), perPost: formatNumber(locale, forecast.perPost), reach
        });
    }
    return t(locale, 'forecast.organic.perUnit', {
        channel: name, perUnit: formatNumber(locale, forecast.perUnit?.reach ?? 0),
        per: forecast.perUnit ? t(locale, `per.${singularUnit(forecast.perUnit.unit)}` as MessageKey) : '', reach
    });
}

function singularUnit(unit: string): string {
    return unit.endsWith('s') ? unit.slice(0, -1) : unit;
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
