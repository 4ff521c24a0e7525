import type { StrategyAnalysis } from '../../analysis/analyze.js';
import { findCatalogMetric, type MetricUnit } from '../../analysis/metric-catalog.js';
import { t, type Locale } from '../../i18n/index.js';
import type { StageForecast } from '../../analysis/forecast.js';
import { oneUnitWord, unitWord } from '../../i18n/units.js';

/**
 * How hovers, inlay hints, code lenses and the status bar write the numbers of the analysis: grouped the
 * way the reader's language groups them (`16 667` in Russian, `16,667` in English), money with the
 * strategy's currency, percentages with at most one decimal.
 */
export class NumberFormats {
    private readonly tag: string;

    constructor(readonly locale: Locale, private readonly currency: string | undefined) {
        this.tag = locale === 'ru' ? 'ru-RU' : 'en-US';
    }

    /** Whole numbers from 100 up; small ones keep one or two decimals (2.5 orders a day, 0.8 of a click). */
    number(value: number): string {
        return new Intl.NumberFormat(this.tag, { maximumFractionDigits: fractionDigits(value) }).format(value);
    }

    /** An amount in the strategy's currency (`15 ₽`, `$0.8`); a bare number when the strategy names none. */
    money(value: number): string {
        // Kopecks and cents matter in a price per click, not in a budget.
        const digits = Math.abs(value) >= 100 ? 0 : 2;
        if (!this.currency) {
            return this.number(value);
        }
        return new Intl.NumberFormat(this.tag, {
            style: 'currency', currency: this.currency, currencyDisplay: 'narrowSymbol',
            minimumFractionDigits: 0, maximumFractionDigits: digits
        }).format(value);
    }

    /** A value given in percent (92 → `92%`, `92 %` in Russian). */
    percent(value: number): string {
        return new Intl.NumberFormat(this.tag, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    }

    /** A value of a metric in its unit: money, percent, or a plain number. */
    inUnit(value: number, unit: MetricUnit | undefined): string {
        return unit === 'money' ? this.money(value) : unit === 'percent' ? this.percent(value) : this.number(value);
    }

    /** A count with its unit's word: `16,667 clicks`, `16 667 кликов`; an unknown unit keeps its name. */
    count(value: number, unit: string | undefined): string {
        const id = unit ? findCatalogMetric(unit)?.id : undefined;
        const shown = Number(value.toFixed(fractionDigits(value)));
        const word = id ? unitWord(this.locale, id, shown) : unit;
        return word ? `${this.number(value)} ${word}` : this.number(value);
    }

    /** A cost per unit: `15 ₽/click`, or `15 ₽ each` when the unit has no word of its own. */
    costPer(value: number, unit: string | undefined): string {
        const id = unit ? findCatalogMetric(unit)?.id : undefined;
        const word = id ? oneUnitWord(this.locale, id) : undefined;
        return word ? `${this.money(value)}/${word}` : t(this.locale, 'format.each', { cost: this.money(value) });
    }
}

function fractionDigits(value: number): number {
    const size = Math.abs(value);
    return size >= 100 ? 0 : size >= 10 ? 1 : 2;
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
