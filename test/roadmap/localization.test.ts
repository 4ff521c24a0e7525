/**
 * Every word a client reads in a roadmap is in the roadmap's language and names things by the author's
 * titles: the test walks every text node of the HTML document and of the Markdown (rendered as a reader
 * sees it) of each example, in its own language, and finds
 * - no word of the other language's catalogs (labels, metric names and ids) that the author did not write;
 * - no identifier of something that has a title.
 */
import MarkdownIt from 'markdown-it';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterEach, describe, expect, test } from 'vitest';
import { METRIC_CATALOG } from '../../src/analysis/metric-catalog.js';
import { catalogs, type Locale } from '../../src/i18n/index.js';
import type { Roadmap } from '../../src/roadmap/model.js';
import { renderHtmlDocument } from '../../src/roadmap/render/html.js';
import { renderMarkdown } from '../../src/roadmap/render/markdown.js';
import { createTestServices } from '../support/services.js';
import { exampleFiles, roadmapOf } from './helpers.js';

type Node = DefaultTreeAdapterMap['node'];

const smm = createTestServices();
afterEach(() => smm.clear());

/** The texts of every text node, the way a reader meets them (not the markup, not the styles). */
function textNodes(markup: string): string[] {
    const texts: string[] = [];
    const walk = (node: Node): void => {
        if (node.nodeName === '#text') {
            texts.push((node as DefaultTreeAdapterMap['textNode']).value);
        } else if (node.nodeName !== 'style' && node.nodeName !== 'script' && 'childNodes' in node) {
            node.childNodes.forEach(child => walk(child as Node));
        }
        if ('content' in node && node.nodeName === 'template') {
            walk(node.content as Node);
        }
    };
    walk(parse(markup) as Node);
    return texts.filter(text => text.trim() !== '');
}

const WORD = /[\p{L}\p{N}_]+/gu;

function words(text: string): string[] {
    return text.match(WORD) ?? [];
}

/** Words of a catalog's texts, placeholders left out, lower case. */
function catalogWords(locale: Locale): Set<string> {
    const texts = [
        ...Object.values(catalogs[locale]),
        ...METRIC_CATALOG.map(metric => metric.name[locale]),
        ...(locale === 'en' ? METRIC_CATALOG.flatMap(metric => [metric.id, ...metric.id.split('_')]) : METRIC_CATALOG.flatMap(metric => metric.aliases))
    ];
    return new Set(texts.flatMap(text => words(text.replace(/\{\w+\}/g, ' '))).map(word => word.toLowerCase()));
}

/** What the author wrote in quotes and doc comments: their own words, in whichever language they chose. */
function authorTexts(files: Record<string, string>): string[] {
    const source = Object.values(files).join('\n');
    const quoted = [...source.matchAll(/«[^«»\n]*»|"[^"\n]*"|\/\*\*[\s\S]*?\*\//g)].map(match => match[0].replace(/^(«|"|\/\*\*)|(»|"|\*\/)$/g, ''));
    return quoted.flatMap(text => text.split(/\s*\n\s*\*\s*/)).map(text => text.trim()).filter(Boolean).sort((a, b) => b.length - a.length);
}

/** The identifiers of everything the roadmap knows a title of. */
function titledIdentifiers(roadmap: Roadmap): Set<string> {
    const found = new Set<string>();
    const visit = (value: unknown): void => {
        if (Array.isArray(value)) {
            value.forEach(visit);
        } else if (value && typeof value === 'object') {
            const record = value as Record<string, unknown>;
            const differs = (name: string, title: string) => name.replace(/_/g, ' ').toLowerCase() !== title.toLowerCase();
            if (typeof record.name === 'string' && typeof record.title === 'string' && differs(record.name, record.title)) {
                found.add(record.name);
            }
            if (typeof record.metric === 'string' && typeof record.metricTitle === 'string' && differs(record.metric, record.metricTitle)) {
                found.add(record.metric);
            }
            Object.values(record).forEach(visit);
        }
    };
    visit(roadmap);
    return found;
}

interface Leak {
    text: string;
    word: string;
}

/**
 * The leaks in `texts`: each text without the author's own texts in it, split into words; a word of the
 * other language's catalogs or an identifier that has a title is a leak.
 */
function leaksIn(texts: string[], foreign: Set<string>, identifiers: Set<string>, author: string[]): Leak[] {
    const leaks: Leak[] = [];
    for (const text of texts) {
        let rest = text.toLowerCase();
        for (const own of author) {
            rest = rest.split(own.toLowerCase()).join(' ');
        }
        // A long title cut short (a chart's label ends in an ellipsis) is still the author's.
        rest = rest.replace(/([^…]+)…/gu, (cut, start: string) => author.some(own => own.toLowerCase().startsWith(start.trim())) ? ' ' : cut);
        for (const word of words(text).filter(word => words(rest).includes(word.toLowerCase()))) {
            if (identifiers.has(word) || (word.length > 1 && foreign.has(word.toLowerCase()))) {
                leaks.push({ text: text.trim().slice(0, 120), word });
            }
        }
    }
    return leaks;
}

const EXAMPLES: Array<{ folder: string; locale: Locale; other: Locale }> = [
    { folder: 'zerno-ru', locale: 'ru', other: 'en' },
    { folder: 'coffee-en', locale: 'en', other: 'ru' }
];

describe.each(EXAMPLES)('the roadmap of examples/$folder in its language ($locale)', ({ folder, locale, other }) => {
    async function setUp() {
        const files = exampleFiles(folder);
        const roadmap = await roadmapOf(smm, files, locale);
        const own = catalogWords(locale);
        const author = authorTexts(files);
        const authorWords = new Set(author.flatMap(words).map(word => word.toLowerCase()));
        // A word both languages write alike (CTR, ROMI, KPI) is not foreign; neither is one the author wrote.
        const foreign = new Set([...catalogWords(other)].filter(word => !own.has(word) && !authorWords.has(word)));
        // An identifier that is also a word of the roadmap's own labels (an approval named Posts) is read as that word.
        const identifiers = new Set([...titledIdentifiers(roadmap)].filter(name => !own.has(name.toLowerCase())));
        return { roadmap, foreign, identifiers, author };
    }

    test('the HTML document has no word of the other language and no identifier where a title exists', async () => {
        const { roadmap, foreign, identifiers, author } = await setUp();
        expect(identifiers.size).toBeGreaterThan(20);
        const texts = textNodes(renderHtmlDocument(roadmap, locale));
        const leaks = leaksIn(texts, foreign, identifiers, author);
        if (process.env.LEAKS) console.log(JSON.stringify(leaks));
        expect(leaks).toEqual([]);
    });

    test('the Markdown, as a reader sees it, has no word of the other language and no identifier where a title exists', async () => {
        const { roadmap, foreign, identifiers, author } = await setUp();
        const texts = textNodes(new MarkdownIt({ html: false }).render(renderMarkdown(roadmap, locale)));
        const leaks = leaksIn(texts, foreign, identifiers, author);
        if (process.env.LEAKS) console.log(JSON.stringify(leaks));
        expect(leaks).toEqual([]);
    });
});

describe('the test finds what it looks for', () => {
    test('an identifier beside its title, and an English label in a Russian text', () => {
        const leaks = leaksIn(['Отвечает за цели: НовыеУченики', '2 454 545 impressions', 'Цель «Новые ученики»'],
            new Set(['impressions']), new Set(['НовыеУченики']), ['Новые ученики']);
        expect(leaks.map(leak => leak.word)).toEqual(['НовыеУченики', 'impressions']);
    });
});
