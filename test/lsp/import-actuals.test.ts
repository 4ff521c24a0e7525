import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { importActuals } from '../../src/language/lsp/import-actuals.js';
import { createTestServices } from '../support/services.js';

/** `smm/importActuals`: what the editor's "Import Actuals from CSV…" command appends, or the problems it shows. */
const t = createTestServices();
afterEach(() => t.clear());

const STRATEGY = readFileSync('examples/school-actuals-en/strategy.smm', 'utf8');
const CSV = 'date;metric;value;stage\n01.04.2027;leads;41;Main.Leads\n02.04.2027;leads;38;Main.Leads\n';

async function importInto(files: Record<string, string>, csv: string, locale: 'en' | 'ru' = 'en') {
    await t.addFiles(files);
    t.setLocale(locale);
    return importActuals({ uri: 'file:///school/strategy.smm', csv, source: 'april.csv' }, t.services, t.services.shared.workspace.LangiumDocuments);
}

describe('smm/importActuals', () => {
    test('a folder without actuals.smm gets a new one', async () => {
        expect(await importInto({ 'file:///school/strategy.smm': STRATEGY }, CSV)).toEqual({
            problems: [], target: 'file:///school/actuals.smm', create: true, position: { line: 0, character: 0 }, values: 2,
            text: '// Imported from april.csv\nactuals day 2027-04-01 {\n    leads 41 at Main.Leads\n}\nactuals day 2027-04-02 {\n    leads 38 at Main.Leads\n}\n'
        });
    });

    test('an existing actuals.smm is appended to, after a blank line', async () => {
        const result = await importInto({
            'file:///school/strategy.smm': STRATEGY, 'file:///school/actuals.smm': 'actuals month 2027-03-01 { leads 105 at Main.Leads }\n'
        }, CSV);
        expect(result).toMatchObject({ create: false, position: { line: 1, character: 0 }, values: 2 });
        expect(result!.text.startsWith('\n// Imported from april.csv\n')).toBe(true);
    });

    test('problems in the user\'s language, and nothing to append', async () => {
        const result = await importInto({
            'file:///school/strategy.smm': STRATEGY, 'file:///school/actuals.smm': 'actuals day 2027-04-02 { leads 3 at Main.Leads }\n'
        }, CSV + '31.04.2027;лиды;5;Main.Leads\n', 'ru');
        expect(result).toMatchObject({ text: '', values: 0 });
        expect(result!.problems).toEqual([
            { line: 3, message: 'В стратегии уже есть leads за 2027-04-02 там же (actuals.smm).' },
            { line: 4, message: '«31.04.2027» — не дата (2027-03-01 или 01.03.2027).' }
        ]);
    });
});
