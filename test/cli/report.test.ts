import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../support/run.js';
import { TempFolders } from '../support/temp.js';
import { parseDocument, textOf } from '../support/html.js';

/** `smm report`: the status report of the worked example (examples/school-actuals-*), for the client. */
const folders = new TempFolders();
afterAll(() => folders.removeAll());

describe('smm report', () => {
    test('Markdown to standard output: the KPIs, the funnel and the correction due, as worked out in the example', async () => {
        const result = await runCli(['report', 'examples/school-actuals-en', '-o', '-', '--format', 'md']);
        expect(result.code).toBe(0);
        const lines = result.stdout.split('\n');
        expect(lines.slice(0, 5)).toEqual([
            '# Status report: Speak Easy — online English school, H1 2027', '',
            'Period reported: Jan 1, 2027 – Mar 31, 2027', '',
            'As of Mar 31, 2027 (actuals from Jan 1, 2027 to Mar 31, 2027): **2 of 4 KPIs on track**'
        ]);
        expect(lines).toContain('| leads ≥ 600 | 0 | 300 | 280 | 46.7% | 49.7% | 0.94× | 560 (the forecast rescaled by the actuals) | off track |');
        expect(lines).toContain('| sales ≥ 20 a month | 10 | 20 | 22 | 120% | 49.7% | 2.4× | 34 (a linear trend) | on track |');
        expect(lines).toContain('| cpl ≤ 320 ₽ |   | 300 ₽ | 325 ₽ |   | 49.7% |   | 325 ₽ (at the pace so far) | off track |');
        expect(lines).toContain('| subscribers ≥ 5,000 | 2,000 |   | 3,500 | 50% | 49.7% | 1× | 5,017 (at the pace so far) | on track |');
        expect(lines).toContain('| Leaves a request | 300 leads | 280 leads | 10% | 9.5% | 560 leads |');
        expect(lines).toContain('| Creatives | ctr 0.88% (Mar 25, 2027 – Mar 31, 2027) | Replace the creatives | Targeting specialist |');
    });

    test('as of an earlier day: the actuals that ended by --to', async () => {
        // By 28 February: leads 80 + 95 = 175 against 200 planned (2 × 100); 59 of 181 days;
        // pace (175 ÷ 600) ÷ (59 ÷ 181) = 0.89; 175 ÷ 200 × 600 = 525 < 600. CTR in February 1,000 ÷ 80,000 = 1.25 %: the creatives rule is silent.
        const result = await runCli(['report', 'examples/school-actuals-en', '-o', '-', '--format', 'md', '--to', '2027-02-28']);
        const lines = result.stdout.split('\n');
        expect(lines).toContain('| leads ≥ 600 | 0 | 200 | 175 | 29.2% | 32.6% | 0.89× | 525 (the forecast rescaled by the actuals) | off track |');
        expect(lines).toContain('_No correction rule fires on the actuals._');
    });

    test('HTML in Russian beside the strategy, a self-contained page', async () => {
        const files: Record<string, string> = {};
        for (const name of ['strategy.smm', 'факт-2027-01.smm', 'факт-2027-02.smm', 'факт-2027-03.smm']) {
            files[join('school', name)] = await readFile(join('examples/school-actuals-ru', name), 'utf8');
        }
        const folder = await folders.create(files);
        const copy = join(folder, 'school');
        const result = await runCli(['report', 'school', '--lang', 'ru'], { cwd: folder });
        expect(result.stderr).toBe(`Отчёт записан в ${join('school', 'school.report.html')}\n`);
        const page = await readFile(join(copy, 'school.report.html'), 'utf8');
        expect(page).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'');
        const text = textOf(parseDocument(page)[0]);
        expect(text).toContain('Отчёт о ходе работ: «Говорим свободно»');
        expect(text).toContain('В графике 2 KPI из 4');
        expect(text).toContain('560 (план, пересчитанный по факту)');
        expect(text).toContain('Заменить креативы');
    });

    test('a strategy without actuals has nothing to report', async () => {
        const result = await runCli(['report', 'examples/coffee-en', '-o', '-']);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('smm: The strategy has no actuals: add an `actuals` block or import a CSV with `smm import`.\n');
    });
});
