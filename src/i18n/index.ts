import { en, type MessageKey } from './en.js';
import { ru } from './ru.js';

export type { MessageKey };
export type Locale = 'en' | 'ru';
export const LOCALES: readonly Locale[] = ['en', 'ru'];

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, ru };

export type MessageArgs = Record<string, string | number>;

/** The text of `key` in `locale`, with `{name}` placeholders filled from `args`. */
export function t(locale: Locale, key: MessageKey, args: MessageArgs = {}): string {
    return catalogs[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in args ? String(args[name]) : whole);
}

/**
 * Maps a BCP 47 tag or a POSIX locale ("ru", "ru-RU", "ru_RU.UTF-8") to a supported locale;
 * anything else falls back to English.
 */
export function resolveLocale(tag: string | undefined): Locale {
    const language = tag?.trim().toLowerCase().split(/[-_.]/)[0];
    return language === 'ru' ? 'ru' : 'en';
}
