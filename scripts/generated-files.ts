/**
 * The files generated from the issue catalog: the keys of the `smm.diagnostics.severity` setting in
 * `package.json`, and the table of codes in `docs/diagnostics.md` (between its two marker lines); and from
 * the table of Russian keywords, its table in `docs/language.md`. Pure functions from the current text of a
 * file to its generated text: `npm run generate` writes them, and a test fails when a committed file is not
 * what they give.
 */
import { ALL_ISSUE_CODES, ISSUES, type IssueCode, type IssueKind } from '../src/language/validation/issue-catalog.js';
import { RUSSIAN_KEYWORD_TABLE } from '../src/language/parsing/russian-keywords.js';

const BEGIN_MARKER = '<!-- diagnostics:begin -->';
const END_MARKER = '<!-- diagnostics:end -->';

interface Manifest {
    contributes: { configuration: { properties: Record<string, { propertyNames?: { enum: string[] } }> } };
}

/** `package.json` with the severity setting's keys set to every code, in catalog order. */
function generateManifest(text: string): string {
    const manifest = JSON.parse(text) as Manifest;
    manifest.contributes.configuration.properties['smm.diagnostics.severity'].propertyNames = { enum: [...ALL_ISSUE_CODES] };
    return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** A table cell: one line, with its own `|` escaped. */
const cell = (text: string | undefined): string => (text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function table(kind: IssueKind): string[] {
    const rows = ALL_ISSUE_CODES.filter(code => ISSUES[code].kind === kind).map((code: IssueCode) => {
        const record = ISSUES[code] as { severity: string; meaning: string; example?: string; fix?: string };
        return `| \`${code}\` | ${record.severity} | ${cell(record.meaning)} | ${cell(record.example)} | ${cell(record.fix)} |`.replace(/ {2}\|/g, ' |');
    });
    return ['| Code | Default | Meaning | Example | Quick fix |', '| --- | --- | --- | --- | --- |', ...rows];
}

/** The diagnostics reference with its two tables of codes (the text, then the review) generated from the catalog. */
export function generateDiagnosticsReference(text: string): string {
    const begin = text.indexOf(BEGIN_MARKER);
    const end = text.indexOf(END_MARKER);
    if (begin < 0 || end < begin) {
        throw new Error(`the diagnostics reference must hold the lines ${BEGIN_MARKER} and ${END_MARKER}`);
    }
    const generated = [
        BEGIN_MARKER,
        '<!-- Generated from src/language/validation/issues-*.ts by `npm run generate`: edit the catalog, not this table. -->',
        '',
        ...table('text'),
        '',
        ...table('review'),
        ''
    ].join('\n');
    return text.slice(0, begin) + generated + text.slice(end);
}

/** Replaces the text between `<!-- name:begin -->` and `<!-- name:end -->` with `lines`. */
function between(text: string, name: string, lines: string[]): string {
    const beginMarker = `<!-- ${name}:begin -->`;
    const endMarker = `<!-- ${name}:end -->`;
    const begin = text.indexOf(beginMarker);
    const end = text.indexOf(endMarker);
    if (begin < 0 || end < begin) {
        throw new Error(`the file must hold the lines ${beginMarker} and ${endMarker}`);
    }
    return text.slice(0, begin) + [beginMarker, ...lines, ''].join('\n') + text.slice(end);
}

/** The language reference with the table of the Russian forms of the keywords. */
export function generateKeywordTable(text: string): string {
    const rows = Object.entries(RUSSIAN_KEYWORD_TABLE).map(([english, forms]) =>
        `| \`${english}\` | ${forms.length === 0 ? 'the same' : forms.map(form => `\`${form}\``).join(', ')} |`);
    return between(text, 'keywords', [
        '<!-- Generated from src/language/parsing/russian-keywords.ts by `npm run generate`: edit the table, not this copy. -->',
        '',
        '| Keyword | In Russian |',
        '| --- | --- |',
        ...rows,
        ''
    ]);
}

/** Every generated file: its path from the repository root and how its text is made from its current text. */
export const GENERATED_FILES: ReadonlyArray<{ path: string; generate: (text: string) => string }> = [
    { path: 'package.json', generate: generateManifest },
    { path: 'docs/diagnostics.md', generate: generateDiagnosticsReference },
    { path: 'docs/language.md', generate: generateKeywordTable }
];
