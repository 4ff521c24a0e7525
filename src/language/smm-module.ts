import { inject, type Module } from 'langium';
import type { IToken } from 'chevrotain';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { SmmGeneratedModule, SmmGeneratedSharedModule } from './generated/module.js';
import { LocaleState } from './workspace/locale.js';
import { SmmValueConverter } from './parsing/value-converter.js';
import { SmmLexer } from './parsing/lexer.js';
import { SmmScopeComputation, SmmScopeProvider } from './references/scope.js';
import { SmmReferences } from './references/references.js';
import { SmmLinker, SmmReferenceDescriptionProvider } from './references/linker.js';
import { SmmWorkspaceManager } from './workspace/workspace-manager.js';
import { SmmDocumentBuilder } from './workspace/document-builder.js';
import { SmmDocumentValidator } from './validation/document-validator.js';
import { SmmValidationRegistry } from './validation/validation-registry.js';
import { SmmLexerErrorMessageProvider, SmmParserErrorMessageProvider, type ParseState } from './parsing/syntax-messages.js';
import { registerValidationChecks } from './validation/validator.js';
import { SmmCodeActionProvider } from './lsp/code-actions.js';
import { SmmHoverProvider } from './lsp/hover.js';
import { SmmCompletionProvider } from './lsp/completion.js';
import { SmmInlayHintProvider } from './lsp/inlay-hints.js';
import { SmmCodeLensProvider } from './lsp/code-lens.js';
import { EditorSettings } from './workspace/settings.js';
import { SmmDefinitionProvider } from './lsp/definition.js';
import { SmmRenameProvider } from './lsp/rename.js';
import { SmmFormatter } from './lsp/formatter.js';
import { SmmFoldingRangeProvider } from './lsp/folding.js';
import { SmmSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { SmmDocumentSymbolProvider, SmmWorkspaceSymbolProvider } from './lsp/symbols.js';
import { SmmDocumentFactory } from './parsing/document-factory.js';
import { SmmLangiumDocuments } from './workspace/langium-documents.js';
import { StrategyAnalyzer } from './workspace/strategy-analyzer.js';

export type SmmAddedServices = {
    i18n: {
        Locale: LocaleState;
    };
    analysis: {
        StrategyAnalyzer: StrategyAnalyzer;
    };
    settings: {
        Editor: EditorSettings;
    };
    validation: {
        DocumentValidator: SmmDocumentValidator;
        ValidationRegistry: SmmValidationRegistry;
    };
};

export type SmmServices = LangiumServices & SmmAddedServices;

export const SmmModule: Module<SmmServices, PartialLangiumServices & SmmAddedServices> = {
    i18n: {
        Locale: () => new LocaleState()
    },
    analysis: {
        StrategyAnalyzer: (services) => new StrategyAnalyzer(services.shared)
    },
    settings: {
        Editor: () => new EditorSettings()
    },
    parser: {
        Lexer: (services) => new SmmLexer(services),
        ValueConverter: () => new SmmValueConverter(),
        ParserErrorMessageProvider: (services) => new SmmParserErrorMessageProvider(services.i18n.Locale, parseState(services)),
        LexerErrorMessageProvider: (services) => new SmmLexerErrorMessageProvider(services.i18n.Locale)
    },
    references: {
        Linker: (services) => new SmmLinker(services),
        References: (services) => new SmmReferences(services),
        ScopeComputation: (services) => new SmmScopeComputation(services),
        ScopeProvider: (services) => new SmmScopeProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new SmmDocumentValidator(services),
        ValidationRegistry: (services) => new SmmValidationRegistry(services)
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new SmmReferenceDescriptionProvider(services)
    },
    lsp: {
        CodeActionProvider: (services) => new SmmCodeActionProvider(services),
        CodeLensProvider: (services) => new SmmCodeLensProvider(services),
        CompletionProvider: (services) => new SmmCompletionProvider(services),
        DefinitionProvider: (services) => new SmmDefinitionProvider(services),
        DocumentSymbolProvider: (services) => new SmmDocumentSymbolProvider(services),
        FoldingRangeProvider: (services) => new SmmFoldingRangeProvider(services),
        Formatter: () => new SmmFormatter(),
        HoverProvider: (services) => new SmmHoverProvider(services),
        InlayHintProvider: (services) => new SmmInlayHintProvider(services),
        RenameProvider: (services) => new SmmRenameProvider(services),
        SemanticTokenProvider: (services) => new SmmSemanticTokenProvider(services)
    }
};

/**
 * What syntax errors read from the document's parser and lexer while they are at work: the rules being
 * parsed (chevrotain's own rule stack) and the language of the text's keywords. Looked up when an error is
 * written, long after both services exist.
 */
function parseState(services: SmmServices): ParseState {
    type Recognizer = { getHumanReadableRuleStack(): string[]; LA(offset: number): IToken };
    const recognizer = () => (services.parser.LangiumParser as unknown as { wrapper?: Recognizer }).wrapper;
    return {
        ruleStack: () => recognizer()?.getHumanReadableRuleStack() ?? [],
        previousToken: () => recognizer()?.LA(0),
        keywordLanguage: () => (services.parser.Lexer as SmmLexer).lastKeywordLanguage
    };
}

export const SmmSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        WorkspaceManager: (services) => new SmmWorkspaceManager(services),
        DocumentBuilder: (services) => new SmmDocumentBuilder(services),
        LangiumDocumentFactory: (services) => new SmmDocumentFactory(services),
        LangiumDocuments: (services) => new SmmLangiumDocuments(services)
    },
    lsp: {
        WorkspaceSymbolProvider: (services) => new SmmWorkspaceSymbolProvider(services)
    }
};

/** Creates the shared services and the services of the `smm` language, wired together. */
export function createSmmServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Smm: SmmServices } {
    const shared = inject(
        createDefaultSharedModule(context),
        SmmGeneratedSharedModule,
        SmmSharedModule
    );
    const Smm = inject(
        createDefaultModule({ shared }),
        SmmGeneratedModule,
        SmmModule
    );
    shared.ServiceRegistry.register(Smm);
    registerValidationChecks(Smm);
    if (!context.connection) {
        // Without a language client nobody sends the workspace configuration; don't wait for it.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Smm };
}
