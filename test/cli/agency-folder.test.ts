import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run.js';
import { AGENCY_FOLDER } from '../support/strategies.js';
import { TempFolders } from '../support/temp.js';

const folders = new TempFolders();
afterAll(() => folders.removeAll());

/** One folder, two strategies (h1.smm, h2.smm) and a shared roles.smm: each is checked and rendered on its own. */
describe('smm check and smm render on a folder of several strategies', () => {
    it('checks the folder and each file: no duplicate names across the strategies, no error', async () => {
        const cwd = await folders.create(Object.fromEntries(Object.entries(AGENCY_FOLDER).map(([name, text]) => [`agency/${name}`, text])));
        for (const input of ['agency', join('agency', 'h1.smm'), join('agency', 'h2.smm')]) {
            const result = await runCli(['check', input], { cwd });
            expect(result.stdout).not.toMatch(/duplicate-name|multiple-strategies|: error /);
            expect(result.stdout).toContain(' 0 error(s), 0 warning(s)');
            expect(result.code, input).toBe(0);
        }
    });

    it('renders the folder as one roadmap per strategy, beside its file', async () => {
        const cwd = await folders.create(Object.fromEntries(Object.entries(AGENCY_FOLDER).map(([name, text]) => [`agency/${name}`, text])));
        const result = await runCli(['render', 'agency', '--format', 'json', '--today', '2027-03-15'], { cwd });
        expect(result.code).toBe(0);
        expect(result.stderr).toBe(`Roadmap written to ${join('agency', 'h1.roadmap.json')}\nRoadmap written to ${join('agency', 'h2.roadmap.json')}\n`);
        expect((await readdir(join(cwd, 'agency'))).filter(name => name.endsWith('.json')).sort()).toEqual(['h1.roadmap.json', 'h2.roadmap.json']);
        const h1 = JSON.parse(await readFile(join(cwd, 'agency', 'h1.roadmap.json'), 'utf8'));
        const h2 = JSON.parse(await readFile(join(cwd, 'agency', 'h2.roadmap.json'), 'utf8'));
        expect([h1.header.title, h1.budget.currency, h1.budget.budget]).toEqual(['Dash Coffee — H1 2027', 'USD', 42_000]);
        // 1,2 млн ₽ and 600 тыс. руб.: 600 000 of 1 200 000 allocated
        expect([h2.header.title, h2.budget.currency, h2.budget.budget, h2.budget.allocated]).toEqual(['Зерно — второе полугодие 2027', 'RUB', 1_200_000, 600_000]);
        // The shared roles are in both; each strategy has its own channels
        expect(h1.regulations.map((r: { role: string }) => r.role)).toEqual(['Manager', 'Designer']);
        expect(h2.regulations.map((r: { role: string }) => r.role)).toEqual(['Manager', 'Designer']);
        expect(h1.budget.byChannel.map((c: { name: string }) => c.name)).toEqual(['instagram']);
        expect(h2.budget.byChannel.map((c: { name: string }) => c.name)).toEqual(['instagram']);
    });

    it('renders one file of the folder as its own strategy', async () => {
        const cwd = await folders.create(Object.fromEntries(Object.entries(AGENCY_FOLDER).map(([name, text]) => [`agency/${name}`, text])));
        const result = await runCli(['render', join('agency', 'h2.smm'), '--format', 'md', '-o', '-', '--today', '2027-03-15'], { cwd });
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('# Зерно — второе полугодие 2027');
        expect(result.stdout).not.toContain('Dash Coffee');
    });

    it('refuses one output for several strategies, and says how to render one', async () => {
        const cwd = await folders.create(Object.fromEntries(Object.entries(AGENCY_FOLDER).map(([name, text]) => [`agency/${name}`, text])));
        const result = await runCli(['render', 'agency', '-o', 'all.html'], { cwd });
        expect(result.code).toBe(2);
        expect(result.stderr).toBe(`smm: The folder agency holds 2 strategies, each rendered beside its file: leave out -o, or render one of them (smm render ${join('agency', 'h1.smm')} -o …).\n`);
    });
});
