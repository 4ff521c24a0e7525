import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { collectActuals } from '../../src/analysis/actuals.js';
import { actualsText, readActualsCsv, type ImportNames } from '../../src/analysis/actuals-csv.js';
import { dateOf } from '../../src/analysis/progress.js';
import { collectStrategy } from '../../src/analysis/strategy-parts.js';
import type { Model } from '../../src/language/generated/ast.js';
import { runCli } from '../support/run.js';
import { createTestServices } from '../support/services.js';
import { TempFolders } from '../support/temp.js';

/** `smm import`: a CSV of actuals in, `actuals` blocks appended to the strategy, all or nothing. */
const folders = new TempFolders();
afterAll(() => folders.removeAll());
const smm = createTestServices();
afterEach(() => smm.clear());

const STRATEGY = readFileSync('examples/school-actuals-en/strategy.smm', 'utf8');

/** What the `.smm` files of a folder record: one line per value, `metric value written first..last place`. */
async function recorded(files: Record<string, string>): Promise<string[]> {
    const documents = await smm.addFiles(Object.fromEntries(Object.entries(files).map(([name, text]) => [`file:///ws/${name}`, text])));
    const parts = collectStrategy([...documents.values()].map(document => document.parseResult.value as Model));
    const day = (n: number) => dateOf(n).toISOString().slice(0, 10);
    return collectActuals(parts.actuals).records.map(record => [
        record.metric.name, record.value, record.written ?? '', `${day(record.start)}..${day(record.end)}`,
        record.channel?.name ?? (record.stage ? `${record.stage.$container.name}.${record.stage.name}` : record.goal?.name ?? '')
    ].join(' '));
}

const CSV_EN = [
    'date,metric,value,channel,stage,goal,period',
    '2027-04-01,spend,"12,400 ₽",VK,,,week',
    '2027-04-01,clicks,410,,Main.Clicks,,week',
    '2027-04-01,leads,41,,Main.Leads,,week',
    '2027-04-08,leads,38.5,,Main.Leads,,week',
    '2027-04-01,subscribers,3 640,,,Community,month',
    '2027-04-03,ctr,0.92%,VK,,,day'
].join('\n');

/** The same values as CSV_EN, the way a Russian spreadsheet exports them. */
const CSV_RU = [
    'Дата;Метрика;Значение;Канал;Этап;Цель;Период',
    '01.04.2027;расход;12 400 руб;VK;;;неделя',
    '01.04.2027;клики;410;;Main.Clicks;;неделя',
    '01.04.2027;лиды;41;;Main.Leads;;неделя',
    '08.04.2027;лиды;38,5;;Main.Leads;;неделя',
    '01.04.2027;подписчики;3 640;;;Community;месяц',
    '03.04.2027;ctr;0,92%;VK;;;день'
].join('\r\n');

const EXPECTED = [
    'spend 12400 RUB 2027-04-01..2027-04-07 VK',
    'clicks 410  2027-04-01..2027-04-07 Main.Clicks',
    'leads 41  2027-04-01..2027-04-07 Main.Leads',
    'subscribers 3640  2027-04-01..2027-04-30 Community',
    'ctr 0.92 % 2027-04-03..2027-04-03 VK',
    'leads 38.5  2027-04-08..2027-04-14 Main.Leads'
];

describe('round trip: CSV in, .smm actuals out, the same numbers', () => {
    const names: ImportNames = {
        metric: name => ({ spend: 'spend', clicks: 'clicks', leads: 'leads', subscribers: 'subscribers', ctr: 'ctr', 'расход': 'spend', 'клики': 'clicks', 'лиды': 'leads', 'подписчики': 'subscribers' } as Record<string, string>)[name],
        channels: new Set(['VK']), stages: new Set(['Main.Clicks', 'Main.Leads', 'Main.Sales']), goals: new Set(['Students', 'Community'])
    };

    test.each([['English headers, commas', CSV_EN], ['Russian headers, semicolons, decimal commas, DD.MM.YYYY', CSV_RU]])('%s', async (_, csv) => {
        const { rows, problems } = readActualsCsv(csv, names);
        expect(problems).toEqual([]);
        const text = actualsText(rows, 'april.csv');
        const values = await recorded({ 'strategy.smm': STRATEGY, 'actuals.smm': text });
        // Blocks come in date order; within a block, in the CSV's order.
        expect(values).toEqual(EXPECTED);
    });

    test('the command appends to the folder\'s actuals.smm, which checks without errors and keeps what was there', async () => {
        const folder = await folders.create({ 'strategy.smm': STRATEGY, 'april.csv': CSV_RU, 'actuals.smm': 'actuals month 2027-03-01 {\n    leads 105 at Main.Leads\n}\n' });
        const result = await runCli(['import', 'april.csv', '--into', '.'], { cwd: folder });
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe('Imported 6 values into actuals.smm.\n');
        expect(result.code).toBe(0);
        const text = await readFile(join(folder, 'actuals.smm'), 'utf8');
        expect(text.startsWith('actuals month 2027-03-01 {\n    leads 105 at Main.Leads\n}\n\n// Imported from april.csv\nactuals week 2027-04-01 {\n')).toBe(true);
        // April's subscribers (3,640 by April 30) put that KPI off track: a warning, no error.
        const check = await runCli(['check', '.'], { cwd: folder });
        expect(check.stdout).toMatch(/^2 file\(s\) checked: 0 error\(s\), 1 warning\(s\), 0 note\(s\)\.$/m);
        expect(check.code).toBe(0);
        expect(await recorded({ 'strategy.smm': STRATEGY, 'actuals.smm': text })).toEqual([
            'leads 105  2027-03-01..2027-03-31 Main.Leads', ...EXPECTED
        ]);
    });
});

describe('a malformed CSV changes nothing', () => {
    async function importBad(csv: string, lang = 'en') {
        const before = 'actuals month 2027-03-01 {\n    leads 105 at Main.Leads\n}\n';
        const folder = await folders.create({ 'strategy.smm': STRATEGY, 'actuals.smm': before, 'bad.csv': csv });
        const result = await runCli(['import', 'bad.csv', '--into', 'actuals.smm', '--lang', lang], { cwd: folder });
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        expect(await readFile(join(folder, 'actuals.smm'), 'utf8')).toBe(before);
        expect((await readdir(folder)).sort()).toEqual(['actuals.smm', 'bad.csv', 'strategy.smm']);
        return result.stderr.trimEnd().split('\n');
    }

    test('missing columns', async () => {
        expect(await importBad('date,value\n2027-04-01,41\n')).toEqual([
            'bad.csv:1: No “metric” column; the header must name date, metric and value (optionally channel, stage, goal, period).',
            'smm: Nothing was imported: 1 problem(s) in bad.csv.'
        ]);
    });

    test('bad dates, unknown metrics, bad numbers, unknown places and duplicate rows, each with its line', async () => {
        expect(await importBad([
            'date,metric,value,channel,stage',
            '2027-04-31,leads,41,,Main.Leads',
            '2027-04-01,leadz,41,,Main.Leads',
            '2027-04-01,leads,forty,,Main.Leads',
            '2027-04-01,spend,1000,TG,',
            '2027-04-02,leads,12,,Main.Leads',
            '2027-04-02,leads,13,,Main.Leads',
            '2027-03-15,leads,3,,Main.Leads',
            '2027-04-03,leads,4'
        ].join('\n'))).toEqual([
            'bad.csv:2: “2027-04-31” is not a date (2027-03-01 or 01.03.2027).',
            'bad.csv:3: The strategy has no metric “leadz”.',
            'bad.csv:4: “forty” is not a number.',
            'bad.csv:5: The strategy has no channel “TG”.',
            'bad.csv:7: The same value as line 6 (date, period, metric and place).',
            'bad.csv:8: The strategy already records leads for 2027-03-15 there (actuals.smm).',
            'bad.csv:9: The line has 3 values, the header 5.',
            'smm: Nothing was imported: 7 problem(s) in bad.csv.'
        ]);
    });

    test('in Russian', async () => {
        expect(await importBad('дата;метрика;значение\n31.04.2027;лиды;5\n', 'ru')).toEqual([
            'bad.csv:2: «31.04.2027» — не дата (2027-03-01 или 01.03.2027).',
            'smm: Ничего не импортировано: проблем в bad.csv: 1.'
        ]);
    });

    test('an unclosed quotation mark', async () => {
        expect(await importBad('date,metric,value\n2027-04-01,leads,"41\n2027-04-02,leads,5\n')).toEqual([
            'bad.csv:3: A quotation mark opened on this line or before it is not closed, or stands inside a value that does not start with one: the file cannot be read from here on.',
            'smm: Nothing was imported: 1 problem(s) in bad.csv.'
        ]);
    });

    test('a folder without a strategy is refused before anything is written', async () => {
        const folder = await folders.create({ 'a.csv': 'date,metric,value\n2027-04-01,leads,41\n' });
        const result = await runCli(['import', 'a.csv', '--into', '.'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(existsSync(join(folder, 'actuals.smm'))).toBe(false);
    });
});
