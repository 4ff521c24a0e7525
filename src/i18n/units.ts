import type { Locale } from './index.js';

/**
 * What a count of each countable standard metric is called: "16 667 clicks", «16 667 кликов», and one
 * unit of it for costs: "15 ₽/click". Russian needs three forms (1 клик, 2 клика, 5 кликов).
 */
interface UnitWords {
    en: { one: string; other: string };
    ru: { one: string; few: string; many: string };
}

const words = (one: string, other: string, ruOne: string, few: string, many: string): UnitWords =>
    ({ en: { one, other }, ru: { one: ruOne, few, many } });

const UNIT_WORDS: Record<string, UnitWords> = {
    reach: words('person reached', 'people reached', 'человек', 'человека', 'человек'),
    impressions: words('impression', 'impressions', 'показ', 'показа', 'показов'),
    views: words('view', 'views', 'просмотр', 'просмотра', 'просмотров'),
    clicks: words('click', 'clicks', 'клик', 'клика', 'кликов'),
    leads: words('lead', 'leads', 'лид', 'лида', 'лидов'),
    conversions: words('conversion', 'conversions', 'конверсия', 'конверсии', 'конверсий'),
    orders: words('order', 'orders', 'заказ', 'заказа', 'заказов'),
    sales: words('sale', 'sales', 'продажа', 'продажи', 'продаж'),
    customers: words('customer', 'customers', 'клиент', 'клиента', 'клиентов'),
    subscribers: words('subscriber', 'subscribers', 'подписчик', 'подписчика', 'подписчиков'),
    subscriber_growth: words('new subscriber', 'new subscribers', 'новый подписчик', 'новых подписчика', 'новых подписчиков'),
    unsubscribes: words('unsubscribe', 'unsubscribes', 'отписка', 'отписки', 'отписок'),
    engagements: words('engagement', 'engagements', 'реакция', 'реакции', 'реакций'),
    mentions: words('mention', 'mentions', 'упоминание', 'упоминания', 'упоминаний'),
    posts: words('post', 'posts', 'пост', 'поста', 'постов'),
    stories: words('story', 'stories', 'история', 'истории', 'историй'),
    videos: words('video', 'videos', 'видео', 'видео', 'видео')
};

const pluralRules = { en: new Intl.PluralRules('en-US'), ru: new Intl.PluralRules('ru-RU') };

/** The word for `count` units of a standard metric (`clicks`, `кликов`), or undefined for other metrics. */
export function unitWord(locale: Locale, metricId: string, count: number): string | undefined {
    const entry = UNIT_WORDS[metricId];
    if (!entry) {
        return undefined;
    }
    // Forecasts are shown rounded (16 666.7 → «16 667 кликов»), and so is the count that picks the word.
    const category = pluralRules[locale].select(Math.round(count));
    if (locale === 'en') {
        return category === 'one' ? entry.en.one : entry.en.other;
    }
    return category === 'one' ? entry.ru.one : category === 'few' ? entry.ru.few : entry.ru.many;
}

/** The word for one unit of a standard metric (`click`, `клик`), for costs per unit. */
export function oneUnitWord(locale: Locale, metricId: string): string | undefined {
    return UNIT_WORDS[metricId]?.[locale].one;
}
