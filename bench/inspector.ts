/**
 * The live heap of another Node process, read through its inspector (the process is started with
 * `--inspect=127.0.0.1:0`): a full garbage collection, then `process.memoryUsage()` evaluated inside it.
 * Uses the WebSocket of Node (behind `--experimental-websocket` on Node 20, global from Node 22).
 */

/** The inspector's WebSocket address, from the "Debugger listening on ws://…" line the process prints. */
export function inspectorUrl(stderr: string): string | undefined {
    return /Debugger listening on (ws:\/\/\S+)/.exec(stderr)?.[1];
}

export interface HeapFigures {
    /** V8 heap in use after a full collection: what the process really keeps alive. */
    heapUsedMb: number;
    heapTotalMb: number;
}

export async function heapAfterGc(url: string, timeoutMs = 30_000): Promise<HeapFigures> {
    const Socket = (globalThis as { WebSocket?: typeof WebSocket }).WebSocket;
    if (!Socket) {
        throw new Error('no WebSocket in this Node: run with --experimental-websocket (Node 20) or on Node 22+');
    }
    const socket = new Socket(url);
    const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
    let nextId = 1;
    socket.addEventListener('message', event => {
        const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string } };
        const waiter = message.id === undefined ? undefined : pending.get(message.id);
        if (waiter) {
            pending.delete(message.id!);
            if (message.error) {
                waiter.reject(new Error(message.error.message));
            } else {
                waiter.resolve(message.result);
            }
        }
    });
    const call = (method: string, params: object = {}) => new Promise<unknown>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        socket.send(JSON.stringify({ id, method, params }));
    });
    const timer = setTimeout(() => socket.close(), timeoutMs);
    try {
        await new Promise<void>((resolve, reject) => {
            socket.addEventListener('open', () => resolve());
            socket.addEventListener('error', () => reject(new Error(`cannot connect to the inspector at ${url}`)));
        });
        await call('HeapProfiler.collectGarbage');
        const answer = await call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true }) as
            { result: { value: string } };
        const usage = JSON.parse(answer.result.value) as NodeJS.MemoryUsage;
        return { heapUsedMb: mb(usage.heapUsed), heapTotalMb: mb(usage.heapTotal) };
    } finally {
        clearTimeout(timer);
        socket.close();
    }
}

/** The resident set size of a process now (VmRSS of /proc/<pid>/status), in MB; undefined off Linux. */
export async function residentMb(pid: number): Promise<number | undefined> {
    const { readFile } = await import('node:fs/promises');
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
    const kb = status && /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024 * 10) / 10 : undefined;
}

function mb(bytes: number): number {
    return Math.round(bytes / 1024 / 1024 * 10) / 10;
}
