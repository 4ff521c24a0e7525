import { AstUtils, DefaultLexerErrorMessageProvider, GrammarAST, LangiumParserErrorMessageProvider } from 'langium';
import { SmmGrammar } from '../generated/grammar.js';
import type { IToken, TokenType } from 'chevrotain';
import type { MessageKey } from '../../i18n/index.js';
import type { LocaleState } from '../workspace/locale.js';
import { everydayFormMiss } from './number-forms.js';

const TERMINALS = new Set(['ID', 'STRING', 'NUMBER', 'DATE']);
/** The keywords of the grammar's `CurrencyCode` rule. */
const CURRENCIES = new Set(AstUtils.streamAllContents(SmmGrammar().rules.find(rule => rule.name === 'CurrencyCode')!)
    .filter(GrammarAST.isKeyword)
    .map(keyword => keyword.value));
/** Beyond this many alternatives a list of what was expected stops helping. */
const MAX_ALTERNATIVES = 8;

/** Values first (a number, a name), then currencies, then keywords: the order people think in. */
function rank(token: TokenType): number {
    return TERMINALS.has(token.name) ? 0 : CURRENCIES.has(token.name) ? 1 : 2;
}

function isEnd(token: IToken | undefined): boolean {
    return !token || token.tokenType?.name === 'EOF';
}

/**
 * Syntax errors after which a parse gives up. Error recovery costs more with every error: 20,000 lines of
 * text that is not a strategy made 112,000 of them in 22 s, 40,000 lines 68 s; a thousand take well under
 * a second, and only the first hundred are listed anyway (`too-many-syntax-errors`).
 */
export const MAX_PARSER_ERRORS = 1_000;

/** Thrown by the parser's message provider when a parse reaches `MAX_PARSER_ERRORS`, at the offending token. */
export class SyntaxErrorLimitReached extends Error {
    constructor(readonly offset: number) {
        super(`More than ${MAX_PARSER_ERRORS} syntax errors`);
    }
}

/** Syntax errors in the user's language, naming tokens the way a marketer would. */
export class SmmParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    private messages = 0;
    /** No limit outside the parses of documents (completion runs a parser of its own over short texts). */
    private limit = Number.POSITIVE_INFINITY;

    constructor(private readonly locale: LocaleState) {
        super();
    }

    /** Called before and after each parse of a document; `limit` is the number of errors after which it gives up. */
    startParse(limit: number): void {
        this.messages = 0;
        this.limit = limit;
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken }): string {
        this.count(options.actual);
        return this.expected(this.describe(options.expected), options.actual);
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
        this.count(options.firstRedundant);
        return this.locale.t('syntax.expectedEnd', { found: options.firstRedundant.image });
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        this.count(options.actual[0]);
        const firsts = options.expectedPathsPerAlt.flatMap(alt => alt.map(path => path[0])).filter(Boolean);
        return this.alternatives(firsts, options.actual[0], 'syntax.noViableAlt');
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        this.count(options.actual[0]);
        const firsts = options.expectedIterationPaths.map(path => path[0]).filter(Boolean);
        return this.alternatives(firsts, options.actual[0], 'syntax.earlyExit');
    }

    private count(actual: IToken | undefined): void {
        this.messages++;
        if (this.messages > this.limit && !isEnd(actual) && Number.isInteger(actual!.startOffset)) {
            throw new SyntaxErrorLimitReached(actual!.startOffset);
        }
    }

    private alternatives(tokens: TokenType[], actual: IToken | undefined, fallback: MessageKey): string {
        const names = [...new Set(tokens.sort((a, b) => rank(a) - rank(b)).map(token => this.describe(token)))];
        if (names.length === 0 || names.length > MAX_ALTERNATIVES) {
            return isEnd(actual) ? this.locale.t('syntax.unexpectedEnd') : this.locale.t(fallback, { found: actual!.image });
        }
        const expected = names.length === 1
            ? names[0]
            : this.locale.t('syntax.alternatives', { first: names.slice(0, -1).join(', '), last: names[names.length - 1] });
        return this.expected(expected, actual);
    }

    private expected(expected: string, actual: IToken | undefined): string {
        const miss = isEnd(actual) ? undefined : everydayFormMiss(actual!.image);
        if (miss) {
            return this.locale.t(`syntax.form.${miss}`, { found: actual!.image });
        }
        return isEnd(actual)
            ? this.locale.t('syntax.expectedBeforeEnd', { expected })
            : this.locale.t('syntax.expected', { expected, found: actual!.image });
    }

    private describe(token: TokenType): string {
        if (TERMINALS.has(token.name)) {
            return this.locale.t(`syntax.token.${token.name}` as MessageKey);
        }
        if (token.name === 'EOF') {
            return this.locale.t('syntax.endOfFile');
        }
        if (CURRENCIES.has(token.name)) {
            // Eighteen currency keywords read better as one word.
            return this.locale.t('syntax.token.currency');
        }
        return /\p{L}/u.test(token.name)
            ? this.locale.t('syntax.keyword', { keyword: token.name })
            : this.locale.t('syntax.symbol', { symbol: token.name });
    }
}

export class SmmLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    constructor(private readonly locale: LocaleState) {
        super();
    }

    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        return this.locale.t('syntax.unexpectedChar', { found: fullText.substring(startOffset, startOffset + length) });
    }
}
