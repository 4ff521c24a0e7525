import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuilt, ROOT as root } from '../support/artifacts.js';
import { TempFolders } from '../support/temp.js';
import { readZip, type ZipEntry } from './zip.js';

/**
 * Packages the extension the way `npm run package` does (same vsce flags, from the bundles that
 * `npm run build` left in out/) and inspects the .vsix: what is in it, what is not, and whether the
 * manifest it carries holds together.
 */

/** A .vsix of a bundled language extension is a few hundred KB; megabytes mean something leaked in. */
const MAX_VSIX_BYTES = 2 * 1024 * 1024;

/** Everything VS Code needs at run time, and nothing else (vsce renames the readme, changelog and license). */
const RUNTIME_FILES = [
    'out/extension.cjs',
    'out/server.cjs',
    'package.json',
    'package.nls.json',
    'package.nls.ru.json',
    'l10n/bundle.l10n.ru.json',
    'language-configuration.json',
    'syntaxes/smm.tmLanguage.json',
    'media/preview.js',
    'media/preview.css',
    'readme.md',
    'changelog.md',
    'LICENSE.txt'
];
/** Written by vsce itself around the extension folder. */
const VSIX_METADATA = ['[Content_Types].xml', 'extension.vsixmanifest'];

interface MenuItem {
    command: string;
    alt?: string;
    when?: string;
    group?: string;
}

interface Manifest {
    main: string;
    icon?: string;
    l10n?: string;
    activationEvents?: string[];
    scripts: Record<string, string>;
    contributes: {
        commands: Array<{ command: string; title: string; category?: string; icon?: string }>;
        menus: Record<string, MenuItem[]>;
        keybindings: Array<{ command: string; key: string; mac?: string; when?: string }>;
        languages: Array<{ id: string; extensions?: string[]; configuration?: string; icon?: { light: string; dark: string } }>;
        grammars: Array<{ language: string; scopeName: string; path: string }>;
        configuration: { properties: Record<string, { enum?: string[]; default?: unknown }> };
        configurationDefaults?: Record<string, Record<string, unknown>>;
    };
}

const temp = new TempFolders();
let vsixPath: string;
let vsceOutput: string;
let entries: Map<string, ZipEntry>;

beforeAll(async () => {
    requireBuilt(join(root, 'out', 'extension.cjs'));
    requireBuilt(join(root, 'out', 'server.cjs'));
    vsixPath = join(await temp.create(), 'smm-strategy.vsix');
    const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    try {
        // No standard input: a question from vsce (missing license, repository, …) aborts instead of waiting.
        vsceOutput = execFileSync(process.execPath, [vsce, ...packageScriptVsceArgs(vsixPath)], {
            cwd: root,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
        });
    } catch (error) {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        throw new Error(`vsce package failed:\n${stdout ?? ''}${stderr ?? ''}`);
    }
    entries = new Map(readZip(readFileSync(vsixPath)).map(entry => [entry.name, entry]));
}, 120_000);

afterAll(() => temp.removeAll());

/** The vsce arguments of the `package` script, writing to `out` instead of the repository root. */
function packageScriptVsceArgs(out: string): string[] {
    const script = sourceManifest().scripts.package;
    const start = script.indexOf('vsce package');
    if (start < 0) {
        throw new Error(`the package script does not run \`vsce package\`: ${script}`);
    }
    const args = script.slice(start + 'vsce '.length).split('&&')[0].trim().split(/\s+/);
    const outFlag = args.findIndex(arg => arg === '--out' || arg === '-o');
    if (outFlag >= 0) {
        args.splice(outFlag, 2);
    }
    return [...args, '--out', out];
}

function sourceManifest(): Manifest {
    return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
}

function packagedText(path: string): string {
    const entry = entries.get(`extension/${path}`);
    if (!entry) {
        throw new Error(`${path} is not in the .vsix`);
    }
    return entry.read().toString('utf8');
}

function packagedJson<T = unknown>(path: string): T {
    return JSON.parse(packagedText(path)) as T;
}

/** A path from the manifest (`./images/x.svg`) as it sits in the .vsix. */
function inVsix(path: string): string {
    return `extension/${path.replace(/^\.\//, '')}`;
}

/** Every string of the manifest that VS Code replaces from package.nls*.json. */
function nlsKeys(value: unknown, keys = new Set<string>()): Set<string> {
    if (typeof value === 'string') {
        const match = /^%(.+)%$/.exec(value);
        if (match) {
            keys.add(match[1]);
        }
    } else if (Array.isArray(value)) {
        value.forEach(item => nlsKeys(item, keys));
    } else if (value && typeof value === 'object') {
        Object.values(value).forEach(item => nlsKeys(item, keys));
    }
    return keys;
}

describe('the packaged .vsix', () => {
    it('holds exactly the files VS Code runs, plus the images the manifest uses', () => {
        const manifest = sourceManifest();
        const images = [
            manifest.icon,
            ...manifest.contributes.languages.flatMap(language => language.icon ? [language.icon.light, language.icon.dark] : [])
        ].filter((path): path is string => path !== undefined);
        const expected = new Set([...VSIX_METADATA, ...[...RUNTIME_FILES, ...images].map(inVsix)]);
        console.log(`smm-strategy.vsix entries:\n  ${[...entries.keys()].join('\n  ')}`);
        expect([...entries.keys()].sort()).toEqual([...expected].sort());
    });

    it('leaves out sources, tests, source maps, examples, scripts, dependencies and the CLI bundle', () => {
        for (const name of entries.keys()) {
            expect(name).not.toMatch(/\.(ts|map|langium|mjs)$/);
            expect(name).not.toMatch(/(^|\/)(node_modules|src|test|examples|scripts|generated)\//);
            expect(name).not.toBe('extension/out/cli.cjs');
        }
    });

    it('is packaged without warnings or questions', () => {
        expect(vsceOutput).toContain('DONE');
        expect(vsceOutput).not.toMatch(/WARNING|\[y\/N\]/i);
    });

    it('stays small', () => {
        const size = statSync(vsixPath).size;
        const unpacked = [...entries.values()].reduce((sum, entry) => sum + entry.size, 0);
        console.log(`smm-strategy.vsix: ${(size / 1024).toFixed(1)} KB packed, ${(unpacked / 1024).toFixed(1)} KB unpacked, ${entries.size} entries`);
        expect(size).toBeLessThan(MAX_VSIX_BYTES);
    });
});

describe('the packaged manifest', () => {
    let manifest: Manifest;
    beforeAll(() => {
        manifest = packagedJson<Manifest>('package.json');
    });

    it('starts a client whose language server is packaged beside it', () => {
        expect(entries.has(inVsix(manifest.main))).toBe(true);
        expect(manifest.main).toMatch(/\.cjs$/);
        expect(packagedText('out/extension.cjs')).toContain('out/server.cjs');
        expect(entries.has('extension/out/server.cjs')).toBe(true);
    });

    it('declares the smm language for .smm files with its configuration and file icon', () => {
        const smm = manifest.contributes.languages.find(language => language.id === 'smm');
        expect(smm?.extensions).toEqual(['.smm']);
        expect(smm?.configuration).toBeDefined();
        const configuration = packagedJson<{ comments: { lineComment: string; blockComment: string[] } }>(
            smm!.configuration!.replace(/^\.\//, '')
        );
        expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(entries.has(inVsix(smm!.icon!.light))).toBe(true);
        expect(entries.has(inVsix(smm!.icon!.dark))).toBe(true);
    });

    it('points the smm grammar at a packaged TextMate grammar of the same scope', () => {
        const grammar = manifest.contributes.grammars.find(g => g.language === 'smm');
        expect(grammar?.path).toBe('./syntaxes/smm.tmLanguage.json');
        const tmLanguage = packagedJson<{ scopeName: string; patterns: unknown[] }>('syntaxes/smm.tmLanguage.json');
        expect(tmLanguage.scopeName).toBe(grammar!.scopeName);
        expect(tmLanguage.patterns.length).toBeGreaterThan(0);
    });

    it('offers the smm.locale setting with auto, English and Russian', () => {
        const locale = manifest.contributes.configuration.properties['smm.locale'];
        expect(locale?.enum).toEqual(['auto', 'en', 'ru']);
        expect(locale?.default).toBe('auto');
    });

    it('turns off the boxes VS Code draws around Cyrillic letters that look like Latin ones, in .smm files only', () => {
        // `СММ` and `цена_лида` are names in a Russian strategy, not look-alikes planted in code.
        expect(manifest.contributes.configurationDefaults).toEqual({
            '[smm]': { 'editor.unicodeHighlight.ambiguousCharacters': false, 'editor.unicodeHighlight.invisibleCharacters': false }
        });
    });

    it('finds every %key% it uses in both package.nls.json and package.nls.ru.json', () => {
        const used = [...nlsKeys(manifest)].sort();
        expect(used).toContain('displayName');
        expect(used).toContain('configuration.locale');
        for (const file of ['package.nls.json', 'package.nls.ru.json']) {
            const messages = packagedJson<Record<string, string>>(file);
            const missing = used.filter(key => typeof messages[key] !== 'string' || messages[key].trim() === '');
            expect(missing, `keys missing from ${file}`).toEqual([]);
        }
        const english = Object.keys(packagedJson<Record<string, string>>('package.nls.json')).sort();
        const russian = Object.keys(packagedJson<Record<string, string>>('package.nls.ru.json')).sort();
        expect(russian).toEqual(english);
    });

    it('ships the runtime translation bundle from the l10n folder it names', () => {
        expect(manifest.l10n).toBe('./l10n');
        const bundle = packagedJson<Record<string, string>>('l10n/bundle.l10n.ru.json');
        expect(Object.keys(bundle).length).toBeGreaterThan(0);
        for (const text of Object.values(bundle)) {
            expect(text).toMatch(/[а-яё]/i);
        }
    });

    it('offers the roadmap preview: commands, an editor-title button on .smm files, keys like Markdown\'s preview', () => {
        const commands = new Map(manifest.contributes.commands.map(c => [c.command, c]));
        for (const id of ['smm.showPreview', 'smm.showPreviewToSide', 'smm.exportRoadmap', 'smm.togglePreviewLock']) {
            expect(commands.get(id)?.title, id).toMatch(/^%command\..+%$/);
        }
        expect(commands.get('smm.showPreviewToSide')?.icon).toBe('$(open-preview)');
        expect(manifest.contributes.menus['editor/title']).toContainEqual(expect.objectContaining({
            command: 'smm.showPreviewToSide', alt: 'smm.showPreview', group: 'navigation',
            when: expect.stringContaining('editorLangId == smm')
        }));
        const keys = manifest.contributes.keybindings.map(k => [k.command, k.key, k.mac, k.when]);
        const when = 'editorLangId == smm && !notebookEditorFocused';
        expect(keys).toContainEqual(['smm.showPreview', 'ctrl+shift+v', 'cmd+shift+v', when]);
        expect(keys).toContainEqual(['smm.showPreviewToSide', 'ctrl+k v', 'cmd+k v', when]);
    });

    it('names only declared commands in its menus and keybindings, and shows them in the palette only where they work', () => {
        const declared = new Set(manifest.contributes.commands.map(c => c.command));
        const used = [
            ...Object.values(manifest.contributes.menus).flat().flatMap(item => [item.command, item.alt]),
            ...manifest.contributes.keybindings.map(k => k.command)
        ].filter((id): id is string => id !== undefined);
        expect(used.filter(id => !declared.has(id))).toEqual([]);
        for (const item of manifest.contributes.menus.commandPalette) {
            expect(item.when, item.command).toMatch(/editorLangId == smm|activeWebviewPanelId == 'smm\.preview'/);
        }
    });

    it('wakes up for a preview restored after a window reload, whose page and styles are packaged', () => {
        expect(manifest.activationEvents).toContain('onWebviewPanel:smm.preview');
        const client = packagedText('out/extension.cjs');
        expect(client).toContain('smm.preview');
        for (const file of ['preview.js', 'preview.css']) {
            expect(client).toContain(file);
            expect(entries.has(`extension/media/${file}`)).toBe(true);
        }
    });

    it('has a 128×128 PNG icon', () => {
        expect(manifest.icon).toBeDefined();
        const png = entries.get(inVsix(manifest.icon!))!.read();
        expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect(png.toString('ascii', 12, 16)).toBe('IHDR');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
    });
});
