import type { StrategyAnalysis } from '../../analysis/analyze.js';
import { findCatalogMetric, type MetricUnit } from '../../analysis/metric-catalog.js';
import type { ChannelForecast, StageForecast, VolumeMetric } from '../../analysis/forecast.js';
import type { KpiAssessment } from '../../analysis/kpis.js';
import { t, type Locale } from '../../i18n/index.js';
import { formatMetricValue, formatMoney, formatNumber, formatPercent } from '../../i18n/numbers.js';
import { oneUnitWord, unitWord } from '../../i18n/units.js';

/** The order in which a channel's volumes are listed: from the widest to the narrowest. */
const VOLUME_ORDER: readonly VolumeMetric[] = ['impressions', 'clicks', 'views', 'leads', 'conversions'];

/**
 * How hovers, inlay hints, code lenses and the status bar write the numbers of the analysis: the plain
 * numbers, money and percentages as the diagnostics write them (`i18n/numbers.ts`), plus counts with
 * their unit's word (`16 667 clicks`, `16 667 кликов`) and costs per unit (`15 ₽/click`).
 */
export class NumberFormats {
    constructor(readonly locale: Locale, private readonly currency: string | undefined) {}

    number(value: number): string {
        return formatNumber(value, this.locale);
    }

    /** An amount in the strategy's currency; a bare number when the strategy names none. */
    money(value: number): string {
        return formatMoney(value, this.currency, this.locale);
    }

    /** A value given in percent (92 → `92 %`). */
    percent(value: number): string {
        return formatPercent(value, this.locale);
    }

    /** A value of a metric in its unit: money, percent, or a plain number. */
    inUnit(value: number, unit: MetricUnit | undefined): string {
        return formatMetricValue(value, unit, this.currency, this.locale);
    }

    /** A count with its unit's word: `16,667 clicks`, `16 667 кликов`; an unknown unit keeps its name. */
    count(value: number, unit: string | undefined): string {
        const id = unit ? findCatalogMetric(unit)?.id : undefined;
        const word = id ? unitWord(this.locale, id, value) : unit;
        return word ? `${this.number(value)} ${word}` : this.number(value);
    }

    /** What a channel's budget buys: `≈ 1,388,889 impressions · ≈ 13,889 clicks`; undefined when nothing countable. */
    volumes(forecast: ChannelForecast): string | undefined {
        const parts = VOLUME_ORDER.flatMap(metric => {
            const volume = forecast.volumes[metric];
            return volume !== undefined ? [`≈ ${this.count(volume, metric)}`] : [];
        });
        return parts.length > 0 ? parts.join(' · ') : undefined;
    }

    /** `✓ forecast 1 536 / target 1 500`; undefined when the KPI has no forecast or no target. */
    forecastAgainstTarget(assessment: KpiAssessment): string | undefined {
        if (assessment.forecast === undefined || assessment.target === undefined) {
            return undefined;
        }
        const mark = assessment.met === undefined ? '' : assessment.met ? '✓ ' : '✗ ';
        return mark + t(this.locale, 'hint.forecast', {
            forecast: this.inUnit(assessment.forecast, assessment.unit),
            target: this.inUnit(assessment.target, assessment.unit)
        });
    }

    /** A cost per unit: `15 ₽/click`, or `15 ₽ each` when the unit has no word of its own. */
    costPer(value: number, unit: string | undefined): string {
        const id = unit ? findCatalogMetric(unit)?.id : undefined;
        const word = id ? oneUnitWord(this.locale, id) : undefined;
        return word ? `${this.money(value)}/${word}` : t(this.locale, 'format.each', { cost: this.money(value) });
    }
}

/** The formats for a strategy's numbers in the reader's language. */
export function formatsFor(analysis: StrategyAnalysis, locale: Locale): NumberFormats {
    return new NumberFormats(locale, analysis.parts.currency);
}

/**
 * What a stage's volume counts: its unit or its channel's (impressions, clicks…), else the standard
 * metric its name stands for (`stage Click` counts clicks, `stage Order` orders).
 */
export function unitOfStage(forecast: StageForecast): string | undefined {
    if (forecast.unit) {
        return forecast.unit;
    }
    const name = forecast.stage.name?.toLowerCase() ?? '';
    return [name, `${name}s`].map(candidate => findCatalogMetric(candidate)?.id).find(id => id !== undefined);
}
