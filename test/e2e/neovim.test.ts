import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, requireBuilt, SERVER_BUNDLE } from '../support/artifacts.js';
import { cliDiagnostics, MISTAKES, sortedProblems } from './support/examples.js';
import { E2E_DIR } from './support/paths.js';
import { ProcessGroup } from './support/process-group.js';

/**
 * Neovim's built-in LSP client, headless, starts the bundled language server on an example and reads the
 * diagnostics back: the server speaks plain LSP, not a dialect of VS Code's client.
 */

const NVIM_TIMEOUT_MS = 40_000;
const homes: string[] = [];

interface NeovimDiagnostic {
    line: number;
    column: number;
    code: string;
    message: string;
    severity: string;
    source: string;
}

/** Runs nvim with test/e2e/neovim/diagnostics.lua on `file` and returns what it wrote. */
async function neovimDiagnostics(file: string, locale: 'en' | 'ru'): Promise<NeovimDiagnostic[]> {
    const home = await mkdtemp(join(tmpdir(), 'smm-nvim-'));
    homes.push(home);
    const out = join(home, 'diagnostics.json');
    const xdg = Object.fromEntries(['CONFIG', 'DATA', 'STATE', 'CACHE'].map(kind => [`XDG_${kind}_HOME`, join(home, kind.toLowerCase())]));
    await Promise.all(Object.values(xdg).map(dir => mkdir(dir, { recursive: true })));
    const nvim = new ProcessGroup('nvim', ['--headless', '-n', '-i', 'NONE', '-u', join(E2E_DIR, 'neovim', 'diagnostics.lua'), file], {
        cwd: home,
        env: {
            ...process.env, ...xdg, HOME: home,
            SMM_NODE: process.execPath, SMM_SERVER: requireBuilt(SERVER_BUNDLE), SMM_OUT: out, SMM_LOCALE: locale
        }
    });
    try {
        const exit = await nvim.waitForExit(NVIM_TIMEOUT_MS);
        const result = JSON.parse(await readFile(out, 'utf8')) as { diagnostics?: NeovimDiagnostic[]; error?: string };
        if (result.error || exit.code !== 0) {
            throw new Error(`nvim: ${result.error ?? `exit code ${exit.code ?? exit.signal}`}${nvim.tail()}`);
        }
        return result.diagnostics ?? [];
    } finally {
        await nvim.stop();
    }
}

afterAll(async () => {
    await Promise.all(homes.splice(0).map(home => rm(home, { recursive: true, force: true })));
});

describe('Neovim as the LSP client', () => {
    it('receives the diagnostics of the mistakes example with the codes and positions `smm check` reports', async () => {
        const diagnostics = await neovimDiagnostics(join(EXAMPLES, MISTAKES), 'en');

        expect(sortedProblems(diagnostics)).toEqual(sortedProblems(await cliDiagnostics(MISTAKES, 'en')));
        expect(new Set(diagnostics.map(diagnostic => diagnostic.source))).toEqual(new Set(['smm']));
        expect(diagnostics.find(diagnostic => diagnostic.code === 'goal-without-kpi')?.severity).toBe('warning');
        expect(diagnostics.find(diagnostic => diagnostic.code === 'invalid-date')?.severity).toBe('error');
    });

    it('gets them in Russian when its initialization options ask for the ru locale', async () => {
        const diagnostics = await neovimDiagnostics(join(EXAMPLES, MISTAKES), 'ru');

        expect(sortedProblems(diagnostics)).toEqual(sortedProblems(await cliDiagnostics(MISTAKES, 'ru')));
    });
});
