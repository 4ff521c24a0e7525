import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { RUSSIAN_KEYWORDS, type KeywordLanguage } from './keywords.js';

/** The Russian forms of several words or hyphenated parts (`раза в`, `цель-компании`), split into parts. */
interface CompoundForm {
    parts: string[];
    keyword: string;
}

/**
 * Reads the Russian form of a keyword as that keyword (`месяц` as `month`, `раза в` as `per`), so the parser,
 * the syntax tree and every check see one language while the text keeps the author's words.
 *
 * Russian forms are words that the `ID` terminal matches, so the lexer's own pass leaves them as identifiers;
 * this pass gives each identifier that is a Russian form, alone or with the words after it, the keyword's token
 * type. One lookup per identifier: keyword patterns that tried every form at every word cost 60 % more time
 * to parse 5,000 lines. A form that is itself a keyword of the grammar (written there in Cyrillic) is left to
 * the grammar's own keyword.
 */
export class SmmLexer extends DefaultLexer {
    /** By the first word of a Russian form: the keyword it is alone, and the compound forms it starts (longest first). */
    private readonly forms = new Map<string, { single?: TokenType; compounds: Array<CompoundForm & { type: TokenType }> }>();
    private readonly hyphen: TokenType | undefined;
    private readonly id: TokenType | undefined;
    /** The keywords that have a Russian form. */
    private readonly translatable = new Set<TokenType>();
    private lastTokens: IToken[] = [];

    constructor(services: LangiumCoreServices) {
        super(services);
        const types = this.tokenTypes as Record<string, TokenType>;
        this.hyphen = types['-'];
        this.id = types['ID'];
        for (const [keyword, forms] of RUSSIAN_KEYWORDS) {
            const type = types[keyword];
            if (!type || forms.length === 0) {
                continue;
            }
            this.translatable.add(type);
            for (const form of forms.filter(form => !types[form])) {
                const parts = form.split(/(\s+|-)/).filter(part => part.trim() !== '');
                const entry = this.forms.get(parts[0]) ?? { compounds: [] };
                if (parts.length === 1) {
                    entry.single = type;
                } else {
                    entry.compounds.push({ parts, keyword, type });
                    entry.compounds.sort((a, b) => b.parts.length - a.parts.length);
                }
                this.forms.set(parts[0], entry);
            }
        }
    }

    /**
     * The language most keywords of the last text were written in, `undefined` when as many in each (or
     * none): syntax errors name keywords the way the text writes them. Counted only when asked.
     */
    get lastKeywordLanguage(): KeywordLanguage | undefined {
        let russian = 0;
        let english = 0;
        for (const token of this.lastTokens) {
            if (this.translatable.has(token.tokenType)) {
                if (token.image === token.tokenType.name) {
                    english++;
                } else {
                    russian++;
                }
            }
        }
        return russian > english ? 'ru' : english > russian ? 'en' : undefined;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const tokens = result.tokens;
        let merged = false;
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            if (token.tokenType !== this.id) {
                continue;
            }
            const entry = this.forms.get(token.image);
            if (!entry) {
                continue;
            }
            const compound = entry.compounds.find(form => this.matches(text, tokens, i, form.parts));
            if (compound) {
                const last = tokens[i + compound.parts.length - 1];
                tokens[i] = retyped(token, compound.type, text.substring(token.startOffset, last.endOffset! + 1), last);
                for (let k = 1; k < compound.parts.length; k++) {
                    tokens[i + k] = undefined!;
                }
                i += compound.parts.length - 1;
                merged = true;
            } else if (entry.single) {
                tokens[i] = retyped(token, entry.single, token.image, token);
            }
        }
        if (merged) {
            result.tokens = tokens.filter(Boolean);
        }
        this.lastTokens = result.tokens;
        return result;
    }

    /** Whether the tokens from `start` spell `parts`: words apart by whitespace, hyphens joined without any. */
    private matches(text: string, tokens: IToken[], start: number, parts: string[]): boolean {
        for (let k = 1; k < parts.length; k++) {
            const previous = tokens[start + k - 1];
            const token = tokens[start + k];
            if (!token || token.image !== parts[k]) {
                return false;
            }
            const gap = text.substring(previous.endOffset! + 1, token.startOffset);
            const hyphenated = parts[k] === '-' || parts[k - 1] === '-';
            if (hyphenated ? gap !== '' || (parts[k] === '-' && token.tokenType !== this.hyphen) : !/^\s+$/.test(gap)) {
                return false;
            }
        }
        return true;
    }
}

function retyped(token: IToken, type: TokenType, image: string, last: IToken): IToken {
    return {
        ...token,
        image,
        endOffset: last.endOffset,
        endLine: last.endLine,
        endColumn: last.endColumn,
        tokenType: type,
        tokenTypeIdx: type.tokenTypeIdx!
    };
}
