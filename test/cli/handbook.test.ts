import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../support/artifacts.js';
import { parseDocument, textOf } from '../support/html.js';
import { runCli } from '../support/run.js';
import { TempFolders } from '../support/temp.js';

/** `smm render --role NAME`: one role's handbook, as a page or as Markdown, from the example strategies. */
const folders = new TempFolders();
afterAll(() => folders.removeAll());

function render(...args: string[]) {
    return runCli(['render', ...args, '--today', '2027-03-15']);
}

/** The headings of the handbook's sections (h2) in a page, read with a real HTML parser. */
function sectionHeadings(page: string): string[] {
    return parseDocument(page).filter(element => element.tagName === 'h2').map(textOf);
}

describe('smm render --role', () => {
    it('gives the SMM manager of Dash Coffee a page with their routine, tasks, approvals and rules', async () => {
        const result = await render(join(EXAMPLES, 'coffee-en'), '--role', 'SmmManager', '-o', '-');
        expect(result).toMatchObject({ code: 0, stderr: '' });
        expect(textOf(parseDocument(result.stdout).find(element => element.tagName === 'h1')!)).toBe('Handbook: SMM manager, owns the strategy and the weekly report');
        expect(sectionHeadings(result.stdout)).toEqual([
            'Your goals', 'Your routine', 'Your tasks, in order', 'Your rubrics', 'Approvals you give', 'Approvals you wait for',
            'What you receive', 'Where you are accountable, consulted or informed', 'Risks you watch', 'Correction rules you apply'
        ]);
        // The weekly report (team.smm): every Monday of Jan 1 – Jun 30, 2027, the first on Jan 4.
        expect(result.stdout).toContain('every Monday');
        expect(result.stdout).toContain('first Jan 4, 2027');
        // The second step of the chain content lead → SMM manager → founder is the founder's, within a day.
        expect(result.stdout).toContain('you approve at step 1 within 4 hours');
        expect(result.stdout).not.toMatch(/<script/i);
    });

    it('finds a role by its title in any case, and writes Markdown a Markdown parser reads', async () => {
        const result = await render(join(EXAMPLES, 'coffee-en'), '--role', 'DESIGNER AND VIDEO EDITOR', '--format', 'md', '-o', '-');
        expect(result.code).toBe(0);
        expect(result.stdout.split('\n')[0]).toBe('# Handbook: Designer and video editor');
        const headings = new MarkdownIt().parse(result.stdout, {}).filter(token => token.type === 'inline' && token.map)
            .map(token => token.content).filter(text => ['Your tasks, in order', 'Approvals you wait for'].includes(text));
        expect(headings).toEqual(['Your tasks, in order', 'Approvals you wait for']);
        // Tasks in order, numbered: the shoot (step 1) before the creative pack (step 2, after the shoot).
        expect(result.stdout).toMatch(/1\. \*\*Product photo and video shoot\*\*[^\n]*\n2\. \*\*First creative pack\*\*/);
    });

    it('in Russian, for the SMM manager of Zerno', async () => {
        const result = await render(join(EXAMPLES, 'zerno-ru'), '--role', 'СММ', '--lang', 'ru', '--format', 'md', '-o', '-');
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('## Ваш распорядок');
        expect(result.stdout).toContain('**Еженедельный отчёт** — по понедельникам');
        // Mar 1, 2027 is a Monday: the first report is on the period's first day.
        expect(result.stdout).toContain('впервые 1 мар. 2027 г.');
        expect(result.stdout).toContain('## Что вы утверждаете');
    });

    it('writes <folder>.handbook.<role>.html into the strategy folder and says so', async () => {
        const cwd = await folders.create({});
        await cp(join(EXAMPLES, 'zerno-ru'), join(cwd, 'zerno'), { recursive: true });
        const result = await runCli(['render', 'zerno', '--role', 'Таргетолог', '--lang', 'ru', '--today', '2027-03-15'], { cwd });
        expect(result).toMatchObject({ code: 0, stdout: '' });
        expect(result.stderr).toBe(`Памятка записана в ${join('zerno', 'zerno.handbook.Таргетолог.html')}\n`);
        expect((await readdir(join(cwd, 'zerno'))).filter(name => name.includes('handbook'))).toEqual(['zerno.handbook.Таргетолог.html']);
        expect(await readFile(join(cwd, 'zerno', 'zerno.handbook.Таргетолог.html'), 'utf8')).toContain('<html lang="ru">');
    });

    it('a role the strategy lacks is bad usage, and the message lists its roles', async () => {
        const result = await render(join(EXAMPLES, 'coffee-en'), '--role', 'Barista', '-o', '-');
        expect(result).toMatchObject({ code: 2, stdout: '' });
        expect(result.stderr).toBe('smm: The strategy has no role “Barista”. Its roles: Founder (Founder, approves budget and B2B deals), '
            + 'SmmManager (SMM manager, owns the strategy and the weekly report), AdsSpecialist (Paid social specialist (Meta, TikTok, LinkedIn)), '
            + 'ContentLead (Content lead: scripts, shoots, community), Designer (Designer and video editor).\n');
    });

    it.each([
        ['en', 'smm: A handbook is a page to read: render it as HTML or Markdown (--format html or --format md), not as csv.\n'],
        ['ru', 'smm: Памятка — страница для чтения: выведите её в HTML или Markdown (--format html или --format md), а не в csv.\n']
    ])('a handbook in CSV is refused before anything is read (%s)', async (lang, message) => {
        const result = await render(join(EXAMPLES, 'coffee-en'), '--role', 'Founder', '--format', 'csv', '--lang', lang, '-o', '-');
        expect(result).toMatchObject({ code: 2, stdout: '', stderr: message });
    });

    it('--role belongs to render only', async () => {
        const result = await runCli(['check', join(EXAMPLES, 'coffee-en'), '--role', 'Founder']);
        expect(result).toMatchObject({ code: 2, stderr: 'smm: Option --role applies to `smm render` only.\n' });
    });
});
