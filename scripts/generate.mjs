// Runs the Langium generator, then completes the TextMate grammar. Langium's advice to use `+=` where a
// property may be written twice is deliberate in our property blocks (the validator reports repeats), so
// those lines are left out of the output; everything else, and the exit code, passes through.
import { spawnSync } from 'node:child_process';

const result = spawnSync(process.execPath, [
    '--require', './scripts/polyfill.cjs', 'node_modules/langium-cli/bin/langium.js', 'generate'
], { encoding: 'utf8' });
const quiet = line => !line.includes('Consider using \'+=\' instead');
process.stdout.write(result.stdout.split('\n').filter(quiet).join('\n'));
process.stderr.write(result.stderr.split('\n').filter(quiet).join('\n'));
if (result.status !== 0) {
    process.exit(result.status ?? 1);
}
await import('./extend-textmate.mjs');
