/**
 * The layers of the project, from low to high: i18n and analysis, then the roadmap, then the language
 * server, then the CLI and the VS Code extension; src/protocol.ts and src/shared/ are the contract that
 * the server, the CLI and the extension share. A layer imports only from its own folder and from below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/artifacts.js';

const SRC = join(ROOT, 'src');

/** Every TypeScript file below a folder of src/, relative to src/. */
function sources(folder: string): string[] {
    return readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith('.ts')).map(name => join(folder, name));
}

/** The files of src/ a source file imports (relative imports only), relative to src/. */
function importsOf(file: string): string[] {
    const text = readFileSync(join(SRC, file), 'utf8');
    return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g)]
        .map(match => relative(SRC, resolve(dirname(join(SRC, file)), match[1])).replace(/\.js$/, '.ts'));
}

/** `file imports target` for every import of the folder's files that `allowed` refuses. */
function violations(folder: string, allowed: (target: string) => boolean): string[] {
    return sources(folder).flatMap(file => importsOf(file).filter(target => !allowed(target)).map(target => `${file} imports ${target}`));
}

const within = (...folders: string[]) => (target: string) => folders.some(folder => target === folder || target.startsWith(`${folder}/`));
/** The syntax tree's types, generated from the grammar: data that the analysis and the roadmap read. */
const SYNTAX_TREE = 'language/generated';

describe('the layers', () => {
    it('finds the imports it checks', () => {
        expect(importsOf('roadmap/render/index.ts')).toContain('shared/roadmap-formats.ts');
        expect(violations('roadmap', within('i18n'))).not.toEqual([]);
    });

    it('the message catalogs import nothing of the project', () => {
        expect(violations('i18n', within('i18n'))).toEqual([]);
    });

    it('the analysis imports the catalogs and the syntax tree only', () => {
        expect(violations('analysis', within('analysis', 'i18n', SYNTAX_TREE))).toEqual([]);
    });

    it('the roadmap imports the analysis, the catalogs, the syntax tree and the shared contract: not the language server', () => {
        expect(violations('roadmap', within('roadmap', 'analysis', 'i18n', 'shared', SYNTAX_TREE))).toEqual([]);
    });

    it('the shared contract imports nothing of the project', () => {
        expect(violations('shared', within('shared'))).toEqual([]);
        expect(importsOf('protocol.ts').filter(target => !within('shared')(target))).toEqual([]);
    });

    it('the extension imports only the protocol and the shared contract: no renderer, no server, no analysis', () => {
        expect(violations('extension', within('extension', 'shared', 'protocol.ts'))).toEqual([]);
    });

    it('the language server imports nothing of the CLI or the extension', () => {
        expect(violations('language', target => !within('cli', 'extension')(target))).toEqual([]);
    });
});
