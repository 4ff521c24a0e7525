import type { Locale } from './index.js';

/**
 * What a count of each countable standard metric is called: "16 667 clicks", «16 667 кликов», and one
 * unit of it for costs: "15 ₽/click". Russian needs three forms (1 клик, 2 клика, 5 кликов).
 */
export interface WordForms {
    en: { one: string; other: string };
    /** `other` is the form of a fraction (1,5 года), the `few` form unless given. */
    ru: { one: string; few: string; many: string; other?: string };
}

export const words = (one: string, other: string, ruOne: string, few: string, many: string, ruOther?: string): WordForms =>
    ({ en: { one, other }, ru: { one: ruOne, few, many, ...ruOther !== undefined && { other: ruOther } } });

const UNIT_WORDS: Record<string, WordForms> = {
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
    return wordFor(locale, entry, Math.round(count));
}

/** The form of a word for `count` of it, by the language's plural rules: 1 клик, 2 клика, 5 кликов, 1,5 клика. */
export function wordFor(locale: Locale, entry: WordForms, count: number): string {
    const category = pluralRules[locale].select(count);
    if (locale === 'en') {
        return category === 'one' ? entry.en.one : entry.en.other;
    }
    return category === 'one' ? entry.ru.one : category === 'few' ? entry.ru.few : category === 'many' ? entry.ru.many
        : entry.ru.other ?? entry.ru.few;
}

/** The word for one unit of a standard metric (`click`, `клик`), for costs per unit. */
export function oneUnitWord(locale: Locale, metricId: string): string | undefined {
    return UNIT_WORDS[metricId]?.[locale].one;
}
