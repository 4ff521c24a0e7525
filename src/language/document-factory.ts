import {
    DefaultLangiumDocumentFactory, type AstNode, type Cancellation, type LangiumDocument, type LangiumSharedCoreServices,
    type Mutable, type ParseResult, type ParserOptions, type URI
} from 'langium';
import type { Locale } from '../i18n/index.js';
import type { SmmServices } from './smm-module.js';
import type { LocaleState } from './locale.js';

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
        try {
            return this.remember(uri, super.parse<T>(uri, text, options));
        } catch (error) {
            return this.remember(uri, this.unparsable<T>(uri, error));
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        try {
            return this.remember(uri, await super.parseAsync<T>(uri, text, cancellationToken));
        } catch (error) {
            return this.remember(uri, this.unparsable<T>(uri, error));
        }
    }

    /**
     * Parentheses nested thousands deep exhaust the parser's stack. Such a text gets an empty strategy and
     * one syntax error saying why, instead of taking the server or the command line down.
     */
    private unparsable<T extends AstNode>(uri: URI, error: unknown): ParseResult<T> {
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
