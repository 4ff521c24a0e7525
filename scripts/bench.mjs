// `npm run bench`: bundles bench/main.ts with esbuild and runs it (after `npm run build`, which the npm
// script does first: the benchmark talks to the bundled server out/server.cjs). Arguments go to bench/main.ts:
//   --sizes 1000,5000   the generated sizes (default 1000,5000,20000)
//   --quick             fewer runs and no examples, for a first look
//   --no-write          print the table only; leave bench/results.json and bench/README.md alone
//   --mermaid           only the comparison with Mermaid's gantt (bench/mermaid.ts)
//   --no-mermaid        everything but that comparison
//   --gantt-sizes 50,1000  the plans of the comparison, in tasks (default 50,200,1000)
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';

const outfile = 'out/bench/main.mjs';
await esbuild.build({
    entryPoints: ['bench/main.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile,
    sourcemap: true, logLevel: 'error',
    // Playwright is loaded from node_modules as it is: it finds its own files at run time.
    external: ['playwright-core'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
});
// Node 20 has WebSocket (to read the server's heap through its inspector) only behind a flag. No forced
// garbage collection between runs: it leaves a shrunken heap that the next run pays to grow again
// (measured: twice the CPU time of a 5,000-line build), which a warm editor never sees.
const flags = Number(process.versions.node.split('.')[0]) < 22 ? ['--experimental-websocket'] : [];
const run = spawnSync(process.execPath, [...flags, '--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
