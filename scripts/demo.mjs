// The README's first command: checks the example strategies with the CLI as a user would run it.
// The two real strategies must be clean; the beginner's-mistakes example shows what the checks catch.
import { spawnSync } from 'node:child_process';

const cli = ['out/cli.cjs', 'check'];

function check(title, args) {
    console.log(`\n$ smm check ${args.join(' ')}    # ${title}`);
    return spawnSync(process.execPath, [...cli, ...args], { stdio: 'inherit' }).status;
}

const clean = check('two complete strategies, English and Russian', ['examples/coffee-en', 'examples/zerno-ru']);
const mistakes = check('typical beginner mistakes, explained in Russian', ['examples/mistakes.smm', '--lang', 'ru']);

// `smm check` exits 1 when it finds errors, which the mistakes example is meant to have.
if (clean !== 0 || mistakes !== 1) {
    console.error(`\ndemo: unexpected exit codes (examples ${clean}, mistakes ${mistakes})`);
    process.exit(1);
}
