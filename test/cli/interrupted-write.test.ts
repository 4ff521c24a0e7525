import { spawn } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_NODE, CLI_BUNDLE, requireBuilt } from '../support/artifacts.js';
import { CLEAN_STRATEGY } from '../support/strategies.js';
import { TempFolders } from '../support/temp.js';

/**
 * `smm render` stopped by a signal while it writes: the hidden temporary file of the atomic write must not
 * stay behind. A preloaded module makes the moment certain: when the command opens its temporary file, it
 * sends itself the signal and the write waits for it.
 */

const folders = new TempFolders();
afterAll(() => folders.removeAll());

const INTERRUPT_ON_TEMPORARY = `
const promises = require('node:fs/promises');
const open = promises.open;
promises.open = async (path, ...rest) => {
    const handle = await open(path, ...rest);
    if (String(path).endsWith('.tmp')) {
        process.kill(process.pid, process.env.SMM_TEST_SIGNAL);
        // The write waits (as a slow disk does) for the signal to arrive.
        return new Promise(resolve => setTimeout(() => resolve(handle), 5000));
    }
    return handle;
};
`;

function renderInterrupted(cwd: string, preload: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return new Promise((resolve, reject) => {
        const child = spawn(BUNDLE_NODE, ['--require', preload, requireBuilt(CLI_BUNDLE), 'render', 's.smm', '-o', 'roadmap.html'],
            { cwd, env: { ...process.env, SMM_TEST_SIGNAL: signal }, stdio: 'ignore' });
        const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error('smm render did not end')); }, 20_000);
        child.on('error', reject);
        child.on('exit', (code, signalled) => { clearTimeout(timer); resolve({ code, signal: signalled }); });
    });
}

describe('smm render interrupted while it writes', () => {
    it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s: ends by the signal and leaves no temporary file', async signal => {
        const cwd = await folders.create({ 's.smm': CLEAN_STRATEGY });
        const preload = join(cwd, 'interrupt.cjs');
        await writeFile(preload, INTERRUPT_ON_TEMPORARY);
        const result = await renderInterrupted(cwd, preload, signal);
        expect(result).toEqual({ code: null, signal });
        expect((await readdir(cwd)).sort()).toEqual(['interrupt.cjs', 's.smm']);
    });
});
