// Bundles the extension, the language server and the CLI into self-contained CommonJS files under out/.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** @type {import('esbuild').BuildOptions} */
const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    outdir: 'out',
    external: ['vscode'],
    sourcemap: !production,
    minify: production,
    legalComments: 'none',
    logLevel: 'info',
    define: { SMM_VERSION: JSON.stringify(version) }
};

const entries = [
    { entryPoints: { extension: 'src/extension/main.ts' } },
    { entryPoints: { server: 'src/language/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
    { entryPoints: { cli: 'src/cli/main.ts' }, banner: { js: '#!/usr/bin/env node' } }
];

const contexts = await Promise.all(entries.map(entry => esbuild.context({ ...common, ...entry })));
if (watch) {
    await Promise.all(contexts.map(c => c.watch()));
} else {
    await Promise.all(contexts.map(c => c.rebuild()));
    await Promise.all(contexts.map(c => c.dispose()));
}
