import type { Localized } from './metric-catalog.js';

/** A social network or ad platform that strategies usually name as a channel. */
export interface UsualChannel {
    /** The name proposed for the declaration: a valid `.smm` identifier. */
    id: string;
    name: Localized;
    /** What it is good for and how it is usually paid for. */
    description: Localized;
}

function channel(id: string, en: string, ru: string, description: Localized): UsualChannel {
    return { id, name: { en, ru }, description };
}

/** The channels proposed when a strategy declares one, Russian-speaking platforms first. */
export const USUAL_CHANNELS: readonly UsualChannel[] = [
    channel('vk', 'VK', 'ВКонтакте', {
        en: 'The largest Russian social network: communities, clips, VK Ads priced by CPM or CPC.',
        ru: 'Крупнейшая соцсеть Рунета: сообщества, клипы, VK Реклама с оплатой за показы (CPM) или клики (CPC).'
    }),
    channel('telegram', 'Telegram', 'Телеграм', {
        en: 'Channels and chats; Telegram Ads priced by CPM, posts bought from channel owners at a flat fee.',
        ru: 'Каналы и чаты; Telegram Ads с оплатой за показы (CPM), посты у владельцев каналов — фиксированная цена.'
    }),
    channel('odnoklassniki', 'Odnoklassniki', 'Одноклассники', {
        en: 'A social network with an older audience (35+); ads through VK Ads.',
        ru: 'Соцсеть со взрослой аудиторией (35+); реклама через VK Рекламу.'
    }),
    channel('dzen', 'Dzen', 'Дзен', {
        en: 'A blog and video platform fed by recommendations; promoted articles priced per view.',
        ru: 'Платформа статей и видео на рекомендациях; продвижение статей с оплатой за просмотры.'
    }),
    channel('youtube', 'YouTube', 'YouTube', {
        en: 'Long and short video; ads priced per view (CPV) or integrations with creators.',
        ru: 'Длинные и короткие видео; реклама с оплатой за просмотры (CPV) или интеграции у блогеров.'
    }),
    channel('rutube', 'RuTube', 'RuTube', {
        en: 'A Russian video platform; integrations and ads priced per view.',
        ru: 'Российская видеоплатформа; интеграции и реклама с оплатой за просмотры.'
    }),
    channel('instagram', 'Instagram', 'Instagram', {
        en: 'Photos, Stories and Reels; Meta Ads priced by CPM or CPC.',
        ru: 'Фото, истории и Reels; реклама Meta с оплатой за показы (CPM) или клики (CPC).'
    }),
    channel('tiktok', 'TikTok', 'TikTok', {
        en: 'Short vertical video; TikTok Ads priced by CPM or per view.',
        ru: 'Короткие вертикальные видео; TikTok Ads с оплатой за показы или просмотры.'
    }),
    channel('facebook', 'Facebook', 'Facebook', {
        en: 'Pages and groups; Meta Ads priced by CPM or CPC.',
        ru: 'Страницы и группы; реклама Meta с оплатой за показы или клики.'
    }),
    channel('linkedin', 'LinkedIn', 'LinkedIn', {
        en: 'Professional network for B2B; lead-gen forms priced per lead (CPL).',
        ru: 'Профессиональная сеть для B2B; лид-формы с оплатой за лид (CPL).'
    }),
    channel('pinterest', 'Pinterest', 'Pinterest', {
        en: 'Visual search for ideas; promoted pins priced by CPM or CPC.',
        ru: 'Визуальный поиск идей; продвигаемые пины с оплатой за показы или клики.'
    }),
    channel('influencers', 'Influencers', 'Блогеры', {
        en: 'Posts and integrations bought from creators, usually at a flat fee.',
        ru: 'Посты и интеграции у блогеров, обычно за фиксированную цену.'
    })
];
