// Measures how the bundled server copes with a huge strategy over stdio: didOpen → diagnostics, the server's
// memory, typing (quick edits → the diagnostics of the latest version), requests asked while a rebuild runs,
// and memory after many edits. A measurement to read, not a test:
// `node scripts/huge-input.mjs [lines] [kind]` after `npm run build`; kind is strategy (default), garbage or block.
import * as esbuild from 'esbuild';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    CompletionRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
    DocumentSymbolRequest, ExitNotification, HoverRequest, InitializedNotification, InitializeRequest,
    PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter
} from 'vscode-languageserver-protocol/node';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const lines = Number(process.argv[2] ?? 200_000);
const kind = process.argv[3] ?? 'strategy';
const EDITS = 20;

async function generator() {
    const { outputFiles } = await esbuild.build({
        entryPoints: [join(ROOT, 'bench', 'strategy-generator.ts')], bundle: true, platform: 'node', format: 'esm',
        write: false, logLevel: 'error'
    });
    return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

/** Lines of words, numbers, strings and punctuation in no grammatical order. */
function garbage(count) {
    const words = ['goal', 'kpi', '{', '}', '"text', '..', '>=', '1 500', 'Segment', '%', 'owner', 'due', '2027-13-45', '/*', 'по', '@@'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    return Array.from({ length: count }, () => Array.from({ length: 6 }, () => words[next() % words.length]).join(' ')).join('\n');
}

/** One strategy whose content is one phase block of tasks. */
function block(count) {
    const out = ['strategy "One block" {', '    period 2027-01-01 .. 2027-12-31', '    role Owner "Owner"',
        '    phase Everything 2027-01-01 .. 2027-12-31 {'];
    for (let i = 0; out.length < count - 2; i++) {
        out.push(`        task T${i} "Task ${i}" owner Owner due 2027-06-01`);
    }
    out.push('    }', '}');
    return out.join('\n') + '\n';
}

function rssMb(pid) {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = name => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
    return { rss: Math.round(field('VmRSS')), peak: Math.round(field('VmHWM')) };
}

const text = kind === 'garbage' ? garbage(lines) : kind === 'block' ? block(lines) : (await generator()).generateStrategy(lines);
const textLines = text.split('\n');
console.log(`${kind}: ${textLines.length} lines, ${(text.length / 1e6).toFixed(1)} MB`);

const child = spawn(process.execPath, [...(process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), join(ROOT, 'out', 'server.cjs'), '--stdio'], { stdio: 'pipe' });
let stderr = '';
child.stderr.on('data', chunk => { stderr += chunk; });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const publications = [];
let onPublish = () => undefined;
connection.onNotification(PublishDiagnosticsNotification.type, params => {
    publications.push({ at: performance.now(), diagnostics: params.diagnostics });
    if (process.env.VERBOSE) {
        const typed = [...new Set(params.diagnostics.flatMap(d => /Typed\d+/.exec(String(d.message)) ?? []))];
        console.log(`  ${Math.round(performance.now() + performance.timeOrigin) % 1e6} publication: ${params.diagnostics.length} diagnostics, names ${typed.join(' ') || 'none'}`);
    }
    onPublish(params);
});
connection.onRequest('workspace/configuration', params => params.items.map(() => null));
connection.listen();
await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
await connection.sendNotification(InitializedNotification.type, {});
console.log(`server idle: RSS ${rssMb(child.pid).rss} MB`);

const uri = 'file:///virtual/huge/strategy.smm';
const published = predicate => new Promise(resolve => {
    onPublish = params => { if (predicate(params)) { onPublish = () => undefined; resolve(params); } };
});

let start = performance.now();
let first = published(() => true);
await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'smm', version: 1, text } });
const opened = await first;
const memory = rssMb(child.pid);
console.log(`didOpen → diagnostics: ${Math.round(performance.now() - start)} ms (${opened.diagnostics.length} diagnostics); RSS ${memory.rss} MB, peak ${memory.peak} MB`);

// Typing: each edit replaces the owner of one line with an unknown name; only the last one's diagnostic may stay.
const line = textLines.findIndex((l, i) => i > textLines.length / 2 && /\bowner \w+/.test(l));
const target = line >= 0 ? line : Math.floor(textLines.length / 2);
const ownerAt = textLines[target].search(/owner \w+/) + 'owner '.length;
const ownerLength = line >= 0 ? /owner (\w+)/.exec(textLines[target])[1].length : 0;
let current = line >= 0 ? textLines[target].slice(ownerAt, ownerAt + ownerLength) : '';
let version = 1;
async function type(name) {
    version++;
    const range = { start: { line: target, character: ownerAt }, end: { line: target, character: ownerAt + current.length } };
    current = name;
    if (process.env.VERBOSE) console.log(`  ${Math.round(performance.now() + performance.timeOrigin) % 1e6} typed ${name} (version ${version})`);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version }, contentChanges: [{ range, text: name }]
    });
}
// Garbage has no owner to retype: any publication after the edits is the answer.
const mentions = name => kind === 'garbage' ? () => true : params => params.diagnostics.some(d => String(d.message).includes(`'${name}'`) || String(d.message).includes(`«${name}»`) || String(d.message).includes(name));

const before = publications.length;
start = performance.now();
const latest = published(mentions('Typed5'));
for (let k = 1; k <= 5; k++) {
    await type(`Typed${k}`);
    await new Promise(resolve => setTimeout(resolve, 30));
}
const typedAt = performance.now();
await latest;
console.log(`5 edits 30 ms apart → diagnostics of the last: ${Math.round(performance.now() - typedAt)} ms after the last edit; ` +
    `publications in between: ${publications.length - before} (with stale names: ${publications.slice(before).filter(p => ['Typed1', 'Typed2', 'Typed3', 'Typed4'].some(n => mentions(n)(p))).length})`);

// Requests asked right after an edit, while the rebuild runs.
const timed = async (name, promise) => { const t = performance.now(); await promise; return `${name} ${Math.round(performance.now() - t)} ms`; };
const position = { line: target, character: ownerAt + 1 };
const rebuilt = published(mentions('Typed6'));
await type('Typed6');
const answers = await Promise.all([
    timed('completion', connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })),
    timed('hover', connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })),
    timed('documentSymbol', connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }))
]);
await rebuilt;
console.log(`requests during a rebuild: ${answers.join(', ')}`);

// Whole-document requests an editor sends after each change, answered on the built document.
const whole = { start: { line: 0, character: 0 }, end: { line: textLines.length, character: 0 } };
const visible = { start: { line: target - 30, character: 0 }, end: { line: target + 30, character: 0 } };
const idle = [];
for (const [method, params] of [
    ['textDocument/documentSymbol', { textDocument: { uri } }],
    ['textDocument/foldingRange', { textDocument: { uri } }],
    ['textDocument/semanticTokens/full', { textDocument: { uri } }],
    ['textDocument/semanticTokens/range', { textDocument: { uri }, range: visible }],
    ['textDocument/inlayHint', { textDocument: { uri }, range: visible }],
    ['textDocument/inlayHint', { textDocument: { uri }, range: whole }],
    ['textDocument/codeLens', { textDocument: { uri } }],
    ['textDocument/completion', { textDocument: { uri }, position }],
    ['textDocument/hover', { textDocument: { uri }, position }],
    ['smm/health', { uri }],
    ['smm/roadmap', { uri, format: 'preview' }]
]) {
    idle.push(await timed(method === 'textDocument/inlayHint' && params.range === whole ? 'inlayHint (whole file)' : method.replace('textDocument/', ''),
        connection.sendRequest(method, params).catch(error => console.log(`${method}: ${error.message}`))));
}
console.log(`requests on the built document: ${idle.join(', ')}`);

const settled = rssMb(child.pid);
for (let k = 7; k < 7 + EDITS; k++) {
    const next = published(mentions(`Typed${k}`));
    await type(`Typed${k}`);
    await next;
}
if (global.gc) global.gc();
const after = rssMb(child.pid);
console.log(`RSS after the first edits ${settled.rss} MB; after ${EDITS} more edits (each waited for) ${after.rss} MB, peak ${after.peak} MB`);

await connection.sendRequest(ShutdownRequest.type);
await connection.sendNotification(ExitNotification.type);
const code = await new Promise(resolve => child.on('exit', resolve));
console.log(`exit code ${code}${stderr ? `; stderr:\n${stderr.slice(-6000)}` : ''}`);
connection.dispose();
