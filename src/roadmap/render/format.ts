/**
 * How renderers write the roadmap's numbers, money, percentages, dates and KPI targets in each language.
 * Plain numbers are written as in messages and hovers; amounts and percentages use the locale's own
 * currency and percent forms (`$24,000`, `24 000 ₽`, `12%`, `12 %`), as a document for a client should.
 */
import { t, type Locale } from '../../i18n/index.js';
import { formatNumber as formatPlainNumber } from '../../i18n/numbers.js';
import type { RoadmapAdjustRule, RoadmapFrequency, RoadmapKpi, RoadmapTimeUnit } from '../model.js';

const TAGS: Record<Locale, string> = { en: 'en-US', ru: 'ru-RU' };

/** Intl formatters are costly to create and a roadmap formats thousands of values: one per locale and options. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
    const key = `${locale}${JSON.stringify(options)}`;
    let format = numberFormats.get(key);
    if (!format) {
        format = new Intl.NumberFormat(TAGS[locale], options);
        numberFormats.set(key, format);
    }
    return format;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const key = `${locale}${JSON.stringify(options)}`;
    let format = dateFormats.get(key);
    if (!format) {
        format = new Intl.DateTimeFormat(TAGS[locale], { ...options, timeZone: 'UTC' });
        dateFormats.set(key, format);
    }
    return format;
}

/** Whole numbers from 100 up, two decimals at most below: 3 000 000, 14.81, 0.8. */
function digits(value: number): number {
    return Math.abs(value) >= 100 ? 0 : 2;
}

/** A plain number, the way messages and hovers write it. */
export function formatNumber(locale: Locale, value: number): string {
    return formatPlainNumber(value, locale);
}

/** An amount in the roadmap's currency (`$24,000`, `24 000 ₽`); a plain number when the currency is unknown. */
export function formatMoney(locale: Locale, value: number, currency: string | undefined): string {
    if (!currency) {
        return formatNumber(locale, value);
    }
    try {
        return numberFormat(locale, {
            // Cents in full when there are any: $1.60, not $1.6; whole amounts without them: $24,000.
            style: 'currency', currency, maximumFractionDigits: digits(value),
            minimumFractionDigits: digits(value) > 0 && !Number.isInteger(value) ? 2 : 0
        }).format(value);
    } catch {
        return `${formatNumber(locale, value)} ${currency}`;
    }
}

/** A value given in percent (12.5 → `12.5%`, `12,5 %`). */
export function formatPercent(locale: Locale, value: number): string {
    return numberFormat(locale, { style: 'percent', maximumFractionDigits: Math.abs(value) >= 10 ? 0 : 1 }).format(value / 100);
}

function dateOf(iso: string): Date {
    return new Date(`${iso}T00:00:00Z`);
}

/** `Jan 31, 2027`, `31 янв. 2027 г.` */
export function formatDate(locale: Locale, iso: string): string {
    return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(dateOf(iso));
}

/** A timeline tick: `Jan 4` for weeks, `Jan 2027` for months, `Q1 2027` for quarters. */
export function formatTick(locale: Locale, iso: string, scale: 'week' | 'month' | 'quarter'): string {
    const date = dateOf(iso);
    if (scale === 'quarter') {
        return `${locale === 'ru' ? 'К' : 'Q'}${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
    }
    const options: Intl.DateTimeFormatOptions = scale === 'week' ? { day: 'numeric', month: 'short' } : { month: 'short', year: 'numeric' };
    return dateFormat(locale, options).format(date);
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

/** A KPI value in the KPI's terms: a percentage, an amount of money, or a number. */
export function formatKpiValue(locale: Locale, kpi: RoadmapKpi, value: number, unit: string | undefined, currency: string | undefined): string {
    if (unit === '%' || (unit === undefined && kpi.unit === 'percent')) {
        return formatPercent(locale, value);
    }
    if ((unit !== undefined && unit !== '%') || kpi.unit === 'money') {
        return formatMoney(locale, value, unit ?? currency);
    }
    return formatNumber(locale, value);
}

/** `a month`, for a KPI measured `per month`. */
export function formatPer(locale: Locale, per: RoadmapTimeUnit): string {
    return t(locale, `roadmap.per.${per}`);
}

/** `≥ 1,600 a month` */
export function formatTarget(locale: Locale, kpi: RoadmapKpi, currency: string | undefined): string {
    if (kpi.target === undefined) {
        return '';
    }
    const comparator = ({ '>=': '≥', '<=': '≤' } as Record<string, string>)[kpi.comparator ?? ''] ?? kpi.comparator ?? '';
    const value = formatKpiValue(locale, kpi, kpi.target, kpi.targetUnit, currency);
    return [comparator, value, kpi.per ? formatPer(locale, kpi.per) : ''].filter(Boolean).join(' ');
}

/** The KPI's display name: the standard metric's name in this language, else the metric as written. */
export function kpiName(kpi: RoadmapKpi): string {
    return kpi.metricTitle ?? kpi.metric;
}

/** `ctr < 0.7% and frequency > 3.5 for 7 days` */
export function ruleCondition(locale: Locale, rule: RoadmapAdjustRule): string {
    const conditions = rule.conditions.map(condition => {
        const value = condition.unit === '%' ? formatPercent(locale, condition.threshold)
            : condition.unit ? formatMoney(locale, condition.threshold, condition.unit)
                : formatNumber(locale, condition.threshold);
        return `${condition.metric} ${condition.comparator} ${value}`;
    }).join(t(locale, 'roadmap.rule.and'));
    const duration = rule.duration
        ? ` ${t(locale, 'roadmap.rule.for', { value: formatNumber(locale, rule.duration.value), unit: t(locale, `roadmap.units.${rule.duration.unit}`) })}`
        : '';
    return conditions + duration;
}
