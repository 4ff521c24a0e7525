/** What a funnel's customers are worth, as every roadmap format shows it: the mix, the value per customer, the mean LTV. */
import { formatFunnelCustomerValue, formatMix } from '../../i18n/customer-value.js';
import type { Locale, MessageKey } from '../../i18n/index.js';
import { formatMoney } from '../../i18n/numbers.js';
import type { RoadmapFunnel } from '../model.js';

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
