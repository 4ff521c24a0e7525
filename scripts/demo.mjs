// The README's first command: renders the example strategy's roadmap and checks the examples with the CLI
// as a user would run them. The two real strategies must be clean; the beginner's-mistakes example shows
// what the checks catch. Each command is printed as it runs from the clone (`smm` is on the PATH only
// after `npm link`), so that it can be copied and run again.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const CLI = 'out/cli.cjs';

function smm(title, args) {
    console.log(`\n$ node ${CLI} ${args.join(' ')}    # ${title}`);
    return spawnSync(process.execPath, [CLI, ...args], { stdio: 'inherit' }).status;
}

const roadmap = 'out/coffee-en.roadmap.html';
const rendered = smm('the English example\'s roadmap as one HTML file', ['render', 'examples/coffee-en', '-o', roadmap]);
const clean = smm('two complete strategies, English and Russian', ['check', 'examples/coffee-en', 'examples/zerno-ru']);
const mistakes = smm('typical beginner mistakes, explained in Russian', ['check', 'examples/mistakes.smm', '--lang', 'ru']);

// `smm check` exits 1 when it finds errors, which the mistakes example is meant to have.
if (rendered !== 0 || clean !== 0 || mistakes !== 1) {
    console.error(`\ndemo: unexpected exit codes (render ${rendered}, examples ${clean}, mistakes ${mistakes})`);
    process.exit(1);
}
console.log(`\nOpen the roadmap in a browser: ${pathToFileURL(resolve(roadmap))}`);
