/**
 * How a funnel's economics are written: what a customer is worth (one purchase, several, or a subscription
 * over the lifetime) and the mix of products. Every surface (diagnostics, hovers, the roadmap) calls these.
 */
import { t, type Locale } from './index.js';
import { formatMoney, formatNumber, formatPercent, type PerUnit } from './numbers.js';
import { wordFor, words, type WordForms } from './units.js';

const WORDS: Record<PerUnit | 'purchase' | 'payment', WordForms> = {
    day: words('day', 'days', 'день', 'дня', 'дней'),
    week: words('week', 'weeks', 'неделя', 'недели', 'недель'),
    month: words('month', 'months', 'месяц', 'месяца', 'месяцев'),
    quarter: words('quarter', 'quarters', 'квартал', 'квартала', 'кварталов'),
    year: words('year', 'years', 'год', 'года', 'лет'),
    purchase: words('purchase', 'purchases', 'покупка', 'покупки', 'покупок'),
    payment: words('payment', 'payments', 'платёж', 'платежа', 'платежей')
};

/** `6 months`, `1,5 года`, `3 покупки`: a count with its word in the form of the number as shown. */
function counted(locale: Locale, count: number, word: keyof typeof WORDS): string {
    const shown = Number(formatNumber('en', count).replace(/,/g, ''));
    return `${formatNumber(locale, count)} ${wordFor(locale, WORDS[word], shown)}`;
}

/** What a customer of a product pays, as the analysis found it. */
export interface CustomerValueText {
    price?: number;
    per?: PerUnit;
    payments: number;
    basis: 'once' | 'purchases' | 'lifetime' | 'onePeriod';
    value?: number;
}

/**
 * The value per customer and how it was obtained: `one purchase of $4.90`, `3 purchases × 690 ₽ = 2 070 ₽`,
 * `6 months × 990 ₽ = 5 940 ₽`, `1 month × 990 ₽ (no lifetime: one period assumed)`.
 */
export function formatCustomerValue(locale: Locale, value: CustomerValueText, currency: string | undefined): string | undefined {
    if (value.price === undefined || value.value === undefined) {
        return undefined;
    }
    const price = formatMoney(locale, value.price, currency);
    const total = formatMoney(locale, value.value, currency);
    switch (value.basis) {
        case 'once':
            return t(locale, 'economics.value.once', { price });
        case 'purchases':
            return t(locale, 'economics.value.times', { times: counted(locale, value.payments, 'purchase'), price, total });
        case 'lifetime':
            return t(locale, 'economics.value.times', { times: counted(locale, value.payments, value.per ?? 'month'), price, total });
        case 'onePeriod':
            return t(locale, 'economics.value.onePeriod', { times: counted(locale, 1, value.per ?? 'month'), price });
    }
}

/** One product of a mix: its name and the share of the customers used. */
export interface MixShareText {
    name: string;
    share: number;
}

/** One product a funnel sells, with its share and what its customer pays. */
export interface SoldProductText extends MixShareText, CustomerValueText {}

/** A funnel's mix as the analysis found it (the roadmap's model has this shape). */
export interface MixText {
    basis: 'single' | 'stated' | 'partial' | 'equal';
    writtenTotal?: number;
    products: readonly MixShareText[];
}

/**
 * `Beans 70%, OfficePlan 30%`, with how the shares were obtained when they were not written as used
 * (equal shares assumed, the rest split, the written shares scaled to 100 %).
 */
export function formatMix(locale: Locale, mix: MixText): string {
    const list = mix.products.map(share => `${share.name} ${formatPercent(locale, share.share)}`).join(', ');
    const scaled = mix.writtenTotal !== undefined && mix.basis !== 'partial' && Math.abs(mix.writtenTotal - 100) > 1e-9;
    const note = mix.basis === 'equal' ? t(locale, 'economics.mix.equal')
        : mix.basis === 'partial' ? t(locale, 'economics.mix.partial')
            : scaled ? t(locale, 'economics.mix.scaled') : '';
    return `${list}${note}`;
}

/**
 * What a customer of the funnel brings: the one product's value (`6 months × 990 ₽ = 5 940 ₽`), or each
 * product's, by name (`Cup: one purchase of $5; Bundle: 3 purchases × $20 = $60`).
 */
export function formatFunnelCustomerValue(locale: Locale, sold: readonly SoldProductText[], currency: string | undefined): string {
    if (sold.length === 1) {
        return formatCustomerValue(locale, sold[0], currency) ?? '';
    }
    return sold.flatMap(product => {
        const value = formatCustomerValue(locale, product, currency);
        return value ? [`${product.name}: ${value}`] : [];
    }).join('; ');
}
