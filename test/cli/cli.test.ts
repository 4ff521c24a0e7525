import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE, ROOT, requireBuilt } from '../support/artifacts.js';
import { isEnglish, isRussian } from '../support/language.js';
import { runCli } from '../support/run.js';
import {
    AUDIENCE_FILE, CLEAN_STRATEGY, KPI_WITHOUT_TARGET_LINE, positionOf, SPLIT_STRATEGY_FILE, strategyWith,
    SYNTAX_ERROR_LINE, UNKNOWN_SEGMENT_LINE, VAGUE_GOAL_LINE
} from '../support/strategies.js';
import { TempFolders, type FileTree } from '../support/temp.js';

const folders = new TempFolders();

/** A fresh folder with `files`; the command runs inside it so that paths in the output are as typed. */
async function project(files: FileTree): Promise<string> {
    return folders.create(files);
}

/** `line:col` (1-based, as the command prints them) of `word` inside the first match of `context`. */
function at(text: string, context: string, word = context): string {
    const position = positionOf(text, context, context.indexOf(word));
    return `${position.line + 1}:${position.character + 1}`;
}

/** The lines of a text output, without the final newline. */
function lines(output: string): string[] {
    expect(output.endsWith('\n'), `output does not end with a newline: ${JSON.stringify(output)}`).toBe(true);
    return output.slice(0, -1).split('\n');
}

const DIAGNOSTIC_LINE = /^(?<file>.+?):(?<line>\d+):(?<column>\d+): (?<severity>\S+) (?<code>[a-z]+(?:-[a-z]+)*): (?<message>.+)$/;

/** Windows-1251, the encoding Russian text files were saved in before UTF-8 (Cyrillic letters only). */
function cp1251(text: string): Buffer {
    return Buffer.from([...text].map(ch => {
        const code = ch.codePointAt(0)!;
        if (code < 0x80) {
            return code;
        }
        if (code >= 0x410 && code <= 0x44f) {
            return code - 0x410 + 0xc0;
        }
        if (ch === 'ё') {
            return 0xb8;
        }
        if (ch === 'Ё') {
            return 0xa8;
        }
        throw new Error(`no cp1251 byte for ${ch}`);
    }));
}

const VAGUE = strategyWith(VAGUE_GOAL_LINE);
const WARNINGS = strategyWith(VAGUE_GOAL_LINE + KPI_WITHOUT_TARGET_LINE);
const BROKEN = strategyWith(VAGUE_GOAL_LINE + UNKNOWN_SEGMENT_LINE);

/** A strategy written in Russian: Cyrillic names, a Russian alias of a standard metric, «quotes». */
const RUSSIAN_STRATEGY = `strategy «Зерно — доставка кофе» {
  period 2027-01-01 .. 2027-06-30
  currency RUB
  budget 600 000
  role Менеджер «SMM-менеджер»
  channel вк { budget 250 000 cpm 180 }
  segment Студенты «Студенты у кампусов» { size 45 000 age 18..24 geo «Москва» pain «Нет дешёвого кофе перед парами» channels вк }
  goal Заказы «1 500 заказов в месяц от студентов» {
    segment Студенты
    kpi заказы >= 1500 per month by 2027-03-31
    owner Менеджер
  }
}
`;

beforeAll(() => {
    requireBuilt(CLI_BUNDLE);
});

afterAll(async () => {
    await folders.removeAll();
});

describe('smm check: results and exit codes', () => {
    it('prints only the summary and exits 0 for a clean strategy', async () => {
        const cwd = await project({ 'strategy.smm': CLEAN_STRATEGY });

        const result = await runCli(['check', 'strategy.smm'], { cwd });

        expect(result).toMatchObject({ code: 0, stderr: '' });
        expect(lines(result.stdout)).toHaveLength(1);
        expect(result.stdout).toMatch(/^1 file\(s\) checked: 0 error\(s\), 0 warning\(s\), 0 note\(s\)\.\n$/);
    });

    it('exits 0 when there are only warnings, listing each of them', async () => {
        const cwd = await project({ 'strategy.smm': WARNINGS });

        const result = await runCli(['check', 'strategy.smm'], { cwd });

        expect(result).toMatchObject({ code: 0, stderr: '' });
        const output = lines(result.stdout);
        expect(output).toHaveLength(3);
        expect(output[0]).toBe(`strategy.smm:${at(WARNINGS, 'goal Awareness', 'Awareness')}: warning goal-without-kpi: ` +
            'Goal “Awareness” has no measurable KPI. Add one, e.g. `kpi orders >= 1500 per month by 2027-03-31`.');
        expect(output[1]).toBe(`strategy.smm:${at(WARNINGS, 'kpi leads', 'leads')}: warning kpi-without-target: ` +
            'KPI “leads” has no target. Say how much, e.g. `kpi leads >= 1000`.');
        expect(output[2]).toMatch(/^1 file\(s\) checked: 0 error\(s\), 2 warning\(s\), 0 note\(s\)\.$/);
    });

    it('exits 1 when there is an error, one `path:line:col: severity code: message` line per problem', async () => {
        const cwd = await project({ 'strategy.smm': BROKEN });

        const result = await runCli(['check', 'strategy.smm'], { cwd });

        expect(result).toMatchObject({ code: 1, stderr: '' });
        const output = lines(result.stdout);
        expect(output).toEqual([
            `strategy.smm:${at(BROKEN, 'goal Awareness', 'Awareness')}: warning goal-without-kpi: ` +
                'Goal “Awareness” has no measurable KPI. Add one, e.g. `kpi orders >= 1500 per month by 2027-03-31`.',
            `strategy.smm:${at(BROKEN, 'segment Pensioners', 'Pensioners')}: error unresolved-reference: Unknown segment “Pensioners”.`,
            expect.stringMatching(/^1 file\(s\) checked: 1 error\(s\), 1 warning\(s\), 0 note\(s\)\.$/)
        ]);
    });

    it('reports a syntax error with the code syntax-error and exits 1', async () => {
        const text = strategyWith(SYNTAX_ERROR_LINE);
        const cwd = await project({ 'strategy.smm': text });

        const result = await runCli(['check', 'strategy.smm'], { cwd });

        expect(result.code).toBe(1);
        const [problem, summary] = lines(result.stdout);
        const match = DIAGNOSTIC_LINE.exec(problem);
        expect(match?.groups).toMatchObject({
            file: 'strategy.smm', severity: 'error', code: 'syntax-error'
        });
        expect(`${match?.groups?.line}:${match?.groups?.column}`).toBe(at(text, 'owner }', '}'));
        expect(summary).toMatch(/1 error\(s\)/);
    });

    it('reports a text nested thousands of parentheses deep as a syntax error, not a crash', async () => {
        const cwd = await project({ 'deep.smm': `metric m { formula ${'('.repeat(5000)}1${')'.repeat(5000)} }\n` });

        const result = await runCli(['check', 'deep.smm'], { cwd });

        expect(result.code).toBe(1);
        expect(result.stderr).toBe('');
        expect(lines(result.stdout)[0]).toBe(
            'deep.smm:1:120: error syntax-error: Syntax error: the text is nested too deeply to read (more than 100 parentheses inside each other)');
    });

    it('prints the paths as given, absolute ones included', async () => {
        const cwd = await project({ 'strategy.smm': VAGUE });
        const absolute = join(cwd, 'strategy.smm');

        const result = await runCli(['check', absolute]);

        expect(result.code).toBe(0);
        expect(lines(result.stdout)[0].startsWith(`${absolute}:`)).toBe(true);
    });

    it('counts columns in characters on lines with Cyrillic text and accepts a strategy written in Russian', async () => {
        const broken = RUSSIAN_STRATEGY.replace('segment Студенты\n', 'segment Пенсионеры\n');
        const cwd = await project({ 'clean/стратегия.smm': RUSSIAN_STRATEGY, 'broken/стратегия.smm': broken });

        const clean = await runCli(['check', 'clean/стратегия.smm'], { cwd });
        expect(clean.stdout).toMatch(/^1 file\(s\) checked: 0 error\(s\), 0 warning\(s\)/);
        expect(clean.code).toBe(0);

        const result = await runCli(['check', 'broken/стратегия.smm'], { cwd });
        expect(result.code).toBe(1);
        expect(lines(result.stdout)[0]).toBe(
            `broken/стратегия.smm:${at(broken, 'segment Пенсионеры', 'Пенсионеры')}: error unresolved-reference: Unknown segment “Пенсионеры”.`);
    });

    it('reads a file that starts with a UTF-8 byte order mark without shifting positions', async () => {
        const text = 'goal Awareness "Students in Moscow know the Zerno brand"\n';
        const cwd = await project({
            'bom/strategy.smm': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
            'clean/strategy.smm': `\uFEFF${CLEAN_STRATEGY}`
        });

        const result = await runCli(['check', 'bom/strategy.smm'], { cwd });
        expect(result).toMatchObject({ code: 0, stderr: '' });
        expect(lines(result.stdout)[0]).toMatch(/^bom\/strategy\.smm:1:6: warning goal-without-kpi: /);

        const clean = await runCli(['check', 'clean/strategy.smm'], { cwd });
        expect(clean).toMatchObject({ code: 0, stderr: '' });
        expect(clean.stdout).toMatch(/^1 file\(s\) checked: 0 error\(s\), 0 warning\(s\), 0 note\(s\)\.\n$/);
    });
});

describe('smm check --format json', () => {
    it('prints one JSON document with files, diagnostics and summary', async () => {
        const cwd = await project({ 'strategy.smm': BROKEN });

        const result = await runCli(['check', '--format', 'json', 'strategy.smm'], { cwd });

        expect(result).toMatchObject({ code: 1, stderr: '' });
        const report = JSON.parse(result.stdout) as Record<string, unknown>;
        const [line, column] = at(BROKEN, 'segment Pensioners', 'Pensioners').split(':').map(Number);
        expect(report).toEqual({
            files: ['strategy.smm'],
            diagnostics: [
                expect.objectContaining({ file: 'strategy.smm', severity: 'warning', code: 'goal-without-kpi' }),
                {
                    file: 'strategy.smm', line, column, endLine: line, endColumn: column + 'Pensioners'.length,
                    severity: 'error', code: 'unresolved-reference', message: 'Unknown segment “Pensioners”.'
                }
            ],
            summary: { error: 1, warning: 1, info: 0, hint: 0 }
        });
    });

    it('exits 0 with an empty diagnostics list for a clean strategy, with --format=json spelling', async () => {
        const cwd = await project({ 'strategy.smm': CLEAN_STRATEGY });

        const result = await runCli(['check', '--format=json', 'strategy.smm'], { cwd });

        expect(result.code).toBe(0);
        expect(JSON.parse(result.stdout)).toEqual({
            files: ['strategy.smm'], diagnostics: [], summary: { error: 0, warning: 0, info: 0, hint: 0 }
        });
    });

    it('keeps the codes and translates only the messages with --lang ru', async () => {
        const cwd = await project({ 'strategy.smm': WARNINGS });

        const result = await runCli(['check', '--format', 'json', '--lang', 'ru', 'strategy.smm'], { cwd });

        const report = JSON.parse(result.stdout) as { diagnostics: { code: string; severity: string; message: string }[] };
        expect(report.diagnostics.map(d => [d.code, d.severity])).toEqual([
            ['goal-without-kpi', 'warning'], ['kpi-without-target', 'warning']
        ]);
        expect(report.diagnostics.every(d => isRussian(d.message))).toBe(true);
    });
});

describe('smm check: language of messages', () => {
    async function runIn(args: string[], env?: Record<string, string>) {
        const cwd = await project({ 'strategy.smm': strategyWith(VAGUE_GOAL_LINE + SYNTAX_ERROR_LINE) });
        const result = await runCli(['check', ...args, 'strategy.smm'], { cwd, env });
        expect(result.code).toBe(1);
        return lines(result.stdout);
    }

    function expectRussian(output: string[]): void {
        const problems = output.slice(0, -1).map(line => DIAGNOSTIC_LINE.exec(line)?.groups);
        expect(problems.map(p => p?.code)).toEqual(['goal-without-kpi', 'syntax-error']);
        expect(problems.map(p => p?.severity)).toEqual(['предупреждение', 'ошибка']);
        for (const problem of problems) {
            expect(isRussian(problem!.message), problem!.message).toBe(true);
        }
        expect(problems[0]!.message).toContain('«Awareness»');
        expect(isRussian(output[output.length - 1])).toBe(true);
    }

    function expectEnglish(output: string[]): void {
        const problems = output.slice(0, -1).map(line => DIAGNOSTIC_LINE.exec(line)?.groups);
        expect(problems.map(p => p?.severity)).toEqual(['warning', 'error']);
        for (const line of output) {
            expect(isEnglish(line), line).toBe(true);
        }
    }

    it('speaks Russian with --lang ru', async () => {
        expectRussian(await runIn(['--lang', 'ru']));
    });

    it('speaks Russian when LANG=ru_RU.UTF-8', async () => {
        expectRussian(await runIn([], { LANG: 'ru_RU.UTF-8' }));
    });

    it('speaks English without locale variables, and with LANG=C', async () => {
        expectEnglish(await runIn([]));
        expectEnglish(await runIn([], { LANG: 'C' }));
    });

    it('lets LC_ALL win over LANG, as POSIX says', async () => {
        expectEnglish(await runIn([], { LANG: 'ru_RU.UTF-8', LC_ALL: 'en_US.UTF-8' }));
        expectRussian(await runIn([], { LANG: 'en_US.UTF-8', LC_ALL: 'ru_RU.UTF-8' }));
    });

    it('lets --lang en win over a Russian environment', async () => {
        expectEnglish(await runIn(['--lang=en'], { LANG: 'ru_RU.UTF-8' }));
    });

    it('reports input errors in the chosen language', async () => {
        const cwd = await project({});

        const result = await runCli(['check', '--lang', 'ru', 'missing.smm'], { cwd });

        expect(result).toMatchObject({ code: 2, stdout: '' });
        expect(result.stderr).toContain('missing.smm');
        expect(isRussian(result.stderr)).toBe(true);
    });
});

describe('smm check: folders and strategies split over files', () => {
    it('searches a folder argument recursively', async () => {
        const cwd = await project({
            'plans/spring/vague.smm': VAGUE,
            'plans/autumn/deep/broken.smm': BROKEN,
            'plans/notes.txt': 'not a strategy'
        });

        const result = await runCli(['check', '--format', 'json', 'plans'], { cwd });

        expect(result.code).toBe(1);
        const report = JSON.parse(result.stdout) as { files: string[]; diagnostics: { file: string; code: string }[] };
        expect([...report.files].sort()).toEqual([join('plans', 'autumn', 'deep', 'broken.smm'), join('plans', 'spring', 'vague.smm')]);
        expect(report.diagnostics.map(d => `${d.file} ${d.code}`).sort()).toEqual([
            `${join('plans', 'autumn', 'deep', 'broken.smm')} goal-without-kpi`,
            `${join('plans', 'autumn', 'deep', 'broken.smm')} unresolved-reference`,
            `${join('plans', 'spring', 'vague.smm')} goal-without-kpi`
        ]);
    });

    it('resolves references between two files of one folder, given the folder', async () => {
        const cwd = await project({ 'zerno/audience.smm': AUDIENCE_FILE, 'zerno/strategy.smm': SPLIT_STRATEGY_FILE });

        const result = await runCli(['check', 'zerno'], { cwd });

        expect(result).toMatchObject({ code: 0, stderr: '' });
        expect(result.stdout).toMatch(/^2 file\(s\) checked: 0 error\(s\), 0 warning\(s\), 0 note\(s\)\.\n$/);
    });

    it('resolves references to the other files of the folder when given one file', async () => {
        const cwd = await project({ 'zerno/audience.smm': AUDIENCE_FILE, 'zerno/strategy.smm': SPLIT_STRATEGY_FILE });

        const result = await runCli(['check', 'zerno/strategy.smm'], { cwd });

        expect(result).toMatchObject({ code: 0, stderr: '' });
        expect(result.stdout).toMatch(/^1 file\(s\) checked: 0 error\(s\), 0 warning\(s\), 0 note\(s\)\.\n$/);
    });

    it('does not resolve names declared in another folder', async () => {
        const cwd = await project({ 'zerno/audience.smm': AUDIENCE_FILE, 'other/strategy.smm': SPLIT_STRATEGY_FILE });

        const result = await runCli(['check', 'other/strategy.smm'], { cwd });

        expect(result.code).toBe(1);
        expect(lines(result.stdout)).toContain(
            `other/strategy.smm:${at(SPLIT_STRATEGY_FILE, 'Students, Offices', 'Offices')}: error unresolved-reference: Unknown segment “Offices”.`);
    });

    it('checks a file named twice on the command line only once', async () => {
        const cwd = await project({ 'zerno/strategy.smm': VAGUE });

        const result = await runCli(['check', 'zerno/strategy.smm', './zerno/strategy.smm', resolve(cwd, 'zerno/strategy.smm')], { cwd });

        expect(result.code).toBe(0);
        const output = lines(result.stdout);
        expect(output.filter(line => line.includes('goal-without-kpi'))).toHaveLength(1);
        expect(output[output.length - 1]).toMatch(/^1 file\(s\) checked: 0 error\(s\), 1 warning\(s\)/);
    });
});

describe('smm check: unusable input exits 2 with a message on stderr only', () => {
    async function expectInputError(files: FileTree, args: string[], ...mentions: (string | RegExp)[]): Promise<void> {
        const cwd = await project(files);
        const result = await runCli(args, { cwd });
        expect(result.code, result.stderr).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr.startsWith('smm: ')).toBe(true);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        for (const mention of mentions) {
            if (typeof mention === 'string') {
                expect(result.stderr).toContain(mention);
            } else {
                expect(result.stderr).toMatch(mention);
            }
        }
    }

    it('a missing file', async () => {
        await expectInputError({}, ['check', 'missing.smm'], 'missing.smm', /no such file/);
    });

    it('a missing file next to a good one: nothing is printed for the good one', async () => {
        await expectInputError({ 'good.smm': CLEAN_STRATEGY }, ['check', 'good.smm', 'missing.smm'], 'missing.smm');
    });

    it('a folder without .smm files', async () => {
        await expectInputError({ 'docs/readme.txt': 'notes', 'docs/sub/plan.md': '# plan' }, ['check', 'docs'], 'docs', /no \.smm files/);
    });

    it('an empty folder', async () => {
        const cwd = await project({});
        const result = await runCli(['check', cwd]);
        expect(result).toMatchObject({ code: 2, stdout: '' });
        expect(result.stderr).toContain(cwd);
    });

    it('a file that is not a .smm file', async () => {
        await expectInputError({ 'strategy.txt': CLEAN_STRATEGY }, ['check', 'strategy.txt'], 'strategy.txt', /not a \.smm file/);
    });

    it('a binary file with a .smm name', async () => {
        await expectInputError({ 'image.smm': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]) },
            ['check', 'image.smm'], 'image.smm', /binary/);
    });

    it('a Russian strategy saved in Windows-1251 instead of UTF-8', async () => {
        const text = 'strategy "Зерно" {\n  goal Продажи "Больше заказов от студентов"\n}\n';
        await expectInputError({ 'стратегия.smm': cp1251(text) }, ['check', 'стратегия.smm'], 'стратегия.smm', /UTF-8/);
    });

    it('an unknown command', async () => {
        await expectInputError({ 'strategy.smm': CLEAN_STRATEGY }, ['lint', 'strategy.smm'], 'lint');
    });

    it('an unknown option', async () => {
        await expectInputError({ 'strategy.smm': CLEAN_STRATEGY }, ['check', '--strict', 'strategy.smm'], '--strict');
    });

    it('--lang without a value', async () => {
        await expectInputError({ 'strategy.smm': CLEAN_STRATEGY }, ['check', 'strategy.smm', '--lang'], '--lang', 'en|ru');
    });

    it('--lang with an unsupported language', async () => {
        await expectInputError({ 'strategy.smm': CLEAN_STRATEGY }, ['check', '--lang', 'de', 'strategy.smm'], '--lang', '“de”');
    });

    it('--format xml', async () => {
        await expectInputError({ 'strategy.smm': CLEAN_STRATEGY }, ['check', '--format', 'xml', 'strategy.smm'], '--format', 'xml', 'text|json');
    });

    it('check without files', async () => {
        await expectInputError({}, ['check'], /\.smm/);
    });
});

describe('smm: help, version and usage', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

    it('--help prints the usage on stdout and exits 0', async () => {
        for (const flag of ['--help', '-h']) {
            const result = await runCli([flag]);
            expect(result).toMatchObject({ code: 0, stderr: '' });
            expect(result.stdout).toMatch(/^Usage: smm /);
            expect(result.stdout).toContain('check');
            expect(result.stdout).toContain('--format');
            expect(result.stdout).toContain('--lang');
        }
    });

    it('--help --lang ru prints the usage in Russian', async () => {
        const result = await runCli(['--help', '--lang', 'ru']);
        expect(result.code).toBe(0);
        expect(isRussian(result.stdout)).toBe(true);
        expect(result.stdout).toContain('check');
    });

    it('--version prints the version of package.json', async () => {
        for (const flag of ['--version', '-v']) {
            const result = await runCli([flag]);
            expect(result).toEqual({ code: 0, signal: null, stdout: `${version}\n`, stderr: '' });
        }
    });

    it('without arguments prints the usage on stderr and exits 2', async () => {
        const result = await runCli([]);
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/^Usage: smm /);
    });
});
