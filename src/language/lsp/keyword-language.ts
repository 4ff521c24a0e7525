/**
 * The language of a file's keywords: completion, snippets and quick fixes write keywords the way the file
 * already writes them.
 */
import { GrammarAST, isLeafCstNode, type CstNode } from 'langium';
import { forEachCstNode } from '../parsing/ast-walk.js';
import { RUSSIAN_KEYWORDS, isRussianKeywordText, keywordIn, type KeywordLanguage } from '../parsing/keywords.js';

/**
 * Russian when most keywords of the file that have a Russian form are written in it, English when most are
 * not; `fallback` (the user's language) for a file with no such keyword yet, or as many of each.
 */
export function keywordLanguageOf(root: CstNode | undefined, fallback: KeywordLanguage): KeywordLanguage {
    let russian = 0;
    let english = 0;
    if (root) {
        forEachCstNode(root, node => {
            if (isLeafCstNode(node) && GrammarAST.isKeyword(node.grammarSource) && (RUSSIAN_KEYWORDS.get(node.grammarSource.value)?.length ?? 0) > 0) {
                if (isRussianKeywordText(node.text)) {
                    russian++;
                } else {
                    english++;
                }
            }
        });
    }
    return russian > english ? 'ru' : english > russian ? 'en' : fallback;
}

/**
 * `text` (a snippet, a declaration a quick fix adds) with its keywords in `language`: every word that is a
 * keyword of the table, outside texts in quotes, becomes its usual form. Names never are keywords, so no name
 * is touched.
 */
export function withKeywordsIn(text: string, language: KeywordLanguage): string {
    if (language === 'en') {
        return text;
    }
    return text.split(/("(?:[^"\\]|\\.)*"|«[^»]*»)/).map((part, i) => i % 2 === 1 ? part
        : part.replace(/(?<![\p{L}\d_-])[a-z]+(?:-[a-z]+)*(?![\p{L}\d_-])/gu, word => RUSSIAN_KEYWORDS.has(word) ? keywordIn(word, language) : word))
        .join('');
}
