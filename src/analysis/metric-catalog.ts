import type { Locale } from '../i18n/index.js';
import { isBinaryExpression, isMetricCall, isNumberLiteral, type Expression } from '../language/generated/ast.js';

/**
 * The catalog of standard SMM metrics. Plain data, shared by the language (the built-in metric
 * declarations that KPIs refer to), validation, hovers and the roadmap.
 */

export type MetricUnit = 'count' | 'money' | 'percent' | 'ratio';

/** An outcome is a result the business feels; an output only measures the team's own activity. */
export type MetricKind = 'outcome' | 'output';

export interface Localized {
    en: string;
    ru: string;
}

/**
 * How a KPI on the metric is forecast from the funnel stages it is measured at (`from Funnel.Stage`):
 * - `volume`: the stages' volumes added up, restated per the KPI's `per` unit;
 * - `conversion`: the stage's share of the previous one;
 * - `costPerUnit`: what the funnel spent up to the stage ÷ the stage's volume;
 * - an economics figure of the funnel whose last stage it is: revenue, gross profit, ROMI, ROAS or LTV.
 */
export type MetricForecast = 'volume' | 'conversion' | 'costPerUnit' | 'revenue' | 'grossProfit' | 'romi' | 'roas' | 'ltv';

/**
 * How a metric adds up over time. A stock is a level that the plan adds to (subscribers: the baseline plus
 * the new ones); a flow is counted over a window (orders, leads, revenue: what comes in by a date); a rate
 * is a ratio that a longer window does not grow (CTR, ER, CPL, ROMI).
 */
export type MetricBehaviour = 'stock' | 'flow' | 'rate';

export interface CatalogMetric {
    /** The identifier used in `.smm` files. */
    id: string;
    name: Localized;
    /** Other identifiers that refer to the same metric, in English and Russian. */
    aliases: string[];
    unit: MetricUnit;
    kind: MetricKind;
    /** How a derived metric is computed, in `.smm` expression syntax over other metric ids. */
    formula?: string;
    description: Localized;
    /** How a KPI on it is forecast; a metric without one has no forecast from a funnel. */
    forecast?: MetricForecast;
    /**
     * For a cost per unit (CPC, CPL…), what it is the cost of: a click, a lead, or a thousand impressions
     * for CPM. A channel paid by this model buys budget ÷ price × `per` of `metric`.
     */
    costOf?: { metric: string; per: number };
    /** A share of a whole (CTR, conversion rate): a value above 100 % cannot be. */
    share?: boolean;
    /** A level rather than an amount per window (see `MetricBehaviour`); flows and rates follow from the unit. */
    stock?: boolean;
}

function metric(
    id: string, en: string, ru: string, aliases: string[], unit: MetricUnit, kind: MetricKind,
    description: Localized, formula?: string, semantics: Pick<CatalogMetric, 'forecast' | 'costOf' | 'share' | 'stock'> = {}
): CatalogMetric {
    return { id, name: { en, ru }, aliases, unit, kind, formula, description, ...semantics };
}

/** Counts forecast as the volumes of the stages they are measured at. */
const VOLUME = { forecast: 'volume' } as const;
/** Shares of a whole, forecast as the conversion of the stage they are measured at. */
const CONVERSION = { forecast: 'conversion', share: true } as const;
const costOf = (metric: string, per = 1) => ({ forecast: 'costPerUnit', costOf: { metric, per } }) as const;

export const METRIC_CATALOG: readonly CatalogMetric[] = [
    metric('reach', 'Reach', 'Охват', ['охват'], 'count', 'outcome', {
        en: 'Unique people who saw the content or the ad at least once.',
        ru: 'Уникальные люди, которые хотя бы раз увидели контент или рекламу.'
    }, undefined, VOLUME),
    metric('impressions', 'Impressions', 'Показы', ['показы'], 'count', 'output', {
        en: 'How many times the content or the ad was shown, repeats included.',
        ru: 'Сколько раз показан контент или реклама, включая повторные показы.'
    }, undefined, VOLUME),
    metric('views', 'Views', 'Просмотры', ['просмотры'], 'count', 'output', {
        en: 'Views of posts, videos or stories.',
        ru: 'Просмотры постов, видео или историй.'
    }, undefined, VOLUME),
    metric('frequency', 'Frequency', 'Частота', ['частота'], 'ratio', 'output', {
        en: 'Average number of impressions per person reached.',
        ru: 'Среднее число показов на одного охваченного человека.'
    }, 'impressions / reach'),
    metric('clicks', 'Clicks', 'Клики', ['клики', 'переходы'], 'count', 'outcome', {
        en: 'Clicks on the link, the ad or the call to action.',
        ru: 'Клики по ссылке, объявлению или призыву к действию.'
    }, undefined, VOLUME),
    metric('ctr', 'CTR', 'CTR', ['кликабельность'], 'percent', 'outcome', {
        en: 'Click-through rate: the share of impressions that led to a click.',
        ru: 'Кликабельность: доля показов, после которых был клик.'
    }, 'clicks / impressions * 100', CONVERSION),
    metric('spend', 'Ad spend', 'Расход', ['расход', 'затраты'], 'money', 'output', {
        en: 'Money spent on promotion.',
        ru: 'Деньги, потраченные на продвижение.'
    }),
    metric('cpm', 'CPM', 'CPM', ['цена_тысячи_показов'], 'money', 'output', {
        en: 'Cost per mille: the price of a thousand impressions.',
        ru: 'Стоимость тысячи показов.'
    }, 'spend / impressions * 1000', costOf('impressions', 1000)),
    metric('cpc', 'CPC', 'CPC', ['цена_клика'], 'money', 'outcome', {
        en: 'Cost per click.',
        ru: 'Стоимость одного клика.'
    }, 'spend / clicks', costOf('clicks')),
    metric('cpv', 'CPV', 'CPV', ['цена_просмотра'], 'money', 'output', {
        en: 'Cost per view of a video.',
        ru: 'Стоимость одного просмотра видео.'
    }, 'spend / views', costOf('views')),
    metric('leads', 'Leads', 'Лиды', ['лиды', 'заявки'], 'count', 'outcome', {
        en: 'People who left contacts or a request.',
        ru: 'Люди, оставившие контакты или заявку.'
    }, undefined, VOLUME),
    metric('cpl', 'CPL', 'CPL', ['цена_лида'], 'money', 'outcome', {
        en: 'Cost per lead.',
        ru: 'Стоимость одного лида.'
    }, 'spend / leads', costOf('leads')),
    metric('conversions', 'Conversions', 'Конверсии', ['конверсии', 'целевые_действия'], 'count', 'outcome', {
        en: 'Target actions completed: sign-ups, requests, purchases.',
        ru: 'Совершённые целевые действия: регистрации, заявки, покупки.'
    }, undefined, VOLUME),
    metric('orders', 'Orders', 'Заказы', ['заказы', 'purchases', 'покупки'], 'count', 'outcome', {
        en: 'Orders placed.',
        ru: 'Оформленные заказы.'
    }, undefined, VOLUME),
    metric('sales', 'Sales', 'Продажи', ['продажи'], 'count', 'outcome', {
        en: 'Paid sales.',
        ru: 'Оплаченные продажи.'
    }, undefined, VOLUME),
    metric('cpa', 'CPA', 'CPA', ['цена_действия'], 'money', 'outcome', {
        en: 'Cost per action (conversion).',
        ru: 'Стоимость одного целевого действия.'
    }, 'spend / conversions', costOf('conversions')),
    metric('cr', 'Conversion rate', 'Конверсия', ['конверсия', 'conversion_rate'], 'percent', 'outcome', {
        en: 'The share of visitors or clicks that became conversions.',
        ru: 'Доля посетителей или кликов, ставших конверсиями.'
    }, 'conversions / clicks * 100', CONVERSION),
    metric('customers', 'Customers', 'Клиенты', ['клиенты', 'покупатели'], 'count', 'outcome', {
        en: 'New paying customers.',
        ru: 'Новые платящие клиенты.'
    }, undefined, VOLUME),
    metric('cac', 'CAC', 'CAC', ['цена_клиента'], 'money', 'outcome', {
        en: 'Customer acquisition cost.',
        ru: 'Стоимость привлечения клиента.'
    }, 'spend / customers', costOf('customers')),
    metric('revenue', 'Revenue', 'Выручка', ['выручка', 'доход'], 'money', 'outcome', {
        en: 'Money received from sales.',
        ru: 'Деньги, полученные от продаж.'
    }, undefined, { forecast: 'revenue' }),
    metric('average_check', 'Average check', 'Средний чек', ['средний_чек', 'aov'], 'money', 'outcome', {
        en: 'Average revenue per order.',
        ru: 'Средняя выручка с одного заказа.'
    }, 'revenue / orders'),
    metric('gross_profit', 'Gross profit', 'Валовая прибыль', ['валовая_прибыль', 'прибыль'], 'money', 'outcome', {
        en: 'Revenue times margin.',
        ru: 'Выручка, умноженная на маржинальность.'
    }, undefined, { forecast: 'grossProfit' }),
    metric('romi', 'ROMI', 'ROMI', ['возврат_маркетинговых_инвестиций'], 'percent', 'outcome', {
        en: 'Return on marketing investment: (gross profit − spend) ÷ spend.',
        ru: 'Окупаемость маркетинговых вложений: (валовая прибыль − расход) ÷ расход.'
    }, '(gross_profit - spend) / spend * 100', { forecast: 'romi' }),
    metric('roi', 'ROI', 'ROI', ['окупаемость'], 'percent', 'outcome', {
        en: 'Return on investment: (profit − investment) ÷ investment.',
        ru: 'Окупаемость инвестиций: (прибыль − вложения) ÷ вложения.'
    }, '(gross_profit - spend) / spend * 100'),
    metric('roas', 'ROAS', 'ROAS', ['доходность_рекламы'], 'percent', 'outcome', {
        en: 'Return on ad spend: revenue ÷ spend.',
        ru: 'Доходность рекламы: выручка ÷ расход.'
    }, 'revenue / spend * 100', { forecast: 'roas' }),
    metric('ltv', 'LTV', 'LTV', ['пожизненная_ценность'], 'money', 'outcome', {
        en: 'Lifetime value: the revenue a customer brings over the whole relationship.',
        ru: 'Пожизненная ценность: выручка от клиента за всё время отношений.'
    }, undefined, { forecast: 'ltv' }),
    metric('ltv_cac', 'LTV:CAC', 'LTV:CAC', ['соотношение_ltv_cac'], 'ratio', 'outcome', {
        en: 'How many times a customer’s lifetime value exceeds the cost of acquiring them.',
        ru: 'Во сколько раз пожизненная ценность клиента превышает стоимость его привлечения.'
    }, 'ltv / cac'),
    metric('subscribers', 'Subscribers', 'Подписчики', ['подписчики', 'followers', 'фолловеры'], 'count', 'outcome', {
        en: 'People subscribed to the community or the channel.',
        ru: 'Люди, подписанные на сообщество или канал.'
    }, undefined, { ...VOLUME, stock: true }),
    metric('subscriber_growth', 'Subscriber growth', 'Прирост подписчиков', ['прирост_подписчиков', 'new_subscribers'], 'count', 'outcome', {
        en: 'New subscribers minus unsubscribes over the period.',
        ru: 'Новые подписчики минус отписки за период.'
    }, undefined, VOLUME),
    metric('unsubscribes', 'Unsubscribes', 'Отписки', ['отписки', 'churn', 'отток'], 'count', 'outcome', {
        en: 'People who unsubscribed.',
        ru: 'Люди, которые отписались.'
    }, undefined, VOLUME),
    metric('engagements', 'Engagements', 'Реакции', ['реакции', 'вовлечения'], 'count', 'outcome', {
        en: 'Likes, comments, shares and saves together.',
        ru: 'Лайки, комментарии, репосты и сохранения вместе.'
    }, undefined, VOLUME),
    metric('er', 'ER', 'ER', ['вовлечённость', 'вовлеченность', 'engagement_rate'], 'percent', 'outcome', {
        en: 'Engagement rate: engagements per subscriber.',
        ru: 'Вовлечённость: реакции на одного подписчика.'
    }, 'engagements / subscribers * 100', CONVERSION),
    metric('err', 'ERR', 'ERR', ['вовлечённость_по_охвату', 'engagement_rate_by_reach'], 'percent', 'outcome', {
        en: 'Engagement rate by reach: engagements per person reached.',
        ru: 'Вовлечённость по охвату: реакции на одного охваченного человека.'
    }, 'engagements / reach * 100', CONVERSION),
    metric('mentions', 'Mentions', 'Упоминания', ['упоминания'], 'count', 'outcome', {
        en: 'Mentions of the brand in posts and comments.',
        ru: 'Упоминания бренда в постах и комментариях.'
    }, undefined, VOLUME),
    metric('posts', 'Posts published', 'Опубликованные посты', ['посты', 'публикации'], 'count', 'output', {
        en: 'Posts published: activity, not a result.',
        ru: 'Опубликованные посты: активность, а не результат.'
    }, undefined, VOLUME),
    metric('stories', 'Stories published', 'Опубликованные истории', ['истории', 'сторис'], 'count', 'output', {
        en: 'Stories published: activity, not a result.',
        ru: 'Опубликованные истории: активность, а не результат.'
    }, undefined, VOLUME),
    metric('videos', 'Videos published', 'Опубликованные видео', ['видео', 'ролики'], 'count', 'output', {
        en: 'Videos published: activity, not a result.',
        ru: 'Опубликованные видео: активность, а не результат.'
    }, undefined, VOLUME)
];

const byIdOrAlias = new Map<string, CatalogMetric>(
    METRIC_CATALOG.flatMap(m => [m.id, ...m.aliases].map(key => [key.toLowerCase(), m] as const))
);

/** Finds a standard metric by its id or any alias, case-insensitively. */
export function findCatalogMetric(name: string): CatalogMetric | undefined {
    // Most names are written as the catalog spells them: lower case.
    return byIdOrAlias.get(name) ?? byIdOrAlias.get(name.toLowerCase());
}

/** A metric's name as a Russian strategy writes it in code: its first Cyrillic alias (`spend` → `расход`), else its id. */
function russianName(metric: CatalogMetric): string {
    return metric.aliases.find(alias => /[а-яё]/i.test(alias)) ?? metric.id;
}

/**
 * A standard metric's formula in the reader's language, each metric in it named as a strategy in that
 * language writes it: `spend / customers` reads `расход / клиенты` in Russian, and either can be typed.
 */
export function formulaIn(locale: Locale, formula: string): string {
    return locale === 'ru'
        ? formula.replace(/[a-z_]+/g, word => {
            const metric = findCatalogMetric(word);
            return metric ? russianName(metric) : word;
        })
        : formula;
}

/** The cost-per-unit metrics a channel can be paid by, in the catalog's order: from the widest unit to the narrowest. */
export const COST_METRICS: readonly CatalogMetric[] = METRIC_CATALOG.filter(m => m.costOf !== undefined);

/**
 * How a KPI on a metric is forecast: as the catalog says for a standard metric; a custom one in percent
 * as a conversion, any other as a volume.
 */
export function forecastOf(name: string, unit: MetricUnit | undefined): MetricForecast | undefined {
    const standard = findCatalogMetric(name);
    return standard ? standard.forecast : unit === 'percent' ? 'conversion' : 'volume';
}

/** A metric as a KPI sees it: its name (a standard id or a custom name), its unit and, for a custom one, its formula. */
export interface MetricLike {
    name: string;
    unit?: MetricUnit;
    formula?: Expression;
}

/**
 * How a metric adds up over time: a stock as the catalog says (subscribers); a rate for a percentage, a
 * ratio, a cost per unit, ROMI and ROAS, and money per customer or per order (LTV, average check) or a
 * custom amount defined as a quotient; a flow otherwise (orders, leads, revenue, spend).
 */
export function behaviourOf(metric: MetricLike): MetricBehaviour {
    let behaviour = behaviours.get(metric);
    if (behaviour === undefined) {
        behaviour = behaviourAnew(metric);
        behaviours.set(metric, behaviour);
    }
    return behaviour;
}

/**
 * The behaviour of each metric seen (a declaration never changes: an edit parses a new one). Actual values
 * ask for it once per value read, thousands of times a keystroke with a year of daily actuals.
 */
const behaviours = new WeakMap<MetricLike, MetricBehaviour>();

function behaviourAnew(metric: MetricLike): MetricBehaviour {
    const standard = findCatalogMetric(metric.name);
    if (standard?.stock) {
        return 'stock';
    }
    const how = forecastOf(metric.name, metric.unit);
    const perOne = standard ? /\//.test(standard.formula ?? '') || standard.id === 'ltv' : isQuotient(metric.formula);
    return metric.unit === 'percent' || metric.unit === 'ratio' || how === 'costPerUnit' || how === 'romi' || how === 'roas' || perOne
        ? 'rate'
        : 'flow';
}

/**
 * What a rate is a share of, from its formula `a / b * 100`: CTR is clicks of impressions, ER engagements
 * of subscribers. Undefined for a rate without such a formula (the conversion rate is any step's share).
 */
export function rateParts(metric: MetricLike): { of: string; per: string } | undefined {
    const standard = findCatalogMetric(metric.name);
    if (standard) {
        const match = /^(\w+) \/ (\w+) \* 100$/.exec(standard.formula ?? '');
        return match && standard.id !== 'cr' ? { of: match[1], per: match[2] } : undefined;
    }
    const formula = metric.formula;
    if (isBinaryExpression(formula) && formula.operator === '*' && isNumberLiteral(formula.right) && formula.right.value === 100
        && isBinaryExpression(formula.left) && formula.left.operator === '/'
        && isMetricCall(formula.left.left) && isMetricCall(formula.left.right)) {
        return { of: formula.left.left.metric.$refText, per: formula.left.right.metric.$refText };
    }
    return undefined;
}

function isQuotient(formula: Expression | undefined): boolean {
    return isBinaryExpression(formula) && (formula.operator === '/' || isQuotient(formula.left) || isQuotient(formula.right));
}

/** How a written unit misfits a metric's unit: a percentage of a count, money as a percentage… */
export type UnitMisfit = 'percentOnCount' | 'moneyOnCount' | 'percentOnMoney' | 'bareOnPercent' | 'moneyOnPercent' | 'unitOnRatio';

/**
 * Whether a number written with `written` (`%`, a currency code, or nothing) fits a metric in `unit`:
 * a count and a ratio are bare numbers, money is bare or in a currency, a percentage carries `%`.
 */
export function unitMisfit(unit: MetricUnit | undefined, written: string | undefined): UnitMisfit | undefined {
    const percent = written === '%';
    const money = written !== undefined && !percent;
    switch (unit) {
        case 'count': return percent ? 'percentOnCount' : money ? 'moneyOnCount' : undefined;
        case 'money': return percent ? 'percentOnMoney' : undefined;
        case 'percent': return money ? 'moneyOnPercent' : percent ? undefined : 'bareOnPercent';
        case 'ratio': return written !== undefined ? 'unitOnRatio' : undefined;
        default: return undefined;
    }
}
