import { en as coreEn } from './en.js';
import { ru as coreRu } from './ru.js';
import { analysisMessages } from './analysis.js';
import { economicsMessages } from './economics.js';
import { exportMessages } from './exports.js';
import { editorMessages } from './editor.js';
import { navigationMessages } from './navigation.js';
import { progressMessages } from './progress.js';
import { formatNumber } from './numbers.js';
import { roadmapMessages } from './roadmap.js';
import { teamMessages } from './team.js';

export type Locale = 'en' | 'ru';
export const LOCALES: readonly Locale[] = ['en', 'ru'];

const en = {
    ...coreEn, ...analysisMessages.en, ...economicsMessages.en, ...editorMessages.en, ...navigationMessages.en, ...roadmapMessages.en,
    ...teamMessages.en, ...exportMessages.en, ...progressMessages.en
};
export type MessageKey = keyof typeof en;
const ru: Record<MessageKey, string> = {
    ...coreRu, ...analysisMessages.ru, ...economicsMessages.ru, ...editorMessages.ru, ...navigationMessages.ru, ...roadmapMessages.ru,
    ...teamMessages.ru, ...exportMessages.ru, ...progressMessages.ru
};

/** Every text a user reads, by locale; the Russian catalog has exactly the English keys. */
export const catalogs: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, ru };

export type MessageArgs = Record<string, string | number>;

/**
 * The text of `key` in `locale`, with `{name}` placeholders filled from `args`; numbers are written the
 * way the locale writes them (`16 667` in Russian, `16,667` in English).
 */
export function t(locale: Locale, key: MessageKey, args: MessageArgs = {}): string {
    return fillPlaceholders(catalogs[locale][key], args, locale);
}

/**
 * Each catalog text split once at its placeholders: the literal parts at even indices, the names at odd
 * ones. Only catalog texts are filled in, so there are as many as the catalogs hold.
 */
const splitTemplates = new Map<string, string[]>();

/** `template` with its `{name}` placeholders filled from `args`, numbers written the way `locale` writes them. */
export function fillPlaceholders(template: string, args: MessageArgs, locale: Locale): string {
    let parts = splitTemplates.get(template);
    if (parts === undefined) {
        parts = template.split(/\{(\w+)\}/);
        splitTemplates.set(template, parts);
    }
    let text = parts[0];
    for (let index = 1; index < parts.length; index += 2) {
        const name = parts[index];
        const value = args[name];
        text += (value === undefined ? `{${name}}` : typeof value === 'number' ? formatNumber(locale, value) : value) + parts[index + 1];
    }
    return text;
}

/**
 * Maps a BCP 47 tag or a POSIX locale ("ru", "ru-RU", "ru_RU.UTF-8") to a supported locale;
 * anything else falls back to English.
 */
export function resolveLocale(tag: string | undefined): Locale {
    const language = tag?.trim().toLowerCase().split(/[-_.]/)[0];
    return language === 'ru' ? 'ru' : 'en';
}
