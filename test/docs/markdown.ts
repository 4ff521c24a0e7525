import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/artifacts.js';

/** The documentation a reader sees: the README, the contributor guide and docs/. */
export const DOCUMENTS = [
    'README.md',
    'CONTRIBUTING.md',
    ...readdirSync(join(ROOT, 'docs')).filter(name => name.endsWith('.md')).sort().map(name => `docs/${name}`)
];

/**
 * How a ```smm block is checked, from an HTML comment on the line before it (invisible once rendered):
 * - none: the block is a file of its own;
 * - `<!-- smm-file: folder/name.smm -->`: the block is a whole file at that path, which the next blocks
 *   may add to and which the `$ smm …` commands of the document see;
 * - `<!-- smm-add -->`: the block goes inside the last file's strategy block, before its closing `}`,
 *   after one blank line, as the walkthrough tells the reader;
 * - `<!-- smm-replace -->`: like `smm-add`, but in place of the block added last.
 */
export type Marker = { kind: 'file'; path: string } | { kind: 'add' } | { kind: 'replace' };

export interface CodeBlock {
    document: string;
    /** The info string after the opening fence: `smm`, `text`, `sh`… */
    language: string;
    /** 1-based line of the opening fence. */
    line: number;
    text: string;
    marker?: Marker;
}

export interface Link {
    document: string;
    line: number;
    target: string;
}

export interface Heading {
    level: number;
    text: string;
}

const FENCE = /^(\s*)(```+)\s*([\w-]*)\s*$/;
const MARKER = /^<!--\s*smm-(file|add|replace)(?::\s*(\S+))?\s*-->$/;
/** `[text](target)` and `![alt](target)`; the text may hold inline code and one level of brackets. */
const LINK = /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

export interface ParsedDocument {
    blocks: CodeBlock[];
    links: Link[];
    headings: Heading[];
    /** Markers that no ```smm block follows: a typo would silently check nothing. */
    strayMarkers: number[];
}

export function parseDocument(document: string): ParsedDocument {
    const lines = readFileSync(join(ROOT, document), 'utf8').split('\n');
    const parsed: ParsedDocument = { blocks: [], links: [], headings: [], strayMarkers: [] };
    let pendingMarker: { marker: Marker; line: number } | undefined;
    for (let i = 0; i < lines.length; i++) {
        const fence = FENCE.exec(lines[i]);
        if (fence) {
            const [, indent, ticks, language] = fence;
            const start = i;
            const body: string[] = [];
            for (i++; i < lines.length && !(lines[i].trimStart().startsWith(ticks) && lines[i].trim() === ticks); i++) {
                body.push(lines[i].startsWith(indent) ? lines[i].slice(indent.length) : lines[i]);
            }
            const marker = language === 'smm' ? pendingMarker?.marker : undefined;
            if (pendingMarker && language !== 'smm') {
                parsed.strayMarkers.push(pendingMarker.line);
            }
            pendingMarker = undefined;
            parsed.blocks.push({ document, language, line: start + 1, text: body.join('\n') + '\n', marker });
            continue;
        }
        const marker = MARKER.exec(lines[i].trim());
        if (marker) {
            if (pendingMarker) {
                parsed.strayMarkers.push(pendingMarker.line);
            }
            const [, kind, path] = marker;
            pendingMarker = {
                marker: kind === 'file' ? { kind: 'file', path: path ?? '' } : { kind: kind as 'add' | 'replace' },
                line: i + 1
            };
            continue;
        }
        if (pendingMarker && lines[i].trim() !== '') {
            parsed.strayMarkers.push(pendingMarker.line);
            pendingMarker = undefined;
        }
        const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(lines[i]);
        if (heading) {
            parsed.headings.push({ level: heading[1].length, text: heading[2] });
        }
        for (const match of lines[i].matchAll(LINK)) {
            parsed.links.push({ document, line: i + 1, target: match[1] });
        }
    }
    if (pendingMarker) {
        parsed.strayMarkers.push(pendingMarker.line);
    }
    return parsed;
}

/** The anchors GitHub (and VS Code's Markdown preview) give to a document's headings. */
export function anchorsOf(headings: Heading[]): Set<string> {
    const anchors = new Set<string>();
    const seen = new Map<string, number>();
    for (const { text } of headings) {
        const plain = text
            .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
            .toLowerCase()
            .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
            .replace(/ /g, '-');
        const count = seen.get(plain) ?? 0;
        seen.set(plain, count + 1);
        anchors.add(count === 0 ? plain : `${plain}-${count}`);
    }
    return anchors;
}

/**
 * The diagnostics a block announces in its own comments: `// warning goal-without-kpi` (any text may
 * follow) expects that code with that severity on the same line, when code precedes the comment, or on
 * the next line that is not blank and not a comment.
 */
export interface Expectation {
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    /** 1-based line in the checked text. */
    line: number;
}

const EXPECTATION = /\/\/\s*(error|warning|info|hint)\s+([a-z]+(?:-[a-z]+)+)/i;

export function expectationsOf(text: string): Expectation[] {
    const lines = text.split('\n');
    const expectations: Expectation[] = [];
    lines.forEach((line, index) => {
        const match = EXPECTATION.exec(line);
        if (!match) {
            return;
        }
        const severity = match[1].toLowerCase() as Expectation['severity'];
        const code = match[2];
        if (line.slice(0, match.index).trim() !== '') {
            expectations.push({ severity, code, line: index + 1 });
            return;
        }
        const next = lines.findIndex((candidate, i) => i > index && candidate.trim() !== '' && !candidate.trim().startsWith('//'));
        expectations.push({ severity, code, line: next + 1 });
    });
    return expectations;
}

/**
 * A file the walkthrough builds step by step: the first block, with the added blocks inside its
 * strategy block, before the closing `}` of its last line, each after one blank line.
 */
export class GrowingFile {
    private readonly additions: string[] = [];

    constructor(readonly path: string, private readonly base: string) {}

    add(fragment: string): void {
        this.additions.push(fragment);
    }

    replaceLast(fragment: string): void {
        if (this.additions.length === 0) {
            throw new Error(`nothing was added to ${this.path} that could be replaced`);
        }
        this.additions[this.additions.length - 1] = fragment;
    }

    get text(): string {
        const lines = this.base.trimEnd().split('\n');
        const close = lines.at(-1);
        if (close?.trim() !== '}') {
            throw new Error(`${this.path} does not end with the closing } of a block`);
        }
        const inner = lines.slice(0, -1);
        for (const fragment of this.additions) {
            inner.push('', ...fragment.trimEnd().split('\n'));
        }
        return [...inner, close, ''].join('\n');
    }
}

/**
 * Whether the lines a document shows match the lines a command printed: equal, in order, where a line
 * `…` stands for any number of lines.
 */
export function matchesShown(shown: string[], printed: string[]): boolean {
    const match = (s: number, p: number): boolean => {
        if (s === shown.length) {
            return p === printed.length;
        }
        if (shown[s].trim() === '…') {
            for (let q = p; q <= printed.length; q++) {
                if (match(s + 1, q)) {
                    return true;
                }
            }
            return false;
        }
        return p < printed.length && shown[s] === printed[p] && match(s + 1, p + 1);
    };
    return match(0, 0);
}
