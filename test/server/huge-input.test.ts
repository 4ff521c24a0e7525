import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, DocumentSymbol, Position } from 'vscode-languageserver-protocol';
import { SERVER_BUNDLE, requireBuilt } from '../support/artifacts.js';
import { LspClient, messageOf } from '../support/lsp-client.js';

/**
 * A strategy far longer than anyone writes by hand, over stdio: it opens, its diagnostics arrive, typing
 * gets the diagnostics of the latest text only, and requests asked while it is rebuilt are answered.
 * 25,000 lines (1.1 MB) is past the size from which the server waits for the next keystroke before
 * parsing; `node scripts/huge-input.mjs 200000` measures the same at 200,000 lines.
 */

const LINES = 25_000;
const BUILD_TIMEOUT_MS = 60_000;
const clients: LspClient[] = [];

beforeAll(() => {
    requireBuilt(SERVER_BUNDLE);
});

afterEach(async () => {
    await Promise.all(clients.splice(0).map(client => client.dispose()));
});

/** A strategy of `lines` lines: eight roles, then goals and phases of tasks, each owned by one of them. */
function longStrategy(lines: number): string {
    const out = ['strategy "Long strategy" {', '    period 2027-01-01 .. 2027-12-31', '    currency RUB', '    budget 90 000 000'];
    for (let i = 0; i < 8; i++) {
        out.push(`    role Manager${i} "Manager ${i}"`);
    }
    for (let i = 0; out.length < lines - 1; i++) {
        out.push(
            `    goal Goal${i} "Orders ${i}" {`, '        kpi orders >= 100 per month by 2027-12-31', `        owner Manager${i % 8}`, '    }',
            `    phase Phase${i} "Phase ${i}" 2027-01-01 .. 2027-12-31 {`,
            `        task Brief${i} "Brief ${i}" owner Manager${i % 8} format "doc" due 2027-02-01`,
            `        task Shoot${i} "Shoot ${i}" owner Manager${(i + 1) % 8} format "video" due 2027-03-01 after Brief${i}`,
            `        milestone "Milestone ${i}" by 2027-04-01`, '    }', '');
    }
    out.push('}');
    return out.join('\n') + '\n';
}

/** The names `Typed<n>` that the diagnostics complain about (each edit below makes one unknown owner). */
function typedNames(diagnostics: Diagnostic[]): string[] {
    return [...new Set(diagnostics.flatMap(d => /Typed\d+/.exec(messageOf(d)) ?? []))];
}

describe('a huge strategy over stdio', () => {
    it('opens, answers while it is rebuilt, and publishes the diagnostics of the latest text only', async () => {
        const text = longStrategy(LINES);
        const lines = text.split('\n');
        expect(text.length).toBeGreaterThan(1_000_000);
        const client = LspClient.start(['--stdio']);
        clients.push(client);
        await client.initialize();
        const uri = 'file:///virtual/huge/strategy.smm';

        const opened = await client.openAndWait(uri, text, undefined, BUILD_TIMEOUT_MS);
        expect(opened.length).toBeGreaterThan(0);
        expect(typedNames(opened)).toEqual([]);

        // The owner of a task in the middle of the file, retyped again and again.
        const line = lines.findIndex((l, i) => i > lines.length / 2 && /^ {8}task .* owner Manager\d /.test(l));
        const start = lines[line].indexOf('owner ') + 'owner '.length;
        let current = /owner (\w+)/.exec(lines[line])![1];
        let version = 1;
        const type = async (name: string) => {
            version++;
            await client.edit(uri, { start: { line, character: start }, end: { line, character: start + current.length } }, name, version);
            current = name;
        };

        // Every publication until the one of the latest text, by the names it complains about.
        const published: string[][] = [];
        const latest = client.nextDiagnostics(uri, d => published.push(typedNames(d)) > 0 && typedNames(d).includes('Typed5'), BUILD_TIMEOUT_MS);
        for (let n = 1; n <= 5; n++) {
            await type(`Typed${n}`);
            await new Promise(resolve => setTimeout(resolve, 20));
        }
        const afterBurst = await latest;
        expect(typedNames(afterBurst)).toEqual(['Typed5']);
        expect(afterBurst.filter(d => messageOf(d).includes('Typed5'))[0]?.range.start.line).toBe(line);
        // No diagnostics of an outdated text were published in between.
        expect(published).toEqual([['Typed5']]);

        // Requests asked right after the next edit are answered from the new text, before its checks are done.
        const answered: string[] = [];
        const rebuilt = client.nextDiagnostics(uri, d => typedNames(d).includes('Typed6'), BUILD_TIMEOUT_MS)
            .then(d => { answered.push('diagnostics'); return d; });
        await type('Typed6');
        const position: Position = { line, character: start };
        const note = <T>(name: string, promise: Promise<T>) => promise.then(result => { answered.push(name); return result; });
        const [symbols, hover, completion] = await Promise.all([
            note('documentSymbol', client.guard(client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }), 'documentSymbol', BUILD_TIMEOUT_MS)),
            note('hover', client.guard(client.connection.sendRequest<unknown>('textDocument/hover', { textDocument: { uri }, position }), 'hover', BUILD_TIMEOUT_MS)),
            note('completion', client.guard(client.completion(uri, position), 'completion', BUILD_TIMEOUT_MS))
        ]);
        await rebuilt;
        expect(symbols.length).toBe(1);
        expect(symbols[0]!.children!.length).toBeGreaterThan(LINES / 20);
        expect(hover).toBeNull(); // an unknown owner has nothing to show
        expect(completion.map(item => item.label)).toEqual(expect.arrayContaining(['Manager0', 'Manager7']));
        expect(answered.at(-1)).toBe('diagnostics');

        expect(await client.shutdownAndExit()).toEqual({ code: 0, signal: null });
        expect(client.stderr).toBe('');
        expect(client.errorLogs).toEqual([]);
    }, 180_000);

    it('refuses parentheses nested hundreds deep with one syntax error, and keeps answering', async () => {
        // On Node 20 the parser, called as deep as the server calls it, broke at 200 levels with a TypeError
        // that ended the process.
        const client = LspClient.start(['--stdio']);
        clients.push(client);
        await client.initialize();
        for (const depth of [200, 300, 5000]) {
            const uri = `file:///virtual/deep/nested-${depth}.smm`;
            const diagnostics = await client.openAndWait(uri, `metric m { formula ${'('.repeat(depth)}clicks${')'.repeat(depth)} }\n`);
            expect(diagnostics.map(messageOf)).toEqual(['Syntax error: the text is nested too deeply to read (more than 100 parentheses inside each other)']);
            expect(await client.hover(uri, { line: 0, character: 1 })).toBeUndefined();
        }
        expect(await client.shutdownAndExit()).toEqual({ code: 0, signal: null });
        expect(client.errorLogs).toEqual([]);
    });
});
