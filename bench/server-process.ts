import { readFileSync } from 'node:fs';

/**
 * What the benchmark reads of the server process from outside: its memory and its CPU time.
 *
 * The live heap is read through the server's inspector (the process is started with
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
export function residentMb(pid: number): number | undefined {
    let status: string | undefined;
    try {
        status = readFileSync(`/proc/${pid}/status`, 'utf8');
    } catch {
        status = undefined;
    }
    const kb = status && /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024 * 10) / 10 : undefined;
}

function mb(bytes: number): number {
    return Math.round(bytes / 1024 / 1024 * 10) / 10;
}

/**
 * CPU time (user + system) the process has used so far, in ms, from /proc/<pid>/stat (in clock ticks of
 * 10 ms, the USER_HZ of Linux); undefined off Linux. On a shared machine this says how much work a request
 * cost, where the wall-clock time also counts the waits for a core.
 */
export function cpuMs(pid: number): number | undefined {
    try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        // The fields after the command name, which is in parentheses and may contain spaces.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
        return undefined;
    }
}
