/**
 * Every string the grammar allows, filled with attacks, through every renderer; each output is read back
 * by the parser its readers use (parse5 for HTML, markdown-it for Markdown, csv-parse, ical.js, JSON)
 * and must show the strategy's texts literally and nothing else: the same elements, tokens, rows,
 * events and properties as the same strategy written in harmless words.
 */
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from '../support/ical.js';
import MarkdownIt from 'markdown-it';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SmmGrammar } from '../../src/language/generated/grammar.js';
import type { Roadmap } from '../../src/roadmap/model.js';
import { renderCsv } from '../../src/roadmap/render/csv.js';
import { findRole, renderHandbookHtml, renderHandbookMarkdown } from '../../src/roadmap/render/handbook.js';
import { renderHtmlBody, renderHtmlDocument, roadmapStyles } from '../../src/roadmap/render/html.js';
import { renderIcs } from '../../src/roadmap/render/ics.js';
import { renderJson } from '../../src/roadmap/render/json.js';
import { renderMarkdown } from '../../src/roadmap/render/markdown.js';
import { createTestServices } from '../support/services.js';
import { attributeOf, parseBody, parseDocument, textOf, type HtmlElement } from '../support/html.js';
import { roadmapOf } from './helpers.js';
import { ATTACKS, everyFieldStrategy, markerOf, plainText } from './hostile.js';

const smm = createTestServices();
afterEach(() => smm.clear());

const URI = 'file:///h/every.smm';
const hostile = everyFieldStrategy();
const plain = everyFieldStrategy(plainText);

/** `Type.property` of every assignment of a string (a STRING, or a rule that may be one) in the grammar. */
function stringProperties(): string[] {
    const grammar = SmmGrammar();
    const isString = (rule: GrammarAST.AbstractRule | undefined): boolean =>
        rule?.name === 'STRING' || (GrammarAST.isParserRule(rule) && GrammarUtils.isDataTypeRule(rule)
            && AstUtils.streamAst(rule.definition).some(node => GrammarAST.isRuleCall(node) && isString(node.rule.ref)));
    const found = new Set<string>();
    for (const rule of grammar.rules.filter(GrammarAST.isParserRule).filter(rule => !GrammarUtils.isDataTypeRule(rule))) {
        for (const node of AstUtils.streamAst(rule.definition)) {
            if (GrammarAST.isAssignment(node) && GrammarAST.isRuleCall(node.terminal) && isString(node.terminal.rule.ref)) {
                found.add(`${GrammarUtils.getRuleTypeName(rule)}.${node.feature}`);
            }
        }
    }
    return [...found].sort();
}

/** Every payload of the hostile strategy, with its field. */
const PAYLOADS = [...hostile.fields].flatMap(([field, texts]) => texts.map(text => ({ field, text, marker: /#F\d\d/.exec(text)![0] })));

/** The fields whose text is not part of the roadmap (a metric's description feeds hovers only). */
const NOT_IN_ROADMAP = ['Metric.description'];
const SHOWN = PAYLOADS.filter(payload => !NOT_IN_ROADMAP.includes(payload.field));

let roadmap: Roadmap;
let plainRoadmap: Roadmap;

beforeAll(async () => {
    plainRoadmap = await roadmapOf(smm, { [URI]: plain.text });
    await smm.clear();
    roadmap = await roadmapOf(smm, { [URI]: hostile.text });
    await smm.clear();
});

/** The shape of a parsed page: each element's name and the names of its attributes, in document order. */
function shape(elements: HtmlElement[]): string[] {
    return elements.map(element => `${element.tagName}[${element.attrs.map(attribute => attribute.name).join(' ')}]`);
}

function collapse(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

const ATTRIBUTES_WITH_URLS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'poster', 'data', 'background'];

/** Nothing in a page can run or load: no script, no frame or form, no handler, no URL. */
function expectInert(elements: HtmlElement[]): void {
    const tags = new Set(elements.map(element => element.tagName));
    for (const tag of ['script', 'iframe', 'img', 'a', 'form', 'input', 'button', 'object', 'embed', 'math', 'link', 'base']) {
        expect(tags.has(tag), tag).toBe(false);
    }
    const attributes = elements.flatMap(element => element.attrs);
    expect(attributes.filter(attribute => attribute.name.startsWith('on'))).toEqual([]);
    expect(attributes.filter(attribute => ATTRIBUTES_WITH_URLS.includes(attribute.name) || attribute.name.endsWith(':href'))).toEqual([]);
    expect(attributes.filter(attribute => /^\s*javascript:/i.test(attribute.value))).toEqual([]);
}

describe('the hostile strategy', () => {
    it('fills every string property of the grammar, so that a new one without an attack fails here', async () => {
        expect([...hostile.fields.keys()].sort()).toEqual(stringProperties());
        expect(stringProperties()).toContain('Rubric.formats');
    });

    it('parses without errors and keeps every text exactly as written, line breaks and tabs included', async () => {
        const document = await smm.parseClean(hostile.text, URI);
        const values = new Map<string, string[]>();
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            for (const [property, value] of Object.entries(node)) {
                for (const item of [value].flat()) {
                    if (typeof item === 'string' && item.includes('#F')) {
                        values.set(`${node.$type}.${property}`, [...values.get(`${node.$type}.${property}`) ?? [], item]);
                    }
                }
            }
        }
        expect(values).toEqual(hostile.fields);
    });

    it('uses every attack, and every text but a metric\'s description reaches the roadmap', () => {
        const used = new Set(PAYLOADS.flatMap(payload => ATTACKS.filter(attack => payload.text.includes(attack))));
        expect(used.size).toBe(ATTACKS.length);
        const json = JSON.stringify(roadmap);
        expect(PAYLOADS.filter(payload => !json.includes(JSON.stringify(payload.text).slice(1, -1))).map(payload => payload.field))
            .toEqual(NOT_IN_ROADMAP);
    });
});

describe('doc comments', () => {
    it('become the rationale of the goal, shown literally by the HTML and the Markdown, in no calendar', async () => {
        const doc = `${ATTACKS[0]} #DOCMARK ${ATTACKS[20]}`;
        const commented = hostile.text.replace('  goal G ', `  /** ${doc} */\n  goal G `);
        const withDocs = await roadmapOf(smm, { [URI]: commented });
        expect(withDocs.goals.find(goal => goal.name === 'G')?.rationale).toBe(doc);
        const page = parseDocument(renderHtmlDocument(withDocs, 'en'));
        expectInert(page);
        // The rationale adds its block (a division, a paragraph, a label) and nothing else.
        expect(shape(page).length - shape(parseDocument(renderHtmlDocument(roadmap, 'en'))).length).toBe(3);
        expect(textOf(page.find(element => element.tagName === 'body')!)).toContain(doc);
        const markdown = new MarkdownIt({ html: true, linkify: true });
        const read = parseBody(markdown.render(renderMarkdown(withDocs, 'en')));
        expectInert(read);
        expect(collapse(read.map(textOf).join(' '))).toContain(collapse(doc));
        expect([renderCsv, renderIcs].map(render => render(withDocs, 'en')).filter(output => output.includes('DOCMARK'))).toEqual([]);
    });
});

describe('HTML', () => {
    it('the document has the elements and attributes of the harmless one, one style, no script, and shows every text literally', () => {
        const html = renderHtmlDocument(roadmap, 'en');
        const elements = parseDocument(html);
        expect(shape(elements)).toEqual(shape(parseDocument(renderHtmlDocument(plainRoadmap, 'en'))));
        expectInert(elements);
        const styles = elements.filter(element => element.tagName === 'style');
        expect(styles.map(textOf)).toEqual([roadmapStyles('print')]);
        const body = textOf(elements.find(element => element.tagName === 'body')!);
        // An HTML parser reads a CR LF or a lone CR as one line feed.
        for (const payload of SHOWN) {
            expect(body, payload.field).toContain(payload.text.replace(/\r\n?/g, '\n'));
        }
        const head = elements.find(element => element.tagName === 'title')!;
        expect(textOf(head)).toBe(`Roadmap: ${roadmap.header.title!.replace(/\r\n?/g, '\n')}`);
    });

    it('texts inside attributes (tooltips) stay attribute values', () => {
        const elements = parseBody(renderHtmlBody(roadmap, 'en'));
        const values = elements.flatMap(element => element.attrs.map(attribute => attribute.value));
        const shown = [...values, ...elements.map(textOf)].join('\n');
        for (const payload of SHOWN) {
            expect(shown, payload.field).toContain(payload.text.replace(/\r\n?/g, '\n'));
        }
    });

    it('the preview body, read as `innerHTML` reads it, has the shape of the harmless one and nothing that runs', () => {
        const elements = parseBody(renderHtmlBody(roadmap, 'en'));
        expect(shape(elements)).toEqual(shape(parseBody(renderHtmlBody(plainRoadmap, 'en'))));
        expectInert(elements);
        expect(elements.filter(element => attributeOf(element, 'data-uri') !== undefined).every(element => attributeOf(element, 'data-uri') === URI)).toBe(true);
    });
});

describe('the handbook of a role', () => {
    /** What the handbook of `Smm`, who owns everything in the strategy, shows: every text but the strategy's own ones. */
    const IN_HANDBOOK = (field: string) => !['Metric.description', 'CompanyGoalSetting.text', 'Channel.title', 'Segment.title', 'Segment.geo',
        'Segment.gender', 'Segment.income', 'Segment.interests', 'Segment.pains', 'Segment.motives', 'Segment.objections', 'Product.title',
        'Product.usp', 'Competitor.title', 'Competitor.strengths', 'Competitor.weaknesses', 'Competitor.usp', 'Competitor.priceUnit', 'Funnel.title', 'Stage.title',
        'Milestone.title', 'Rubric.formats'].includes(field);

    it('the page has the elements of the harmless one, nothing that runs, and every text of the role literally', () => {
        const html = renderHandbookHtml(roadmap, findRole(roadmap, 'Smm')!, 'en');
        const elements = parseDocument(html);
        expect(shape(elements)).toEqual(shape(parseDocument(renderHandbookHtml(plainRoadmap, findRole(plainRoadmap, 'Smm')!, 'en'))));
        expectInert(elements);
        const body = textOf(elements.find(element => element.tagName === 'body')!);
        const shown = PAYLOADS.filter(payload => IN_HANDBOOK(payload.field));
        expect(shown.length).toBeGreaterThan(10);
        for (const payload of shown) {
            expect(body, payload.field).toContain(payload.text.replace(/\r\n?/g, '\n'));
        }
    });

    it('the Markdown makes the tokens of the harmless one', () => {
        const markdown = new MarkdownIt({ html: true, linkify: true });
        markdown.linkify.set({ fuzzyLink: false });
        type Token = ReturnType<MarkdownIt['parse']>[number];
        const flat = (tokens: Token[]): Token[] => tokens.flatMap(token => [token, ...flat(token.children ?? [])]);
        const kinds = (text: string) => flat(markdown.parse(text, {})).filter(token => token.type !== 'text' && token.type !== 'softbreak')
            .map(token => `${token.type}:${token.tag}`);
        expect(kinds(renderHandbookMarkdown(roadmap, findRole(roadmap, 'Smm')!, 'en')))
            .toEqual(kinds(renderHandbookMarkdown(plainRoadmap, findRole(plainRoadmap, 'Smm')!, 'en')));
    });
});

describe('Markdown', () => {
    // A strict reader: raw HTML allowed, URLs and e-mail addresses in plain text linked, as in many viewers.
    // (Bare domain names, `evil.com`, are linked only by viewers that guess links in any word: not checked.)
    const markdown = new MarkdownIt({ html: true, linkify: true });
    markdown.linkify.set({ fuzzyLink: false });

    type Token = ReturnType<MarkdownIt['parse']>[number];
    const flat = (tokens: Token[]): Token[] => tokens.flatMap(token => [token, ...flat(token.children ?? [])]);

    it('makes the tokens of the harmless one: no HTML, link, image, code or emphasis from the strategy', () => {
        const tokens = flat(markdown.parse(renderMarkdown(roadmap, 'en'), {}));
        const plainTokens = flat(markdown.parse(renderMarkdown(plainRoadmap, 'en'), {}));
        const kinds = (list: Token[]) => list.filter(token => token.type !== 'text' && token.type !== 'softbreak').map(token => `${token.type}:${token.tag}`);
        expect(kinds(tokens)).toEqual(kinds(plainTokens));
        for (const type of ['html_inline', 'html_block', 'link_open', 'image']) {
            expect(tokens.filter(token => token.type === type), type).toEqual([]);
        }
    });

    it('reads every text as written (line breaks become spaces, so a text stays in its cell)', () => {
        const elements = parseBody(markdown.render(renderMarkdown(roadmap, 'en')));
        expectInert(elements);
        const text = collapse(elements.filter(element => ['h1', 'h2', 'h3', 'p', 'li', 'td', 'th'].includes(element.tagName)).map(textOf).join(' '));
        for (const payload of SHOWN) {
            expect(text, payload.field).toContain(collapse(payload.text));
        }
    });
});

describe('CSV', () => {
    it('gives back the texts of the calendar, formulas neutralised by a leading apostrophe, ten cells a row', () => {
        const rows: string[][] = parseCsv(renderCsv(roadmap, 'en'), { bom: true, relax_column_count: false });
        const plainRows: string[][] = parseCsv(renderCsv(plainRoadmap, 'en'), { bom: true });
        expect(rows).toHaveLength(plainRows.length);
        expect(rows.every(row => row.length === 10)).toBe(true);
        const cells = rows.flat();
        expect(cells.filter(cell => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
        const expected = (text: string) => /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
        for (const field of ['Rubric.title', 'Channel.title', 'Rubric.formats']) {
            for (const text of hostile.fields.get(field)!) {
                expect(cells, field).toContain(expected(text));
            }
        }
        // The content calendar has no title: the strategy's, with every attack, is nowhere in it.
        expect(cells.filter(cell => cell.includes(markerOf(0)))).toEqual([]);
    });

    it.each([';', ',', '\t'])('read at %j by a reader that ignores quotes, no cell starts a formula', delimiter => {
        const rows: string[][] = parseCsv(renderCsv(roadmap, 'en'), {
            bom: true, delimiter, quote: false, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r']
        });
        expect(rows.flat().filter(cell => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    });

    it.each([
        ['=1+1', "'=1+1"], ['+1', "'+1"], ['-1', "'-1"], ['@SUM(A1)', "'@SUM(A1)"], ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
        // a tab or a carriage return separates cells too: the formula after it gets its own apostrophe
        ['\t=1', "'\t'=1"], ['\r=1', "'\r'=1"]
    ])('a text starting %j is text in every column', async (start, neutralised) => {
        const text = `content { rubric R «${start}» on vk 1 per week format «${start}» owner Smm }`;
        const calendar = await roadmapOf(smm, {
            [URI]: `strategy «S» { period 2027-01-01 .. 2027-01-14 role Smm channel vk «${start}» { budget 10 cpm 1 } ${text} }`
        });
        const rows: string[][] = parseCsv(renderCsv(calendar, 'en'), { bom: true });
        // Inside the topic the text follows "Topic: ": only a formula after its tab or carriage return gets an apostrophe.
        const topic = (number: number) => `Topic: ${start.replace(/([\t\r])(?=[=+\-@])/g, "$1'")} #${number}`;
        expect(rows.slice(1)).toEqual([
            ['2027-01-04', 'Monday', '', neutralised, neutralised, neutralised, topic(1), 'Smm', '', 'Planned'],
            ['2027-01-11', 'Monday', '', neutralised, neutralised, neutralised, topic(2), 'Smm', '', 'Planned']
        ]);
    });
});

describe('iCalendar', () => {
    const ALLOWED = ['uid', 'sequence', 'dtstamp', 'dtstart', 'rrule', 'summary', 'description', 'categories', 'x-microsoft-cdo-alldayevent', 'x-microsoft-msncalendar-alldayevent'];

    function parsed(text: string) {
        const calendar = new ICAL.Component(ICAL.parse(text));
        return { calendar, events: calendar.getAllSubcomponents('vevent') };
    }

    it('one event per dated item, only the properties we write, every text as written, lines folded and ended by CRLF', () => {
        const text = renderIcs(roadmap, 'en');
        const { calendar, events } = parsed(text);
        const dated = roadmap.timeline.phases.flatMap(phase => [...phase.tasks.filter(task => task.due), ...phase.milestones.filter(milestone => milestone.date)]);
        // A recurring duty is one event, repeating.
        const expected = dated.length + roadmap.timeline.kpiDeadlines.length + roadmap.content.calendar.posts.length + roadmap.team.duties.length;
        expect(events).toHaveLength(expected);
        expect(events.length).toBe(parsed(renderIcs(plainRoadmap, 'en')).events.length);
        expect(text.match(/^BEGIN:VEVENT$/gm)?.length).toBe(expected);
        expect(new Set(events.map(event => event.getFirstPropertyValue('uid'))).size).toBe(expected);
        expect(calendar.getAllSubcomponents().filter(component => component.name !== 'vevent')).toEqual([]);
        for (const event of events) {
            expect(event.getAllProperties().map(property => property.name).filter(name => !ALLOWED.includes(name))).toEqual([]);
        }
        // CRLF only, every content line at most 75 octets
        expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        expect(text.split('\r\n').filter(line => Buffer.byteLength(line) > 75)).toEqual([]);
        const texts = events.flatMap(event => ['summary', 'description'].map(name => String(event.getFirstPropertyValue(name) ?? ''))).join('\n');
        const lf = (value: string) => value.replace(/\r\n?/g, '\n');
        for (const field of ['Task.title', 'Task.format', 'Task.deliverable', 'Milestone.title', 'Rubric.title', 'Channel.title', 'Rubric.formats', 'Role.title',
            'Duty.title', 'Duty.format', 'Duty.deliverable']) {
            for (const value of hostile.fields.get(field)!) {
                expect(texts, field).toContain(lf(value));
            }
        }
        // the title, which holds every attack, is the calendar's name, as written
        expect(calendar.getAllProperties().filter(property => property.name.includes('name')).map(property => [property.name, property.getFirstValue()]))
            .toEqual([['name', lf(hostile.fields.get('Strategy.title')![0])], ['x-wr-calname', lf(hostile.fields.get('Strategy.title')![0])]]);
    });
});

describe('iCalendar folding', () => {
    it('a long text of multi-byte characters, commas, semicolons and backslashes is folded and read back exactly', async () => {
        const long = `${'Кофе, "зерно"; 界🎉\\n '.repeat(30)}end`;
        const calendar = await roadmapOf(smm, {
            [URI]: `strategy «S» { period 2027-01-01 .. 2027-01-31 role Smm phase P { task «${long}» owner Smm due 2027-01-10 deliverable «${long}» } }`
        });
        const text = renderIcs(calendar, 'en');
        expect(text.split('\r\n').filter(line => Buffer.byteLength(line) > 75)).toEqual([]);
        // A folded line never splits a character, not even an emoji's surrogate pair.
        const split = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
        expect(text.split('\r\n').filter(line => split.test(line))).toEqual([]);
        const [event] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
        expect(event.getFirstPropertyValue('summary')).toBe(`Task due: ${long}`);
        expect(event.getFirstPropertyValue('description')).toBe(`Smm\n${long}`);
    });
});

describe('control characters in every field', () => {
    // NUL, BEL, BS, VT, FF, ESC (a terminal's escape sequence), DEL, NEL and CSI (C1), between the kept TAB, LF and CR
    const CONTROLS = '\0 \x07 \b \v \f \x1b[31m \x7f \x85 \x9b \t\r\n';
    const controlText = (index: number) => `${CONTROLS}ctl ${markerOf(index)}`;
    const strategy = everyFieldStrategy(controlText);
    const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
    let controls: Roadmap;

    beforeAll(async () => {
        controls = await roadmapOf(smm, { [URI]: strategy.text });
        await smm.clear();
    });

    it('reach no output but JSON, which gives every text back exactly', () => {
        const outputs = { html: renderHtmlDocument(controls, 'en'), preview: renderHtmlBody(controls, 'en'), md: renderMarkdown(controls, 'en'),
            csv: renderCsv(controls, 'en'), ics: renderIcs(controls, 'en'), json: renderJson(controls) };
        expect(Object.entries(outputs).filter(([, text]) => FORBIDDEN.test(text)).map(([format]) => format)).toEqual([]);
        expect(JSON.parse(outputs.json)).toEqual(controls);
        expect(outputs.json).toContain(JSON.stringify(controlText(0)).slice(1, -1).replace(/[\u007F-\u009F]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
    });

    it('each shows as U+FFFD where the text stood, in every field; TAB, LF and CR are kept as each format allows', () => {
        const lf = (text: string) => text.replace(/\r\n?/g, '\n');
        const shownTexts = [...strategy.fields].filter(([field]) => !NOT_IN_ROADMAP.includes(field))
            .flatMap(([field, texts]) => texts.map(text => ({ field, text: text.replace(new RegExp(FORBIDDEN.source, 'g'), '\uFFFD') })));
        const body = textOf(parseDocument(renderHtmlDocument(controls, 'en')).find(element => element.tagName === 'body')!);
        const markdown = collapse(parseBody(new MarkdownIt().render(renderMarkdown(controls, 'en')))
            .filter(element => ['h1', 'h2', 'h3', 'p', 'li', 'td', 'th'].includes(element.tagName)).map(textOf).join(' '));
        for (const { field, text } of shownTexts) {
            expect(body, field).toContain(lf(text));
            expect(markdown, field).toContain(collapse(text));
        }
        const calendar = new ICAL.Component(ICAL.parse(renderIcs(controls, 'en')));
        const shown = (field: string) => shownTexts.filter(text => text.field === field).map(text => text.text);
        expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(lf(shown('Strategy.title')[0]));
        const texts = calendar.getAllSubcomponents('vevent').flatMap(event => ['summary', 'description'].map(name => String(event.getFirstPropertyValue(name) ?? ''))).join('\n');
        for (const field of ['Task.title', 'Task.format', 'Task.deliverable', 'Milestone.title', 'Rubric.title', 'Channel.title', 'Rubric.formats', 'Role.title',
            'Duty.title', 'Duty.format', 'Duty.deliverable']) {
            for (const text of shown(field)) {
                expect(texts, field).toContain(lf(text));
            }
        }
        const cells = (parseCsv(renderCsv(controls, 'en'), { bom: true }) as string[][]).flat();
        for (const field of ['Rubric.title', 'Channel.title', 'Rubric.formats']) {
            for (const text of shown(field)) {
                // a CR after a TAB starts a cell when the file is read at tabs: it gets its apostrophe
                expect(cells, field).toContain(text.replace('\t\r', "\t'\r"));
            }
        }
    });
});

describe('JSON', () => {
    it('round-trips the roadmap exactly, every text included', () => {
        const text = renderJson(roadmap);
        expect(JSON.parse(text)).toEqual(roadmap);
        const strings: string[] = [];
        JSON.parse(text, (_key, value: unknown) => {
            if (typeof value === 'string') {
                strings.push(value);
            }
            return value;
        });
        for (const payload of SHOWN) {
            expect(strings.some(value => value.includes(payload.text)), payload.field).toBe(true);
        }
    });
});
