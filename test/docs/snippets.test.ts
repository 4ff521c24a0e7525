import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/artifacts.js';
import { runCli } from '../support/run.js';
import { createTestServices } from '../support/services.js';
import { TempFolders } from '../support/temp.js';
import {
    anchorsOf, DOCUMENTS, expectationsOf, GrowingFile, matchesShown, parseDocument, type CodeBlock, type ParsedDocument
} from './markdown.js';

/**
 * The documentation shows real things: every ```smm block parses and raises the diagnostics its comments
 * announce, every `$ smm check …` shown prints what the command prints, and every relative link leads to
 * a file and a heading that exist. The conventions are in CONTRIBUTING.md ("Documentation").
 */

const parsed = new Map<string, ParsedDocument>(DOCUMENTS.map(document => [document, parseDocument(document)]));
const services = createTestServices();
const temp = new TempFolders();
afterEach(() => services.clear());
afterAll(() => temp.removeAll());

const SYNTAX_CODES = new Set(['syntax-error', 'too-many-syntax-errors']);

/** Each document's files live in a folder of their own, so that blocks of two documents never meet. */
function uriOf(document: string, path: string): string {
    return `file:///docs/${document.replace(/[^\w]/g, '_')}/${path}`;
}

async function checkSmm(text: string, uri: string, where: string): Promise<void> {
    const issues = await services.validate(text, uri);
    const syntax = issues.filter(issue => SYNTAX_CODES.has(issue.code ?? ''));
    expect(syntax.map(issue => `${where}, line ${issue.line}: ${issue.message}`)).toEqual([]);
    for (const expected of expectationsOf(text)) {
        const found = issues.filter(issue => issue.code === expected.code && issue.line === expected.line);
        expect(found.map(issue => issue.severity), `${where}: ${expected.severity} ${expected.code} on line ${expected.line}`)
            .toContain(expected.severity);
    }
}

/** A `$ smm check …` or `$ node out/cli.cjs check …` line of a ```text block, with the lines it shows. */
interface ShownRun {
    block: CodeBlock;
    args: string[];
    /** `smm …` runs where the document's files are, `node out/cli.cjs …` in the clone. */
    inClone: boolean;
    shown: string[];
}

function runsIn(block: CodeBlock): ShownRun[] {
    const runs: ShownRun[] = [];
    for (const line of block.text.trimEnd().split('\n')) {
        const command = /^\$ (?:smm|node out\/cli\.cjs) (check .*)$/.exec(line);
        if (command) {
            runs.push({ block, args: command[1].split(/\s+/), inClone: line.startsWith('$ node'), shown: [] });
        } else if (line.startsWith('$ ')) {
            break;
        } else if (runs.length > 0) {
            runs.at(-1)!.shown.push(line);
        }
    }
    return runs;
}

/** Walks a document in order: the files its markers build, and what each `$ smm check` shows of them. */
function walk(document: string): { smm: Array<{ block: CodeBlock; text: string; path: string }>; runs: Array<ShownRun & { files: Record<string, string> }> } {
    const files = new Map<string, GrowingFile>();
    let last: GrowingFile | undefined;
    const smm: Array<{ block: CodeBlock; text: string; path: string }> = [];
    const runs: Array<ShownRun & { files: Record<string, string> }> = [];
    for (const block of parsed.get(document)!.blocks) {
        if (block.language === 'smm') {
            const marker = block.marker;
            if (marker?.kind === 'file') {
                last = new GrowingFile(marker.path, block.text);
                files.set(marker.path, last);
            } else if (marker) {
                if (!last) {
                    throw new Error(`${document}:${block.line}: smm-${marker.kind} without an smm-file block before it`);
                }
                if (marker.kind === 'add') {
                    last.add(block.text);
                } else {
                    last.replaceLast(block.text);
                }
            }
            const target = marker ? last! : undefined;
            smm.push({ block, text: target ? target.text : block.text, path: target ? target.path : `block-${block.line}/snippet.smm` });
        } else if (block.language === 'text') {
            const snapshot = Object.fromEntries([...files].map(([path, file]) => [path, file.text]));
            runs.push(...runsIn(block).map(run => ({ ...run, files: snapshot })));
        }
    }
    return { smm, runs };
}

const walks = new Map(DOCUMENTS.map(document => [document, walk(document)]));

describe('the ```smm blocks of the documentation', () => {
    it('are found where the reader expects them (README walkthroughs, the language reference)', () => {
        const count = (document: string) => walks.get(document)!.smm.length;
        expect(count('README.md')).toBeGreaterThanOrEqual(12);
        expect(count('docs/language.md')).toBeGreaterThanOrEqual(15);
    });

    it('have no comment marker without its block', () => {
        expect(DOCUMENTS.flatMap(document => parsed.get(document)!.strayMarkers.map(line => `${document}:${line}`))).toEqual([]);
    });

    for (const [document, { smm }] of walks) {
        for (const { block, text, path } of smm) {
            const where = `${document}:${block.line}`;
            it(`${where} parses and raises the diagnostics its comments announce`, async () => {
                await checkSmm(text, uriOf(document, path), where);
            });
        }
    }
});

describe('the `smm check` runs the documentation shows', () => {
    it('are found: the walkthroughs, the mistakes example and the command line page', () => {
        expect(walks.get('README.md')!.runs.length).toBeGreaterThanOrEqual(4);
        expect(walks.get('docs/diagnostics.md')!.runs.length).toBeGreaterThanOrEqual(2);
        expect(walks.get('docs/cli.md')!.runs.length).toBeGreaterThanOrEqual(2);
    });

    for (const [document, { runs }] of walks) {
        for (const run of runs) {
            it(`${document}:${run.block.line} \`smm ${run.args.join(' ')}\` prints what is shown`, async () => {
                const cwd = run.inClone ? ROOT : await temp.create(run.files);
                const result = await runCli(run.args, { cwd });
                expect(result.stderr).toBe('');
                const printed = result.stdout.trimEnd().split('\n');
                expect(matchesShown(run.shown, printed), `shown:\n${run.shown.join('\n')}\nprinted:\n${printed.join('\n')}`).toBe(true);
            });
        }
    }
});

describe('the relative links of the documentation', () => {
    const links = DOCUMENTS.flatMap(document => parsed.get(document)!.links)
        .filter(link => !/^[a-z][a-z+.-]*:/i.test(link.target));

    it('are found', () => {
        expect(links.length).toBeGreaterThan(50);
    });

    for (const link of links) {
        it(`${link.document}:${link.line} ${link.target} exists`, () => {
            const [path, anchor] = link.target.split('#', 2);
            const file = path === '' ? join(ROOT, link.document) : join(ROOT, dirname(link.document), decodeURI(path));
            expect(relative(ROOT, file).startsWith('..'), 'points outside the repository').toBe(false);
            expect(existsSync(file), `${relative(ROOT, file)} does not exist`).toBe(true);
            if (anchor !== undefined) {
                const target = relative(ROOT, file);
                expect(statSync(file).isFile() && target.endsWith('.md'), `${target} is not a Markdown file`).toBe(true);
                const headings = parsed.get(target)?.headings ?? parseDocument(target).headings;
                expect([...anchorsOf(headings)], `no heading of ${target} has the anchor #${anchor}`).toContain(anchor);
            }
        });
    }
});
