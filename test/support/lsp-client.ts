import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
    CodeLensRequest, CompletionRequest, createProtocolConnection, DefinitionRequest, DidChangeConfigurationNotification,
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, HoverRequest, InitializedNotification,
    InitializeRequest, InlayHintRequest, LogMessageNotification, MessageType, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    type CodeLens, type CompletionContext, type CompletionItem, type CompletionList, type Definition, type Diagnostic,
    type Hover, type InitializeParams, type InitializeResult, type InlayHint, type LocationLink, type Position,
    type ProtocolConnection, type Range
} from 'vscode-languageserver-protocol/node';
import { BUNDLE_NODE, ROOT, SERVER_BUNDLE, requireBuilt } from './artifacts.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface ProcessExit {
    code: number | null;
    signal: NodeJS.Signals | null;
}

/** A `textDocument/publishDiagnostics` notification as it arrived. */
export interface Publication {
    uri: string;
    diagnostics: Diagnostic[];
}

interface DiagnosticsWaiter {
    uri: string;
    predicate: (diagnostics: Diagnostic[]) => boolean;
    resolve: (diagnostics: Diagnostic[]) => void;
}

export function fileUri(path: string): string {
    return pathToFileURL(path).toString();
}

/**
 * A plain LSP client for the bundled server: a child process on stdio and the protocol connection of
 * `vscode-languageserver-protocol`, with nothing of the project in between.
 */
export class LspClient {
    readonly connection: ProtocolConnection;
    /** Everything the server wrote to stderr, for failure messages. */
    stderr = '';
    /** The messages the server logged with type Error (`window/logMessage`), e.g. a request handler that threw. */
    readonly errorLogs: string[] = [];
    readonly exited: Promise<ProcessExit>;
    private exit: ProcessExit | undefined;
    private readonly latest = new Map<string, Diagnostic[]>();
    private readonly waiters = new Set<DiagnosticsWaiter>();
    private readonly exitListeners = new Set<(exit: ProcessExit) => void>();

    private constructor(readonly process: ChildProcessWithoutNullStreams) {
        process.stderr.setEncoding('utf8');
        process.stderr.on('data', (chunk: string) => { this.stderr += chunk; });
        // Writing to a server that died must fail the test through `exited`, not crash the runner.
        process.stdin.on('error', () => undefined);
        this.exited = new Promise(resolve => {
            process.on('exit', (code, signal) => {
                this.exit = { code, signal };
                for (const listener of this.exitListeners) {
                    listener(this.exit);
                }
                resolve(this.exit);
            });
        });
        this.connection = createProtocolConnection(
            new StreamMessageReader(process.stdout), new StreamMessageWriter(process.stdin));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => this.published(params));
        // Requests a server may send to any client; the answers are those of a client that does nothing more.
        for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create',
            'window/showMessageRequest', 'workspace/configuration', 'workspace/semanticTokens/refresh',
            'workspace/inlayHint/refresh', 'workspace/codeLens/refresh', 'workspace/diagnostic/refresh']) {
            this.connection.onRequest(method, (params: unknown) => method === 'workspace/configuration'
                ? ((params as { items?: unknown[] }).items ?? []).map(() => null)
                : null);
        }
        this.connection.onNotification(LogMessageNotification.type, ({ type, message }) => {
            if (type === MessageType.Error) {
                this.errorLogs.push(message);
            }
        });
        this.connection.onError(() => undefined);
        this.connection.listen();
    }

    /** Starts `node out/server.cjs --stdio`; `nodeOptions` go to node itself (e.g. `--inspect=127.0.0.1:0`). */
    static start(args: string[] = ['--stdio'], nodeOptions: string[] = []): LspClient {
        const child = spawn(BUNDLE_NODE, [...nodeOptions, requireBuilt(SERVER_BUNDLE), ...args], {
            cwd: ROOT,
            stdio: 'pipe',
            env: { ...process.env, LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined }
        });
        return new LspClient(child);
    }

    get running(): boolean {
        return this.exit === undefined;
    }

    /** `initialize` then `initialized`; returns the server's answer to `initialize`. */
    async initialize(params: Partial<InitializeParams> = {}): Promise<InitializeResult> {
        const result = await this.guard(this.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: null,
            capabilities: {
                textDocument: {
                    synchronization: { dynamicRegistration: false },
                    publishDiagnostics: { relatedInformation: true },
                    completion: { completionItem: { snippetSupport: false } }
                }
            },
            ...params
        }), 'initialize');
        await this.connection.sendNotification(InitializedNotification.type, {});
        return result;
    }

    async open(uri: string, text: string, version = 1): Promise<void> {
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'smm', version, text }
        });
    }

    /** Replaces the whole text (a full-content change event). */
    async change(uri: string, text: string, version: number): Promise<void> {
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version },
            contentChanges: [{ text }]
        });
    }

    /** An incremental change: `text` replaces `range`, as editors send while typing. */
    async edit(uri: string, range: Range, text: string, version: number): Promise<void> {
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version },
            contentChanges: [{ range, text }]
        });
    }

    async changeConfiguration(settings: unknown): Promise<void> {
        await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
    }

    /** Opens a document and resolves with the first diagnostics published for it that satisfy `predicate`. */
    async openAndWait(
        uri: string, text: string, predicate?: (diagnostics: Diagnostic[]) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS
    ): Promise<Diagnostic[]> {
        const published = this.nextDiagnostics(uri, predicate, timeoutMs);
        await this.open(uri, text);
        return published;
    }

    /**
     * The next diagnostics published for `uri` that satisfy `predicate` (every publication by default).
     * Call it before the action that should cause the publication. Rejects on timeout or when the server
     * exits, with the last diagnostics received for `uri` in the message.
     */
    nextDiagnostics(
        uri: string, predicate: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs = DEFAULT_TIMEOUT_MS
    ): Promise<Diagnostic[]> {
        return new Promise<Diagnostic[]>((resolve, reject) => {
            const waiter: DiagnosticsWaiter = { uri, predicate, resolve: diagnostics => { done(); resolve(diagnostics); } };
            const fail = (why: string) => {
                done();
                const last = this.latest.get(uri);
                reject(new Error(`${why} while waiting for matching diagnostics of ${uri}; last published: ${
                    last ? JSON.stringify(last.map(d => `${d.code}: ${d.message}`)) : 'none'}${this.stderrTail()}`));
            };
            const timer = setTimeout(() => fail(`no publication within ${timeoutMs} ms`), timeoutMs);
            const onExit = (exit: ProcessExit) => fail(`the server exited (${exit.code ?? exit.signal})`);
            const done = () => {
                clearTimeout(timer);
                this.waiters.delete(waiter);
                this.exitListeners.delete(onExit);
            };
            if (this.exit) {
                onExit(this.exit);
                return;
            }
            this.exitListeners.add(onExit);
            this.waiters.add(waiter);
        });
    }

    /** The last diagnostics published for `uri`, if any. */
    lastDiagnostics(uri: string): Diagnostic[] | undefined {
        return this.latest.get(uri);
    }

    async completion(uri: string, position: Position, context?: CompletionContext): Promise<CompletionItem[]> {
        const result = await this.completionList(uri, position, context);
        return Array.isArray(result) ? result : result?.items ?? [];
    }

    /** The answer to `textDocument/completion` as it came: null when the server proposes nothing. */
    completionList(uri: string, position: Position, context?: CompletionContext): Promise<CompletionList | CompletionItem[] | null> {
        return this.guard(this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position, context }), 'completion');
    }

    /** The markdown of the hover at `position`, or undefined when there is none. */
    async hover(uri: string, position: Position): Promise<string | undefined> {
        const result: Hover | null = await this.guard(this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), 'hover');
        const contents = result?.contents;
        return contents && typeof contents === 'object' && 'value' in contents ? contents.value : undefined;
    }

    async inlayHints(uri: string, range: Range): Promise<InlayHint[]> {
        return await this.guard(this.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range }), 'inlayHint') ?? [];
    }

    async codeLenses(uri: string): Promise<CodeLens[]> {
        return await this.guard(this.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }), 'codeLens') ?? [];
    }

    async definition(uri: string, position: Position): Promise<Definition | LocationLink[] | null> {
        return this.guard(this.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position }), 'definition');
    }

    /** `shutdown`, then `exit`; resolves with how the process ended. */
    async shutdownAndExit(): Promise<ProcessExit> {
        await this.guard(this.connection.sendRequest(ShutdownRequest.type), 'shutdown');
        await this.connection.sendNotification(ExitNotification.type);
        return this.waitForExit();
    }

    async waitForExit(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ProcessExit> {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`the server did not exit within ${timeoutMs} ms${this.stderrTail()}`)), timeoutMs);
        });
        try {
            return await Promise.race([this.exited, timeout]);
        } finally {
            clearTimeout(timer);
        }
    }

    /** Ends the connection and, if the process still runs, kills it. Safe to call more than once. */
    async dispose(): Promise<void> {
        this.connection.dispose();
        if (this.running) {
            this.process.kill('SIGKILL');
            await this.exited;
        }
    }

    /** `promise`, or a rejection naming `what` if it takes longer than the timeout or the server exits. */
    guard<T>(promise: Promise<T>, what: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
        return new Promise<T>((resolve, reject) => {
            const timer = setTimeout(
                () => reject(new Error(`${what}: no answer within ${timeoutMs} ms${this.stderrTail()}`)), timeoutMs);
            const onExit = (exit: ProcessExit) => {
                clearTimeout(timer);
                reject(new Error(`${what}: the server exited (${exit.code ?? exit.signal})${this.stderrTail()}`));
            };
            if (this.exit) {
                onExit(this.exit);
            } else {
                this.exitListeners.add(onExit);
            }
            promise.then(
                value => { clearTimeout(timer); this.exitListeners.delete(onExit); resolve(value); },
                (error: unknown) => { clearTimeout(timer); this.exitListeners.delete(onExit); reject(error); });
        });
    }

    private published(params: Publication): void {
        this.latest.set(params.uri, params.diagnostics);
        for (const waiter of [...this.waiters]) {
            if (waiter.uri === params.uri && waiter.predicate(params.diagnostics)) {
                waiter.resolve(params.diagnostics);
            }
        }
    }

    private stderrTail(): string {
        const tail = this.stderr.trim().slice(-2000);
        return tail ? `\nserver stderr:\n${tail}` : '';
    }
}

/** The codes of `diagnostics`, sorted, for comparisons that do not depend on order. */
export function codesOf(diagnostics: Diagnostic[]): string[] {
    return diagnostics.map(d => String(d.code)).sort();
}

/** The text of a diagnostic's message (LSP 3.18 allows markup there). */
export function messageOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
