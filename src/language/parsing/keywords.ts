/**
 * The language is bilingual: every keyword of the grammar (written in English there) has Russian forms,
 * listed in russian-keywords.ts. The lexer reads either form as the same keyword, so the parser, the
 * syntax tree and every check see one language, while the text keeps the author's words.
 */
import { RUSSIAN_KEYWORD_TABLE } from './russian-keywords.js';

export type KeywordLanguage = 'en' | 'ru';

/** English keyword → its Russian forms, the usual one first; an empty list: written the same in Russian (`cpm`). */
export const RUSSIAN_KEYWORDS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(RUSSIAN_KEYWORD_TABLE));

/** A form as the lexer matches it: words apart by any whitespace, so `раза в` is also `раза\n  в`. */
function normalized(form: string): string {
    return form.trim().replace(/\s+/g, ' ');
}

const ENGLISH = new Map<string, string>();
for (const [english, forms] of RUSSIAN_KEYWORDS) {
    for (const form of forms) {
        ENGLISH.set(normalized(form), english);
    }
}

/** The English keyword a Russian form stands for, or `undefined` for any other text. */
export function englishKeyword(text: string): string | undefined {
    return ENGLISH.get(normalized(text));
}

/** The keyword as an author writing in `language` writes it. */
export function keywordIn(keyword: string, language: KeywordLanguage): string {
    return language === 'ru' ? RUSSIAN_KEYWORDS.get(keyword)?.[0] ?? keyword : keyword;
}

/** Every way to write the keyword: English first, then its Russian forms. */
export function keywordForms(keyword: string): string[] {
    return [keyword, ...RUSSIAN_KEYWORDS.get(keyword) ?? []];
}

/** Whether `text` is a keyword written in Russian (a form of the table, or a Cyrillic keyword of the grammar). */
export function isRussianKeywordText(text: string): boolean {
    return /[\u0400-\u04FF]/.test(text);
}
