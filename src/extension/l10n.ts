import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { localeOfSetting } from '../shared/locale.js';

/**
 * The extension's own words (the preview's toolbar and banner, the export picker, its notifications, the
 * status bar) in the language of the roadmap they stand beside: the `smm.locale` setting, where `auto`
 * follows VS Code's display language as the language server does. `vscode.l10n.t` would follow the display
 * language alone, and a Russian roadmap would sit under an English toolbar. The texts are English in the
 * sources and Russian in `l10n/bundle.l10n.ru.json`, the bundle VS Code itself reads.
 */
let russian: Record<string, string> = {};

/** Reads the Russian texts once, when the extension starts. */
export function loadTranslations(bundlePath: string): void {
    try {
        russian = JSON.parse(readFileSync(bundlePath, 'utf8')) as Record<string, string>;
    } catch {
        // Without the bundle the extension speaks English rather than not starting.
        russian = {};
    }
}

/** The language the user chose for everything the extension shows. */
export function extensionLocale(): 'en' | 'ru' {
    return localeOfSetting(vscode.workspace.getConfiguration('smm').get<string>('locale'), vscode.env.language);
}

export const l10n = {
    /** `message` in the user's language, its `{0}`, `{1}`… filled from `args`. */
    t(message: string, ...args: Array<string | number>): string {
        const text = extensionLocale() === 'ru' ? russian[message] ?? message : message;
        return text.replace(/\{(\d+)\}/g, (whole, index: string) => {
            const value = args[Number(index)];
            return value === undefined ? whole : String(value);
        });
    }
};
