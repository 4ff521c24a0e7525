import {
    CstUtils, DefaultLangiumDocumentFactory, type AstNode, type Cancellation, type LangiumDocument,
    type LangiumSharedCoreServices, type Mutable, type ParseResult, type ParserOptions, type TextDocument, type URI
} from 'langium';
import type { Locale } from '../../i18n/index.js';
import { isBinaryExpression, isMetric, isModel, isStrategy, type Expression, type Metric } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { forEachCstNode } from './ast-walk.js';
import type { LocaleState } from '../workspace/locale.js';
import { noteStrategyFile } from '../workspace/strategy-folder.js';
import { MAX_PARSER_ERRORS, SmmParserErrorMessageProvider, SyntaxErrorLimitReached } from './syntax-messages.js';

/**
 * Syntax error messages are written while parsing, in the language of the moment. Langium parses a
 * document again only when its text changes; this factory also does so when the user's language changed
 * since the last parse, so that switching `smm.locale` translates syntax errors too.
 */
export class SmmDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly parsedIn = new WeakMap<ParseResult, Locale>();
    /** The editor's version of the text each document was last read from. */
    private readonly readVersions = new WeakMap<LangiumDocument, number>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update<T extends AstNode = AstNode>(
        document: Mutable<LangiumDocument<T>>, cancellationToken: Cancellation.CancellationToken
    ): Promise<LangiumDocument<T>> {
        await super.update(document, cancellationToken);
        if (this.parsedIn.get(document.parseResult) !== this.localeOf(document.uri)) {
            document.parseResult = await this.parseAsync(document.uri, document.textDocument.getText(), cancellationToken);
            (document.parseResult.value as Mutable<AstNode>).$document = document;
        }
        return document;
    }

    /**
     * The editor's version of the text the document's syntax tree was built from; undefined for a file no
     * editor has open. The editor's own version may be newer: an edit that arrived while the document waited
     * for its turn to be read again.
     */
    versionOf(document: LangiumDocument): number | undefined {
        return this.readVersions.get(document);
    }

    protected override create<T extends AstNode = AstNode>(uri: URI, content: string | TextDocument | { $model: T }, options?: ParserOptions): LangiumDocument<T> {
        const version = isTextDocument(content) ? content.version : undefined;
        return this.remembered(super.create<T>(uri, content, options), version);
    }

    protected override async createAsync<T extends AstNode = AstNode>(
        uri: URI, content: string | TextDocument, cancelToken: Cancellation.CancellationToken
    ): Promise<LangiumDocument<T>> {
        // Read before the parse yields: the text is read in this same turn.
        const version = isTextDocument(content) ? content.version : undefined;
        return this.remembered(await super.createAsync<T>(uri, content, cancelToken), version);
    }

    private remembered<T extends AstNode>(document: LangiumDocument<T>, version: number | undefined): LangiumDocument<T> {
        if (version !== undefined) {
            this.readVersions.set(document, version);
        }
        return document;
    }

    protected override async getUpdatedText<T extends AstNode>(
        document: Mutable<LangiumDocument<T>>, textDocument: TextDocument | undefined, cancellationToken: Cancellation.CancellationToken
    ): Promise<string> {
        // Read in the same turn as the text: no edit can come between them.
        if (textDocument) {
            this.readVersions.set(document, textDocument.version);
        }
        return super.getUpdatedText(document, textDocument, cancellationToken);
    }

    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        const tooDeep = this.tooDeep<T>(uri, text);
        if (tooDeep) {
            return this.remember(uri, tooDeep);
        }
        this.messages(uri)?.startParse(MAX_PARSER_ERRORS);
        try {
            return this.remember(uri, this.readable(uri, text, super.parse<T>(uri, text, options)));
        } catch (error) {
            return this.remember(uri, this.unparsable<T>(uri, text, error, options));
        } finally {
            this.messages(uri)?.startParse(Number.POSITIVE_INFINITY);
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        const tooDeep = this.tooDeep<T>(uri, text);
        if (tooDeep) {
            return this.remember(uri, tooDeep);
        }
        this.messages(uri)?.startParse(MAX_PARSER_ERRORS);
        try {
            return this.remember(uri, this.readable(uri, text, await super.parseAsync<T>(uri, text, cancellationToken)));
        } catch (error) {
            return this.remember(uri, this.unparsable<T>(uri, text, error));
        } finally {
            this.messages(uri)?.startParse(Number.POSITIVE_INFINITY);
        }
    }

    /**
     * A parse abandoned by an exception leaves the rule invocations it was in on the parser's own stack
     * (the rest of its state is reset by the next parse): empty it so that the next parse returns its own
     * result, not a node of the abandoned text.
     */
    private resetParser(uri: URI): void {
        const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser as unknown as { stack?: unknown[]; unorderedGroups: Map<string, boolean[]> };
        if (Array.isArray(parser.stack)) {
            parser.stack.length = 0;
        }
        parser.unorderedGroups.clear();
    }

    private messages(uri: URI): SmmParserErrorMessageProvider | undefined {
        const provider = this.serviceRegistry.getServices(uri).parser.ParserErrorMessageProvider;
        return provider instanceof SmmParserErrorMessageProvider ? provider : undefined;
    }

    /**
     * Parentheses nested thousands deep, or a formula of tens of thousands of operators, exhaust the
     * parser's stack. Such a text gets an empty strategy and one syntax error saying why, instead of taking
     * the server or the command line down. A text that made too many syntax errors is read up to the token
     * where the parse gave up: its syntax errors are those of that part, the first of which are listed (the
     * validator says that more follow).
     */
    private unparsable<T extends AstNode>(uri: URI, text: string, error: unknown, options?: ParserOptions): ParseResult<T> {
        if (error instanceof SyntaxErrorLimitReached) {
            this.resetParser(uri);
            this.messages(uri)?.startParse(Number.POSITIVE_INFINITY);
            const read = text.slice(0, error.offset);
            return this.readable(uri, read, super.parse<T>(uri, read, options));
        }
        if (!(error instanceof RangeError)) {
            throw error;
        }
        const locale = this.locale(uri);
        const message = count(text, /[(]/g) >= count(text, OPERATOR_SIGNS)
            ? locale.t('syntax.tooDeep', { limit: MAX_NESTING })
            : locale.t('syntax.formulaTooLong', { limit: FORMULA_OPERATORS });
        // On the first character, or at the start of an empty first line.
        return this.empty(uri, message, 0, Math.min(1, text.split(/\r\n|\r|\n/, 1)[0].length), text);
    }

    /**
     * Parentheses nested deeper than MAX_NESTING are refused before the parser sees them: how deep it can
     * go before its stack runs out depends on the Node version and on how deep the call that parses is
     * (on Node 20 the language server's parser broke at 200 and took the server down with a TypeError,
     * not the RangeError `unparsable` handles). The error stands on the first parenthesis too many.
     */
    private tooDeep<T extends AstNode>(uri: URI, text: string): ParseResult<T> | undefined {
        const offset = parenthesisBeyond(text, MAX_NESTING);
        return offset === undefined ? undefined : this.empty(uri, this.locale(uri).t('syntax.tooDeep', { limit: MAX_NESTING }), offset, 1, text);
    }

    /**
     * A formula of thousands of operators (`a * b * c * …`) parses, but into a syntax tree as deep as it
     * is long, and every later step that walks it (positions, linking, checks) exhausts the stack. Such a
     * text gets an empty strategy and one syntax error on the formula's metric, like too deep parentheses.
     */
    private readable<T extends AstNode>(uri: URI, text: string, result: ParseResult<T>): ParseResult<T> {
        const metric = tooLongFormula(result.value);
        if (!metric) {
            adoptDropped(result.value);
            return result;
        }
        // The `metric` keyword: the metric's first token, found without walking down the formula.
        const at = metric.$cstNode && CstUtils.flattenCst(metric.$cstNode).head();
        return this.empty(uri, this.locale(uri).t('syntax.formulaTooLong', { limit: FORMULA_OPERATORS }), at?.offset ?? 0, at?.length ?? 1, text);
    }

    /** An empty strategy with one syntax error at `offset`. */
    private empty<T extends AstNode>(uri: URI, message: string, offset: number, length: number, text: string): ParseResult<T> {
        const before = text.slice(0, offset).split(/\r\n|\r|\n/);
        // After a parse that gave up halfway (out of stack), or recovered from thousands of errors in a
        // formula, the parser's stack of open nodes may still hold nodes of that text; the empty parse
        // below would return one of them instead of its own result.
        this.resetParser(uri);
        const empty = super.parse<T>(uri, '');
        return {
            ...empty,
            lexerErrors: [{ offset, line: before.length, column: before[before.length - 1].length + 1, length, message }]
        };
    }

    private remember<T extends AstNode>(uri: URI, result: ParseResult<T>): ParseResult<T> {
        this.parsedIn.set(result, this.localeOf(uri));
        noteStrategyFile(uri, result.value);
        return result;
    }

    private locale(uri: URI): LocaleState {
        return (this.serviceRegistry.getServices(uri) as SmmServices).i18n.Locale;
    }

    private localeOf(uri: URI): Locale {
        return this.locale(uri).current;
    }
}

/** The most parentheses one formula may nest; real formulas nest two or three. */
const MAX_NESTING = 100;

/**
 * The offset of the first `(` nested deeper than `limit`, outside strings and comments; undefined when
 * there is none. One pass over the text, far cheaper than the parse it spares.
 */
function parenthesisBeyond(text: string, limit: number): number | undefined {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === '(') {
            if (++depth > limit) {
                return i;
            }
        } else if (char === ')') {
            depth = Math.max(0, depth - 1);
        } else if (char === '"') {
            // A string with `\` escapes, to its closing quote (or the end of a text cut short).
            for (i++; i < text.length && text[i] !== '"'; i++) {
                if (text[i] === '\\') {
                    i++;
                }
            }
        } else if (char === '«') {
            i = end(text.indexOf('»', i + 1), text);
        } else if (char === '/' && text[i + 1] === '/') {
            i = end(text.indexOf('\n', i + 2), text);
        } else if (char === '/' && text[i + 1] === '*') {
            const close = text.indexOf('*/', i + 2);
            i = close < 0 ? text.length : close + 1;
        }
    }
    return undefined;
}

/** The offset a search found, or the end of the text when it found nothing. */
function end(found: number, text: string): number {
    return found < 0 ? text.length : found;
}

/** The most operators one formula may chain; real formulas have a handful. */
export const FORMULA_OPERATORS = 1000;

/** The signs of formula operators (the dashes of dates are not). */
const OPERATOR_SIGNS = /[*/+]|-(?![0-9]{2}(?:-|[^0-9]|$))/g;

/** The metric whose formula chains more than FORMULA_OPERATORS operators, if any. */
function tooLongFormula(root: AstNode): Metric | undefined {
    if (!isModel(root)) {
        return undefined;
    }
    const metrics = root.elements.flatMap(element => (isStrategy(element) ? element.members : [element])).filter(isMetric);
    return metrics.find(metric => metric.formula && deeperThan(metric.formula, FORMULA_OPERATORS));
}

/**
 * The parser can drop a node it had built while the syntax tree's text still shows it: error recovery in
 * `formula per / c` (`per` is no metric) drops the division by `c`, and a property given twice
 * (`formula r formula 0`) keeps only the last value. Hover or completion on `c` or `r` would then find a
 * node that belongs to no document. Each dropped node is hung under the node whose text contains it.
 * Parents come before their children, so a dropped node inside a dropped node is already attached.
 */
function adoptDropped(root: AstNode): void {
    if (!root.$cstNode) {
        return;
    }
    forEachCstNode(root.$cstNode, cst => {
        const node = cst.astNode as Mutable<AstNode>;
        if (node !== root && node.$container === undefined && cst.container) {
            node.$container = cst.container.astNode;
        }
    });
}

/** Whether a formula nests operators deeper than `limit`, walked without recursion: the tree may be that deep. */
function deeperThan(formula: Expression, limit: number): boolean {
    const pending: Array<[Expression | undefined, number]> = [[formula, 0]];
    for (let next = pending.pop(); next; next = pending.pop()) {
        const [node, depth] = next;
        if (isBinaryExpression(node)) {
            if (depth + 1 > limit) {
                return true;
            }
            pending.push([node.left, depth + 1], [node.right, depth + 1]);
        }
    }
    return false;
}

function count(text: string, pattern: RegExp): number {
    return text.match(pattern)?.length ?? 0;
}

function isTextDocument(content: unknown): content is TextDocument {
    return typeof content === 'object' && content !== null && typeof (content as TextDocument).getText === 'function'
        && typeof (content as TextDocument).version === 'number';
}
