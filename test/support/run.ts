import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BUNDLE_NODE, CLI_BUNDLE, ROOT, requireBuilt } from './artifacts.js';

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
    /**
     * Run as a user without privileges, for tests of files the user may not read or write: root ignores
     * file permissions, so when the tests run as root the command runs as `nobody` through `setpriv`.
     */
    unprivileged?: boolean;
}

/** The user `unprivileged` runs as when the tests run as root. */
export const NOBODY = { uid: 65534, gid: 65534 };

let sharedBundle: string | undefined;

/**
 * A copy of the CLI bundle (self-contained) in a folder every user may read: the clone the tests run in
 * may sit in a folder only its owner can enter.
 */
function bundleForEveryone(): string {
    if (!sharedBundle) {
        const folder = mkdtempSync(join(tmpdir(), 'smm-cli-'));
        chmodSync(folder, 0o755);
        sharedBundle = join(folder, 'cli.cjs');
        copyFileSync(requireBuilt(CLI_BUNDLE), sharedBundle);
        chmodSync(sharedBundle, 0o644);
    }
    return sharedBundle;
}

/** Removes the copy `unprivileged` runs made (call it after the tests of a file). */
export function removeBundleCopy(): void {
    if (sharedBundle) {
        rmSync(dirname(sharedBundle), { recursive: true, force: true });
        sharedBundle = undefined;
    }
}

/**
 * Whether `unprivileged` can be honoured here: not root, or root with util-linux's `setpriv` and a
 * temporary folder (where the tests' folders are made) that every user can reach.
 */
export function canRunUnprivileged(): boolean {
    if (process.getuid?.() !== 0) {
        return true;
    }
    const ancestors = (path: string): string[] => dirname(path) === path ? [path] : [path, ...ancestors(dirname(path))];
    return existsSync('/usr/bin/setpriv') && ancestors(tmpdir()).every(folder => (statSync(folder).mode & 0o001) !== 0);
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
        const command = [BUNDLE_NODE, requireBuilt(CLI_BUNDLE), ...args];
        if (options.unprivileged && process.getuid?.() === 0) {
            command.splice(1, 1, bundleForEveryone());
            command.unshift('/usr/bin/setpriv', `--reuid=${NOBODY.uid}`, `--regid=${NOBODY.gid}`, '--clear-groups');
        }
        const child = spawn(command[0], command.slice(1), {
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
