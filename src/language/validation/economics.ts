import { customerValueOf, type ProductMix } from '../../analysis/economics.js';
import { currencyCode } from '../../analysis/money.js';
import { implausibleAdFrequency, PLAUSIBLE_IMPRESSIONS_PER_PERSON_PER_MONTH, segmentOverflow, unwatchedLoss } from '../../analysis/plausibility.js';
import { t, type Locale } from '../../i18n/index.js';
import { formatCount, formatMoney, formatNumber, formatPercent } from '../../i18n/numbers.js';
import type { Funnel } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { leftOut } from './omissions.js';
import type { Checks, Report } from './report.js';

/** Shares of a mix closer to 100 % than this are taken as 100 % (three shares of 33.3 % add up to 99.9 %). */
const SHARE_TOLERANCE = 0.5;

/**
 * A funnel's economics and the plausibility of its numbers: what its customers are worth (the mix of
 * products, subscriptions over a lifetime), whether it reaches more people than its segment has or shows
 * them the ad too often, and whether anybody watches a funnel that loses money.
 */
export function economicsChecks(services: SmmServices): Checks {
    const analyzer = services.analysis.StrategyAnalyzer;
    const locale = services.i18n.Locale;
    return {
        Product: function checkCustomerValue(product, report) {
            if (!product.name) {
                return;
            }
            const value = customerValueOf(product);
            // A `lifetime` typed halfway is a syntax error already; one too large to compute with, `number-too-large`.
            if (value.basis === 'onePeriod' && value.price !== undefined && leftOut(product, 'lifetime')) {
                const currency = analyzer.forNode(product).parts.currency;
                report('subscription-without-lifetime', {
                    product: product.name,
                    price: formatMoney(locale.current, value.price, product.price?.currency ? currencyCode(product.price.currency) : currency),
                    per: t(locale.current, `per.${value.per!}`)
                }, { node: product, property: 'pricePer' });
            } else if (product.lifetime && !product.pricePer) {
                report('lifetime-without-period-price', { product: product.name }, { node: product, property: 'lifetime' });
            }
        },
        Funnel: [
            function checkProductMix(funnel, report) {
                const forecast = analyzer.forNode(funnel).funnels.get(funnel);
                if (forecast?.mix && funnel.name) {
                    checkMix(funnel, forecast.mix, forecast.economics, analyzer.forNode(funnel).parts.currency, locale.current, report);
                }
            },
            function checkPlausibility(funnel, report) {
                const analysis = analyzer.forNode(funnel);
                const forecast = analysis.funnels.get(funnel);
                const segment = funnel.segment?.ref;
                if (!forecast || !funnel.name) {
                    return;
                }
                const lang = locale.current;
                const overflow = segment ? segmentOverflow(forecast, analysis) : undefined;
                if (overflow && segment) {
                    report('funnel-exceeds-segment', {
                        stage: `${funnel.name}.${overflow.stage.stage.name}`,
                        volume: formatCount(lang, overflow.volume, overflow.unit),
                        segment: segment.name,
                        size: formatNumber(lang, overflow.size)
                    }, { node: overflow.stage.stage, property: overflow.stage.stage.volume !== undefined ? 'volume' : 'name' });
                }
                const frequency = segment ? implausibleAdFrequency(forecast, analysis.period?.days) : undefined;
                if (frequency && segment) {
                    report('implausible-ad-frequency', {
                        stage: `${funnel.name}.${frequency.stage.stage.name}`,
                        impressions: formatCount(lang, frequency.impressions, 'impressions'),
                        size: formatNumber(lang, frequency.size),
                        segment: segment.name,
                        perPerson: formatNumber(lang, frequency.perPerson),
                        perMonth: formatNumber(lang, frequency.perMonth),
                        limit: formatNumber(lang, PLAUSIBLE_IMPRESSIONS_PER_PERSON_PER_MONTH)
                    }, { node: frequency.stage.stage, property: frequency.stage.stage.volume !== undefined ? 'volume' : 'name' });
                }
                const last = forecast.stages.at(-1)?.stage;
                if (last && unwatchedLoss(forecast, analysis.parts.goals)) {
                    const { grossProfit, spend, romi } = forecast.economics;
                    const currency = analysis.parts.currency;
                    report('funnel-loses-money', {
                        funnel: funnel.name,
                        grossProfit: formatMoney(lang, grossProfit!, currency),
                        spend: formatMoney(lang, spend, currency),
                        romi: formatPercent(lang, romi!),
                        stage: `${funnel.name}.${last.name}`
                    }, { node: funnel, property: 'name' });
                }
            }
        ]
    };
}

function checkMix(
    funnel: Funnel, mix: ProductMix, economics: { price?: number; margin?: number }, currency: string | undefined,
    locale: Locale, report: Report
): void {
    const names = mix.shares.map(share => share.product.name);
    const range = mixRange(funnel);
    if (mix.basis === 'equal') {
        // As written, unresolved names included: the fix rewrites the whole list.
        const example = equalShares(funnel.sells.map(item => item.product?.$refText ?? ''));
        const variant = economics.price === undefined ? 'noPrice' : economics.margin === undefined ? 'noMargin' : undefined;
        report('mix-not-stated', {
            funnel: funnel.name,
            products: names.join(', '),
            price: economics.price !== undefined ? formatMoney(locale, economics.price, currency) : '',
            margin: economics.margin !== undefined ? formatPercent(locale, economics.margin) : '',
            example
        }, { node: funnel, property: 'sells', range, variant, data: { mix: example } });
        return;
    }
    if (mix.basis === 'partial') {
        const stated = mix.shares.filter(share => share.written !== undefined)
            .map(share => `${share.product.name} ${formatPercent(locale, share.written!)}`).join(', ');
        for (const item of funnel.sells) {
            const share = mix.shares.find(s => s.product === item.product?.ref);
            if (share && share.written === undefined) {
                report('mix-share-missing', {
                    product: share.product.name, funnel: funnel.name,
                    stated,
                    share: formatPercent(locale, share.share)
                }, { node: item, property: 'product' });
            }
        }
        return;
    }
    if (mix.writtenTotal !== undefined && Math.abs(mix.writtenTotal - 100) > SHARE_TOLERANCE) {
        report('mix-shares-not-hundred', {
            funnel: funnel.name,
            total: formatPercent(locale, mix.writtenTotal),
            scaled: mix.shares.map(share => `${share.product.name} ${formatPercent(locale, share.share)}`).join(', ')
        }, { node: funnel, property: 'sells', range });
    }
}

/** From the first product sold to the last, shares included. */
function mixRange(funnel: Funnel) {
    const first = funnel.sells[0]?.$cstNode?.range;
    const last = funnel.sells.at(-1)?.$cstNode?.range;
    return first && last ? { start: first.start, end: last.end } : undefined;
}

/** `A 50%, B 50%`; three products get 33.3 %, 33.3 % and 33.4 %, so that the shares add up to 100 %. */
function equalShares(names: readonly string[]): string {
    const each = Math.floor(1000 / names.length) / 10;
    const last = Math.round((100 - each * (names.length - 1)) * 10) / 10;
    return names.map((name, i) => `${name} ${i === names.length - 1 ? last : each}%`).join(', ');
}
