import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { catalogs, type MessageKey } from '../../i18n/index.js';
import type { LocaleState } from '../workspace/locale.js';
import { keywordForms, keywordIn, type KeywordLanguage } from './keywords.js';
import { closestWord } from './closest-word.js';
import {
    DECLARATION_KEYWORDS, WORD_KEYWORDS, hasPropertyWithoutKeyword, isBlock, isCurrencyKeyword, leadingKeyword, propertiesOf
} from './syntax-grammar.js';
import { everydayFormMiss } from './number-forms.js';

const TERMINALS = new Set(['ID', 'STRING', 'NUMBER', 'DATE']);
/** Beyond this many alternatives a list of what was expected stops helping. */
const MAX_ALTERNATIVES = 8;
/** Beyond this many, a list of the properties that may stand somewhere is cut with “…”. */
const MAX_PROPERTIES = 24;

/** Values first (a number, a name), then currencies, then keywords: the order people think in. */
function rank(token: TokenType): number {
    return TERMINALS.has(token.name) ? 0 : isCurrencyKeyword(token.name) ? 1 : 2;
}

/**
 * The rules whose repeated block holds rules without a block of their own (a funnel's stages, a phase's
 * tasks): after one of those, its properties may stand too (`stage A via vk conversion 2%`).
 */
const CHILDREN: Record<string, string[]> = { Funnel: ['Stage'], Phase: ['Task'], ContentPlan: ['Rubric'], Goal: ['Kpi'] };

/** Words people write for a comparison: `at least 1500`, `не менее 1500`. */
const COMPARISON_WORDS = new Set(['at', 'least', 'most', 'more', 'less', 'not', 'min', 'max', 'minimum', 'maximum', 'over', 'under',
    'не', 'менее', 'более', 'больше', 'меньше', 'минимум', 'максимум', 'хотя', 'от']);

/** The rules a property may belong to, for “`margin` is written in: Product”. */
const DECLARATION_RULES = Object.keys(catalogs.en).filter(key => key.startsWith('syntax.rule.'))
    .map(key => key.slice('syntax.rule.'.length)).filter(rule => rule !== 'Model' && rule !== 'Strategy');

/** The rules where a comparison may follow a metric: a goal's KPIs, a correction rule's conditions. */
const COMPARING_RULES = new Set(['Goal', 'Kpi', 'AdjustRule', 'Condition']);

/** Where a syntax error happened, as the parser tells it. */
interface ErrorPlace {
    /** The tokens that may stand there; empty when anything that ends the text's block may. */
    expected: TokenType[];
    actual: IToken | undefined;
    previous: IToken | undefined;
    ruleName: string | undefined;
}

/** What the message provider reads from the parser and the lexer of the text being parsed. */
export interface ParseState {
    /** The rules being parsed, outermost first. */
    ruleStack(): string[];
    /** The token before the parser's position. */
    previousToken(): IToken | undefined;
    /** The language most keywords of the text are written in. */
    keywordLanguage(): KeywordLanguage | undefined;
}

function isWord(token: IToken | undefined): boolean {
    return !!token && /^\p{L}/u.test(token.image);
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

/**
 * Syntax errors in the user's language that teach: where the error is (the declaration), what may stand there
 * (the declaration's properties, as the text writes its keywords), the closest keyword to a misspelled word in
 * either language, and a hint for the usual mistakes (a comparison in words, a title without quotes, a block
 * not closed). They never name the parser's internals.
 */
export class SmmParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    private messages = 0;
    /** No limit outside the parses of documents (completion runs a parser of its own over short texts). */
    private limit = Number.POSITIVE_INFINITY;

    constructor(private readonly locale: LocaleState, private readonly state?: ParseState) {
        super();
    }

    /** Called before and after each parse of a document; `limit` is the number of errors after which it gives up. */
    startParse(limit: number): void {
        this.messages = 0;
        this.limit = limit;
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        this.count(options.actual);
        return this.explain({ ...options, expected: [options.expected] });
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        this.count(options.firstRedundant);
        return this.explain({ expected: [], actual: options.firstRedundant, previous: this.state?.previousToken(), ruleName: 'Model' });
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        this.count(options.actual[0]);
        const firsts = options.expectedPathsPerAlt.flatMap(alt => alt.map(path => path[0])).filter(Boolean);
        return this.explain({ expected: firsts, actual: options.actual[0], previous: options.previous, ruleName: options.ruleName });
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        this.count(options.actual[0]);
        const firsts = options.expectedIterationPaths.map(path => path[0]).filter(Boolean);
        return this.explain({ expected: firsts, actual: options.actual[0], previous: options.previous, ruleName: options.ruleName });
    }

    private count(actual: IToken | undefined): void {
        this.messages++;
        if (this.messages > this.limit && !isEnd(actual) && Number.isInteger(actual!.startOffset)) {
            throw new SyntaxErrorLimitReached(actual!.startOffset);
        }
    }

    /** The rules being parsed, outermost first, ending with `ruleName`. */
    private stack(name: string | undefined): string[] {
        // Langium registers each rule with chevrotain under its name and a zero-width space.
        const ruleName = name?.replace(/\u200B/g, '');
        const stack = (this.state?.ruleStack() ?? []).map(rule => rule.replace(/\u200B/g, ''));
        if (ruleName === 'Model') {
            return ['Model'];
        }
        return stack.length > 0 && (!ruleName || stack[stack.length - 1] === ruleName) ? stack : ruleName ? ['Model', ruleName] : ['Model'];
    }

    private explain(place: ErrorPlace): string {
        // An everyday form the language does not know (`690 рублей`, `5 тысяч`) is named as such.
        const miss = isEnd(place.actual) ? undefined : everydayFormMiss(place.actual!.image);
        if (miss) {
            return this.locale.t(`syntax.form.${miss}`, { found: place.actual!.image });
        }
        const stack = this.stack(place.ruleName);
        const innermost = stack[stack.length - 1];
        const language = this.state?.keywordLanguage() ?? this.locale.current;
        const closing = place.expected.every(token => token.name === '}' || token.name === 'EOF' || propertiesOf(innermost).includes(token.name));
        const atProperty = place.expected.length === 0 || (closing && propertiesOf(innermost).length > 0);
        if (atProperty) {
            return this.notAProperty(place, stack, language);
        }
        return this.notWhatMustStand(place, stack, language);
    }

    /** A word where a property of the declaration (or its `}`) may stand. */
    private notAProperty(place: ErrorPlace, stack: string[], language: KeywordLanguage): string {
        const rule = [...stack].reverse().find(name => propertiesOf(name).length > 0) ?? 'Model';
        const declaration = this.declaration(stack.slice(0, stack.lastIndexOf(rule) + 1));
        const own = propertiesOf(rule);
        const items = own.slice(0, MAX_PROPERTIES).map(keyword => this.keyword(keyword, language));
        if (own.length > MAX_PROPERTIES) {
            items.push('…');
        }
        if (isBlock(rule) && rule !== 'Model') {
            items.push(this.locale.t('syntax.symbol', { symbol: '}' }));
        }
        if (isEnd(place.actual)) {
            return isBlock(rule) && rule !== 'Model'
                ? this.locale.t('syntax.unclosedAtEnd', { declaration })
                : this.locale.t('syntax.unexpectedEnd');
        }
        const children = (CHILDREN[rule] ?? []).filter(child => propertiesOf(child).length > 0);
        const candidates = [...own, ...children.flatMap(propertiesOf)];
        const allowed = [
            this.locale.t('syntax.allowedHere', { list: this.list(items) }),
            ...children.map(child => this.locale.t('syntax.goesOn', {
                child: this.ruleName(child, this.locale.current === 'en'),
                list: propertiesOf(child).map(keyword => this.keyword(keyword, language)).join(', ')
            }))
        ].join(' ');
        const found = place.actual!.image;
        const suggestion = this.suggestion(place.actual, candidates);
        const hints = this.hints(place, stack.slice(0, stack.lastIndexOf(rule) + 1), !!suggestion);
        const head = suggestion
            ? this.locale.t('syntax.unknownWord', { declaration, found, suggestion, allowed })
            : this.locale.t('syntax.notHere', { declaration, found, allowed });
        // A property without a keyword (a rubric's `3 per week`) is not in the list: the example shows it.
        const examples = [rule, ...children].filter(hasPropertyWithoutKeyword).map(name => this.explanation([name]))
            .filter((example): example is string => !!example);
        return [head, ...examples, ...hints].join(' ');
    }

    /** Something else where one thing must stand: a name, a number, a unit, one of a few keywords. */
    private notWhatMustStand(place: ErrorPlace, stack: string[], language: KeywordLanguage): string {
        const innermost = stack[stack.length - 1];
        const declaration = this.declaration(stack);
        const names = innermost === 'MetricName'
            ? [this.locale.t('syntax.token.metric')]
            : [...new Set([...place.expected].sort((a, b) => rank(a) - rank(b)).map(token => this.describe(token, language)))];
        const explanation = this.explanation(stack);
        const keywords = place.expected.map(token => token.name).filter(name => /\p{L}/u.test(name) && !isCurrencyKeyword(name));
        const suggestion = this.suggestion(place.actual, keywords);
        const parts: string[] = [];
        if (names.length === 0 || names.length > MAX_ALTERNATIVES) {
            parts.push(isEnd(place.actual)
                ? this.locale.t('syntax.unexpectedEnd')
                : this.locale.t('syntax.notHere', { declaration, found: place.actual!.image, allowed: explanation ?? '' }).trim());
        } else {
            const words = place.expected.filter(token => /\p{L}/u.test(token.name) && !isCurrencyKeyword(token.name));
            const expected = names.length === 1
                ? names[0]
                : words.length === place.expected.length && words.length > 2
                    ? this.locale.t('syntax.oneOf', { list: words.map(token => keywordIn(token.name, language)).join(', ') })
                    : this.locale.t('syntax.alternatives', { first: names.slice(0, -1).join(', '), last: names[names.length - 1] });
            parts.push(isEnd(place.actual)
                ? this.locale.t('syntax.mustStandBeforeEnd', { declaration, expected })
                : this.locale.t('syntax.mustStand', { declaration, expected, found: place.actual!.image }));
            if (suggestion) {
                parts.push(this.locale.t('syntax.didYouMean', { suggestion }));
            }
            if (explanation) {
                parts.push(explanation);
            }
        }
        if (!isEnd(place.actual)) {
            parts.push(...this.hints(place, stack, !!suggestion));
        }
        return parts.join(' ');
    }

    /** The declaration an error is in, for the start of its message: the innermost rule that has a name. */
    private declaration(stack: string[]): string {
        const rule = [...stack].reverse().find(name => `syntax.rule.${name}` in catalogs.en) ?? 'Model';
        return this.ruleName(rule, false);
    }

    private ruleName(rule: string, lowerCase: boolean): string {
        const name = this.locale.t(`syntax.rule.${rule}` as MessageKey);
        return lowerCase && !/^[A-Z]{2}/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
    }

    /**
     * What the innermost rule that has an explanation is: its own text, or the hover text of the keyword it
     * starts with (`budget` for `budget -5`).
     */
    private explanation(stack: string[]): string | undefined {
        for (const rule of [...stack].reverse()) {
            if (`syntax.explain.${rule}` in catalogs.en) {
                return this.locale.t(`syntax.explain.${rule}` as MessageKey);
            }
            const keyword = leadingKeyword(rule);
            if (keyword && `keyword.${keyword}` in catalogs.en) {
                return this.locale.t(`keyword.${keyword}` as MessageKey);
            }
        }
        return undefined;
    }

    /**
     * The closest keyword to a word that is not one it could be: among `candidates` (what may stand there), in
     * either language, else among every keyword of the language.
     */
    private suggestion(actual: IToken | undefined, candidates: string[]): string | undefined {
        if (!isWord(actual) || candidates.includes(actual!.tokenType.name) || COMPARISON_WORDS.has(actual!.image.toLowerCase())) {
            return undefined;
        }
        const word = actual!.image;
        return closestWord(word, candidates.flatMap(keywordForms)) ?? closestWord(word, WORD_KEYWORDS.flatMap(keywordForms));
    }

    /** `stack`: the rules the error is in, outermost first. */
    private hints(place: ErrorPlace, stack: string[], suggested: boolean): string[] {
        const actual = place.actual!;
        const rule = stack[stack.length - 1];
        const hints: string[] = [];
        if (COMPARISON_WORDS.has(actual.image.toLowerCase()) && stack.some(name => COMPARING_RULES.has(name))) {
            hints.push(this.locale.t('syntax.hint.comparator'));
        } else if (!suggested && actual.tokenType.name === 'ID' && place.previous?.tokenType?.name === 'ID') {
            hints.push(this.locale.t('syntax.hint.quotes'));
        }
        const keyword = actual.tokenType.name;
        if (rule !== 'Model' && DECLARATION_KEYWORDS.has(keyword) && isBlock(rule)) {
            hints.push(this.locale.t('syntax.hint.unclosed'));
        } else if (/\p{L}/u.test(keyword) && keyword !== 'ID' && !stack.some(name => propertiesOf(name).includes(keyword))) {
            const places = DECLARATION_RULES
                .filter(other => !stack.includes(other) && propertiesOf(other).includes(keyword))
                .slice(0, 3).map(other => this.ruleName(other, false));
            if (places.length > 0) {
                hints.push(this.locale.t('syntax.belongsTo', { found: actual.image, places: places.join(', ') }));
            }
        }
        return hints;
    }

    private list(items: string[]): string {
        return items.length === 1
            ? items[0]
            : this.locale.t('syntax.alternatives', { first: items.slice(0, -1).join(', '), last: items[items.length - 1] });
    }

    /** A keyword as the text writes keywords. */
    private keyword(keyword: string, language: KeywordLanguage): string {
        return keywordIn(keyword, language);
    }

    private describe(token: TokenType, language: KeywordLanguage): string {
        if (TERMINALS.has(token.name)) {
            return this.locale.t(`syntax.token.${token.name}` as MessageKey);
        }
        if (token.name === 'EOF') {
            return this.locale.t('syntax.endOfFile');
        }
        if (isCurrencyKeyword(token.name)) {
            // Eighteen currency keywords read better as one word.
            return this.locale.t('syntax.token.currency');
        }
        return /\p{L}/u.test(token.name)
            ? this.locale.t('syntax.keyword', { keyword: keywordIn(token.name, language) })
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
