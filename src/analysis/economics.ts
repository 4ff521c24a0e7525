/**
 * What a funnel's customers are worth: each product's value per customer (one purchase, several, or a
 * subscription paid over the customer's lifetime) and the mix of products a funnel sells.
 */
import type { Funnel, Product, TimeUnit } from '../language/generated/ast.js';
import { daysIn } from './period.js';

export type PriceUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * How many times a customer pays a product's price, and why:
 * - `once`: a one-off price and no `purchases-per-customer`: one purchase;
 * - `purchases`: a one-off price bought `purchases-per-customer` times;
 * - `lifetime`: a price per period (`price 990 per month`) paid over the `lifetime` (6 months ÷ 1 month = 6);
 * - `onePeriod`: a price per period without a `lifetime`: one period is assumed (and reported).
 */
export type PaymentBasis = 'once' | 'purchases' | 'lifetime' | 'onePeriod';

export interface CustomerValue {
    /** The price as written: of one purchase, or of one period of a subscription. */
    price?: number;
    /** The period a subscription's price is paid per. */
    per?: PriceUnit;
    /** How many times a customer pays the price. */
    payments: number;
    basis: PaymentBasis;
    /** Revenue a customer brings over the lifetime (LTV): price × payments. */
    value?: number;
    /** Gross margin, in percent. */
    margin?: number;
}

const singular = (unit: TimeUnit): PriceUnit => unit.replace(/s$/, '') as PriceUnit;

/** What one customer of the product brings: price × the number of payments. */
export function customerValueOf(product: Product): CustomerValue {
    const price = finite(product.price?.amount);
    const margin = finite(product.margin?.value);
    let payments = 1;
    let basis: PaymentBasis = 'once';
    let per: PriceUnit | undefined;
    if (product.pricePer) {
        per = singular(product.pricePer);
        const lifetime = product.lifetime;
        // A lifetime past the largest number a computer holds (a typo `number-too-large` reports) counts as none.
        const periods = lifetime?.unit ? finite(lifetime.count * daysIn(lifetime.unit) / daysIn(product.pricePer)) : undefined;
        if (periods !== undefined) {
            payments = periods;
            basis = 'lifetime';
        } else {
            basis = 'onePeriod';
        }
    } else if (finite(product.purchasesPerCustomer) !== undefined) {
        payments = product.purchasesPerCustomer!;
        basis = 'purchases';
    }
    return { price, per, payments, basis, margin, value: price !== undefined ? finite(price * payments) : undefined };
}

/**
 * How the shares of a funnel's mix were obtained:
 * - `single`: one product, all of the customers;
 * - `stated`: every product has a share (scaled to 100 % when they add up to something else);
 * - `partial`: some have a share, the others split what is left equally;
 * - `equal`: none has a share: equal shares are assumed.
 */
export type MixBasis = 'single' | 'stated' | 'partial' | 'equal';

export interface MixShare {
    product: Product;
    /** The share of the funnel's customers used, in percent (the shares used add up to 100). */
    share: number;
    /** The share as written, if any. */
    written?: number;
    value: CustomerValue;
}

export interface ProductMix {
    shares: MixShare[];
    basis: MixBasis;
    /** The written shares added up, when there are any. */
    writtenTotal?: number;
}

/**
 * The mix of the products a funnel sells, from the shares written after them (`sells Cup 70%, Bundle 30%`):
 * shares that add up to something other than 100 % are scaled to it; products without a share split what
 * the others leave (nothing when they leave nothing); without any share, equal shares.
 */
export function productMixOf(funnel: Funnel): ProductMix | undefined {
    const sold = funnel.sells.flatMap(item => item.product?.ref ? [{ product: item.product.ref, written: finite(item.share?.value) }] : []);
    if (sold.length === 0) {
        return undefined;
    }
    const withShare = sold.filter(item => item.written !== undefined);
    const writtenTotal = withShare.length > 0 ? withShare.reduce((sum, item) => sum + item.written!, 0) : undefined;
    let basis: MixBasis;
    let weights: number[];
    if (sold.length === 1) {
        basis = 'single';
        weights = [1];
    } else if (withShare.length === 0) {
        basis = 'equal';
        weights = sold.map(() => 1);
    } else if (withShare.length === sold.length) {
        basis = 'stated';
        weights = sold.map(item => item.written!);
    } else {
        basis = 'partial';
        const rest = Math.max(0, 100 - writtenTotal!) / (sold.length - withShare.length);
        weights = sold.map(item => item.written ?? rest);
    }
    const total = weights.reduce((a, b) => a + b, 0);
    return {
        basis, writtenTotal,
        shares: sold.map((item, i) => ({
            product: item.product, written: item.written,
            share: total > 0 ? weights[i] / total * 100 : 100 / sold.length,
            value: customerValueOf(item.product)
        }))
    };
}

/** What a customer of the funnel is worth on average, weighted by the mix. */
export interface MixValue {
    /** The mean price of one purchase or one period, weighted by the shares. */
    price?: number;
    /** The mean revenue per customer over the lifetime (LTV), weighted by the shares. */
    ltv?: number;
    /** The margin of that revenue, in percent: Σ share × value × margin ÷ Σ share × value. */
    margin?: number;
}

/**
 * The mix's averages over the products with a price (their shares scaled to 100 % among them); the margin
 * is weighted by revenue, so a cheap product with a high margin does not outweigh an expensive one.
 */
export function mixValue(mix: ProductMix): MixValue {
    const priced = mix.shares.filter(share => share.value.price !== undefined && share.value.value !== undefined);
    const total = priced.reduce((sum, share) => sum + share.share, 0);
    if (priced.length === 0 || total <= 0) {
        return {};
    }
    // Weights as fractions of 1, so that a share times a price near the largest number does not overflow.
    const weighted = priced.map(share => ({ weight: share.share / total, ...share.value }));
    const price = finite(weighted.reduce((sum, item) => sum + item.weight * item.price!, 0));
    const ltv = finite(weighted.reduce((sum, item) => sum + item.weight * item.value!, 0));
    const withMargin = weighted.filter(item => item.margin !== undefined);
    const revenue = withMargin.reduce((sum, item) => sum + item.weight * item.value!, 0);
    const margin = withMargin.length === 0 ? undefined
        : revenue > 0 ? finite(withMargin.reduce((sum, item) => sum + item.weight * item.value! / revenue * item.margin!, 0))
            : withMargin.reduce((sum, item) => sum + item.margin!, 0) / withMargin.length;
    return { price, ltv, margin };
}

function finite(value: number | undefined): number | undefined {
    return value !== undefined && Number.isFinite(value) ? value : undefined;
}
