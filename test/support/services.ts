import { AstUtils, EmptyFileSystem, TextDocument, URI, type AstNode, type LangiumDocument } from 'langium';
import { setTextDocument } from 'langium/test';
import type { Diagnostic, DiagnosticRelatedInformation, Disposable } from 'vscode-languageserver';
import type { Locale } from '../../src/i18n/index.js';
import type { Model, Strategy } from '../../src/language/generated/ast.js';
import { createSmmServices, type SmmServices } from '../../src/language/smm-module.js';
import type { SeveritySetting } from '../../src/language/validation/document-validator.js';
import { BUILTIN_METRICS_URI } from '../../src/language/references/builtin-metrics.js';
import { REVIEW_CODES } from '../../src/language/validation/issue-catalog.js';

/** Where a snippet lives when the test does not say: one strategy folder. */
export const DEFAULT_URI = 'file:///ws/strategy.smm';

/** A diagnostic in the terms a strategy author sees: its code, its 1-based line and its words. */
export interface Issue {
    uri: string;
    code: string | undefined;
    /** 1-based, as an editor shows it. */
    line: number;
    /** 0-based character of the start of the range. */
    column: number;
    /** The text the range covers. */
    text: string;
    message: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    related: DiagnosticRelatedInformation[];
    /** The data the diagnostic carries to its quick fixes. */
    data?: Record<string, unknown>;
}

const SEVERITY_NAMES = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

export interface TestServices {
    services: SmmServices;
    /** The in-memory document that declares the standard metrics. */
    builtinMetrics(): Promise<LangiumDocument<Model>>;
    /** Parses and links one file (no validation); the file stays in the workspace until `clear()`. */
    parse(text: string, uri?: string): Promise<LangiumDocument<Model>>;
    /** Like `parse`, but fails the test when the snippet has a syntax error. */
    parseClean(text: string, uri?: string): Promise<LangiumDocument<Model>>;
    /** Adds several files at once (e.g. two files of one folder), links and validates them all. */
    addFiles(files: Record<string, string>): Promise<Map<string, LangiumDocument<Model>>>;
    /**
     * Opens or changes files the way an editor does (the text comes from the open editor, not the disk)
     * and rebuilds the workspace incrementally, as the language server does after a keystroke.
     */
    edit(files: Record<string, string>): Promise<void>;
    /** The current issues of a file already in the workspace, by position. */
    issuesOf(uri: string): Issue[];
    /**
     * Validates one snippet (at `uri`) or several files; returns the issues of every given file, in file
     * order, then by position.
     */
    validate(input: string | Record<string, string>, uri?: string): Promise<Issue[]>;
    /** Issues with one code only. */
    issues(input: string | Record<string, string>, code: string, uri?: string): Promise<Issue[]>;
    /** Removes every file the test added and restores the English locale and default severities. */
    clear(): Promise<void>;
    setLocale(locale: Locale): void;
    setSeverities(overrides: Record<string, SeveritySetting>): void;
}

export interface TestOptions {
    /**
     * Whether the strategy review (SMART goals, funnels, budget…) runs; tests of the language itself turn it
     * off so their snippets need not be complete strategies.
     */
    review?: boolean;
}

export function createTestServices(options: TestOptions = {}): TestServices {
    const { shared, Smm } = createSmmServices(EmptyFileSystem);
    const defaultSeverities: Record<string, SeveritySetting> = options.review === false
        ? Object.fromEntries(REVIEW_CODES.map(code => [code, 'off']))
        : {};
    Smm.validation.DocumentValidator.severityOverrides = { ...defaultSeverities };
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    const builder = shared.workspace.DocumentBuilder;
    let workspace: Promise<void> | undefined;
    const added = new Set<string>();
    const opened: Disposable[] = [];
    let version = 0;

    /** Initialises the workspace once, so that the standard metrics exist. */
    const ready = (): Promise<void> => workspace ??= shared.workspace.WorkspaceManager.initializeWorkspace([]);

    async function load(files: Record<string, string>, validation: boolean): Promise<Map<string, LangiumDocument<Model>>> {
        await ready();
        const loaded = new Map<string, LangiumDocument<Model>>();
        for (const [uri, text] of Object.entries(files)) {
            const parsed = URI.parse(uri);
            if (documents.hasDocument(parsed)) {
                throw new Error(`${uri} is already loaded; call clear() between tests`);
            }
            const document = factory.fromString<Model>(text, parsed);
            documents.addDocument(document);
            added.add(parsed.toString());
            loaded.set(uri, document);
        }
        await builder.build([...loaded.values()], { validation });
        return loaded;
    }

    function toIssue(document: LangiumDocument, diagnostic: Diagnostic): Issue {
        return {
            uri: document.uri.toString(),
            code: typeof diagnostic.code === 'string' ? diagnostic.code : undefined,
            line: diagnostic.range.start.line + 1,
            column: diagnostic.range.start.character,
            text: document.textDocument.getText(diagnostic.range),
            message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
            severity: SEVERITY_NAMES[diagnostic.severity ?? 1],
            related: diagnostic.relatedInformation ?? [],
            data: diagnostic.data as Record<string, unknown> | undefined
        };
    }

    function issuesIn(document: LangiumDocument): Issue[] {
        return (document.diagnostics ?? []).map(d => toIssue(document, d)).sort((a, b) => a.line - b.line || a.column - b.column);
    }

    async function parse(text: string, uri = DEFAULT_URI): Promise<LangiumDocument<Model>> {
        return (await load({ [uri]: text }, false)).get(uri)!;
    }

    async function validate(input: string | Record<string, string>, uri = DEFAULT_URI): Promise<Issue[]> {
        const files = typeof input === 'string' ? { [uri]: input } : input;
        return [...(await load(files, true)).values()].flatMap(issuesIn);
    }

    return {
        services: Smm,
        async builtinMetrics() {
            await ready();
            const document = documents.getDocument(URI.parse(BUILTIN_METRICS_URI));
            if (!document) {
                throw new Error('the standard metrics were not loaded');
            }
            return document as LangiumDocument<Model>;
        },
        parse,
        async parseClean(text, uri) {
            const document = await parse(text, uri);
            const errors = syntaxErrors(document);
            if (errors.length > 0) {
                throw new Error(`syntax errors in the snippet: ${errors.join('; ')}`);
            }
            return document;
        },
        async edit(files) {
            await ready();
            const uris = Object.entries(files).map(([uri, text]) => {
                opened.push(setTextDocument(shared, TextDocument.create(uri, 'smm', ++version, text)));
                added.add(URI.parse(uri).toString());
                return URI.parse(uri);
            });
            await builder.update(uris, []);
        },
        issuesOf(uri) {
            const document = documents.getDocument(URI.parse(uri));
            if (!document) {
                throw new Error(`${uri} is not in the workspace`);
            }
            return issuesIn(document);
        },
        addFiles: files => load(files, true),
        validate,
        async issues(input, code, uri) {
            return (await validate(input, uri)).filter(i => i.code === code);
        },
        async clear() {
            const uris = [...added].map(u => URI.parse(u));
            added.clear();
            opened.splice(0).forEach(d => d.dispose());
            Smm.i18n.Locale.set('en', undefined);
            Smm.validation.DocumentValidator.severityOverrides = { ...defaultSeverities };
            if (uris.length > 0) {
                await builder.update([], uris);
            }
        },
        setLocale(locale) {
            Smm.i18n.Locale.set(locale, undefined);
        },
        setSeverities(overrides) {
            Smm.validation.DocumentValidator.severityOverrides = { ...defaultSeverities, ...overrides };
        }
    };
}

/** The first `strategy { … }` block of a parsed file. */
export function strategyOf(document: LangiumDocument<Model>): Strategy {
    const strategy = document.parseResult.value.elements.find(e => e.$type === 'Strategy');
    if (!strategy) {
        throw new Error('no strategy block in the snippet');
    }
    return strategy as Strategy;
}

/** Every node of one AST type in a parsed file, in document order. */
export function nodesOf<T extends AstNode>(document: LangiumDocument, type: T['$type']): T[] {
    return AstUtils.streamAst(document.parseResult.value).filter((n): n is T => n.$type === type).toArray();
}

/** The one node of an AST type with the given name. */
export function named<T extends AstNode & { name?: string }>(document: LangiumDocument, type: T['$type'], name: string): T {
    const found = nodesOf<T>(document, type).filter(n => n.name === name);
    if (found.length !== 1) {
        throw new Error(`expected one ${type} named ${name}, found ${found.length}`);
    }
    return found[0];
}

/** Syntax problems of a parsed file (lexer and parser), as plain messages. */
export function syntaxErrors(document: LangiumDocument): string[] {
    return [...document.parseResult.lexerErrors.map(e => e.message), ...document.parseResult.parserErrors.map(e => e.message)];
}
