/**
 * Every way a command line can be unusable, for `smm check` and `smm render`, run as real processes on
 * real files: each gives one clear line on stderr in English and in Russian, exit code 2, nothing on
 * stdout, and leaves the folder exactly as it was (no output file, no temporary file, no changed file).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, link, lstat, mkdir, readdir, stat, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_NODE, CLI_BUNDLE, EXAMPLES, requireBuilt } from '../support/artifacts.js';
import { canRunUnprivileged, removeBundleCopy, runCli } from '../support/run.js';
import { CLEAN_STRATEGY } from '../support/strategies.js';
import { TempFolders, type FileTree } from '../support/temp.js';

const folders = new TempFolders();
afterAll(async () => {
    removeBundleCopy();
    await folders.removeAll();
});

/** A Russian strategy saved in Windows-1251: «Зерно» is C7 E5 F0 ED EE, not UTF-8. */
const CP1251 = Buffer.concat([Buffer.from('strategy "'), Buffer.from([0xc7, 0xe5, 0xf0, 0xed, 0xee]), Buffer.from('" {\n}\n')]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

/** What a case needs beyond plain files: links, pipes, permissions. Runs in the project folder. */
type Setup = (cwd: string) => Promise<void>;

interface Case {
    name: string;
    args: string[];
    files?: FileTree;
    setup?: Setup;
    /** The case needs a user that file permissions apply to. */
    unprivileged?: boolean;
    en: string;
    ru: string;
}

const STRATEGY: FileTree = { 's.smm': CLEAN_STRATEGY };

const fifo: Setup = async cwd => {
    execFileSync('mkfifo', [join(cwd, 'pipe.smm')]);
};
const loop: Setup = async cwd => {
    await symlink('b.smm', join(cwd, 'a.smm'));
    await symlink('a.smm', join(cwd, 'b.smm'));
};
const endless: Setup = async cwd => {
    await symlink('/dev/zero', join(cwd, 'zero.smm'));
};
const locked = (path: string, mode: number): Setup => async cwd => {
    await chmod(join(cwd, path), mode);
};

/** Input that cannot be used: the same for both commands. */
const INPUTS: Array<Omit<Case, 'args'> & { input: string }> = [
    {
        name: 'a missing file', input: 'missing.smm',
        en: 'Cannot read “missing.smm”: no such file or folder.', ru: 'Не удаётся прочитать «missing.smm»: нет такого файла или папки.'
    },
    {
        name: 'a folder without .smm files', input: 'docs', files: { 'docs/readme.txt': 'notes' },
        en: 'The folder “docs” has no .smm files.', ru: 'В папке «docs» нет файлов .smm.'
    },
    {
        name: 'an empty folder named like a strategy file', input: 'plan.smm', setup: async cwd => { await mkdir(join(cwd, 'plan.smm')); },
        en: 'The folder “plan.smm” has no .smm files.', ru: 'В папке «plan.smm» нет файлов .smm.'
    },
    {
        name: 'a file that is not a .smm file', input: 'notes.txt', files: { 'notes.txt': CLEAN_STRATEGY },
        en: '“notes.txt” is not a .smm file.', ru: '«notes.txt» — не файл .smm.'
    },
    {
        name: 'a binary file', input: 'image.smm', files: { 'image.smm': PNG },
        en: 'Cannot read “image.smm”: it is a binary file, not text.', ru: 'Не удаётся прочитать «image.smm»: это двоичный файл, а не текст.'
    },
    {
        name: 'a file that is not UTF-8', input: 'win.smm', files: { 'win.smm': CP1251 },
        en: 'Cannot read “win.smm”: it is not UTF-8 text; save it as UTF-8.',
        ru: 'Не удаётся прочитать «win.smm»: текст не в кодировке UTF-8; сохраните файл в UTF-8.'
    },
    {
        name: 'a pipe named like a strategy (reading it would wait forever)', input: 'pipe.smm', setup: fifo,
        en: 'Cannot read “pipe.smm”: it is not a regular file but a device, a pipe or a socket.',
        ru: 'Не удаётся прочитать «pipe.smm»: это не обычный файл, а устройство, канал или сокет.'
    },
    {
        name: 'a link to an endless device', input: 'zero.smm', setup: endless,
        en: 'Cannot read “zero.smm”: it is not a regular file but a device, a pipe or a socket.',
        ru: 'Не удаётся прочитать «zero.smm»: это не обычный файл, а устройство, канал или сокет.'
    },
    {
        name: 'a loop of symbolic links', input: 'a.smm', setup: loop,
        en: 'Cannot read “a.smm”: too many symbolic links.', ru: 'Не удаётся прочитать «a.smm»: слишком много символических ссылок.'
    },
    {
        name: 'a file the user may not read', input: 'secret/s.smm', files: { 'secret/s.smm': CLEAN_STRATEGY },
        setup: locked('secret/s.smm', 0o200), unprivileged: true,
        en: 'Cannot read “secret/s.smm”: permission denied.', ru: 'Не удаётся прочитать «secret/s.smm»: нет доступа.'
    },
    {
        name: 'a folder the user may not list', input: 'closed', files: { 'closed/s.smm': CLEAN_STRATEGY },
        setup: locked('closed', 0o311), unprivileged: true,
        en: 'Cannot read “closed”: permission denied.', ru: 'Не удаётся прочитать «closed»: нет доступа.'
    }
];

/** A folder is one strategy: `render` does not pick one of its subfolders' strategies. */
const NESTED: Case = {
    name: 'render: a folder whose strategies are in its subfolders', args: ['render', 'plans', '-o', 'r.html'],
    files: { 'plans/spring/s.smm': CLEAN_STRATEGY, 'plans/autumn/s.smm': CLEAN_STRATEGY },
    en: 'The folder “plans” has no .smm files of its own, only in its subfolders: render one strategy folder at a time, e.g. “plans/autumn”.',
    ru: 'В самой папке «plans» нет файлов .smm, они только во вложенных папках: укажите одну папку стратегии, например «plans/autumn».'
};

/** Command lines that cannot be understood. */
const USAGE: Case[] = [
    ...(['check', 'render'] as const).flatMap(command => [
        {
            name: `${command}: an unknown option`, args: [command, 's.smm', '--strict'], files: STRATEGY,
            en: 'Unknown option “--strict”. Run `smm --help` to see the options.', ru: 'Неизвестный параметр «--strict». Список параметров: `smm --help`.'
        },
        {
            name: `${command}: an unknown short option`, args: [command, '-x', 's.smm'], files: STRATEGY,
            en: 'Unknown option “-x”. Run `smm --help` to see the options.', ru: 'Неизвестный параметр «-x». Список параметров: `smm --help`.'
        },
        {
            name: `${command}: an option in the wrong case`, args: [command, 's.smm', '--Format', 'json'], files: STRATEGY,
            en: 'Unknown option “--Format”. Run `smm --help` to see the options.', ru: 'Неизвестный параметр «--Format». Список параметров: `smm --help`.'
        },
        {
            name: `${command}: --lang without a value`, args: [command, 's.smm', '--lang'], files: STRATEGY,
            en: 'Option --lang needs a value: en|ru.', ru: 'Параметру --lang нужно значение: en|ru.'
        },
        {
            name: `${command}: --lang with a language we do not speak`, args: [command, 's.smm', '--lang', 'de'], files: STRATEGY,
            en: 'Option --lang accepts en|ru, not “de”.', ru: 'Параметр --lang принимает en|ru, а не «de».'
        },
        {
            name: `${command}: --lang given twice, differently`, args: [command, 's.smm', '--lang', 'en', '--lang', 'ru'], files: STRATEGY,
            en: 'Option --lang is given twice, as “en” and as “ru”; give it once.', ru: 'Параметр --lang указан дважды: «en» и «ru»; укажите его один раз.'
        }
    ]),
    {
        name: 'check: --format without a value names the formats of check', args: ['check', 's.smm', '--format'], files: STRATEGY,
        en: 'Option --format needs a value: text|json.', ru: 'Параметру --format нужно значение: text|json.'
    },
    {
        name: 'render: --format without a value names the formats of render', args: ['render', 's.smm', '--format'], files: STRATEGY,
        en: 'Option --format needs a value: html|md|csv|ics|json.', ru: 'Параметру --format нужно значение: html|md|csv|ics|json.'
    },
    {
        name: 'render: --format followed by another option', args: ['render', 's.smm', '--format', '--today', '2027-01-01'], files: STRATEGY,
        en: 'Option --format needs a value: html|md|csv|ics|json.', ru: 'Параметру --format нужно значение: html|md|csv|ics|json.'
    },
    {
        name: 'render: -o without a value', args: ['render', 's.smm', '-o'], files: STRATEGY,
        en: 'Option -o needs a value: a file path, or - for standard output.', ru: 'Параметру -o нужно значение: путь к файлу или - для стандартного вывода.'
    },
    {
        name: 'render: --output= with an empty value', args: ['render', 's.smm', '--output='], files: STRATEGY,
        en: 'Option --output needs a value: a file path, or - for standard output.', ru: 'Параметру --output нужно значение: путь к файлу или - для стандартного вывода.'
    },
    {
        name: 'render: --today without a value', args: ['render', 's.smm', '--today'], files: STRATEGY,
        en: 'Option --today needs a value: YYYY-MM-DD.', ru: 'Параметру --today нужно значение: YYYY-MM-DD.'
    },
    {
        name: 'render: --today that is not a date', args: ['render', 's.smm', '--today', '2027-02-30'], files: STRATEGY,
        en: 'Option --today accepts YYYY-MM-DD, not “2027-02-30”.', ru: 'Параметр --today принимает YYYY-MM-DD, а не «2027-02-30».'
    },
    {
        name: 'check: --format of render', args: ['check', 's.smm', '--format', 'html'], files: STRATEGY,
        en: 'Option --format accepts text|json, not “html”.', ru: 'Параметр --format принимает text|json, а не «html».'
    },
    {
        name: 'render: --format of check', args: ['render', 's.smm', '--format', 'text'], files: STRATEGY,
        en: 'Option --format accepts html|md|csv|ics|json, not “text”.', ru: 'Параметр --format принимает html|md|csv|ics|json, а не «text».'
    },
    {
        name: 'render: --format given twice, differently', args: ['render', 's.smm', '--format', 'md', '--format', 'csv', '-o', '-'], files: STRATEGY,
        en: 'Option --format is given twice, as “md” and as “csv”; give it once.', ru: 'Параметр --format указан дважды: «md» и «csv»; укажите его один раз.'
    },
    {
        name: 'render: two outputs', args: ['render', 's.smm', '-o', 'a.html', '--output', 'b.html'], files: STRATEGY,
        en: 'Option --output is given twice, as “a.html” and as “b.html”; give it once.',
        ru: 'Параметр --output указан дважды: «a.html» и «b.html»; укажите его один раз.'
    },
    {
        name: 'render: --format that contradicts the output file', args: ['render', 's.smm', '--format', 'csv', '-o', 'plan.md'], files: STRATEGY,
        en: 'Option --format csv does not match the output file “plan.md”; change one of them.',
        ru: 'Параметр --format csv не соответствует файлу «plan.md»; измените одно из двух.'
    },
    {
        name: 'check: an output file', args: ['check', 's.smm', '-o', 'report.html'], files: STRATEGY,
        en: 'Option -o applies to `smm render` only.', ru: 'Параметр -o относится только к `smm render`.'
    },
    {
        name: 'check: a today date', args: ['check', 's.smm', '--today', '2027-01-01'], files: STRATEGY,
        en: 'Option --today applies to `smm render` only.', ru: 'Параметр --today относится только к `smm render`.'
    },
    {
        name: 'render: two strategies', args: ['render', 's.smm', 't.smm'], files: { ...STRATEGY, 't.smm': CLEAN_STRATEGY },
        en: 'Give one strategy to render: a .smm file or a folder.', ru: 'Укажите одну стратегию: файл .smm или папку.'
    },
    {
        name: 'an unknown command', args: ['lint', 's.smm'], files: STRATEGY,
        en: 'Unknown command “lint”. Run `smm --help` to see the commands.', ru: 'Неизвестная команда «lint». Список команд: `smm --help`.'
    }
];

/** Outputs `smm render` must not or cannot write. */
const OUTPUTS: Case[] = [
    {
        name: 'the input itself', args: ['render', 's.smm', '-o', 's.smm'], files: STRATEGY,
        en: 'Refusing to write the roadmap over the strategy file “s.smm”.', ru: 'Не записываю дорожную карту поверх файла стратегии «s.smm».'
    },
    {
        name: 'the input, spelled another way', args: ['render', 'a/s.smm', '-o', './a/../a/s.smm'], files: { 'a/s.smm': CLEAN_STRATEGY },
        en: 'Refusing to write the roadmap over the strategy file “./a/../a/s.smm”.', ru: 'Не записываю дорожную карту поверх файла стратегии «./a/../a/s.smm».'
    },
    {
        name: 'a symbolic link to the input', args: ['render', 's.smm', '-o', 'link.html'], files: STRATEGY,
        setup: async cwd => { await symlink('s.smm', join(cwd, 'link.html')); },
        en: 'Refusing to write the roadmap over the strategy file “link.html”.', ru: 'Не записываю дорожную карту поверх файла стратегии «link.html».'
    },
    {
        name: 'a hard link to the input', args: ['render', 's.smm', '-o', 'copy.html'], files: STRATEGY,
        setup: async cwd => { await link(join(cwd, 's.smm'), join(cwd, 'copy.html')); },
        en: 'Refusing to write the roadmap over the strategy file “copy.html”.', ru: 'Не записываю дорожную карту поверх файла стратегии «copy.html».'
    },
    {
        name: 'a hard link to another file of the strategy', args: ['render', 's.smm', '-o', 'copy.md'], files: { ...STRATEGY, 'audience.smm': 'role X' },
        setup: async cwd => { await link(join(cwd, 'audience.smm'), join(cwd, 'copy.md')); },
        en: 'Refusing to write the roadmap over the strategy file “copy.md”.', ru: 'Не записываю дорожную карту поверх файла стратегии «copy.md».'
    },
    {
        name: 'a folder', args: ['render', 's.smm', '-o', 'out'], files: { ...STRATEGY, 'out/keep.txt': '' },
        en: '“out” is a folder; give a file name for the roadmap.', ru: '«out» — это папка; укажите имя файла для дорожной карты.'
    },
    {
        name: 'a folder that does not exist', args: ['render', 's.smm', '-o', 'nowhere/r.html'], files: STRATEGY,
        en: 'Cannot write “nowhere/r.html”: the folder does not exist.', ru: 'Не удаётся записать «nowhere/r.html»: такой папки нет.'
    },
    {
        name: 'a path under a file', args: ['render', 's.smm', '-o', 'notes.txt/r.html'], files: { ...STRATEGY, 'notes.txt': 'x' },
        en: 'Cannot write “notes.txt/r.html”: a part of the path is a file, not a folder.',
        ru: 'Не удаётся записать «notes.txt/r.html»: часть пути — файл, а не папка.'
    },
    {
        name: 'a full disk (/dev/full)', args: ['render', 's.smm', '-o', '/dev/full'], files: STRATEGY,
        en: 'Cannot write “/dev/full”: the disk is full.', ru: 'Не удаётся записать «/dev/full»: диск заполнен.'
    },
    {
        name: 'a folder where no file can be created (/proc)', args: ['render', 's.smm', '-o', '/proc/roadmap.html'], files: STRATEGY,
        en: 'Cannot write “/proc/roadmap.html”: no file can be created in its folder.',
        ru: 'Не удаётся записать «/proc/roadmap.html»: в его папке нельзя создать файл.'
    },
    {
        name: 'a read-only folder', args: ['render', 's.smm', '-o', 'ro/r.html'], files: { ...STRATEGY, 'ro/keep.txt': '' },
        setup: locked('ro', 0o555), unprivileged: true,
        en: 'Cannot write “ro/r.html”: permission denied.', ru: 'Не удаётся записать «ro/r.html»: нет доступа.'
    },
    {
        name: 'a read-only file (replacing it would ignore its permissions)', args: ['render', 's.smm', '-o', 'old.html'],
        files: { ...STRATEGY, 'old.html': '<p>kept</p>' }, setup: locked('old.html', 0o444), unprivileged: true,
        en: 'Cannot write “old.html”: permission denied.', ru: 'Не удаётся записать «old.html»: нет доступа.'
    }
];

const CASES: Case[] = [
    ...INPUTS.flatMap(({ input, ...rest }) => [
        { ...rest, name: `check: ${rest.name}`, args: ['check', input] },
        { ...rest, name: `render: ${rest.name}`, args: ['render', input, '-o', 'r.html'] }
    ]),
    NESTED,
    ...USAGE,
    ...OUTPUTS.map(rest => ({ ...rest, name: `render to ${rest.name}` }))
];

/** Everything in a folder, with what would show a change: kind, size, inode and modification time. */
async function listing(folder: string): Promise<string[]> {
    const names = await readdir(folder, { recursive: true });
    return Promise.all(names.sort().map(async name => {
        const info = await lstat(join(folder, name));
        return `${name} ${info.mode.toString(8)} ${info.size} ${info.ino} ${info.mtimeMs}`;
    }));
}

async function project(test: Case): Promise<string> {
    const cwd = await folders.create(test.files ?? {});
    // The unprivileged user must reach the folder (mkdtemp makes it private to its owner).
    await chmod(cwd, 0o755);
    await test.setup?.(cwd);
    return cwd;
}

describe.each(CASES)('$name', test => {
    it.skipIf(test.unprivileged && !canRunUnprivileged())('exits 2 with one line in English and in Russian, changing nothing', async () => {
        const cwd = await project(test);
        const before = await listing(cwd);
        for (const [lang, message] of [['en', test.en], ['ru', test.ru]] as const) {
            // A case about --lang itself takes its language from the environment.
            const ownLang = test.args.includes('--lang');
            const result = await runCli([...test.args, ...(ownLang ? [] : ['--lang', lang])], {
                cwd, unprivileged: test.unprivileged, env: ownLang && lang === 'ru' ? { LANG: 'ru_RU.UTF-8' } : {}
            });
            expect(result, lang).toEqual({ code: 2, signal: null, stdout: '', stderr: `smm: ${message}\n` });
            expect(await listing(cwd), lang).toEqual(before);
        }
    });
});

describe('what stays usable', () => {
    it('a folder with .smm files, even one named like a file, is checked and rendered', async () => {
        const cwd = await folders.create({ 'plan.smm/s.smm': CLEAN_STRATEGY });
        expect((await runCli(['check', 'plan.smm'], { cwd })).code).toBe(0);
        const rendered = await runCli(['render', 'plan.smm', '-o', '-', '--format', 'json'], { cwd });
        expect(rendered).toMatchObject({ code: 0, stderr: '' });
        expect(JSON.parse(rendered.stdout).header.title).toBe('Zerno — coffee delivery, H1 2027');
    });

    it('a device is written to, not replaced: /dev/null swallows the roadmap and stays a device', async () => {
        const cwd = await folders.create(STRATEGY);
        const result = await runCli(['render', 's.smm', '-o', '/dev/null'], { cwd });
        expect(result).toMatchObject({ code: 0, stdout: '', stderr: 'Roadmap written to /dev/null\n' });
        expect((await stat('/dev/null')).isCharacterDevice()).toBe(true);
        expect((await stat('/dev/full')).isCharacterDevice()).toBe(true);
        expect(await readdir(cwd)).toEqual(['s.smm']);
    });

    it('a symbolic link as output is written through and stays a link; the file keeps its permissions', async () => {
        const cwd = await folders.create({ ...STRATEGY, 'site/roadmap.html': 'old' });
        await chmod(join(cwd, 'site/roadmap.html'), 0o640);
        await symlink('site/roadmap.html', join(cwd, 'latest.html'));
        const result = await runCli(['render', 's.smm', '-o', 'latest.html'], { cwd });
        expect(result.code).toBe(0);
        expect((await lstat(join(cwd, 'latest.html'))).isSymbolicLink()).toBe(true);
        const target = await stat(join(cwd, 'site/roadmap.html'));
        expect(target.mode & 0o777).toBe(0o640);
        expect(target.size).toBeGreaterThan(1000);
        expect(await readdir(join(cwd, 'site'))).toEqual(['roadmap.html']);
    });

    it.skipIf(!canRunUnprivileged())('render names an unreadable file of the strategy\'s folder instead of rendering half a strategy', async () => {
        const cwd = await folders.create({ ...STRATEGY, 'audience.smm': 'role X' });
        await chmod(cwd, 0o755);
        await chmod(join(cwd, 'audience.smm'), 0o200);
        const result = await runCli(['render', 's.smm', '-o', '-'], { cwd, unprivileged: true });
        expect(result).toEqual({ code: 2, signal: null, stdout: '', stderr: 'smm: Cannot read “audience.smm”: permission denied.\n' });
    });

    it.skipIf(!canRunUnprivileged())('check names an unreadable file of the strategy\'s folder, as render does, instead of reporting its names unknown', async () => {
        const cwd = await folders.create({ ...STRATEGY, 'audience.smm': 'role X' });
        await chmod(cwd, 0o755);
        await chmod(join(cwd, 'audience.smm'), 0o200);
        const result = await runCli(['check', 's.smm'], { cwd, unprivileged: true });
        expect(result).toEqual({ code: 2, signal: null, stdout: '', stderr: 'smm: Cannot read “audience.smm”: permission denied.\n' });
    });

    it('check names a file of the strategy\'s folder that is not text, as render does', async () => {
        const cwd = await folders.create({ ...STRATEGY, 'audience.smm': new Uint8Array([0x72, 0x00, 0xff]) });
        const check = await runCli(['check', 's.smm'], { cwd });
        const render = await runCli(['render', 's.smm', '-o', '-'], { cwd });
        expect(check).toMatchObject({ code: 2, stdout: '' });
        expect(check.stderr).toMatch(/^smm: Cannot read “audience\.smm”/);
        expect(check.stderr).toBe(render.stderr);
    });
});

describe('control characters from file names and strategy texts reach the terminal as visible escapes', () => {
    const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

    it('a syntax error quoting a text that would set the title and the colour of the terminal', async () => {
        const cwd = await folders.create({ 's.smm': 'strategy "x" {\n  role R "a" "\u001b]0;pwned\u0007\u001b[31mred"\n}\n' });
        const result = await runCli(['check', 's.smm'], { cwd });
        expect(result.code).toBe(1);
        expect(result.stdout).not.toMatch(CONTROL);
        expect(result.stdout).toContain('“"\\x1b]0;pwned\\x07\\x1b[31mred"” cannot stand here');
        const json = await runCli(['check', 's.smm', '--format', 'json'], { cwd });
        expect(json.stdout).not.toMatch(CONTROL);
        expect(JSON.parse(json.stdout).diagnostics[0].message).toContain('"\u001b]0;pwned\u0007\u001b[31mred"');
    });

    it('a file name with an escape sequence, in an error and in the message naming the written file', async () => {
        const cwd = await folders.create(STRATEGY);
        const missing = await runCli(['check', 'no\u001b[2J.smm'], { cwd });
        expect(missing).toMatchObject({ code: 2, stdout: '', stderr: 'smm: Cannot read “no\\x1b[2J.smm”: no such file or folder.\n' });
        const written = await runCli(['render', 's.smm', '-o', 'r\u001b[31m.html'], { cwd });
        expect(written).toMatchObject({ code: 0, stdout: '', stderr: 'Roadmap written to r\\x1b[31m.html\n' });
        expect((await readdir(cwd)).sort()).toEqual(['r\u001b[31m.html', 's.smm']);
    });
});

/**
 * A disk that fills up in the middle of the write: a 16 KiB file system mounted, in a mount namespace of
 * the command's own, where the roadmap (about 60 KiB) goes. Needs root and util-linux's `unshare`.
 */
function onFullDisk(args: string[]): { status: number | null; stderr: string; left: string } {
    const script = 'mount -t tmpfs -o size=16k tmpfs "$1" || exit 99; shift; "$@"; code=$?; ls -A "$OUT" >&3; exit $code';
    const folder = execFileSync('mktemp', ['-d', '/tmp/smm-full-XXXXXX'], { encoding: 'utf8' }).trim();
    try {
        const result = spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', script, 'sh', folder,
            BUNDLE_NODE, requireBuilt(CLI_BUNDLE), ...args.map(arg => arg.replace('$OUT', folder))],
        { encoding: 'utf8', env: { ...process.env, OUT: folder, LANG: '' }, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
        const left = (result.output[3] as string | null) ?? '';
        return { status: result.status, stderr: result.stderr.replaceAll(folder, '$OUT'), left };
    } finally {
        execFileSync('rmdir', [folder]);
    }
}

const canFillDisk = process.getuid?.() === 0 && spawnSync('unshare', ['--mount', 'true']).status === 0;

describe('a disk that fills up while the roadmap is written', () => {
    it.skipIf(!canFillDisk)('exits 2 saying so, in English and in Russian, and leaves neither the file nor its temporary file', () => {
        for (const [lang, message] of [
            ['en', 'smm: Cannot write “$OUT/r.html”: the disk is full.\n'],
            ['ru', 'smm: Не удаётся записать «$OUT/r.html»: диск заполнен.\n']
        ]) {
            const result = onFullDisk(['render', join(EXAMPLES, 'coffee-en'), '-o', '$OUT/r.html', '--lang', lang]);
            expect(result).toEqual({ status: 2, stderr: message, left: '' });
        }
    });
});
