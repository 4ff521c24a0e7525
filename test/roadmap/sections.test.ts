import { afterEach, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { renderHtmlBody } from '../../src/roadmap/render/html.js';
import { renderMarkdown } from '../../src/roadmap/render/markdown.js';
import { ROADMAP_SECTION_IDS, roadmapSections, sectionTitleKey } from '../../src/roadmap/sections.js';
import { attributeOf, parseBody } from '../support/html.js';
import { createTestServices } from '../support/services.js';
import { exampleFiles, roadmapOf } from './helpers.js';

const smm = createTestServices();
afterEach(() => smm.clear());

/** The headings of the sections after the header, as the catalog words them. */
function titles(locale: 'en' | 'ru'): string[] {
    return ROADMAP_SECTION_IDS.flatMap(id => id === 'header' ? [] : [t(locale, sectionTitleKey(id))]);
}

describe('the sections of the roadmap', () => {
    test('come in one order: header, goals, plan vs actual, timeline, funnels, budget, audience, competitors, content, regulations, team, RACI, risks', () => {
        expect([...ROADMAP_SECTION_IDS]).toEqual([
            'header', 'goals', 'progress', 'timeline', 'funnels', 'budget', 'audience', 'competitors', 'content', 'regulations', 'team', 'raci', 'risks'
        ]);
    });

    test.each(['en', 'ru'] as const)('the HTML page and the Markdown text show them in that order (%s)', async locale => {
        const roadmap = await roadmapOf(smm, exampleFiles(locale === 'en' ? 'coffee-en' : 'zerno-ru'), locale);
        const ids = parseBody(renderHtmlBody(roadmap, locale)).filter(element => element.tagName === 'section' || element.tagName === 'header')
            .map(element => attributeOf(element, 'id'));
        expect(ids).toEqual(ROADMAP_SECTION_IDS.map(id => `rm-${id}`));
        const headings = parseBody(renderHtmlBody(roadmap, locale)).filter(element => element.tagName === 'h2');
        expect(headings).toHaveLength(titles(locale).length);
        expect(renderMarkdown(roadmap, locale).match(/^## .+$/gm)).toEqual(titles(locale).map(title => `## ${title}`));
    });

    test('a strategy with goals only has content in its header and goals; the other lists say they have none', async () => {
        const roadmap = await roadmapOf(smm, { 'file:///s/only-goals.smm': 'goal G "More orders" { kpi orders >= 10 }' });
        expect(roadmapSections(roadmap).filter(section => section.hasContent).map(section => section.id)).toEqual(['header', 'goals']);
        const html = renderHtmlBody(roadmap, 'en');
        const markdown = renderMarkdown(roadmap, 'en');
        // Funnels, audience, competitors, content, regulations, team routine, RACI and risks: one "None declared." each.
        expect(html.match(/None declared\./g)).toHaveLength(8);
        expect(markdown.match(/None declared\./g)).toHaveLength(9);
    });

    test('the coffee example has content in every section but plan vs actual (it records no actuals)', async () => {
        const roadmap = await roadmapOf(smm, exampleFiles('coffee-en'));
        expect(roadmapSections(roadmap).filter(section => !section.hasContent).map(section => section.id)).toEqual(['progress']);
    });

    test('the worked example of actuals has plan vs actual', async () => {
        const roadmap = await roadmapOf(smm, exampleFiles('school-actuals-en'));
        expect(roadmapSections(roadmap).find(section => section.id === 'progress')?.hasContent).toBe(true);
    });
});
