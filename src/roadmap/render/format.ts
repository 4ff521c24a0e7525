/**
 * How renderers write the roadmap's dates, timeline ticks, frequencies and rule conditions in each language.
 * Numbers, money, percentages, counts and KPI targets are written as on every other surface
 * (`i18n/numbers.ts`); the helpers here only read them off the roadmap's types.
 */
import { t, type Locale } from '../../i18n/index.js';
import { dateFormat, formatCount, formatCpm, formatDate, formatMonth, formatKpiTarget, formatMetricValue, formatMoney, formatNumber, formatPercent } from '../../i18n/numbers.js';
import type { RoadmapAdjustRule, RoadmapFrequency, RoadmapKpi, RoadmapStage } from '../model.js';

export { formatCount, formatDate, formatMoney, formatMonth, formatNumber, formatPercent };

/** A timeline tick: `Jan 4` for weeks, `Jan 2027` for months, `Q1 2027` for quarters. */
export function formatTick(locale: Locale, iso: string, scale: 'week' | 'month' | 'quarter'): string {
    const date = new Date(`${iso}T00:00:00Z`);
    if (scale === 'quarter') {
        return `${locale === 'ru' ? 'К' : 'Q'}${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
    }
    return scale === 'week' ? dateFormat(locale, 'dayOfYear').format(date) : formatMonth(locale, iso.slice(0, 7));
}

/** `3 per week`, `1 per 2 weeks`. */
export function formatFrequency(locale: Locale, frequency: RoadmapFrequency): string {
    const count = formatNumber(locale, frequency.count);
    return frequency.interval === 1
        ? t(locale, 'roadmap.frequency', { count, unit: t(locale, `roadmap.unit.${frequency.unit}`) })
        : t(locale, 'roadmap.frequencyEvery', {
            count, interval: formatNumber(locale, frequency.interval), unit: t(locale, `roadmap.units.${frequency.unit}`)
        });
}

/** A KPI's target, forecast or baseline in the KPI's terms, `unit` being the one written beside the number. */
export function formatKpiValue(locale: Locale, kpi: RoadmapKpi, value: number, unit: string | undefined, currency: string | undefined): string {
    return formatMetricValue(locale, value, { unit: kpi.unit, written: unit, currency });
}

/** `≥ 1,600 a month` */
export function formatTarget(locale: Locale, kpi: RoadmapKpi, currency: string | undefined): string {
    return kpi.target === undefined ? '' : formatKpiTarget(locale, {
        comparator: kpi.comparator, value: kpi.target, unit: kpi.unit, written: kpi.targetUnit, currency, per: kpi.per
    });
}

/** The KPI's display name: the standard metric's name in this language, else the metric as written. */
export function kpiName(kpi: RoadmapKpi): string {
    return kpi.metricTitle ?? kpi.metric;
}

/** `ctr < 0.7% and frequency > 3.5 for 7 days` */
export function ruleCondition(locale: Locale, rule: RoadmapAdjustRule): string {
    const conditions = rule.conditions.map(condition => {
        return `${condition.metricTitle ?? condition.metric} ${condition.comparator} ${formatMetricValue(locale, condition.threshold, { written: condition.unit })}`;
    }).join(t(locale, 'roadmap.rule.and'));
    const duration = rule.duration
        ? ` ${t(locale, 'roadmap.rule.for', { value: formatNumber(locale, rule.duration.value), unit: t(locale, `roadmap.units.${rule.duration.unit}`) })}`
        : '';
    return conditions + duration;
}

/**
 * What a stage costs per unit, the way a marketer reads it: per thousand impressions (CPM) at a stage that
 * counts impressions, else per unit of the stage ('' when unknown).
 */
export function formatStageCost(locale: Locale, stage: RoadmapStage, currency: string | undefined): string {
    if (stage.costPerUnit === undefined) {
        return '';
    }
    return stage.unit === 'impressions'
        ? t(locale, 'roadmap.funnel.cpm', { amount: formatCpm(locale, stage.costPerUnit, currency) })
        : formatMoney(locale, stage.costPerUnit, currency);
}
