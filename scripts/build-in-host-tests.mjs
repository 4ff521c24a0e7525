// Bundles the in-host tests (test/e2e/in-host) into out/in-host-tests/index.cjs, the module VS Code
// loads as `extensionTestsPath` into the extension host, both in code-server and under @vscode/test-electron.
import * as esbuild from 'esbuild';

await esbuild.build({
    entryPoints: { index: 'test/e2e/in-host/index.ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    outdir: 'out/in-host-tests',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning'
});
