import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { terminalText } from '../../src/cli/printable.js';
import { BUNDLE_NODE, CLI_BUNDLE, requireBuilt } from '../support/artifacts.js';
import { runCli } from '../support/run.js';
import { TempFolders } from '../support/temp.js';

/**
 * `smm render -o -` to a terminal: a strategy text with escape sequences (an OSC 52 clipboard write, a
 * screen clear, a colour, a C1 CSI) must not reach the terminal as sequences; piped or redirected, the
 * roadmap stays byte for byte what was rendered.
 */

const folders = new TempFolders();
afterAll(() => folders.removeAll());

const CLIPBOARD = '\u001b]52;c;cHduZWQ=\u0007';
const HOSTILE = `strategy "Plan ${CLIPBOARD} \u001b[2J x\u009b" {\n  role R "a\u001b[31mred"\n}\n`;
/** What a terminal obeys: C0 but TAB, LF and CR; DEL; C1. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Runs the CLI with its standard output on a pseudo-terminal (util-linux `script`); returns what the terminal received. */
function runOnTerminal(args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
    const command = [BUNDLE_NODE, requireBuilt(CLI_BUNDLE), ...args].map(arg => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
    return new Promise((resolve, reject) => {
        const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
        child.on('error', reject);
        child.on('close', code => resolve({ code, output }));
    });
}

describe('smm render -o - on a terminal', () => {
    it.skipIf(!existsSync('/usr/bin/script')).each(['md', 'ics', 'html'])('%s: no control sequence reaches the terminal', async format => {
        const cwd = await folders.create({ 's.smm': HOSTILE });
        const result = await runOnTerminal(['render', 's.smm', '-o', '-', '--format', format, '--today', '2027-03-15'], cwd);
        expect(result.code).toBe(0);
        expect(result.output.length).toBeGreaterThan(50);
        expect(result.output).not.toMatch(CONTROL);
    });

    it('piped, the roadmap is written byte for byte as rendered to a file', async () => {
        const cwd = await folders.create({ 's.smm': HOSTILE });
        for (const format of ['ics', 'md', 'json']) {
            const piped = await runCli(['render', 's.smm', '-o', '-', '--format', format, '--today', '2027-03-15'], { cwd });
            const written = await runCli(['render', 's.smm', '-o', `s.${format}`, '--today', '2027-03-15'], { cwd });
            expect([piped.code, written.code]).toEqual([0, 0]);
            expect(piped.stdout).toBe(readFileSync(join(cwd, `s.${format}`), 'utf8'));
        }
    });
});

describe('terminalText', () => {
    it('shows C0 (but TAB, LF, CR), DEL and C1 as visible escapes', () => {
        expect(terminalText(`a${CLIPBOARD}b\u009b2J\u007f`)).toBe('a\\x1b]52;c;cHduZWQ=\\x07b\\x9b2J\\x7f');
    });

    it('keeps tabs, line ends and every printable character', () => {
        const text = 'Date\tChannel\r\nПлан «Зерно» — ₽ 😀\n';
        expect(terminalText(text)).toBe(text);
    });
});
