import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { afterEach, describe, expect, test } from 'vitest';
import { renderHtmlBody, renderHtmlDocument, renderHtmlFold, renderHtmlSections, roadmapStyles, SECTION_IDS } from '../../src/roadmap/render/html.js';
import { withCode } from '../../src/roadmap/render/html/kit.js';
import { CLEAN_STRATEGY } from '../support/strategies.js';
import { createTestServices } from '../support/services.js';
import { exampleFiles, roadmapOf } from './helpers.js';
import { HOSTILE_STRATEGY, HOSTILE_TEXTS } from './hostile.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const smm = createTestServices();
afterEach(() => smm.clear());

/** Every element of a parsed document, in document order. */
function elements(node: Node): Element[] {
    const children = 'childNodes' in node ? node.childNodes : [];
    const own = 'tagName' in node ? [node as Element] : [];
    return [...own, ...children.flatMap(child => elements(child as Node))];
}

function textOf(node: Node): string {
    if (node.nodeName === '#text') {
        return (node as DefaultTreeAdapterMap['textNode']).value;
    }
    return 'childNodes' in node ? node.childNodes.map(child => textOf(child as Node)).join('') : '';
}

async function documentOf(files: Record<string, string>, locale: 'en' | 'ru' = 'en', today?: Date) {
    const roadmap = await roadmapOf(smm, files, locale, today);
    const html = renderHtmlDocument(roadmap, locale);
    return { roadmap, html, all: elements(parse(html)) };
}

describe('the standalone HTML document', () => {
    test('has every section, a charset, a strict CSP, the print styles and no scripts', async () => {
        const { all } = await documentOf(exampleFiles('coffee-en'));
        const ids = all.map(element => element.attrs.find(attr => attr.name === 'id')?.value).filter(Boolean);
        expect(ids).toEqual([...SECTION_IDS]);
        const metas = all.filter(element => element.tagName === 'meta');
        expect(metas.find(meta => meta.attrs.some(attr => attr.name === 'charset'))?.attrs[0].value).toBe('utf-8');
        const csp = metas.find(meta => meta.attrs.some(attr => attr.value === 'Content-Security-Policy'));
        expect(csp?.attrs.find(attr => attr.name === 'content')?.value).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        expect(all.filter(element => element.tagName === 'script')).toEqual([]);
        const style = all.find(element => element.tagName === 'style')!;
        expect(textOf(style)).toContain('@media print');
        expect(textOf(style)).not.toContain('--vscode');
    });

    test('makes no network requests: no links, sources, imports or remote fonts', async () => {
        const { html, all } = await documentOf(exampleFiles('coffee-en'));
        expect(all.flatMap(element => element.attrs.filter(attr => ['src', 'href', 'srcset', 'action'].includes(attr.name)))).toEqual([]);
        expect(html).not.toMatch(/@import|url\(|@font-face|https?:\/\//);
    });

    test('the header and the health summary of the coffee example', async () => {
        const { all } = await documentOf(exampleFiles('coffee-en'));
        const header = textOf(all.find(element => element.tagName === 'header')!);
        expect(header).toContain('Dash Coffee — social media strategy, H1 2027');
        expect(header).toContain('Jan 1, 2027 – Jun 30, 2027 (181 days)');
        expect(header).toContain('$64,000');
        // allocated 58 000 of 64 000 = 90.6%, shown as 91%
        expect(header).toContain('90.6% · $58,000');
        expect(header).toContain('Errors / warnings0 / 0');
    });

    test('S/M/A/R/T badges on each goal, the reason in the tooltip and in the list below', async () => {
        const { all } = await documentOf(exampleFiles('coffee-en'));
        const goals = all.filter(element => element.attrs.some(attr => attr.value === 'rm-goal'));
        expect(goals).toHaveLength(6);
        const badges = elements(goals[2]).filter(element => element.attrs.some(attr => attr.value.startsWith('rm-badge')));
        expect(badges.map(badge => [textOf(badge), badge.attrs.find(attr => attr.name === 'class')?.value])).toEqual([
            ['S', 'rm-badge rm-ok'], ['M', 'rm-badge rm-ok'], ['A', 'rm-badge rm-bad'], ['R', 'rm-badge rm-ok'], ['T', 'rm-badge rm-ok']
        ]);
        expect(badges[2].attrs.find(attr => attr.name === 'title')?.value)
            .toBe('Achievability unknown: not forecast: the goal’s funnels (Office workers from Instagram, Students from TikTok, Friends of customers) do not give orders.');
        expect(textOf(goals[2])).toContain('A ✗ Achievability unknown: not forecast');
        const header = textOf(all.find(element => element.tagName === 'header')!);
        expect(header).toContain('SMART goals4 of 6');
    });

    test('items carry data-uri and data-line (0-based) for click-to-source', async () => {
        const { all } = await documentOf(exampleFiles('coffee-en'));
        const goal = all.find(element => element.tagName === 'article' && element.attrs.some(attr => attr.name === 'data-line'))!;
        expect(Object.fromEntries(goal.attrs.map(attr => [attr.name, attr.value]))).toMatchObject({
            'data-uri': 'file:///examples/coffee-en/strategy.smm', 'data-line': '148'
        });
        const rows = all.filter(element => element.tagName === 'g' && element.attrs.some(attr => attr.name === 'class' && attr.value.split(' ').includes('rm-row')));
        // 3 phases + 11 tasks + 3 milestones in the Gantt and a row of KPI deadlines for each of the 6 goals, each with its source
        expect(rows.filter(row => row.attrs.some(attr => attr.name === 'data-line'))).toHaveLength(23);
        // the rows give their lines; the part of the chart around them names their file once
        expect(rows.filter(row => row.attrs.some(attr => attr.name === 'data-uri'))).toEqual([]);
        const part = all.find(element => element.tagName === 'svg' && element.attrs.some(attr => attr.value.startsWith('rm-gantt-part')))!;
        expect(part.attrs.find(attr => attr.name === 'data-uri')?.value).toBe('file:///examples/coffee-en/strategy.smm');
        expect(rows).toHaveLength(23);
        // the four risks on the probability × impact chart
        expect(all.filter(element => element.tagName === 'g' && element.attrs.some(attr => attr.value === 'rm-risk-dot'))).toHaveLength(4);
    });

    test('the Gantt has a today line only when today is within the period', async () => {
        const inside = await documentOf(exampleFiles('coffee-en'));
        expect(inside.all.filter(element => element.attrs.some(attr => attr.value === 'rm-today'))).toHaveLength(1);
        await smm.clear();
        const after = await documentOf(exampleFiles('coffee-en'), 'en', new Date(Date.UTC(2027, 6, 1)));
        expect(after.all.filter(element => element.attrs.some(attr => attr.value === 'rm-today'))).toHaveLength(0);
    });

    test('ticks by month for half a year, by quarter for two years', async () => {
        const ticks = (all: Element[]) => all.filter(element => element.attrs.some(attr => attr.value === 'rm-tick')).map(textOf);
        expect(ticks((await documentOf({ 'file:///a/s.smm': CLEAN_STRATEGY })).all))
            .toEqual(['Jan 2027', 'Feb 2027', 'Mar 2027', 'Apr 2027', 'May 2027', 'Jun 2027']);
        await smm.clear();
        const twoYears = CLEAN_STRATEGY.replace('period 2027-01-01 .. 2027-06-30', 'period 2027-01-01 .. 2028-12-31');
        expect(ticks((await documentOf({ 'file:///b/s.smm': twoYears })).all))
            .toEqual(['Q1 2027', 'Q2 2027', 'Q3 2027', 'Q4 2027', 'Q1 2028', 'Q2 2028', 'Q3 2028', 'Q4 2028']);
    });

    test('Russian labels and numbers', async () => {
        const { all } = await documentOf(exampleFiles('zerno-ru'), 'ru');
        const text = textOf(all.find(element => element.tagName === 'body')!);
        expect(text).toContain('Цели и KPI');
        expect(text).toContain('Контент-план');
        // 900 000 ₽ with no-break spaces, as Intl.NumberFormat('ru-RU') writes it
        expect(text).toContain('900\u00A0000\u00A0₽');
        expect(all.find(element => element.tagName === 'html')?.attrs).toEqual([{ name: 'lang', value: 'ru' }]);
    });
});

describe('instructions that quote the language', () => {
    test('show the quoted commands and keywords as code, not between backticks', async () => {
        for (const locale of ['en', 'ru'] as const) {
            const { all } = await documentOf({ [`file:///quoted-${locale}/plan.smm`]: 'strategy "No dates" { currency USD }' }, locale);
            const texts = ['rm-progress', 'rm-timeline'].map(id => textOf(all.find(element => element.attrs.some(attr => attr.name === 'id' && attr.value === id))!));
            expect(texts.join(' '), locale).not.toContain('`');
            const codes = all.filter(element => element.tagName === 'code').map(textOf);
            // In Russian, in the Russian keywords: a Russian reader writes them so (both languages' keywords parse).
            expect(codes, locale).toEqual(expect.arrayContaining(locale === 'en'
                ? ['smm import', 'actuals', 'period 2027-01-01 .. 2027-06-30']
                : ['smm import', 'факт', 'период 2027-01-01 .. 2027-06-30', 'факт неделя 2027-03-01 { лиды 84 на этапе Воронка.Заявки }']));
        }
    });

    test('an unpaired backtick stays as it is', () => {
        expect(withCode('a `b` c').markup).toBe('a <code>b</code> c');
        expect(withCode('a ` b').markup).toBe('a ` b');
        expect(withCode('<`&`>').markup).toBe('&lt;<code>&amp;</code>&gt;');
    });
});

describe('hostile strategy texts', () => {
    test('stay text: no element, attribute or event handler comes from the strategy', async () => {
        const { html, all } = await documentOf({ 'file:///h/s.smm': HOSTILE_STRATEGY });
        const tags = new Set(all.map(element => element.tagName));
        for (const tag of ['script', 'img', 'iframe', 'a']) {
            expect(tags.has(tag), tag).toBe(false);
        }
        expect(all.filter(element => element.tagName === 'style')).toHaveLength(1);
        expect(all.flatMap(element => element.attrs.filter(attr => attr.name.startsWith('on')))).toEqual([]);
        const body = textOf(all.find(element => element.tagName === 'body')!);
        for (const text of HOSTILE_TEXTS) {
            expect(body, text).toContain(text);
        }
        // An already-escaped text is shown as written, not unescaped once more.
        expect(body).toContain('&lt;x&gt;');
        expect(html).not.toContain('<script>');
    });

    test('inside attributes too (tooltips of the Gantt and of the calendar)', async () => {
        const roadmap = await roadmapOf(smm, { 'file:///h/s.smm': HOSTILE_STRATEGY });
        const all = elements(parse(`<body>${renderHtmlBody(roadmap, 'en')}</body>`));
        const titles = all.filter(element => element.tagName === 'title').map(textOf);
        expect(titles.some(title => title.includes('</svg><script>alert(3)</script>'))).toBe(true);
        expect(all.some(element => element.tagName === 'script')).toBe(false);
    });
});

describe('the preview parts', () => {
    test('renderHtmlBody is the sections only', async () => {
        const body = renderHtmlBody(await roadmapOf(smm, exampleFiles('coffee-en')), 'en');
        expect(body.startsWith('<header')).toBe(true);
        expect(body).not.toMatch(/<html|<head>|<style|<meta/);
    });

    test('the sections one by one, keyed by their ids, make up the body', async () => {
        const roadmap = await roadmapOf(smm, exampleFiles('coffee-en'));
        const sections = renderHtmlSections(roadmap, 'en');
        expect(sections.map(section => `rm-${section.id}`)).toEqual([...SECTION_IDS]);
        for (const section of sections) {
            // one element per section, carrying the id the preview finds it by
            const top = parse(`<body>${section.markup}</body>`).childNodes[0] as Element;
            const body = elements(top).find(element => element.tagName === 'body')!;
            const children = body.childNodes.filter(child => 'tagName' in child) as Element[];
            expect(children, section.id).toHaveLength(1);
            expect(children[0].attrs.find(attr => attr.name === 'id')?.value).toBe(`rm-${section.id}`);
        }
        expect(sections.map(section => section.markup).join('\n')).toBe(renderHtmlBody(roadmap, 'en'));
    });

    test('editor styles follow the VS Code theme, print styles are a fixed light theme', () => {
        expect(roadmapStyles('editor')).toContain('var(--vscode-editor-foreground)');
        expect(roadmapStyles('print')).not.toContain('--vscode');
        expect(roadmapStyles('print')).toContain('color-scheme: light');
    });
});

/** One phase of `tasks` tasks, all owned by the SMM manager, each after the one before, and a milestone. */
function longPlan(phases: number, tasks: number): string {
    return [
        'strategy "Long plan" {',
        '    period 2027-01-01 .. 2027-12-31',
        '    role SmmManager "SMM manager"',
        ...Array.from({ length: phases }, (_, p) => [
            `    phase P${p} "Phase ${p}" 2027-0${p + 1}-01 .. 2027-0${p + 1}-28 {`,
            ...Array.from({ length: tasks }, (_, k) =>
                `        task T${p}_${k} "Task ${p}.${k}" owner SmmManager format "post" due 2027-0${p + 1}-${String(k + 2).padStart(2, '0')}${k > 0 ? ` after T${p}_${k - 1}` : ''}`),
            `        milestone M${p} "Phase ${p} done" by 2027-0${p + 1}-28`,
            '    }'
        ].join('\n')),
        '}'
    ].join('\n');
}

describe('a long plan costs the page only what is on screen', () => {
    const classOf = (element: Element) => element.attrs.find(attr => attr.name === 'class')?.value ?? '';

    test('the Gantt is drawn in parts of 25 rows; every part but the last has the height the stylesheet knows', async () => {
        // 2 phases × (1 phase row + 12 tasks + 1 milestone) = 28 rows: a full part of 25 and a last one of 3
        const { all } = await documentOf({ 'file:///long/s.smm': longPlan(2, 12) });
        const parts = all.filter(element => classOf(element).startsWith('rm-gantt-part'));
        expect(parts.map(classOf)).toEqual(['rm-gantt-part rm-gantt-full', 'rm-gantt-part']);
        // 25 rows of 22 = 550; 3 rows of 22 and 8 below them for the today label = 74
        expect(parts.map(part => part.attrs.find(attr => attr.name === 'viewBox')?.value)).toEqual(['0 0 1000 550', '0 0 1000 74']);
        const rows = (part: typeof parts[number]) => elements(part).filter(element => classOf(element).startsWith('rm-row '));
        expect(parts.map(part => rows(part).length)).toEqual([25, 3]);
        expect(rows(parts[0]).slice(0, 2).map(classOf)).toEqual(['rm-row rm-row-phase', 'rm-row rm-row-task']);
        const labels = parts.flatMap(part => rows(part).flatMap(row => elements(row).filter(element => element.tagName === 'text')).map(textOf));
        expect(labels.slice(0, 3)).toEqual(['Phase 0', 'Task 0.0', 'Task 0.1']);
        expect(labels.slice(-3)).toEqual(['Task 1.10', 'Task 1.11', '◆ Phase 1 done']);
        expect(roadmapStyles('editor')).toContain('.rm-gantt-full { aspect-ratio: 1000 / 550; content-visibility: auto; }');
    });

    test('the preview gets the first part of the Gantt drawn and the others empty, of their size, each drawn when the page asks for it', async () => {
        // 3 phases × (1 phase row + 12 tasks + 1 milestone) = 42 rows: a full part of 25 and a last one of 17
        const roadmap = await roadmapOf(smm, { 'file:///long/s.smm': longPlan(3, 12) });
        const body = elements(parse(renderHtmlBody(roadmap, 'en')));
        const parts = body.filter(element => classOf(element).startsWith('rm-gantt-part'));
        const attributes = (element: Element) => Object.fromEntries(element.attrs.map(attr => [attr.name, attr.value]));
        expect(parts.map(attributes)).toEqual([
            { class: 'rm-gantt-part rm-gantt-full', viewBox: '0 0 1000 550', 'data-uri': 'file:///long/s.smm' },
            // 17 rows of 22 and 8 below them for the today label = 382
            { class: 'rm-gantt-part', viewBox: '0 0 1000 382', 'data-uri': 'file:///long/s.smm', 'data-fold': 'timeline:1' }
        ]);
        expect(parts.map(part => elements(part).filter(element => classOf(element).startsWith('rm-row ')).length)).toEqual([25, 0]);
        // what the page gets for the empty part is the standalone document's part, named as the page asked for it
        const drawn = parse(renderHtmlFold(roadmap, 'en', 'timeline:1')!) as unknown as Element;
        const inDocument = elements(parse(renderHtmlDocument(roadmap, 'en'))).filter(element => classOf(element).startsWith('rm-gantt-part'))[1];
        const part = elements(drawn).find(element => element.tagName === 'svg')!;
        expect(attributes(part)).toEqual({ ...attributes(inDocument), 'data-fold': 'timeline:1' });
        expect(serialize(part)).toBe(serialize(inDocument));
        // rows 26–42: phase 1's row is the 15th, so its tasks 1.0–1.9 are rows 16–25 and the part starts at task 1.10;
        // 17 labels and the today line's
        const labels = elements(part).filter(element => element.tagName === 'text').map(textOf);
        expect([labels.length, labels[0], labels.at(-2), labels.at(-1)]).toEqual([18, 'Task 1.10', '◆ Phase 2 done', 'Today']);
        // the first part is in the body already; a part past the end, or a name that is no part, is not drawn
        for (const fold of ['timeline:0', 'timeline:2', 'timeline:01', 'timeline:x']) {
            expect(renderHtmlFold(roadmap, 'en', fold), fold).toBeUndefined();
        }
    });

    test('a role with more than ten tasks has them folded in the preview, and sent when opened; open in the standalone document', async () => {
        const roadmap = await roadmapOf(smm, { 'file:///long/s.smm': longPlan(1, 11) });
        const folded = elements(parse(renderHtmlBody(roadmap, 'en'))).filter(element => element.tagName === 'details');
        expect(folded).toHaveLength(1);
        // the preview's body has the summary alone: the list is rendered when the page opens it
        expect(folded[0].attrs).toEqual([{ name: 'class', value: 'rm-fold' }, { name: 'data-fold', value: 'tasks:SmmManager' }]);
        expect(textOf(elements(folded[0]).find(element => element.tagName === 'summary')!)).toBe('11 tasks');
        expect(elements(folded[0]).filter(element => element.tagName === 'li')).toEqual([]);
        const open = elements(parse(renderHtmlDocument(roadmap, 'en'))).filter(element => element.tagName === 'details');
        expect(open[0].attrs).toEqual([{ name: 'class', value: 'rm-fold' }, { name: 'open', value: '' }]);
        // the list the page gets when it opens the fold is the standalone document's, item for item
        const sent = renderHtmlFold(roadmap, 'en', 'tasks:SmmManager')!;
        const list = (node: Element) => elements(node).find(element => element.tagName === 'ol')!;
        expect(serialize(list(parse(sent) as unknown as Element))).toBe(serialize(list(open[0])));
        expect(elements(parse(sent) as unknown as Element).filter(element => element.tagName === 'li').map(textOf)).toHaveLength(11);
        expect(textOf(elements(parse(sent) as unknown as Element).find(element => element.tagName === 'li')!)).toBe('Task 0.0 — format: post; due Jan 2, 2027');
        expect(renderHtmlFold(roadmap, 'en', 'tasks:Nobody')).toBeUndefined();
        expect(renderHtmlFold(roadmap, 'en', 'goals:SmmManager')).toBeUndefined();
        await smm.clear();
        const russian = await roadmapOf(smm, { 'file:///long/s.smm': longPlan(1, 11) }, 'ru');
        const summary = elements(parse(renderHtmlBody(russian, 'ru'))).find(element => element.tagName === 'summary')!;
        expect(textOf(summary)).toBe('Задач: 11');
    });

    test('ten tasks are listed as they are', async () => {
        const roadmap = await roadmapOf(smm, { 'file:///long/s.smm': longPlan(1, 10) });
        const all = elements(parse(renderHtmlBody(roadmap, 'en')));
        expect(all.filter(element => element.tagName === 'details')).toEqual([]);
        const role = all.find(element => classOf(element) === 'rm-role')!;
        expect(elements(role).filter(element => element.tagName === 'li')).toHaveLength(10);
        // the card names the file once; its tasks, declared there too, give their lines
        const attributes = (element: Element) => element.attrs.map(attr => attr.name);
        expect(attributes(role)).toEqual(['class', 'data-uri', 'data-line']);
        const tasks = elements(role).filter(element => element.tagName === 'span');
        expect(tasks.map(attributes)).toEqual(Array(10).fill(['data-line']));
        expect(tasks[0].attrs[0].value).toBe('4');
    });
});
