import { spawn } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_NODE, SERVER_BUNDLE, requireBuilt } from '../support/artifacts.js';

/**
 * Bytes on stdin that are not a well-framed message. The stream cannot be resynchronised after a wrong
 * or missing `Content-Length` (a body may hold anything, headers included), so the server says why on
 * stderr and exits with a non-zero code, and its client restarts it; it must not stay alive and deaf.
 */

interface RawServer {
    write(bytes: string): void;
    /** The exit code, or 'alive' when the server is still running after `ms`. */
    exitWithin(ms: number): Promise<number | 'alive'>;
    /** Resolves once stdout holds `text`. */
    stdoutContains(text: string): Promise<void>;
    stderr(): string;
    kill(): void;
}

const servers: RawServer[] = [];

function startRaw(): RawServer {
    const child = spawn(BUNDLE_NODE, [requireBuilt(SERVER_BUNDLE), '--stdio'], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    child.stdin.on('error', () => undefined);
    const exited = new Promise<number>(resolve => child.on('exit', code => resolve(code ?? -1)));
    const server: RawServer = {
        write: bytes => { child.stdin.write(bytes); },
        exitWithin: ms => Promise.race([
            exited,
            new Promise<'alive'>(resolve => setTimeout(() => resolve('alive'), ms))
        ]),
        stdoutContains: text => new Promise(resolve => {
            const look = (): void => { if (stdout.includes(text)) { resolve(); } else { setTimeout(look, 20); } };
            look();
        }),
        stderr: () => stderr,
        kill: () => { child.kill('SIGKILL'); }
    };
    servers.push(server);
    return server;
}

function frame(message: object, length?: number | string, header = 'Content-Length'): string {
    const body = JSON.stringify(message);
    return `${header}: ${length ?? Buffer.byteLength(body)}\r\n\r\n${body}`;
}

const INITIALIZE = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };

beforeAll(() => {
    requireBuilt(SERVER_BUNDLE);
});

afterEach(() => {
    servers.splice(0).forEach(server => server.kill());
});

describe('language server over stdio: a malformed frame', () => {
    it('without Content-Length: exits with code 1 and says why on stderr', async () => {
        const server = startRaw();
        server.write(frame(INITIALIZE, undefined, 'Content-Size'));
        server.write(frame(INITIALIZE));
        expect(await server.exitWithin(5_000)).toBe(1);
        expect(server.stderr()).toMatch(/Content-Length/);
    });

    it('with a Content-Length that is not a number: exits with code 1 and says why', async () => {
        const server = startRaw();
        server.write(frame(INITIALIZE, 'many'));
        expect(await server.exitWithin(5_000)).toBe(1);
        expect(server.stderr()).toMatch(/Content-Length/);
    });

    it('with a Content-Length too short, after a good initialize: exits with code 1', async () => {
        const server = startRaw();
        server.write(frame(INITIALIZE));
        await server.stdoutContains('"id":1');
        const shutdown = { jsonrpc: '2.0', id: 2, method: 'shutdown' };
        server.write(frame(shutdown, JSON.stringify(shutdown).length - 5));
        server.write(frame({ jsonrpc: '2.0', id: 3, method: 'shutdown' }));
        expect(await server.exitWithin(5_000)).toBe(1);
        expect(server.stderr()).not.toBe('');
    });

    it('with a Content-Length too long, followed by the next message: exits with code 1', async () => {
        const server = startRaw();
        server.write(frame(INITIALIZE, JSON.stringify(INITIALIZE).length + 10));
        server.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
        expect(await server.exitWithin(5_000)).toBe(1);
        expect(server.stderr()).not.toBe('');
    });
});
