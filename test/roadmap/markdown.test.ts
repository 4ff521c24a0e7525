import MarkdownIt from 'markdown-it';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterEach, describe, expect, test } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../src/roadmap/render/markdown.js';
import { joinMarkdown, md, trustedMarkdown } from '../../src/roadmap/render/markdown-text.js';
import { createTestServices } from '../support/services.js';
import { exampleFiles, roadmapOf } from './helpers.js';
import { everyFieldStrategy, HOSTILE_STRATEGY, HOSTILE_TEXTS } from './hostile.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const smm = createTestServices();
afterEach(() => smm.clear());

/** A permissive Markdown renderer: raw HTML allowed and bare URLs linked, as on GitHub or in Notion. */
const markdown = new MarkdownIt({ html: true, linkify: true });

function elements(node: Node): Element[] {
    const children = 'childNodes' in node ? node.childNodes : [];
    return [...('tagName' in node ? [node as Element] : []), ...children.flatMap(child => elements(child as Node))];
}

function textOf(node: Node): string {
    if (node.nodeName === '#text') {
        return (node as DefaultTreeAdapterMap['textNode']).value;
    }
    return 'childNodes' in node ? node.childNodes.map(child => textOf(child as Node)).join('') : '';
}

describe('escapeMarkdown', () => {
    test.each([
        ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
        ['<script>', '\\<script\\>'],
        ['a | b', 'a \\| b'],
        ['`code` *bold* _it_ ~~del~~', '\\`code\\` \\*bold\\* \\_it\\_ \\~\\~del\\~\\~'],
        ['&lt;', '\\&lt;'],
        ['see https://evil.example', 'see https\\://evil.example'],
        ['//evil.example/x and www.evil.com, WWW.EVIL.COM', '/\\/evil.example/x and www\\.evil.com, WWW\\.EVIL.COM'],
        ['evil@evil.com, mailto:evil@evil.com', 'evil\\@evil.com, mailto:evil\\@evil.com'],
        ['# heading', '\\# heading'],
        ['- item', '\\- item'],
        ['1. item', '1\\. item'],
        ['line\r\nbreak', 'line break'],
        ['---', '\\---'],
        ['--', '\\--'],
        ['===', '\\==='],
        [' \n - - -', ' \\- - -'],
        ['***', '\\*\\*\\*'],
        ['___', '\\_\\_\\_'],
        ['-2+3', '\\-2+3'],
        ['0.7% of 1,500 (+60%)', '0.7% of 1,500 (+60%)']
    ])('%j → %j', (text, escaped) => {
        expect(escapeMarkdown(text)).toBe(escaped);
    });
});

describe('the Markdown roadmap', () => {
    test('has the sections of the HTML roadmap as headings', async () => {
        const text = renderMarkdown(await roadmapOf(smm, exampleFiles('coffee-en')), 'en');
        expect(text.match(/^## .+$/gm)).toEqual([
            '## Goals and KPIs', '## Plan vs actual', '## Timeline', '## Funnels', '## Budget', '## Audience', '## Competitors and USP',
            '## Content plan', '## Regulations: who does what', '## Team routine: duties, approvals, response times', '## RACI matrix',
            '## Risks and correction rules'
        ]);
        expect(text.startsWith('# Dash Coffee — social media strategy, H1 2027\n')).toBe(true);
        expect(text).toContain('| Customers | ≥ 1,600 | Jun 30, 2027 |   | 1,620 ✓ |');
        expect(text).toContain('388 planned posts over the period.');
    });

    test('every table row has as many cells as its header', async () => {
        const html = markdown.render(renderMarkdown(await roadmapOf(smm, exampleFiles('coffee-en')), 'en'));
        const tables = elements(parse(html)).filter(element => element.tagName === 'table');
        expect(tables.length).toBeGreaterThan(10);
        for (const table of tables) {
            const rows = elements(table).filter(element => element.tagName === 'tr');
            const widths = rows.map(row => row.childNodes.filter(child => child.nodeName === 'td' || child.nodeName === 'th').length);
            expect(new Set(widths).size).toBe(1);
        }
    });

    test('in Russian', async () => {
        const text = renderMarkdown(await roadmapOf(smm, exampleFiles('zerno-ru'), 'ru'), 'ru');
        expect(text).toContain('## Цели и KPI');
        expect(text).toContain('900\u00A0000\u00A0₽');
    });

    test('hostile texts make no HTML, links or extra table cells, and read as written', async () => {
        const source = renderMarkdown(await roadmapOf(smm, { 'file:///h/s.smm': HOSTILE_STRATEGY }), 'en');
        const all = elements(parse(markdown.render(source)));
        for (const tag of ['script', 'img', 'iframe', 'a', 'style', 'b']) {
            expect(all.some(element => element.tagName === tag), tag).toBe(false);
        }
        // The roadmap's own emphasis and code spans exist, but none is made of the strategy's `code` *bold* ~~del~~.
        const formatted = all.filter(element => ['code', 'em', 'strong', 's', 'del'].includes(element.tagName)).map(textOf);
        expect(formatted.filter(text => ['code', 'bold'].includes(text))).toEqual([]);
        expect(all.flatMap(element => element.attrs.filter(attr => attr.name.startsWith('on')))).toEqual([]);
        const text = textOf(all[0]);
        for (const hostile of [...HOSTILE_TEXTS, '[click](javascript:alert(1))', '`code` *bold* https://evil.example', '| cell | injection |']) {
            expect(text, hostile).toContain(hostile);
        }
    });
});

describe('a text of rule characters only', () => {
    // A line of them is a thematic break (`---`, `***`, `___`, `- - -`) or underlines the line before it
    // into a heading (`===`, `--`): the text would disappear or turn its neighbour into a heading.
    const RULES = ['---', '--', '-', '===', '=', '***', '___', '- - -', ' ---', '+++'];

    const flat = (tokens: ReturnType<MarkdownIt['parse']>): ReturnType<MarkdownIt['parse']> =>
        tokens.flatMap(token => [token, ...flat(token.children ?? [])]);

    /** The Markdown of the strategy whose every text is `text`, and the kinds of markdown-it's tokens of it. */
    async function rendered(text: string) {
        const roadmap = await roadmapOf(smm, { 'file:///h/rules.smm': everyFieldStrategy(() => text).text });
        await smm.clear();
        const source = renderMarkdown(roadmap, 'en');
        const tokens = flat(markdown.parse(source, {}));
        return { tokens, kinds: tokens.filter(token => !['text', 'softbreak'].includes(token.type)).map(token => token.type) };
    }

    test.each(RULES)('%j shows as text wherever the roadmap puts a text: no rule, no heading the harmless strategy lacks', async text => {
        const { tokens, kinds } = await rendered(text);
        expect(kinds.filter(kind => kind === 'hr')).toEqual([]);
        // the same spaces around harmless words: a leading space keeps `**` from opening emphasis either way
        expect(kinds).toEqual((await rendered(text.replace(/\S+/g, 'plain'))).kinds);
        // e.g. the correction rule's action, alone in its list item
        expect(tokens.filter(token => token.type === 'text' && token.content === text.trim()).length).toBeGreaterThan(0);
    });
});

describe('Markdown escaped by default', () => {
    test('every text put into an `md` template is escaped, Markdown built by `md` is not escaped again', () => {
        const cell = md`**${'*bold* | [link](x)'}**`;
        expect(cell.text).toBe('**\\*bold\\* \\| \\[link\\](x)**');
        expect(md`| ${cell} |`.text).toBe('| **\\*bold\\* \\| \\[link\\](x)** |');
    });

    test('catalog text is Markdown only when marked so', () => {
        expect(md`${'Run `smm check`'}`.text).toBe('Run \\`smm check\\`');
        expect(md`${trustedMarkdown('Run `smm check`')}`.text).toBe('Run `smm check`');
    });

    test('lists are escaped item by item and joined once', () => {
        expect(joinMarkdown(['a_b', md`_c_`, 3, undefined], ', ').text).toBe('a\\_b, _c_, 3, ');
        expect(joinMarkdown(['', 'x', md``], '; ', true).text).toBe('x');
    });
});
