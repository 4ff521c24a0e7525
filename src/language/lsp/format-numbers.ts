import type { StrategyAnalysis } from '../../analysis/analyze.js';
import { COST_METRICS, findCatalogMetric } from '../../analysis/metric-catalog.js';
import type { ChannelForecast } from '../../analysis/forecast.js';
import type { KpiAssessment } from '../../analysis/kpis.js';
import { t, type Locale } from '../../i18n/index.js';
import { formatCostPer, formatCount, formatMetricValue, formatMoney, formatPercent } from '../../i18n/numbers.js';

/**
 * How hovers, inlay hints, code lenses and the status bar write the numbers of the analysis: the formats
 * of `i18n/numbers.ts` with the strategy's currency, and units named by a standard metric's id or alias.
 */
export class NumberFormats {
    constructor(readonly locale: Locale, private readonly currency: string | undefined) {}

    /** An amount in the strategy's currency; a bare number when the strategy names none. */
    money(value: number): string {
        return formatMoney(this.locale, value, this.currency);
    }

    /** A value given in percent (92 → `92%`). */
    percent(value: number): string {
        return formatPercent(this.locale, value);
    }

    /** A count with its unit's word: `16,667 clicks`, `16 667 кликов`; an unknown unit keeps its name. */
    count(value: number, unit: string | undefined): string {
        return formatCount(this.locale, value, standardId(unit));
    }

    /** What a channel's budget buys: `≈ 1,388,889 impressions · ≈ 13,889 clicks`; undefined when nothing countable. */
    volumes(forecast: ChannelForecast): string | undefined {
        const parts = COST_METRICS.flatMap(({ costOf }) => {
            const volume = forecast.volumes[costOf!.metric];
            return volume !== undefined ? [`≈ ${this.count(volume, costOf!.metric)}`] : [];
        });
        return parts.length > 0 ? parts.join(' · ') : undefined;
    }

    /** `✓ forecast 1 536 / target 1 500`; undefined when the KPI has no forecast, no target, or one in a unit that misfits. */
    forecastAgainstTarget(assessment: KpiAssessment): string | undefined {
        if (assessment.forecast === undefined || assessment.target === undefined || assessment.misfit) {
            return undefined;
        }
        const measure = { unit: assessment.unit, written: assessment.written, currency: this.currency };
        const mark = assessment.met === undefined ? '' : assessment.met ? '✓ ' : '✗ ';
        return mark + t(this.locale, 'hint.forecast', {
            forecast: formatMetricValue(this.locale, assessment.forecast, measure),
            target: formatMetricValue(this.locale, assessment.target, measure)
        });
    }

    /** A cost per unit: `15 ₽/click`, or `15 ₽ each` when the unit has no word of its own. */
    costPer(value: number, unit: string | undefined): string {
        return formatCostPer(this.locale, value, this.currency, standardId(unit));
    }
}

/** A standard metric's id for its id or alias; another unit as named. */
function standardId(unit: string | undefined): string | undefined {
    return unit ? findCatalogMetric(unit)?.id ?? unit : undefined;
}

/** The formats for a strategy's numbers in the reader's language. */
export function formatsFor(analysis: StrategyAnalysis, locale: Locale): NumberFormats {
    return new NumberFormats(locale, analysis.parts.currency);
}
