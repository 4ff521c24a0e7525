/**
 * The one wording of a KPI's forecast: where it comes from, over which window, and what it adds up to, or
 * why there is none. Diagnostics, hovers, inlay hints, the SMART assessment and the roadmap all show it.
 */
import { t, type Locale, type MessageKey } from '../i18n/index.js';
import { formatCount, formatDate, formatMetricValue, formatNumber } from '../i18n/numbers.js';
import type { Kpi } from '../language/generated/ast.js';
import type { OrganicSource, StageForecast } from './forecast.js';
import type { KpiAssessment } from './kpis.js';
import { findCatalogMetric } from './metric-catalog.js';

/**
 * How a text names the strategy's things: by the identifiers the author writes (diagnostics, hovers, inlay
 * hints: the author edits by them) or by their titles (the roadmap: the client reads it), where a funnel's
 * stage is its title and its funnel's, and a metric is its name in the reader's language.
 */
export type Naming = 'identifiers' | 'titles';

/**
 * A KPI's metric as a sentence names it: the author's word (`customers`, `клиенты`, `cac`), or with titles
 * the metric's name in `locale` (the catalog's, or a custom metric's title), in lower case unless it is an
 * abbreviation (`customers`, `CAC`, `цена клиента`).
 */
export function metricWord(locale: Locale, reference: Kpi['metric'] | undefined, naming: Naming = 'identifiers'): string {
    const written = reference?.$refText ?? '';
    if (naming === 'identifiers') {
        return written;
    }
    const metric = reference?.ref;
    const title = (metric && findCatalogMetric(metric.name)?.name[locale]) ?? metric?.title ?? written;
    return /^\p{Lu}\p{Ll}/u.test(title) ? title[0].toLowerCase() + title.slice(1) : title;
}

/**
 * `forecast from stage “F.Pay”: ≈ 62 customers by Sep 30, 2026 (of ≈ 389 over the whole period)`;
 * `not forecast: …` when there is no forecast. Undefined only when the KPI names no known metric. `escape`
 * writes the strategy's names for the surface (Markdown in a hover).
 */
export function describeKpiForecast(
    locale: Locale, assessment: KpiAssessment, currency: string | undefined, escape: (name: string) => string = name => name,
    naming: Naming = 'identifiers'
): string | undefined {
    const name = assessment.metric ? metricWord(locale, assessment.kpi.metric, naming) || assessment.metric : undefined;
    const metric = name && escape(name);
    if (!metric) {
        return undefined;
    }
    if (assessment.forecast === undefined) {
        return notForecast(locale, assessment, metric, escape, naming);
    }
    // A target in a unit that misfits the metric (`kpi sales >= 20%`) does not say how the forecast is written.
    const written = assessment.misfit ? undefined : assessment.written;
    const value = (number: number) => `≈ ${formatMetricValue(locale, number, { unit: assessment.unit, written, currency })}`;
    const source = sourceOf(locale, assessment, escape, naming);
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

function sourceOf(locale: Locale, assessment: KpiAssessment, escape: (name: string) => string, naming: Naming): string {
    const source = stagesOf(locale, assessment, escape, naming);
    // The content plan feeds the forecast: say how, once per organic channel.
    const fed = assessment.basis === 'funnels' ? assessment.funnels.map(funnel => funnel.stages.at(-1)) : assessment.sources;
    const organic = [...new Map(fed.flatMap((stage: StageForecast | undefined) => stage?.organic ?? [])
        .map(item => [item.channel, item] as const)).values()];
    return organic.length > 0 ? `${source} (${organic.map(item => describeOrganicReach(locale, item, escape, naming)).join('; ')})` : source;
}

function stagesOf(locale: Locale, assessment: KpiAssessment, escape: (name: string) => string, naming: Naming): string {
    if (assessment.basis === 'funnels') {
        return t(locale, 'forecast.source.funnels', { funnels: funnelNames(assessment, escape, naming) });
    }
    if (naming === 'titles') {
        const stages = assessment.sources.map(({ stage }) => t(locale, 'forecast.source.stageOf', {
            stage: escape(stage.title ?? stage.name), funnel: escape(stage.$container.title ?? stage.$container.name)
        }));
        return stages.length === 1 ? stages[0] : t(locale, 'forecast.source.stagesOf', { stages: stages.join(', ') });
    }
    const stages = assessment.sources.map(source => escape(`${source.stage.$container.name}.${source.stage.name}`));
    return stages.length === 1 ? t(locale, 'forecast.source.stage', { stage: stages[0] }) : t(locale, 'forecast.source.stages', { stages: stages.join(', ') });
}

/**
 * Where an organic channel's reach comes from: `organic reach of vk: 90.5 posts of the content plan × 3,000
 * = 271,500`, or `20,000 a month over the period = 120,000`. The hovers and the KPI forecast show it.
 */
export function describeOrganicReach(
    locale: Locale, { channel, forecast }: OrganicSource, escape: (name: string) => string = name => name, naming: Naming = 'identifiers'
): string {
    const reach = formatCount(locale, forecast.reach ?? 0, 'reach');
    const name = escape(naming === 'titles' ? channel.title ?? channel.name : channel.name);
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

function funnelNames(assessment: KpiAssessment, escape: (name: string) => string, naming: Naming): string {
    return assessment.funnels.map(f => escape(naming === 'titles' ? f.funnel.title ?? f.funnel.name : f.funnel.name)).join(', ');
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

function notForecast(locale: Locale, assessment: KpiAssessment, metric: string, escape: (name: string) => string, naming: Naming): string {
    const reason = assessment.notForecast ?? 'stageUnknown';
    const stage = assessment.kpi.sources.map(source => {
        const declared = source.ref;
        return escape(naming === 'titles' && declared ? declared.title ?? declared.name : source.$refText);
    }).join(', ');
    const funnels = funnelNames(assessment, escape, naming);
    // What the author can do about it (`from`) is for the author's eyes, not the client's.
    const key = naming === 'titles' && (reason === 'noFunnel' || reason === 'notFromFunnels') ? `forecast.not.${reason}.titles` : `forecast.not.${reason}`;
    return t(locale, key as MessageKey, { metric, stage, funnels });
}
