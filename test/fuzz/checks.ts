/**
 * Everything the fuzzer does with one strategy text, and the properties it checks: the text goes through
 * parsing, linking, validation and the analysis, every editor feature, the roadmap and its renderers, and
 * the formatter, the way the language server and the CLI use them. Nothing may throw or log an error;
 * every position an answer gives lies inside its document; the formatter is idempotent and keeps the
 * meaning and the comments; a quick fix or a rename of a clean file leaves it clean.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ResponseError, type CodeAction, type Diagnostic, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Locale } from '../../src/i18n/index.js';
import { createSmmServices } from '../../src/language/smm-module.js';
import { compileRoadmap } from '../../src/roadmap/compile.js';
import { roadmapDiagnostics } from '../../src/language/lsp/roadmap-diagnostics.js';
import { renderHtmlBody } from '../../src/roadmap/render/html.js';
import { renderRoadmap } from '../../src/roadmap/render/index.js';
import { EXPORT_FORMATS } from '../../src/shared/roadmap-formats.js';
import { commentsOf, meaningOf } from '../support/format-properties.js';

/** One case: the files of a strategy folder, of which `target` is the mutated one the editor works on. */
export interface FuzzInput {
    files: Array<{ name: string; text: string }>;
    target: number;
    locale: Locale;
}

/** A broken property: where (the stage) and what. */
export interface Violation {
    stage: string;
    message: string;
}

/** The roadmap's "today", fixed so that a case renders the same every time. */
const TODAY = new Date(Date.UTC(2027, 2, 15));
const SPACES = { tabSize: 4, insertSpaces: true };

/** Splits like an editor does: `\r\n`, `\r` and `\n` end a line. */
function lineLengths(text: string): number[] {
    return text.split(/\r\n|\r|\n/).map(line => line.length);
}

function inside(position: Position, lines: number[]): boolean {
    return Number.isInteger(position.line) && Number.isInteger(position.character)
        && position.line >= 0 && position.line < lines.length
        && position.character >= 0 && position.character <= lines[position.line];
}

function rangeInside(range: Range, lines: number[]): boolean {
    return inside(range.start, lines) && inside(range.end, lines)
        && (range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character));
}

/** An error with the place in our sources it came from, when the stack shows one. */
function describe(error: unknown): string {
    if (!(error instanceof Error)) {
        return String(error);
    }
    const frames = error.stack?.split('\n').filter(line => /^\s+at /.test(line)) ?? [];
    const frame = (frames.find(line => /[/\\]src[/\\]/.test(line) && !line.includes('node_modules')) ?? frames[0])?.trim();
    return `${error.name}: ${error.message}${frame ? ` (${frame})` : ''}`;
}

function show(range: Range): string {
    return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

export class StrategyChecks {
    private readonly services = createSmmServices(EmptyFileSystem);
    private readonly ready = this.services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
    private folder = 0;
    private violations: Violation[] = [];
    private stage = 'start';
    /** Milliseconds spent in each stage, over every case run so far. */
    readonly timings: Record<string, number> = {};

    /** Called when a stage starts, so that a watchdog can say where a case hung. */
    onStage: (stage: string) => void = () => undefined;

    async run(input: FuzzInput): Promise<Violation[]> {
        await this.ready;
        this.violations = [];
        // Langium logs the errors it swallows (a check or a scope that threw) and carries on: each is a crash.
        const { error, warn } = console;
        console.error = (...args: unknown[]) => this.fail(`console.error: ${args.map(describe).join(' ').slice(0, 500)}`);
        console.warn = (...args: unknown[]) => this.fail(`console.warn: ${args.map(describe).join(' ').slice(0, 500)}`);
        try {
            return await this.runLogged(input);
        } finally {
            Object.assign(console, { error, warn });
        }
    }

    private async runLogged(input: FuzzInput): Promise<Violation[]> {
        const { Smm } = this.services;
        Smm.i18n.Locale.set(input.locale, undefined);
        const documents = await this.step('build', () => this.build(input.files));
        try {
            const document = documents?.[input.target];
            if (document) {
                await this.checkDocument(document, documents);
            }
        } finally {
            if (documents) {
                await this.step('remove', () => this.remove(documents));
            }
        }
        return this.violations;
    }

    private fail(message: string): void {
        this.violations.push({ stage: this.stage, message });
    }

    /** Runs one stage; what it throws is a violation of that stage. */
    private async step<T>(stage: string, work: () => T | Promise<T>): Promise<T | undefined> {
        this.stage = stage;
        this.onStage(stage);
        const started = performance.now();
        try {
            return await work();
        } catch (error) {
            // An error response is an answer the editor shows (e.g. why a standard metric cannot be renamed).
            if (!(error instanceof ResponseError)) {
                this.fail(`threw ${describe(error)}`);
            }
            return undefined;
        } finally {
            this.timings[stage] = (this.timings[stage] ?? 0) + performance.now() - started;
        }
    }

    private async build(files: FuzzInput['files']): Promise<LangiumDocument[]> {
        const { shared } = this.services;
        const folder = `file:///fuzz/${this.folder++}`;
        const documents = files.map(file => shared.workspace.LangiumDocumentFactory.fromString(file.text, URI.parse(`${folder}/${file.name}`)));
        documents.forEach(d => shared.workspace.LangiumDocuments.addDocument(d));
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
        return documents;
    }

    private async remove(documents: LangiumDocument[]): Promise<void> {
        await this.services.shared.workspace.DocumentBuilder.update([], documents.map(d => d.uri));
    }

    private parse(text: string): LangiumDocument {
        return this.services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///fuzz-parse/${this.folder++}.smm`));
    }

    private syntaxErrors(document: LangiumDocument): number {
        return document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;
    }

    /** Offsets to ask about: names (hover, definition, rename live there) and a few places anywhere. */
    private positions(document: LangiumDocument): Position[] {
        const text = document.textDocument.getText();
        const names = this.services.Smm.parser.Lexer.tokenize(text).tokens.filter(t => t.tokenType.name === 'ID');
        const offsets = [text.length, Math.floor(text.length / 2)];
        for (const index of [Math.floor(names.length / 3), names.length - 1]) {
            const name = names[index];
            if (name) {
                offsets.push(name.startOffset, name.endOffset! + 1);
            }
        }
        return [...new Set(offsets)].map(offset => document.textDocument.positionAt(offset));
    }

    private checkRanges(stage: string, ranges: Array<Range | undefined>, lines: number[]): void {
        for (const range of ranges) {
            if (range && !rangeInside(range, lines)) {
                this.fail(`${stage}: range ${show(range)} outside the document (${lines.length} lines)`);
            }
        }
    }

    private async checkDocument(document: LangiumDocument, folder: LangiumDocument[]): Promise<void> {
        const { Smm, shared } = this.services;
        const uri = document.uri.toString();
        const textDocument = { uri };
        const lines = lineLengths(document.textDocument.getText());

        await this.step('diagnostics', () => {
            for (const file of folder) {
                const fileLines = lineLengths(file.textDocument.getText());
                for (const diagnostic of file.diagnostics ?? []) {
                    if (typeof diagnostic.code !== 'string' || diagnostic.code === '') {
                        this.fail(`a diagnostic without a code: ${JSON.stringify(diagnostic.message)}`);
                    }
                    if (!rangeInside(diagnostic.range, fileLines)) {
                        this.fail(`${diagnostic.code} at ${show(diagnostic.range)} outside the document (${fileLines.length} lines)`);
                    }
                    if (typeof diagnostic.message !== 'string' || diagnostic.message.trim() === '') {
                        this.fail(`${diagnostic.code} without a message`);
                    }
                }
            }
        });
        const analysis = await this.step('analysis', () => Smm.analysis.StrategyAnalyzer.forDocument(document));

        for (const position of this.positions(document)) {
            const at = { textDocument, position };
            await this.step('completion', () => Smm.lsp.CompletionProvider!.getCompletion(document, at));
            await this.step('hover', () => Smm.lsp.HoverProvider!.getHoverContent(document, at));
            const links = await this.step('definition', () => Smm.lsp.DefinitionProvider!.getDefinition(document, at));
            this.checkRanges('definition', (links ?? []).filter(l => l.targetUri === uri).map(l => l.targetSelectionRange), lines);
            const references = await this.step('references', () =>
                Smm.lsp.ReferencesProvider!.findReferences(document, { ...at, context: { includeDeclaration: true } }));
            this.checkRanges('references', (references ?? []).filter(l => l.uri === uri).map(l => l.range), lines);
            const highlights = await this.step('highlight', () => Smm.lsp.DocumentHighlightProvider!.getDocumentHighlight(document, at));
            this.checkRanges('highlight', (highlights ?? []).map(h => h.range), lines);
            const renameRange = await this.step('prepareRename', () => Smm.lsp.RenameProvider!.prepareRename(document, at));
            this.checkRanges('prepareRename', [renameRange], lines);
            const rename = await this.step('rename', () => Smm.lsp.RenameProvider!.rename(document, { ...at, newName: 'Renamed' }));
            this.checkEdit('rename', rename, folder, document);
        }

        const symbols = await this.step('documentSymbols', () => Smm.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument }));
        const flat = (list: typeof symbols): NonNullable<typeof symbols> => (list ?? []).flatMap(s => [s, ...flat(s.children)]);
        this.checkRanges('documentSymbols', flat(symbols).flatMap(s => [s.range, s.selectionRange]), lines);
        await this.step('workspaceSymbols', async () => {
            await shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'a' });
        });
        const folds = await this.step('folding', () => Smm.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument }));
        for (const fold of folds ?? []) {
            if (fold.startLine < 0 || fold.endLine >= lines.length || fold.startLine > fold.endLine) {
                this.fail(`folding: lines ${fold.startLine}-${fold.endLine} outside the document (${lines.length} lines)`);
            }
        }
        await this.step('semanticTokens', () => Smm.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument }));
        const whole = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1] } };
        const hints = await this.step('inlayHints', () => Smm.lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: whole }));
        this.checkRanges('inlayHints', (hints ?? []).map(h => ({ start: h.position, end: h.position })), lines);
        const lenses = await this.step('codeLens', () => Smm.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument }));
        this.checkRanges('codeLens', (lenses ?? []).map(l => l.range), lines);

        for (const diagnostic of document.diagnostics ?? []) {
            await this.checkQuickFixes(document, folder, diagnostic);
        }
        if (analysis) {
            await this.step('roadmap', () => this.checkRoadmap(folder));
        }
        await this.step('format', () => this.checkFormatting(document, folder));
    }

    private async checkQuickFixes(document: LangiumDocument, folder: LangiumDocument[], diagnostic: Diagnostic): Promise<void> {
        const actions = await this.step('codeActions', () => this.services.Smm.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }));
        for (const action of (actions ?? []) as CodeAction[]) {
            this.checkEdit(`quick fix "${action.title}" for ${diagnostic.code}`, action.edit, folder, document);
        }
    }

    /** A workspace edit stays inside its documents, and leaves a file without syntax errors without them. */
    private checkEdit(what: string, edit: WorkspaceEdit | undefined, folder: LangiumDocument[], document: LangiumDocument): void {
        for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
            const file = folder.find(d => d.uri.toString() === uri) ?? (uri === document.uri.toString() ? document : undefined);
            if (!file) {
                continue;
            }
            const before = file.textDocument.getText();
            if (!this.editsInside(what, edits, before)) {
                continue;
            }
            const after = TextDocument.applyEdits(file.textDocument, edits);
            if (this.syntaxErrors(file) === 0) {
                const parsed = this.parse(after);
                if (this.syntaxErrors(parsed) > 0) {
                    const first = [...parsed.parseResult.lexerErrors, ...parsed.parseResult.parserErrors][0];
                    this.fail(`${what} leaves a syntax error: ${first.message}`);
                }
            }
        }
    }

    private editsInside(what: string, edits: TextEdit[], text: string): boolean {
        const lines = lineLengths(text);
        const outside = edits.filter(e => !rangeInside(e.range, lines));
        this.checkRanges(what, outside.map(e => e.range), lines);
        return outside.length === 0;
    }

    /** The roadmap as `smm render` and the preview make it, in every format. */
    private checkRoadmap(folder: LangiumDocument[]): void {
        const { Smm } = this.services;
        const locale = Smm.i18n.Locale.current;
        const roadmap = compileRoadmap(Smm.analysis.StrategyAnalyzer.forDocument(folder[0]), {
            locale, diagnostics: roadmapDiagnostics(folder), today: TODAY
        });
        for (const format of EXPORT_FORMATS) {
            this.stage = `render ${format}`;
            const output = renderRoadmap(roadmap, format, locale);
            if (format === 'json') {
                JSON.parse(output);
            }
        }
        this.stage = 'render preview';
        renderHtmlBody(roadmap, locale);
    }

    private format(document: LangiumDocument): string | undefined {
        const edits = this.services.Smm.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: SPACES });
        if (!Array.isArray(edits)) {
            throw new Error('the formatter answered asynchronously');
        }
        const text = document.textDocument.getText();
        return this.editsInside('format', edits, text) ? TextDocument.applyEdits(document.textDocument, edits) : undefined;
    }

    /**
     * The formatter's promises (see test/lsp/formatter.test.ts): on a file without syntax errors, the
     * formatted text parses to the same syntax tree, formats to itself, keeps every comment and gets the
     * same diagnostics.
     */
    private async checkFormatting(document: LangiumDocument, folder: LangiumDocument[]): Promise<void> {
        const formatted = this.format(document);
        if (formatted === undefined || this.syntaxErrors(document) > 0) {
            return;
        }
        const once = this.parse(formatted);
        if (this.syntaxErrors(once) > 0) {
            this.fail(`the formatted text has a syntax error: ${[...once.parseResult.lexerErrors, ...once.parseResult.parserErrors][0].message}`);
            return;
        }
        if (JSON.stringify(meaningOf(once.parseResult.value)) !== JSON.stringify(meaningOf(document.parseResult.value))) {
            this.fail('the formatted text means something else (its syntax tree differs)');
        }
        const twice = this.format(once);
        if (twice !== undefined && twice !== formatted) {
            this.fail('formatting is not idempotent: the formatted text formats differently');
        }
        if (JSON.stringify(commentsOf(formatted)) !== JSON.stringify(commentsOf(document.textDocument.getText()))) {
            this.fail('the formatter lost or changed a comment');
        }
        const codes = (d: LangiumDocument) => (d.diagnostics ?? []).map(x => String(x.code)).sort().join(', ');
        const files = folder.map(d => ({ name: d.uri.path.split('/').pop()!, text: d === document ? formatted : d.textDocument.getText() }));
        const rebuilt = await this.build(files);
        try {
            const after = rebuilt[folder.indexOf(document)];
            if (codes(after) !== codes(document)) {
                this.fail(`formatting changes the diagnostics: [${codes(document)}] became [${codes(after)}]`);
            }
        } finally {
            await this.remove(rebuilt);
        }
    }
}
