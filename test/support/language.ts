import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogs } from '../../src/i18n/index.js';
import { ROOT } from './artifacts.js';

/** Whether a user-facing text is written in Russian (our fixtures name everything in Latin letters). */
export function isRussian(text: string): boolean {
    return /[а-яё]{3}/i.test(text);
}

/** Whether a user-facing text is free of Russian words. */
export function isEnglish(text: string): boolean {
    return !/[а-яё]/i.test(text) && /[a-z]{3}/i.test(text);
}

/**
 * The English words of the product's own texts (the message catalogs and the extension's texts) that a text
 * holds, in lower case: a Russian surface must hold none. A word is four letters or more, and one that the
 * Russian texts use too (`SMART`, `ROMI`, `Markdown`) is not English here; nor is a name `strategy` (its
 * text) declares, which every surface shows as the author wrote it.
 */
export function englishWords(text: string, strategy = ''): string[] {
    const names = new Set(declaredNames(strategy).map(name => name.toLowerCase()));
    const found = new Set(wordsOf(text).filter(word => ENGLISH_ONLY.has(word) && !names.has(word)));
    return [...found].sort();
}

/** The names a strategy's text declares (`funnel Orders` → `Orders`): the author's words, shown as written. */
function declaredNames(strategy: string): string[] {
    return [...strategy.matchAll(/\b(?:strategy|role|product|competitor|segment|channel|funnel|stage|goal|metric|rubric|phase|task|milestone|risk|duty|approval)\s+([\p{L}_][\p{L}\d_]*)/gu)]
        .map(match => match[1]);
}

function wordsOf(text: string): string[] {
    return (text.match(/[A-Za-z]{4,}/g) ?? []).map(word => word.toLowerCase());
}

const ENGLISH_ONLY: ReadonlySet<string> = (() => {
    const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.ru.json'), 'utf8')) as Record<string, string>;
    const english = new Set([...Object.values(catalogs.en), ...Object.keys(bundle)].flatMap(wordsOf));
    const russian = new Set([...Object.values(catalogs.ru), ...Object.values(bundle)].flatMap(wordsOf));
    return new Set([...english].filter(word => !russian.has(word)));
})();
