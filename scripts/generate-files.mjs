// `npm run generate`: writes the files generated from the issue catalog (see scripts/generated-files.ts).
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const outfile = 'out/generate/generated-files.mjs';
await esbuild.build({
    entryPoints: ['scripts/generated-files.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile,
    logLevel: 'error'
});
const { GENERATED_FILES } = await import(new URL(`../${outfile}`, import.meta.url).href);
for (const { path, generate } of GENERATED_FILES) {
    if (!existsSync(path)) {
        console.error(`generate: ${path} does not exist`);
        process.exit(1);
    }
    const current = readFileSync(path, 'utf8');
    const next = generate(current);
    if (next !== current) {
        writeFileSync(path, next);
        console.log(`generate: ${path} updated`);
    }
}
