import { chmod, mkdir, readdir, readFile, stat, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'parse5';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../support/artifacts.js';
import { runCli } from '../support/run.js';
import { AUDIENCE_FILE, CLEAN_STRATEGY, SPLIT_STRATEGY_FILE, strategyWith, SYNTAX_ERROR_LINE } from '../support/strategies.js';
import { TempFolders, type FileTree } from '../support/temp.js';
import { ROADMAP_SCHEMA_VERSION } from '../../src/roadmap/model.js';

const folders = new TempFolders();
afterAll(() => folders.removeAll());

const project = (files: FileTree) => folders.create(files);

/** Runs `smm render …` inside `cwd` with a fixed today. */
function render(cwd: string, ...args: string[]) {
    return runCli(['render', ...args, '--today', '2027-03-15'], { cwd });
}

describe('smm render: formats and outputs', () => {
    it('writes <folder>.roadmap.html into a strategy folder and says where', async () => {
        const cwd = await project({ 'zerno/strategy.smm': CLEAN_STRATEGY });
        const result = await render(cwd, 'zerno');
        expect(result).toMatchObject({ code: 0, stdout: '' });
        expect(result.stderr).toBe(`Roadmap written to ${join('zerno', 'zerno.roadmap.html')}\n`);
        const html = await readFile(join(cwd, 'zerno', 'zerno.roadmap.html'), 'utf8');
        expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(html).toContain('Zerno — coffee delivery, H1 2027');
    });

    it('writes <file>.roadmap.<format> beside a file, which brings its folder\'s siblings', async () => {
        const cwd = await project({ 'audience.smm': AUDIENCE_FILE, 'strategy.smm': SPLIT_STRATEGY_FILE });
        const result = await render(cwd, 'strategy.smm', '--format', 'json');
        expect(result.code).toBe(0);
        const roadmap = JSON.parse(await readFile(join(cwd, 'strategy.roadmap.json'), 'utf8'));
        expect(roadmap.schemaVersion).toBe(ROADMAP_SCHEMA_VERSION);
        // the segments come from audience.smm
        expect(roadmap.segments.map((segment: { name: string }) => segment.name)).toEqual(['Students', 'Offices']);
        expect(roadmap.goals[0].segments.map((segment: { title: string }) => segment.title)).toEqual(['Students near campuses', 'Office workers in the centre']);
    });

    it.each([
        ['md', (text: string) => expect(text).toMatch(/^# Zerno — coffee delivery, H1 2027\n/)],
        ['csv', (text: string) => expect(text).toMatch(/^\uFEFFDate,Weekday,Time,Channel,Rubric,Format,Topic,Owner,Goal,Status\n2027-01-/)],
        ['ics', (text: string) => expect(text).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*DTSTAMP:20270315T000000Z\r\n[\s\S]*END:VCALENDAR\r\n$/)],
        ['json', (text: string) => expect(JSON.parse(text).today).toBe('2027-03-15')],
        ['html', (text: string) => expect(text).toContain('<meta charset="utf-8">')]
    ])('--format %s -o - prints to standard output', async (format, check) => {
        const cwd = await project({ 's.smm': CLEAN_STRATEGY });
        const result = await render(cwd, 's.smm', '--format', format, '-o', '-');
        expect(result).toMatchObject({ code: 0, stderr: '' });
        check(result.stdout);
        expect(await readdir(cwd)).toEqual(['s.smm']);
    });

    it('the CSV opens in the spreadsheet of its language: semicolons with --lang ru, or the --delimiter asked for', async () => {
        const cwd = await project({ 's.smm': CLEAN_STRATEGY });
        const russian = await runCli(['render', 's.smm', '--lang', 'ru', '--format', 'csv', '-o', '-'], { cwd });
        expect(russian.stdout.split('\n')[0]).toBe('\uFEFFДата;День недели;Время;Канал;Рубрика;Формат;Тема;Ответственный;Цель;Статус');
        const tabs = await runCli(['render', 's.smm', '--lang', 'ru', '--delimiter', 'tab', '-o', '-', '--format', 'csv'], { cwd });
        expect(tabs.stdout.split('\n')[0].split('\t')).toHaveLength(10);
    });

    it('--include chooses the entries of the iCalendar file', async () => {
        const cwd = await project({ 's.smm': CLEAN_STRATEGY });
        const all = (await render(cwd, 's.smm', '--format', 'ics', '-o', '-')).stdout;
        const deadlines = await render(cwd, 's.smm', '--format', 'ics', '--include', 'milestones,kpis', '-o', '-');
        expect(deadlines.code).toBe(0);
        const categories = (text: string) => [...new Set(text.match(/^CATEGORIES:[a-z]+/gm))].sort();
        expect(categories(all)).toEqual(['CATEGORIES:kpi', 'CATEGORIES:milestone', 'CATEGORIES:post', 'CATEGORIES:task']);
        expect(categories(deadlines.stdout)).toEqual(['CATEGORIES:kpi', 'CATEGORIES:milestone']);
    });

    it.each([
        [['--format', 'md', '--delimiter', 'tab'], 'smm: --delimiter applies to csv only, not to md.\n'],
        [['--format', 'csv', '--delimiter', 'pipe'], 'smm: Option --delimiter accepts comma|semicolon|tab, not “pipe”.\n'],
        [['--format', 'ics', '--include', 'posts,meetings'], 'smm: Option --include accepts posts|tasks|milestones|kpis|duties, not “meetings”.\n']
    ])('%j is refused with exit code 2', async (args, message) => {
        const cwd = await project({ 's.smm': CLEAN_STRATEGY });
        expect(await render(cwd, 's.smm', ...args, '-o', '-')).toMatchObject({ code: 2, stdout: '', stderr: message });
    });

    it('-o names the file; an existing file is replaced whole', async () => {
        const cwd = await project({ 's.smm': CLEAN_STRATEGY, 'out/old.html': 'x'.repeat(1_000_000) });
        const result = await render(cwd, 's.smm', '-o', 'out/old.html');
        expect(result.code).toBe(0);
        const html = await readFile(join(cwd, 'out', 'old.html'), 'utf8');
        expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(html.endsWith('</html>\n')).toBe(true);
        // no temporary file left behind
        expect(await readdir(join(cwd, 'out'))).toEqual(['old.html']);
    });

    it('--lang ru: Russian labels and messages', async () => {
        const cwd = await project({ 's.smm': CLEAN_STRATEGY });
        const result = await runCli(['render', 's.smm', '--lang', 'ru', '-o', 'карта.md'], { cwd });
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('Дорожная карта записана в карта.md\n');
        expect(await readFile(join(cwd, 'карта.md'), 'utf8')).toContain('## Цели и KPI');
    });

    it('the HTML of the coffee example parses and has every section', async () => {
        const result = await runCli(['render', join(EXAMPLES, 'coffee-en'), '-o', '-']);
        expect(result.code).toBe(0);
        const html = result.stdout;
        expect(parse(html).childNodes.length).toBeGreaterThan(0);
        for (const id of ['rm-header', 'rm-goals', 'rm-timeline', 'rm-funnels', 'rm-budget', 'rm-audience', 'rm-competitors', 'rm-content', 'rm-regulations', 'rm-risks']) {
            expect(html).toContain(`id="${id}"`);
        }
    });

    it('names the files of the strategy relative to its folder, never by the author\'s absolute path', async () => {
        const cwd = await project({ 'zerno/audience.smm': AUDIENCE_FILE, 'zerno/strategy.smm': SPLIT_STRATEGY_FILE });
        for (const format of ['html', 'md', 'csv', 'ics', 'json']) {
            const result = await render(cwd, join(cwd, 'zerno', 'strategy.smm'), '--format', format, '-o', '-');
            expect(result.code, format).toBe(0);
            expect(result.stdout, format).not.toContain(cwd);
            expect(result.stdout, format).not.toContain('file://');
        }
        const html = (await render(cwd, 'zerno', '-o', '-')).stdout;
        expect(new Set([...html.matchAll(/data-uri="([^"]*)"/g)].map(match => match[1]))).toEqual(new Set(['strategy.smm', 'audience.smm']));
    });
});

describe('smm render: errors and exit codes', () => {
    it('a strategy with errors is rendered anyway, says so, and exits 1', async () => {
        const cwd = await project({ 's.smm': strategyWith(SYNTAX_ERROR_LINE) });
        const result = await render(cwd, 's.smm');
        expect(result.code).toBe(1);
        expect(result.stderr).toBe('Roadmap written to s.roadmap.html\nThe strategy has 1 error(s); the roadmap shows what could be read. Run `smm check s.smm` for the details.\n');
        expect(await readFile(join(cwd, 's.roadmap.html'), 'utf8')).toContain('class="rm-banner"');
    });

    it('refuses to overwrite the input, or any file of the strategy, and writes nothing (exit 2)', async () => {
        const cwd = await project({ 'audience.smm': AUDIENCE_FILE, 'strategy.smm': SPLIT_STRATEGY_FILE });
        for (const output of ['strategy.smm', './audience.smm', 'other.smm']) {
            const result = await render(cwd, 'strategy.smm', '-o', output);
            expect(result.code, output).toBe(2);
            expect(result.stderr).toBe(`smm: Refusing to write the roadmap over the strategy file “${output}”.\n`);
        }
        expect(await readFile(join(cwd, 'strategy.smm'), 'utf8')).toBe(SPLIT_STRATEGY_FILE);
        expect((await readdir(cwd)).sort()).toEqual(['audience.smm', 'strategy.smm']);
    });

    it('sees through a symbolic link to the input', async () => {
        const cwd = await project({ 's.smm': CLEAN_STRATEGY });
        await symlink(join(cwd, 's.smm'), join(cwd, 'link.html'));
        const result = await render(cwd, 's.smm', '-o', 'link.html');
        expect(result.code).toBe(2);
        expect(await readFile(join(cwd, 's.smm'), 'utf8')).toBe(CLEAN_STRATEGY);
    });

    it('a missing output folder, a folder as output, an unwritable folder: exit 2, no file', async () => {
        const cwd = await project({ 's.smm': CLEAN_STRATEGY, 'sub/keep.txt': '' });
        const missing = await render(cwd, 's.smm', '-o', 'nowhere/r.html');
        expect(missing).toMatchObject({ code: 2, stderr: 'smm: Cannot write “nowhere/r.html”: the folder does not exist.\n' });
        const folder = await render(cwd, 's.smm', '-o', 'sub');
        expect(folder).toMatchObject({ code: 2, stderr: 'smm: “sub” is a folder; give a file name for the roadmap.\n' });
        const underFile = await render(cwd, 's.smm', '-o', 'sub/keep.txt/r.html');
        expect(underFile).toMatchObject({ code: 2, stderr: 'smm: Cannot write “sub/keep.txt/r.html”: a part of the path is a file, not a folder.\n' });
        expect(await readdir(join(cwd, 'sub'))).toEqual(['keep.txt']);
        if (process.getuid?.() !== 0) {
            await mkdir(join(cwd, 'locked'));
            await chmod(join(cwd, 'locked'), 0o500);
            const locked = await render(cwd, 's.smm', '-o', 'locked/r.html');
            expect(locked).toMatchObject({ code: 2, stderr: 'smm: Cannot write “locked/r.html”: permission denied.\n' });
            expect(await readdir(join(cwd, 'locked'))).toEqual([]);
        }
        expect((await readdir(cwd)).sort()).toEqual(['s.smm', 'sub']);
    });

    it.each([
        [['render'], 'smm: Give one strategy to render: a .smm file or a folder.\n'],
        [['render', 'a.smm', 'b.smm'], 'smm: Give one strategy to render: a .smm file or a folder.\n'],
        [['render', 'missing.smm'], 'smm: Cannot read “missing.smm”: no such file or folder.\n'],
        [['render', 'notes.txt'], 'smm: “notes.txt” is not a .smm file.\n'],
        [['render', 'empty'], 'smm: The folder “empty” has no .smm files.\n'],
        [['render', 'a.smm', '--format', 'pdf'], 'smm: Option --format accepts html|md|csv|ics|json, not “pdf”.\n'],
        [['render', 'a.smm', '--today', '2027-02-30'], 'smm: Option --today accepts YYYY-MM-DD, not “2027-02-30”.\n'],
        [['render', 'a.smm', '-o'], 'smm: Option -o needs a value: a file path, or - for standard output.\n']
    ])('bad usage %j exits 2', async (args, message) => {
        const cwd = await project({ 'a.smm': CLEAN_STRATEGY, 'b.smm': 'role X', 'notes.txt': 'x', 'empty/readme.txt': '' });
        const result = await runCli(args, { cwd });
        expect(result).toMatchObject({ code: 2, stdout: '', stderr: message });
    });

    it('--help lists both commands', async () => {
        const result = await runCli(['--help']);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^ {2}check <files or folders…>/m);
        expect(result.stdout).toMatch(/^ {2}render <file or folder>/m);
    });

    it('the output file appears whole or not at all (written to a temporary file, then renamed)', async () => {
        const cwd = await project({ 's.smm': CLEAN_STRATEGY });
        const result = await render(cwd, 's.smm', '--format', 'json');
        expect(result.code).toBe(0);
        const names = await readdir(cwd);
        expect(names.sort()).toEqual(['s.roadmap.json', 's.smm']);
        expect((await stat(join(cwd, 's.roadmap.json'))).size).toBeGreaterThan(1000);
    });
});
