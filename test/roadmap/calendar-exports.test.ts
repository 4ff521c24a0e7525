import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from '../support/ical.js';
import { afterEach, describe, expect, test } from 'vitest';
import { renderCsv } from '../../src/roadmap/render/csv.js';
import { renderIcs } from '../../src/roadmap/render/ics.js';
import { createTestServices } from '../support/services.js';
import { exampleFiles, roadmapOf } from './helpers.js';
import { HOSTILE_STRATEGY } from './hostile.js';

const smm = createTestServices();
afterEach(() => smm.clear());

function csvRows(text: string): string[][] {
    return parseCsv(text, { bom: true, relax_column_count: false });
}

function events(text: string): ICAL.Event[] {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents('vevent').map(event => new ICAL.Event(event));
}

describe('CSV content calendar', () => {
    test('one row per planned post after a header row, read back by a CSV parser', async () => {
        const rows = csvRows(renderCsv(await roadmapOf(smm, exampleFiles('coffee-en')), 'en'));
        expect(rows[0]).toEqual(['Date', 'Channel', 'Rubric', 'Format', 'Owner', 'Goal']);
        // 389 posts (see compile.test.ts), sorted by date
        expect(rows).toHaveLength(1 + 389);
        expect(rows[1]).toEqual(['2027-01-01', 'Instagram (Meta Ads)', 'Morning deal of the day', 'stories', 'SmmManager', 'DowntownCustomers']);
        expect(rows.slice(1).map(row => row[0])).toEqual(rows.slice(1).map(row => row[0]).sort());
    });

    test('starts with a byte order mark so that spreadsheets read Cyrillic as UTF-8; headers in Russian', async () => {
        const text = renderCsv(await roadmapOf(smm, exampleFiles('zerno-ru'), 'ru'), 'ru');
        expect(text.charCodeAt(0)).toBe(0xFEFF);
        expect(csvRows(text)[0]).toEqual(['Дата', 'Канал', 'Рубрика', 'Формат', 'Ответственный', 'Цель']);
    });

    test('formulas are neutralised with a leading apostrophe; line breaks stay inside their cell', async () => {
        const rows = csvRows(renderCsv(await roadmapOf(smm, { 'file:///h/s.smm': HOSTILE_STRATEGY }), 'en'));
        // period Jan 1 – Mar 31 (90 days): 13 weekly intervals, the 13th (Mar 26 – Apr 1) posts on day 3 = Mar 29
        expect(rows).toHaveLength(1 + 13);
        const [, first] = rows;
        expect(first).toEqual([
            '2027-01-04', "'+SUM(1,2)", "'@SUM(A1)\r\nBEGIN:VEVENT\r\nSUMMARY:pwned", "'-2+3", 'Smm', 'G'
        ]);
        expect(rows[2][3]).toBe("'\tTab");
        const cells = rows.flat();
        expect(cells.filter(cell => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    });
});

describe('CSV formulas after a separator', () => {
    // The texts of one post, each hiding a formula after a character that some spreadsheet splits cells at:
    // `;` (Excel in Russian and other European locales), `,`, TAB (pasted tables), a line break (a reader
    // that does not see the quotes around a cell).
    const TEXTS = { rubric: 'Tips;=2*21;end', channel: 'a,+1 ;@SUM(A1)\n=HYPERLINK("x")\r＝1', format: '\t=0 x\t-2+3\t\t=1' };
    const formula = /^[=+\-@\t\r＝＋－＠]/;

    async function csvOf(): Promise<string> {
        const strategy = `strategy «S» { period 2027-01-01 .. 2027-01-07 role Smm
            channel vk «${TEXTS.channel}» { budget 10 cpm 1 }
            content { rubric R «${TEXTS.rubric}» on vk 1 per week format «${TEXTS.format}» owner Smm } }`;
        return renderCsv(await roadmapOf(smm, { 'file:///h/s.smm': strategy }), 'en');
    }

    test.each([';', ',', '\t'])('no cell starts a formula when a spreadsheet splits the file at %j, quotes or not', async delimiter => {
        const text = await csvOf();
        for (const quote of [false, '"'] as const) {
            const rows: string[][] = parseCsv(text, {
                bom: true, delimiter, quote, relax_quotes: true, relax_column_count: true, record_delimiter: quote ? undefined : ['\r\n', '\n', '\r']
            });
            expect(rows.flat().filter(cell => formula.test(cell)), String(quote)).toEqual([]);
        }
    });

    test('read at commas, each text is one cell, an apostrophe before each formula', async () => {
        expect(csvRows(await csvOf()).slice(1)).toEqual([[
            '2027-01-04', "a,'+1 ;'@SUM(A1)\n'=HYPERLINK(\"x\")\r'＝1", "Tips;'=2*21;end", "'\t'=0 x\t'-2+3\t'\t'=1", 'Smm', ''
        ]]);
    });
});

describe('iCalendar', () => {
    test('milestones, task due dates, KPI deadlines and posts, read back by an iCalendar parser', async () => {
        const list = events(renderIcs(await roadmapOf(smm, exampleFiles('coffee-en')), 'en'));
        // 11 tasks with a due date + 3 milestones + 21 KPI deadlines + 389 posts + 4 duties (team.smm), each one repeating event
        expect(list).toHaveLength(11 + 3 + 21 + 389 + 4);
        const milestone = list.find(event => event.summary === 'Milestone: First 100 orders from ads')!;
        expect(milestone.startDate.toString()).toBe('2027-01-31');
        expect(milestone.startDate.isDate).toBe(true);
        expect(list.filter(event => event.summary.startsWith('Task due: '))).toHaveLength(11);
        expect(list.find(event => event.summary === 'KPI deadline: Teams — tastings')?.startDate.toString()).toBe('2027-04-30');
        expect(list.filter(event => event.summary === 'Post: Behind the bar on TikTok Ads')).toHaveLength(78);
    });

    test('UIDs are unique and stable; DTSTAMP is the given today', async () => {
        const first = renderIcs(await roadmapOf(smm, exampleFiles('coffee-en')), 'en');
        await smm.clear();
        const again = renderIcs(await roadmapOf(smm, exampleFiles('coffee-en')), 'en');
        expect(again).toBe(first);
        const list = events(first);
        expect(new Set(list.map(event => event.uid)).size).toBe(list.length);
        const stamps = new Set(list.map(event => event.component.getFirstPropertyValue('dtstamp')?.toString()));
        expect([...stamps]).toEqual(['2027-03-15T00:00:00Z']);
    });

    test('a title with a line break and BEGIN:VEVENT stays inside one SUMMARY', async () => {
        const text = renderIcs(await roadmapOf(smm, { 'file:///h/s.smm': HOSTILE_STRATEGY }), 'en');
        const list = events(text);
        // 13 posts + 1 task + 1 milestone + 1 KPI deadline; no event injected
        expect(list).toHaveLength(16);
        expect(text.match(/^BEGIN:VEVENT\r?$/gm)).toHaveLength(16);
        const post = list.find(event => event.summary.startsWith('Post: '))!;
        expect(post.summary).toBe('Post: @SUM(A1)\nBEGIN:VEVENT\nSUMMARY:pwned on +SUM(1,2)');
        expect(list.some(event => event.summary === 'pwned')).toBe(false);
    });

    test.each([
        ['a line break and BEGIN:VEVENT', 'Plan\r\nBEGIN:VEVENT\r\nUID:x@evil\r\nDTSTART;VALUE=DATE:20270105\r\nSUMMARY:pwned\r\nEND:VEVENT'],
        ['two plain lines', 'Coffee plan\nfirst half of 2027'],
        ['the separators and escapes of TEXT', 'a,b;c\\d:e\\n X-PROP;VALUE=TEXT:x']
    ])('a strategy title with %s is the calendar\'s name and plants no event', async (_case, title) => {
        const text = renderIcs(await roadmapOf(smm, {
            'file:///h/s.smm': `strategy «${title}» { period 2027-01-01 .. 2027-01-31 phase P { milestone «M» by 2027-01-20 } }`
        }), 'en');
        const calendar = new ICAL.Component(ICAL.parse(text));
        expect(calendar.getAllSubcomponents().map(component => component.name)).toEqual(['vevent']);
        expect(events(text).map(event => event.summary)).toEqual(['Milestone: M']);
        const lf = (value: string) => value.replace(/\r\n?/g, '\n');
        expect(calendar.getAllProperties().filter(property => property.name.includes('name')).map(property => [property.name, property.getFirstValue()]))
            .toEqual([['name', lf(title)], ['x-wr-calname', lf(title)]]);
    });

    test('a format of 30,000 Cyrillic letters stays whole in the description of each of its 156 posts', async () => {
        const format = 'Видео'.repeat(6_000);
        const strategy = `strategy "S" {
            period 2027-01-01 .. 2027-12-31
            channel vk { budget 1000 cpm 100 }
            content { rubric Long "Long" on vk 3 per week format "${format}" }
        }`;
        const text = renderIcs(await roadmapOf(smm, { 'file:///long/s.smm': strategy }), 'ru');
        const posts = events(text).filter(event => event.summary.startsWith('Публикация: '));
        // 52 whole weeks of 3 posts; the 53rd interval (Dec 31 – Jan 6) posts after the end of the year
        expect(posts).toHaveLength(156);
        expect(posts.every(event => event.description === format)).toBe(true);
        expect(text.split('\r\n').filter(line => Buffer.byteLength(line, 'utf8') > 75)).toEqual([]);
    });

    test('every line is folded to at most 75 octets', async () => {
        const text = renderIcs(await roadmapOf(smm, exampleFiles('zerno-ru'), 'ru'), 'ru');
        const long = text.split('\r\n').filter(line => Buffer.byteLength(line, 'utf8') > 75);
        expect(long).toEqual([]);
        expect(events(text).some(event => event.summary.startsWith('Публикация: '))).toBe(true);
    });
});

describe('a rubric of ten million posts a day (`1 per 0.0000001 days`)', () => {
    const files = {
        'file:///absurd/strategy.smm': `strategy "Absurd" {
    period 2027-01-01 .. 2027-06-30
    channel vk { budget 100 cpm 10 }
    channel tg { budget 100 cpm 10 }
    content {
        rubric Flood on vk, tg 1 per 0.0000001 days format posts
        rubric Digest on tg 1 per week
    }
}`
    };

    test('the calendar counts 3.6 billion posts and lists the first 3,000, in a grid of the weeks they fall in', async () => {
        const { calendar } = (await roadmapOf(smm, files)).content;
        // Flood: 10⁷ a day × 180 days × 2 channels; Digest: 26 weeks
        expect(calendar.planned / 3_600_000_026).toBeCloseTo(1, 6);
        expect(calendar.posts).toHaveLength(3000);
        expect(calendar.truncated).toBe(true);
        expect(calendar.weeks).toEqual(['2027-01-01']);
        expect(calendar.periodWeeks).toBe(26);
        expect(calendar.rows).toEqual([{ rubric: 'Flood', counts: [3000] }, { rubric: 'Digest', counts: [0] }]);
    });

    test('the CSV and the iCalendar export hold the 3,000 listed posts', async () => {
        const roadmap = await roadmapOf(smm, files);
        expect(csvRows(renderCsv(roadmap, 'en'))).toHaveLength(1 + 3000);
        expect(events(renderIcs(roadmap, 'en')).length).toBeLessThanOrEqual(3000);
    });
});
