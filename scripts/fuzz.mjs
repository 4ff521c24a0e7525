// `npm run fuzz`: bundles the fuzzer (test/fuzz/main.ts) from the sources and runs it with the given flags.
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Inside the project (out/ is ignored), so that the bundle finds esbuild in node_modules.
const outfile = join('out', 'fuzz', 'fuzz.mjs');
await esbuild.build({
    stdin: { contents: "import './src/polyfill.ts';\nimport './test/fuzz/main.ts';\n", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error',
    external: ['esbuild'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
});
await import(pathToFileURL(join(process.cwd(), outfile)).href);
