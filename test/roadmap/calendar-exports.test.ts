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
        expect(rows[0]).toEqual(['Date', 'Weekday', 'Time', 'Channel', 'Rubric', 'Format', 'Topic', 'Owner', 'Goal', 'Status']);
        // 388 posts (see compile.test.ts), sorted by date
        expect(rows).toHaveLength(1 + 388);
        // Friday, January 1: MorningDeal's day 0; the owner and the goal by their titles, not SmmManager and DowntownCustomers
        expect(rows[1]).toEqual([
            '2027-01-01', 'Friday', '', 'Instagram (Meta Ads)', 'Morning deal of the day', 'stories', 'Topic: Morning deal of the day #1',
            'SMM manager, owns the strategy and the weekly report', '1 600 new downtown customers by June 30 at a CAC of $15 or less', 'Planned'
        ]);
        expect(rows.slice(1).map(row => row[0])).toEqual(rows.slice(1).map(row => row[0]).sort());
        // the 26th post of Morning deal on Instagram is numbered 26; every row is planned
        expect(rows.filter(row => row[4] === 'Morning deal of the day')[25][6]).toBe('Topic: Morning deal of the day #26');
        expect(new Set(rows.slice(1).map(row => row[9]))).toEqual(new Set(['Planned']));
    });

    test('in Russian: semicolons (what Excel in Russian reads), a byte order mark for UTF-8, headers and weekdays in Russian', async () => {
        const text = renderCsv(await roadmapOf(smm, exampleFiles('zerno-ru'), 'ru'), 'ru');
        expect(text.charCodeAt(0)).toBe(0xFEFF);
        expect(text.split('\n')[0]).toBe('\uFEFFДата;День недели;Время;Канал;Рубрика;Формат;Тема;Ответственный;Цель;Статус');
        const rows: string[][] = parseCsv(text, { bom: true, delimiter: ';' });
        // Monday, March 1: the office rubric, owner and goal by their titles (not СММ and Офисы)
        expect(rows[1]).toEqual([
            '2027-03-01', 'понедельник', '', 'ВКонтакте: сообщество и VK Реклама', 'Кофе в офис: истории клиентов', 'кейс',
            'Тема: Кофе в офис: истории клиентов № 1', 'SMM-менеджер: отвечает за стратегию и еженедельный отчёт',
            '30 офисов на офисном тарифе к 31 августа', 'Запланирован'
        ]);
        expect(rows.every(row => row.length === 10)).toBe(true);
    });

    test.each([
        ['comma', ','], ['semicolon', ';'], ['tab', '\t']
    ] as const)('the delimiter can be chosen: %s', async (delimiter, character) => {
        const text = renderCsv(await roadmapOf(smm, exampleFiles('zerno-ru'), 'ru'), 'ru', { delimiter });
        const rows: string[][] = parseCsv(text, { bom: true, delimiter: character });
        expect(rows[0]).toHaveLength(10);
        expect(rows.slice(1).every(row => row.length === 10)).toBe(true);
        expect(rows[1][4]).toBe('Кофе в офис: истории клиентов');
    });

    test('a rubric that names its days and time: those weekdays, that time', async () => {
        const strategy = `strategy «S» { period 2027-03-01 .. 2027-03-14 role Smm «SMM-менеджер»
            channel vk «ВКонтакте» { budget 10 cpm 1 }
            content { rubric Tips «Советы» on vk on monday, thursday at 9:30 owner Smm } }`;
        const rows = csvRows(renderCsv(await roadmapOf(smm, { 'file:///d/s.smm': strategy }), 'en'));
        // March 1 and 8 2027 are Mondays, March 4 and 11 Thursdays; 9:30 is written 09:30
        expect(rows.slice(1).map(row => row.slice(0, 3))).toEqual([
            ['2027-03-01', 'Monday', '09:30'], ['2027-03-04', 'Thursday', '09:30'],
            ['2027-03-08', 'Monday', '09:30'], ['2027-03-11', 'Thursday', '09:30']
        ]);
        expect(rows[1][7]).toBe('SMM-менеджер');
    });

    test('formulas are neutralised with a leading apostrophe; line breaks stay inside their cell', async () => {
        const rows = csvRows(renderCsv(await roadmapOf(smm, { 'file:///h/s.smm': HOSTILE_STRATEGY }), 'en'));
        // period Jan 1 – Mar 31 (90 days): 13 weekly intervals, the 13th (Mar 26 – Apr 1) posts on day 3 = Mar 29
        expect(rows).toHaveLength(1 + 13);
        const [, first] = rows;
        expect(first).toEqual([
            '2027-01-04', 'Monday', '', "'+SUM(1,2)", "'@SUM(A1)\r\nBEGIN:VEVENT\r\nSUMMARY:pwned", "'-2+3",
            'Topic: @SUM(A1)\r\nBEGIN:VEVENT\r\nSUMMARY:pwned #1', "'=cmd|' /C calc'!A0", '`code` *bold* https://evil.example', 'Planned'
        ]);
        expect(rows[2][5]).toBe("'\tTab");
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
            '2027-01-04', 'Monday', '', "a,'+1 ;'@SUM(A1)\n'=HYPERLINK(\"x\")\r'＝1", "Tips;'=2*21;end", "'\t'=0 x\t'-2+3\t'\t'=1",
            "Topic: Tips;'=2*21;end #1", 'Smm', '', 'Planned'
        ]]);
    });
});

describe('iCalendar', () => {
    test('milestones, task due dates, KPI deadlines and posts, read back by an iCalendar parser', async () => {
        const list = events(renderIcs(await roadmapOf(smm, exampleFiles('coffee-en')), 'en'));
        // 11 tasks with a due date + 3 milestones + 21 KPI deadlines + 388 posts + 4 duties (team.smm), each one repeating event
        expect(list).toHaveLength(11 + 3 + 21 + 388 + 4);
        const milestone = list.find(event => event.summary === 'Milestone: First 100 orders from ads')!;
        expect(milestone.startDate.toString()).toBe('2027-01-31');
        expect(milestone.startDate.isDate).toBe(true);
        expect(list.filter(event => event.summary.startsWith('Task due: '))).toHaveLength(11);
        expect(list.find(event => event.summary === 'KPI deadline: 30 office plans signed by June 30 — Office tastings held')?.startDate.toString()).toBe('2027-04-30');
        expect(list.filter(event => event.summary === 'Post: Behind the bar on TikTok Ads')).toHaveLength(78);
    });

    test.each([
        // 11 + 3 + 21 + 4 of the 427 events: everything but the posts
        [['tasks', 'milestones', 'kpis', 'duties'], { task: 11, milestone: 3, kpi: 21, duty: 4 }],
        [['posts'], { post: 388 }],
        [['milestones', 'kpis'], { milestone: 3, kpi: 21 }]
    ] as const)('include %j: only those entries, read back by an iCalendar parser', async (include, counts) => {
        const list = events(renderIcs(await roadmapOf(smm, exampleFiles('coffee-en')), 'en', { include }));
        const found: Record<string, number> = {};
        list.forEach(event => {
            const category = event.component.getFirstProperty('categories')!.getFirstValue() as string;
            found[category] = (found[category] ?? 0) + 1;
        });
        expect(found).toEqual(counts);
    });

    test('a post of a rubric that names its time starts at that time, floating; the others are all-day', async () => {
        const strategy = `strategy «S» { period 2027-03-01 .. 2027-03-07 role Smm «SMM-менеджер»
            channel vk «ВКонтакте» { budget 10 cpm 1 }
            content { rubric Tips «Советы» on vk on monday, thursday at 19:00 owner Smm
                      rubric News «Новости» on vk 1 per week owner Smm } }`;
        const list = events(renderIcs(await roadmapOf(smm, { 'file:///t/s.smm': strategy }, 'ru'), 'ru', { include: ['posts'] }));
        const timed = list.filter(event => event.summary === 'Публикация: Советы в ВКонтакте');
        expect(timed.map(event => [event.startDate.toString(), event.startDate.isDate, event.startDate.zone?.tzid])).toEqual([
            ['2027-03-01T19:00:00', false, 'floating'], ['2027-03-04T19:00:00', false, 'floating']
        ]);
        expect(timed[0].description).toBe('SMM-менеджер');
        const news = list.filter(event => event.summary === 'Публикация: Новости в ВКонтакте');
        expect(news.map(event => event.startDate.isDate)).toEqual([true]);
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
