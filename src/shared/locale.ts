/**
 * The language the `smm.locale` setting chooses, for the language server and the extension alike: `en` or
 * `ru` as set, and `auto` (or nothing) the display language of the editor: Russian for `ru`, `ru-RU`…,
 * English for anything else.
 */
export function localeOfSetting(setting: string | undefined, displayLanguage: string | undefined): 'en' | 'ru' {
    if (setting === 'en' || setting === 'ru') {
        return setting;
    }
    return displayLanguage?.trim().toLowerCase().split(/[-_.]/)[0] === 'ru' ? 'ru' : 'en';
}
