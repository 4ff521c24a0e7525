/** What a funnel's customers are worth, as every roadmap format shows it: the mix, the value per customer, the mean LTV. */
import { formatCustomerValue, formatFunnelCustomerValue, formatMix } from '../../i18n/customer-value.js';
import { t, type Locale, type MessageKey } from '../../i18n/index.js';
import { formatMoney } from '../../i18n/numbers.js';
import type { RoadmapCompetitor, RoadmapFunnel, RoadmapProduct } from '../model.js';

/**
 * The rows of a funnel card about its customers: the mix (for several products), the revenue per customer
 * (one purchase, N purchases or N months × the price) and, for several products, the mean LTV they give.
 */
export function customerFacts(funnel: RoadmapFunnel, locale: Locale, currency: string | undefined): Array<[MessageKey, string]> {
    const { mix } = funnel;
    if (!mix) {
        return [];
    }
    const products = mix.products.map(product => ({ ...product, name: product.title ?? product.name }));
    const several = products.length > 1;
    const rows: Array<[MessageKey, string]> = [];
    if (several) {
        rows.push(['economics.label.mix', formatMix(locale, { ...mix, products })]);
    }
    rows.push(['economics.label.perCustomer', formatFunnelCustomerValue(locale, products, currency)]);
    if (several && funnel.economics.ltv !== undefined) {
        rows.push(['economics.label.ltv', formatMoney(locale, funnel.economics.ltv, currency)]);
    }
    return rows.filter(([, value]) => value !== '');
}

/** A product's price as written: `990 ₽`, or a subscription's `990 ₽ a month`; '' without a price. */
export function productPrice(product: RoadmapProduct, locale: Locale, currency: string | undefined): string {
    if (product.price === undefined) {
        return '';
    }
    return `${formatMoney(locale, product.price, currency)}${product.per ? t(locale, `per.${product.per}`) : ''}`;
}

/**
 * A competitor's price with what it is for, so that it reads beside ours: `990 ₽ a month`, `800 ₽ / lesson`
 * (the author's word after a slash, which needs no grammatical case).
 */
export function competitorPrice(competitor: RoadmapCompetitor, locale: Locale, currency: string | undefined): string {
    if (competitor.price === undefined) {
        return '';
    }
    const per = competitor.per ? t(locale, `per.${competitor.per}`) : '';
    return `${formatMoney(locale, competitor.price, currency)}${per}${competitor.priceUnit !== undefined ? ` / ${competitor.priceUnit}` : ''}`;
}

/** What a customer of the product pays in all, when it is not one purchase: `6 months × 990 ₽ = 5,940 ₽`. */
export function productCustomerValue(product: RoadmapProduct, locale: Locale, currency: string | undefined): string {
    return product.perCustomer
        ? formatCustomerValue(locale, { ...product.perCustomer, price: product.price, per: product.per }, currency) ?? ''
        : '';
}
