import {
    DefaultLangiumDocumentFactory, type AstNode, type Cancellation, type LangiumDocument, type LangiumSharedCoreServices,
    type Mutable, type ParseResult, type ParserOptions, type URI
} from 'langium';
import type { Locale } from '../i18n/index.js';
import type { SmmServices } from './smm-module.js';
import type { LocaleState } from './locale.js';
import { MAX_PARSER_ERRORS, SmmParserErrorMessageProvider, SyntaxErrorLimitReached } from './syntax-messages.js';

/**
 * Syntax error messages are written while parsing, in the language of the moment. Langium parses a
 * document again only when its text changes; this factory also does so when the user's language changed
 * since the last parse, so that switching `smm.locale` translates syntax errors too.
 */
export class SmmDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly parsedIn = new WeakMap<ParseResult, Locale>();

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

    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        this.messages(uri)?.startParse(MAX_PARSER_ERRORS);
        try {
            return this.remember(uri, super.parse<T>(uri, text, options));
        } catch (error) {
            return this.remember(uri, this.unparsable<T>(uri, text, error, options));
        } finally {
            this.messages(uri)?.startParse(Number.POSITIVE_INFINITY);
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        this.messages(uri)?.startParse(MAX_PARSER_ERRORS);
        try {
            return this.remember(uri, await super.parseAsync<T>(uri, text, cancellationToken));
        } catch (error) {
            return this.remember(uri, this.unparsable<T>(uri, text, error));
        } finally {
            this.messages(uri)?.startParse(Number.POSITIVE_INFINITY);
        }
    }

    /**
     * A parse abandoned by an exception leaves the rule invocations it was in on the parser's own stack
     * (the rest of its state is reset by the next parse): empty it so that the next parse starts clean.
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
     * Parentheses nested thousands deep exhaust the parser's stack. Such a text gets an empty strategy and
     * one syntax error saying why, instead of taking the server or the command line down. A text that made
     * too many syntax errors is read up to the token where the parse gave up: its syntax errors are those
     * of that part, the first of which are listed (the validator says that more follow).
     */
    private unparsable<T extends AstNode>(uri: URI, text: string, error: unknown, options?: ParserOptions): ParseResult<T> {
        if (error instanceof SyntaxErrorLimitReached) {
            this.resetParser(uri);
            this.messages(uri)?.startParse(Number.POSITIVE_INFINITY);
            return super.parse<T>(uri, text.slice(0, error.offset), options);
        }
        if (!(error instanceof RangeError)) {
            throw error;
        }
        const empty = super.parse<T>(uri, '');
        return {
            ...empty,
            lexerErrors: [{ offset: 0, line: 1, column: 1, length: 1, message: this.locale(uri).t('syntax.tooDeep') }]
        };
    }

    private remember<T extends AstNode>(uri: URI, result: ParseResult<T>): ParseResult<T> {
        this.parsedIn.set(result, this.localeOf(uri));
        return result;
    }

    private locale(uri: URI): LocaleState {
        return (this.serviceRegistry.getServices(uri) as SmmServices).i18n.Locale;
    }

    private localeOf(uri: URI): Locale {
        return this.locale(uri).current;
    }
}
