import type { Locale } from './index.js';

const SYMBOLS: Record<string, string> = { RUB: '₽', USD: '$', EUR: '€', GBP: '£', KZT: '₸' };

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, fractionDigits: number): Intl.NumberFormat {
    const key = `${locale}:${fractionDigits}`;
    let result = formatters.get(key);
    if (!result) {
        result = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-US', { maximumFractionDigits: fractionDigits });
        formatters.set(key, result);
    }
    return result;
}

/**
 * A number as people read it in `locale`: whole above 100 (`16 667`, `16,667`), up to two decimals
 * below (`1.2`, `0.45`).
 */
export function formatNumber(value: number, locale: Locale): string {
    const magnitude = Math.abs(value);
    return formatter(locale, magnitude >= 100 ? 0 : magnitude >= 1 ? 1 : 2).format(value);
}

/** Symbols English writes before the amount (`$15`, `€1,200`); every other currency follows it. */
const SYMBOL_FIRST_IN_ENGLISH = new Set(['$', '€', '£']);

/**
 * An amount with the strategy's currency as people write it: `$15`, `1,200 ₽` in English; `15 $`,
 * `1 200 ₽` in Russian.
 */
export function formatMoney(value: number, currency: string | undefined, locale: Locale): string {
    const amount = formatNumber(value, locale);
    if (!currency) {
        return amount;
    }
    const symbol = SYMBOLS[currency] ?? currency;
    if (locale === 'en' && SYMBOL_FIRST_IN_ENGLISH.has(symbol)) {
        return value < 0 ? `-${symbol}${amount.slice(1)}` : `${symbol}${amount}`;
    }
    return `${amount} ${symbol}`;
}

/** `41.7%` in English, `41,7 %` in Russian (with a no-break space, as Russian typography wants). */
export function formatPercent(value: number, locale: Locale): string {
    return locale === 'ru' ? `${formatNumber(value, locale)}\u00a0%` : `${formatNumber(value, locale)}%`;
}

/** A metric value in its unit: a percentage, an amount of money or a plain number. */
export function formatMetricValue(value: number, unit: string | undefined, currency: string | undefined, locale: Locale): string {
    return unit === 'percent' ? formatPercent(value, locale)
        : unit === 'money' ? formatMoney(value, currency, locale)
            : formatNumber(value, locale);
}
