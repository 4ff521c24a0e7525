/**
 * How every surface writes a number or a date: messages, hovers, inlay hints, code lenses, the status bar, the
 * roadmap and the CLI all call these, so one fact reads the same everywhere. They take plain values (not
 * syntax nodes, not roadmap types), locale first.
 */
import { t, type Locale, type MessageKey } from './index.js';
import { oneUnitWord, unitWord } from './units.js';

/** What a metric's values are: the metric catalog's units. */
export type ValueUnit = 'count' | 'money' | 'percent' | 'ratio';

/** The time unit a KPI's target is restated per (`a month`). */
export type PerUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

const TAGS: Record<Locale, string> = { en: 'en-US', ru: 'ru-RU' };

/** Currencies written with a symbol; other codes are written as the code. */
const SYMBOLS: Record<string, string> = { RUB: '₽', USD: '$', EUR: '€', GBP: '£', KZT: '₸' };

/** Symbols English writes before the amount (`$15`, `€1,200`); every other currency follows it. */
const SYMBOL_FIRST_IN_ENGLISH = new Set(['$', '€', '£']);

const NBSP = '\u00a0';

/** Intl formatters are costly to create and a roadmap formats thousands of values: one per locale and digits. */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, minimumDigits: number, maximumDigits: number): Intl.NumberFormat {
    const key = `${locale}:${minimumDigits}:${maximumDigits}`;
    let result = formatters.get(key);
    if (!result) {
        result = new Intl.NumberFormat(TAGS[locale], { minimumFractionDigits: minimumDigits, maximumFractionDigits: maximumDigits });
        formatters.set(key, result);
    }
    return result;
}

/** The ways a date is written: `Jan 31, 2027`, `Jan 31`, `January 31`, `January 31, 2027`, `Jan 2027`. */
const DATE_STYLES = {
    day: { day: 'numeric', month: 'short', year: 'numeric' },
    dayOfYear: { day: 'numeric', month: 'short' },
    dayInText: { day: 'numeric', month: 'long' },
    dayInTextWithYear: { day: 'numeric', month: 'long', year: 'numeric' },
    month: { month: 'short', year: 'numeric' }
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;

/** Intl date formatters, one per locale and style (a roadmap formats thousands of dates). */
const dateFormats: Record<Locale, Partial<Record<DateStyle, Intl.DateTimeFormat>>> = { en: {}, ru: {} };

export function dateFormat(locale: Locale, style: DateStyle): Intl.DateTimeFormat {
    return dateFormats[locale][style] ??= new Intl.DateTimeFormat(TAGS[locale], { ...DATE_STYLES[style], timeZone: 'UTC' });
}

/**
 * The days already written as YYYY-MM-DD, per language: a roadmap writes the same few hundred dates
 * thousands of times (every task's due date in the timeline and in the regulations). Emptied when it grows
 * past a bound, so a long-running server does not keep every date it ever wrote.
 */
const writtenDays: Record<Locale, Map<string, string>> = { en: new Map(), ru: new Map() };
const WRITTEN_DAYS_LIMIT = 20_000;

/** A calendar day, given as YYYY-MM-DD or as a UTC date: `Jan 31, 2027`, `31 янв. 2027 г.` */
export function formatDate(locale: Locale, date: string | Date): string {
    if (typeof date !== 'string') {
        return dateFormat(locale, 'day').format(date);
    }
    const written = writtenDays[locale];
    let text = written.get(date);
    if (text === undefined) {
        if (written.size >= WRITTEN_DAYS_LIMIT) {
            written.clear();
        }
        text = dateFormat(locale, 'day').format(new Date(`${date}T00:00:00Z`));
        written.set(date, text);
    }
    return text;
}

/** A day inside a sentence: `August 31`, «31 августа», with the year when asked: `August 31, 2028`, «31 августа 2028 г.». */
export function formatDayInText(locale: Locale, date: Date, withYear: boolean): string {
    return dateFormat(locale, withYear ? 'dayInTextWithYear' : 'dayInText').format(date);
}

/** A calendar month, given as YYYY-MM: `Jan 2027`, `янв. 2027 г.` */
export function formatMonth(locale: Locale, month: string): string {
    return dateFormat(locale, 'month').format(new Date(`${month}-01T00:00:00Z`));
}

/** As many decimals as a reader needs: none from 100, one from 1, two below. */
function digits(value: number): number {
    const magnitude = Math.abs(value);
    return magnitude >= 100 ? 0 : magnitude >= 1 ? 1 : 2;
}

/** A number as people read it: whole from 100 (`16,667`, `16 667`), one decimal from 1 (`14.8`), two below (`0.45`). */
export function formatNumber(locale: Locale, value: number): string {
    return formatter(locale, 0, digits(value)).format(value);
}

/** A value given in percent, with a number's digits: `41.7%` in English, `41,7 %` in Russian (a no-break space). */
export function formatPercent(locale: Locale, value: number): string {
    const number = formatNumber(locale, value);
    return locale === 'ru' ? `${number}${NBSP}%` : `${number}%`;
}

/**
 * An amount of money: `$24,000`, `-$15`, `$1.60`, `24,000 ₽` in English; `24 000 ₽`, `15 $` in Russian.
 * Cents are written in full below 100 when there are any (`$14.81`), else the amount is whole; without a
 * currency, the plain number.
 */
export function formatMoney(locale: Locale, value: number, currency: string | undefined): string {
    if (!currency) {
        return formatNumber(locale, value);
    }
    // Whole when the cents round to none: 14.9999… is $15, not $15.00.
    const cents = Math.abs(value) < 100 && Math.round(Math.abs(value) * 100) % 100 !== 0 ? 2 : 0;
    const amount = formatter(locale, cents, cents).format(Math.abs(value));
    const sign = value < 0 ? '-' : '';
    const symbol = SYMBOLS[currency] ?? currency;
    if (locale === 'en') {
        return SYMBOL_FIRST_IN_ENGLISH.has(symbol) ? `${sign}${symbol}${amount}` : `${sign}${amount} ${symbol}`;
    }
    return `${sign}${amount}${NBSP}${symbol}`;
}

/**
 * What a value is measured in: the unit of its metric, unless the number was written with its own (`%` or
 * a currency code), and the strategy's currency for money.
 */
export interface Measure {
    unit?: ValueUnit;
    written?: string;
    currency?: string;
}

/** A value in its unit: a percentage, an amount of money, or a plain number. */
export function formatMetricValue(locale: Locale, value: number, measure: Measure): string {
    const { unit, written, currency } = measure;
    if (written === '%' || (written === undefined && unit === 'percent')) {
        return formatPercent(locale, value);
    }
    if (written !== undefined || unit === 'money') {
        return formatMoney(locale, value, written ?? currency);
    }
    return formatNumber(locale, value);
}

/** A KPI's target: what it is compared with, in its unit, per its time unit. */
export interface KpiTarget extends Measure {
    comparator?: string;
    value: number;
    per?: PerUnit;
}

const COMPARATORS: Record<string, string> = { '>=': '≥', '<=': '≤' };

/** `≥ 1,600 a month`, `≤ 120 ₽`, `≥ 1.5%` */
export function formatKpiTarget(locale: Locale, target: KpiTarget): string {
    const comparator = target.comparator ? COMPARATORS[target.comparator] ?? target.comparator : undefined;
    const value = formatMetricValue(locale, target.value, target);
    const per = target.per ? t(locale, `per.${target.per}` as MessageKey) : '';
    return `${comparator ? `${comparator} ` : ''}${value}${per}`;
}

/**
 * A count with its unit's word, `metric` being a standard metric's id: `16,667 clicks`, `16 667 кликов`;
 * another unit keeps its name (`150 tastings`), no unit leaves the number alone.
 */
export function formatCount(locale: Locale, value: number, metric: string | undefined): string {
    const word = metric ? unitWord(locale, metric, value) ?? metric : undefined;
    return word ? `${formatNumber(locale, value)} ${word}` : formatNumber(locale, value);
}

/** The cost of an impression as a marketer reads it, per thousand (the amount of a CPM): 0.008 → `$8`. */
export function formatCpm(locale: Locale, costPerImpression: number, currency: string | undefined): string {
    return formatMoney(locale, costPerImpression * 1000, currency);
}

/** A cost per unit of a standard metric: `$15/click`, `15 ₽/клик`; impressions per thousand, `$8 CPM`; `$15 each` when the unit has no word. */
export function formatCostPer(locale: Locale, value: number, currency: string | undefined, metric: string | undefined): string {
    if (metric === 'impressions') {
        return t(locale, 'format.cpm', { cost: formatCpm(locale, value, currency) });
    }
    const word = metric ? oneUnitWord(locale, metric) : undefined;
    const money = formatMoney(locale, value, currency);
    return word ? `${money}/${word}` : t(locale, 'format.each', { cost: money });
}
