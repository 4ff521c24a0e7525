import { spawn } from 'node:child_process';
import { CLI_BUNDLE, ROOT, requireBuilt } from './artifacts.js';

export interface RunResult {
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
}

export interface RunOptions {
    cwd?: string;
    /**
     * Locale variables for the child. The runner's own LANG, LC_ALL, LC_MESSAGES and LANGUAGE are never
     * passed on, so that the result does not depend on the machine the tests run on.
     */
    env?: Record<string, string>;
    timeoutMs?: number;
}

const LOCALE_VARIABLES = ['LANG', 'LANGUAGE', 'LC_ALL', 'LC_MESSAGES'];

/** Runs `node out/cli.cjs …args` as a real process and collects its output and exit status. */
export function runCli(args: string[], options: RunOptions = {}): Promise<RunResult> {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of LOCALE_VARIABLES) {
        delete env[name];
    }
    Object.assign(env, options.env);
    const timeoutMs = options.timeoutMs ?? 20_000;
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [requireBuilt(CLI_BUNDLE), ...args], {
            cwd: options.cwd ?? ROOT,
            env,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`smm ${args.join(' ')} did not finish within ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`));
        }, timeoutMs);
        child.on('error', error => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            resolve({ code, signal, stdout, stderr });
        });
    });
}
