import { t, type Locale, type MessageArgs, type MessageKey } from '../../i18n/index.js';
import { localeOfSetting } from '../../shared/locale.js';

/**
 * The language in which the server speaks to the user. Set from the client's display language and the
 * `smm.locale` setting; read by everything that produces user-facing text.
 */
export class LocaleState {
    private value: Locale = 'en';

    get current(): Locale {
        return this.value;
    }

    /** The text of `key` in the current language. */
    t(key: MessageKey, args?: MessageArgs): string {
        return t(this.value, key, args);
    }

    /** Applies a setting value (`auto`, `en`, `ru`) on top of the client's display language. */
    set(setting: string | undefined, clientLocale: string | undefined): boolean {
        const next = localeOfSetting(setting, clientLocale);
        const changed = next !== this.value;
        this.value = next;
        return changed;
    }
}
