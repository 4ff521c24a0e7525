import { spawn, type SpawnOptions } from 'node:child_process';

export interface GroupExit {
    code: number | null;
    signal: NodeJS.Signals | null;
}

/**
 * A child process started as the leader of its own process group. `stop` ends the whole group: the
 * programs these tests start (code-server, Neovim) start children of their own (extension hosts, file
 * watchers, the language server), which a kill of the leader alone would leave running.
 */
export class ProcessGroup {
    /** Everything the group's leader wrote to stdout and stderr, for failure messages. */
    output = '';
    readonly exited: Promise<GroupExit>;
    private exit: GroupExit | undefined;
    private readonly pid: number;
    /** Called on every chunk of output and on exit. */
    private readonly listeners = new Set<() => void>();

    constructor(readonly command: string, args: string[], options: Omit<SpawnOptions, 'detached' | 'stdio'> = {}) {
        const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        if (child.pid === undefined) {
            throw new Error(`could not start ${command}`);
        }
        this.pid = child.pid;
        for (const stream of [child.stdout, child.stderr]) {
            stream?.setEncoding('utf8').on('data', (chunk: string) => {
                this.output += chunk;
                this.notify();
            });
        }
        this.exited = new Promise(resolve => {
            child.on('exit', (code, signal) => {
                this.exit = { code, signal };
                resolve(this.exit);
                this.notify();
            });
        });
    }

    get running(): boolean {
        return this.exit === undefined;
    }

    /** Resolves with the first match of `pattern` in the output; rejects when the process exits first or on timeout. */
    waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
        return new Promise((resolve, reject) => {
            const check = () => {
                const match = pattern.exec(this.output);
                if (match) {
                    finish();
                    resolve(match);
                } else if (!this.running) {
                    finish();
                    reject(new Error(`${this.command} exited (${this.exit?.code ?? this.exit?.signal}) before printing ${pattern}${this.tail()}`));
                }
            };
            const timer = setTimeout(() => {
                finish();
                reject(new Error(`${this.command} did not print ${pattern} within ${timeoutMs} ms${this.tail()}`));
            }, timeoutMs);
            const finish = () => {
                clearTimeout(timer);
                this.listeners.delete(check);
            };
            this.listeners.add(check);
            check();
        });
    }

    /** Waits for the leader to exit by itself; on timeout the group is killed and the promise rejects. */
    async waitForExit(timeoutMs: number): Promise<GroupExit> {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`${this.command} did not exit within ${timeoutMs} ms${this.tail()}`)), timeoutMs);
        });
        try {
            return await Promise.race([this.exited, timeout]);
        } catch (error) {
            await this.stop();
            throw error;
        } finally {
            clearTimeout(timer);
        }
    }

    /** SIGTERM to the group, SIGKILL to what is left of it after `graceMs`. Safe to call more than once. */
    async stop(graceMs = 3_000): Promise<void> {
        this.signalGroup('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<void>(resolve => { timer = setTimeout(resolve, graceMs); });
        await Promise.race([this.exited, grace]);
        clearTimeout(timer);
        // Members of the group may outlive its leader (an extension host finishing its shutdown).
        this.signalGroup('SIGKILL');
        await this.exited;
    }

    /** The last lines of the output, for error messages. */
    tail(): string {
        const tail = this.output.trim().slice(-3000);
        return tail ? `\n${this.command} output:\n${tail}` : '';
    }

    private notify(): void {
        for (const listener of [...this.listeners]) {
            listener();
        }
    }

    private signalGroup(signal: NodeJS.Signals): void {
        try {
            process.kill(-this.pid, signal);
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ESRCH') {
                throw error;
            }
        }
    }
}
