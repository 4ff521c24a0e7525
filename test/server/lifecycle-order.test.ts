import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { SERVER_BUNDLE, requireBuilt } from '../support/artifacts.js';
import { LspClient } from '../support/lsp-client.js';
import { CLEAN_STRATEGY } from '../support/strategies.js';

/**
 * The protocol's order: before `initialize` a request is answered ServerNotInitialized (-32002); after
 * `shutdown` a request is answered InvalidRequest; `exit` is obeyed always.
 */

const clients: LspClient[] = [];

function startServer(): LspClient {
    const client = LspClient.start(['--stdio']);
    clients.push(client);
    return client;
}

beforeAll(() => {
    requireBuilt(SERVER_BUNDLE);
});

afterEach(async () => {
    await Promise.all(clients.splice(0).map(client => client.dispose()));
});

/** The error code of the server's answer to `method`, or 'result' when it answered with a result. */
async function codeOf(client: LspClient, method: string, params: unknown): Promise<number | 'result'> {
    return client.guard(client.connection.sendRequest(method, params).then(
        () => 'result' as const,
        (error: unknown) => {
            if (error instanceof ResponseError) {
                return error.code;
            }
            throw error;
        }), method);
}

const URI = 'file:///virtual/lifecycle/strategy.smm';
const HOVER = { textDocument: { uri: URI }, position: { line: 0, character: 2 } };

describe('language server over stdio: requests out of the lifecycle', () => {
    it('answers ServerNotInitialized to a request before initialize, then works once initialized', async () => {
        const client = startServer();
        expect(await codeOf(client, 'textDocument/hover', HOVER)).toBe(-32002);
        expect(await codeOf(client, 'workspace/symbol', { query: '' })).toBe(-32002);
        expect(await codeOf(client, 'shutdown', undefined)).toBe(-32002);

        await client.initialize();
        await client.openAndWait(URI, CLEAN_STRATEGY);
        expect(await codeOf(client, 'textDocument/hover', HOVER)).toBe('result');
    });

    it('answers InvalidRequest to a request after shutdown, and still exits with code 0 on exit', async () => {
        const client = startServer();
        await client.initialize();
        await client.openAndWait(URI, CLEAN_STRATEGY);
        expect(await codeOf(client, 'shutdown', undefined)).toBe('result');
        expect(await codeOf(client, 'textDocument/hover', HOVER)).toBe(ErrorCodes.InvalidRequest);
        expect(await codeOf(client, 'shutdown', undefined)).toBe(ErrorCodes.InvalidRequest);

        await client.connection.sendNotification('exit');
        expect(await client.waitForExit()).toEqual({ code: 0, signal: null });
    });

    it('exits with code 1 on exit before initialize', async () => {
        const client = startServer();
        await client.connection.sendNotification('exit');
        expect(await client.waitForExit()).toEqual({ code: 1, signal: null });
    });
});
