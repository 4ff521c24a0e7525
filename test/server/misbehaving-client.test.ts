import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
    CancellationTokenSource, ErrorCodes, LSPErrorCodes, ResponseError, type Position, type Range
} from 'vscode-languageserver-protocol';
import { HealthRequest, RoadmapRequest } from '../../src/protocol.js';
import { SERVER_BUNDLE, requireBuilt } from '../support/artifacts.js';
import { LspClient, messageOf } from '../support/lsp-client.js';
import { CLEAN_STRATEGY, positionOf, strategyWith } from '../support/strategies.js';

/**
 * A client that does everything wrong: asks about documents it never opened, points past the end of the
 * text, and cancels what it asked for. The server answers each request (a result or an error response),
 * never crashes, and ends cleanly when told to.
 */

const clients: LspClient[] = [];

async function startServer(): Promise<LspClient> {
    const client = LspClient.start(['--stdio']);
    clients.push(client);
    await client.initialize();
    return client;
}

let documentCounter = 0;
function untitledUri(): string {
    documentCounter++;
    return `file:///virtual/misbehaving${documentCounter}/strategy.smm`;
}

beforeAll(() => {
    requireBuilt(SERVER_BUNDLE);
});

afterEach(async () => {
    await Promise.all(clients.splice(0).map(client => client.dispose()));
});

type Answer = { result: unknown } | { error: ResponseError<unknown> };

/** The server's answer to `method`, a result or an error response; a timeout or the server's death fails the test. */
async function ask(client: LspClient, method: string, params: unknown, token?: CancellationTokenSource): Promise<Answer> {
    const request = token
        ? client.connection.sendRequest(method, params, token.token)
        : client.connection.sendRequest(method, params);
    return client.guard(request.then(
        result => ({ result }),
        (error: unknown) => {
            if (error instanceof ResponseError) {
                return { error };
            }
            throw error;
        }), method);
}

/** An answer that is nothing: null, an empty list, or an error response that is not a crash of a handler. */
function expectNothingOrRefusal(answer: Answer, what: string): void {
    if ('error' in answer) {
        // InternalError is what the connection answers when a handler throws: a bug, not a refusal.
        expect(answer.error.code, `${what}: ${answer.error.message}`).not.toBe(ErrorCodes.InternalError);
        expect(answer.error.code, `${what}: ${answer.error.message}`).not.toBe(ErrorCodes.UnknownErrorCode);
        return;
    }
    const { result } = answer;
    const empty = result === null || (Array.isArray(result) && result.length === 0)
        || (typeof result === 'object' && result !== null && 'data' in result && (result as { data: unknown[] }).data.length === 0)
        || (typeof result === 'object' && result !== null && 'items' in result && (result as { items: unknown[] }).items.length === 0);
    expect(empty, `${what} answered ${JSON.stringify(result)?.slice(0, 300)}`).toBe(true);
}

/** An answer that is a result or an error response other than a crash of a handler. */
function expectAnswered(answer: Answer, what: string): void {
    if ('error' in answer) {
        expect(answer.error.code, `${what}: ${answer.error.message}`).not.toBe(ErrorCodes.InternalError);
        expect(answer.error.code, `${what}: ${answer.error.message}`).not.toBe(ErrorCodes.UnknownErrorCode);
    }
}

/** Every request that names a document, with the parameters a client would send for `position` / `range`. */
function documentRequests(uri: string, position: Position, range: Range): Array<[string, unknown]> {
    const textDocument = { uri };
    return [
        ['textDocument/hover', { textDocument, position }],
        ['textDocument/completion', { textDocument, position }],
        ['textDocument/definition', { textDocument, position }],
        ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
        ['textDocument/documentHighlight', { textDocument, position }],
        ['textDocument/prepareRename', { textDocument, position }],
        ['textDocument/rename', { textDocument, position, newName: 'Renamed' }],
        ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }],
        ['textDocument/rangeFormatting', { textDocument, range, options: { tabSize: 4, insertSpaces: true } }],
        ['textDocument/inlayHint', { textDocument, range }],
        ['textDocument/semanticTokens/range', { textDocument, range }],
        ['textDocument/documentSymbol', { textDocument }],
        ['textDocument/foldingRange', { textDocument }],
        ['textDocument/semanticTokens/full', { textDocument }],
        ['textDocument/codeLens', { textDocument }],
        ['textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: true } }],
        [HealthRequest.method, { uri }],
        [RoadmapRequest.method, { uri, format: 'preview' }]
    ];
}

/**
 * The client ends the session: the server still answers about `uri`, whose text is `text` (a strategy with
 * the funnel `Orders`), then exits with 0, having written nothing to stderr and logged no error.
 */
async function expectCleanEnd(client: LspClient, uri: string, text: string): Promise<void> {
    expect(await client.hover(uri, positionOf(text, 'from Orders.Order', 'from Orders.O'.length))).toContain('**Orders.Order**');
    expect(await client.shutdownAndExit()).toEqual({ code: 0, signal: null });
    expect(client.stderr).toBe('');
    expect(client.errorLogs).toEqual([]);
}

const ORIGIN = { line: 0, character: 0 };

describe('a client that asks about documents the server never saw', () => {
    it('gets an empty answer or an error response to every request, and the server goes on', async () => {
        const client = await startServer();
        const known = untitledUri();
        await client.openAndWait(known, CLEAN_STRATEGY);

        for (const unknown of [untitledUri(), 'file:///virtual/never/opened.txt', 'untitled:Untitled-1', 'not a uri']) {
            for (const [method, params] of documentRequests(unknown, ORIGIN, { start: ORIGIN, end: ORIGIN })) {
                expectNothingOrRefusal(await ask(client, method, params), `${method} for ${unknown}`);
            }
        }
        await expectCleanEnd(client, known, CLEAN_STRATEGY);
    });
});

describe('a client that points outside the text', () => {
    const text = CLEAN_STRATEGY;
    const lines = text.split('\n');
    const lastLine = lines.length - 1;
    const inside = positionOf(text, 'role SmmManager', 'role '.length);
    const positions: Array<[string, Position]> = [
        ['a line far past the end', { line: 100_000, character: 3 }],
        ['the line after the last', { line: lastLine + 1, character: 0 }],
        ['a character past the end of its line', { line: inside.line, character: 10_000 }],
        ['the largest unsigned integer', { line: 2 ** 31 - 1, character: 2 ** 31 - 1 }],
        ['negative numbers', { line: -1, character: -5 }],
        ['a negative character on a real line', { line: inside.line, character: -1 }],
        ['fractional numbers', { line: 1.5, character: 2.5 }]
    ];
    const ranges: Array<[string, Range]> = [
        ['an end before its start', { start: inside, end: { line: 0, character: 0 } }],
        ['a range beyond the end', { start: { line: lastLine + 5, character: 0 }, end: { line: lastLine + 50, character: 9 } }],
        ['a range from negative to huge', { start: { line: -3, character: -3 }, end: { line: 2 ** 31 - 1, character: 2 ** 31 - 1 } }]
    ];

    it.each(positions)('answers every position-taking request at %s', async (what, position) => {
        const client = await startServer();
        const uri = untitledUri();
        await client.openAndWait(uri, text);

        for (const [method, params] of documentRequests(uri, position, { start: position, end: position })) {
            expectAnswered(await ask(client, method, params), `${method} at ${what}`);
        }
        await expectCleanEnd(client, uri, text);
    });

    it.each(ranges)('answers every range-taking request for %s', async (what, range) => {
        const client = await startServer();
        const uri = untitledUri();
        await client.openAndWait(uri, text);

        for (const [method, params] of documentRequests(uri, range.start, range)) {
            expectAnswered(await ask(client, method, params), `${method} for ${what}`);
        }
        await expectCleanEnd(client, uri, text);
    });

    it('answers edits that point outside the text by keeping the document consistent', async () => {
        const client = await startServer();
        const uri = untitledUri();
        await client.openAndWait(uri, text);

        await client.edit(uri, { start: { line: 100_000, character: 0 }, end: { line: 100_001, character: 0 } }, '  // far away\n', 2);
        await client.edit(uri, { start: { line: lastLine + 3, character: 0 }, end: { line: lastLine + 2, character: 0 } }, '', 3);
        await client.edit(uri, { start: { line: -1, character: -1 }, end: { line: -1, character: -1 } }, '', 4);
        for (const [method, params] of documentRequests(uri, inside, { start: inside, end: inside })) {
            expectAnswered(await ask(client, method, params), `${method} after edits outside the text`);
        }
        await expectCleanEnd(client, uri, text);
    });
});

describe('a client that cancels what it asked', () => {
    /** A strategy big enough that building it and rendering it take a while. */
    const big = strategyWith(Array.from({ length: 600 }, (_, i) =>
        `  goal Goal${i} "Goal number ${i}" { kpi orders >= ${i + 1} per month by 2027-06-30 owner SmmManager }\n`).join(''));

    const cancellable: Array<[string, (uri: string) => unknown]> = [
        [RoadmapRequest.method, uri => ({ uri, format: 'html' })],
        ['textDocument/formatting', uri => ({ textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })],
        ['textDocument/completion', uri => ({ textDocument: { uri }, position: positionOf(big, 'owner SmmManager', 'owner '.length) })],
        ['textDocument/semanticTokens/full', uri => ({ textDocument: { uri } })],
        ['textDocument/inlayHint', uri => ({ textDocument: { uri }, range: { start: ORIGIN, end: { line: 700, character: 0 } } })]
    ];

    it.each(cancellable)('%s cancelled while an edit is being built answers RequestCancelled or a result, and the next one is answered', async (method, params) => {
        const client = await startServer();
        const uri = untitledUri();
        await client.openAndWait(uri, big);
        await client.edit(uri, { start: ORIGIN, end: ORIGIN }, '// edited\n', 2);

        const source = new CancellationTokenSource();
        const cancelled = ask(client, method, params(uri), source);
        source.cancel();
        const answer = await cancelled;
        if ('error' in answer) {
            expect(answer.error.code, answer.error.message).toBe(LSPErrorCodes.RequestCancelled);
        }
        const next = await ask(client, method, params(uri));
        expect('result' in next && next.result, `${method} after a cancellation`).toBeTruthy();
        await expectCleanEnd(client, uri, `// edited\n${big}`);
    });

    it('survives a request cancelled while it runs and a cancellation for a request that never existed', async () => {
        const client = await startServer();
        const uri = untitledUri();
        await client.openAndWait(uri, big);

        const source = new CancellationTokenSource();
        const running = ask(client, RoadmapRequest.method, { uri, format: 'preview' }, source);
        setTimeout(() => source.cancel(), 5);
        await client.connection.sendNotification('$/cancelRequest', { id: 987_654 });
        await client.connection.sendNotification('$/cancelRequest', { id: 'no such request' });
        const answer = await running;
        if ('error' in answer) {
            expect(answer.error.code, answer.error.message).toBe(LSPErrorCodes.RequestCancelled);
        }
        await expectCleanEnd(client, uri, big);
    });
});

describe('a file that is not a strategy at all', () => {
    it('gets its first hundred syntax errors and one that says how many more there are, in the diagnostics and the roadmap', async () => {
        const client = await startServer();
        const uri = untitledUri();
        const garbage = Array.from({ length: 3_000 }, (_, i) => `}} "unclosed ${i} @@ kpi >= .. % {`).join('\n');

        const diagnostics = await client.openAndWait(uri, garbage);
        expect(diagnostics.filter(d => d.code === 'syntax-error')).toHaveLength(100);
        const summary = diagnostics.filter(d => d.code === 'too-many-syntax-errors');
        expect(summary).toHaveLength(1);
        expect(messageOf(summary[0]!)).toMatch(/^Too many syntax errors: the first 100 are shown, [\d,]+ more from here on are not\./);

        const answer = await ask(client, RoadmapRequest.method, { uri, format: 'preview' });
        expect('result' in answer && answer.result).toMatchObject({ status: 'parseErrors' });
        const { parseErrors } = (answer as { result: { parseErrors: Array<{ message: string }> } }).result;
        expect(parseErrors).toHaveLength(101);
        expect(parseErrors.at(-1)!.message).toBe(messageOf(summary[0]!));

        await client.change(uri, CLEAN_STRATEGY, 2);
        await expectCleanEnd(client, uri, CLEAN_STRATEGY);
    });
});

describe('a long file that is not a strategy at all', () => {
    it('is read up to its thousandth syntax error, so that its diagnostics arrive within seconds', async () => {
        const client = await startServer();
        const uri = untitledUri();
        // Error recovery costs more with each error: 40,000 such lines took over a minute to parse in full.
        const garbage = Array.from({ length: 50_000 }, (_, i) => `goal kpi >= .. % owner { "unclosed ${i}`).join('\n');

        const diagnostics = await client.openAndWait(uri, garbage, undefined, 20_000);
        expect(diagnostics.filter(d => d.code === 'syntax-error')).toHaveLength(100);
        expect(diagnostics.filter(d => d.code === 'too-many-syntax-errors')).toHaveLength(1);
        // Completion far past the part that was read answers at once, with nothing: nothing there was understood.
        expect(await client.completion(uri, { line: 40_000, character: 3 })).toEqual([]);

        // The parser is not left in a broken state: the next text parses as before.
        await client.change(uri, CLEAN_STRATEGY, 2);
        await expectCleanEnd(client, uri, CLEAN_STRATEGY);
    });
});

describe('a strategy that is not there: nothing in it to find', () => {
    it('answers an empty file', async () => {
        const client = await startServer();
        const uri = untitledUri();
        await client.openAndWait(uri, '');
        for (const [method, params] of documentRequests(uri, ORIGIN, { start: ORIGIN, end: ORIGIN })) {
            expectAnswered(await ask(client, method, params), `${method} on an empty file`);
        }
        await client.change(uri, CLEAN_STRATEGY, 2);
        await expectCleanEnd(client, uri, CLEAN_STRATEGY);
    });
});
