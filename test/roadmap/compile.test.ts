import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { roadmapDiagnostics } from '../../src/language/lsp/roadmap-diagnostics.js';
import { ROADMAP_SCHEMA_VERSION, type Roadmap } from '../../src/roadmap/model.js';
import { renderHtmlDocument } from '../../src/roadmap/render/html.js';
import { renderMarkdown } from '../../src/roadmap/render/markdown.js';
import { ROOT } from '../support/artifacts.js';
import { CLEAN_STRATEGY, strategyWith, SYNTAX_ERROR_LINE, VAGUE_GOAL_LINE } from '../support/strategies.js';
import { createTestServices } from '../support/services.js';
import { exampleFiles, roadmapOf } from './helpers.js';

const smm = createTestServices();
afterEach(() => smm.clear());

const URI = 'file:///ws/strategy.smm';
const snippet = (text: string, today?: Date) => roadmapOf(smm, { [URI]: text }, 'en', today);

describe('the coffee example (values checked by hand)', () => {
    test('header and timeline', async () => {
        const roadmap = await roadmapOf(smm, exampleFiles('coffee-en'));
        expect(roadmap.schemaVersion).toBe(ROADMAP_SCHEMA_VERSION);
        expect(roadmap.header).toMatchObject({
            title: 'Dash Coffee — social media strategy, H1 2027',
            // Jan 1 … Jun 30: 31 + 28 + 31 + 30 + 31 + 30 = 181 days
            period: { start: '2027-01-01', end: '2027-06-30', days: 181 },
            currency: 'USD',
            budget: 64_000
        });
        // 181 days is more than four months: a tick at the start and on the first of each next month
        expect(roadmap.timeline).toMatchObject({
            scale: 'month', today: '2027-03-15',
            ticks: ['2027-01-01', '2027-02-01', '2027-03-01', '2027-04-01', '2027-05-01', '2027-06-01']
        });
        expect(roadmap.timeline.phases.map(phase => [phase.name, phase.start, phase.end, phase.tasks.length, phase.milestones.length])).toEqual([
            ['Launch', '2027-01-01', '2027-01-31', 5, 1], ['Growth', '2027-02-01', '2027-04-30', 4, 1], ['Retain', '2027-05-01', '2027-06-30', 2, 1]
        ]);
        // every goal has `deadline 2027-06-30`, so each of the 3 + 3 + 4 + 4 + 4 + 3 = 21 KPIs has a deadline of its own or its goal's
        expect(roadmap.timeline.kpiDeadlines).toHaveLength(21);
        expect(roadmap.timeline.kpiDeadlines.find(d => d.metric === 'tastings')?.date).toBe('2027-04-30');
    });

    test('budget: channels, task costs and the expected loss from risks', async () => {
        const { budget, health } = await roadmapOf(smm, exampleFiles('coffee-en'));
        // channels 24 000 + 12 000 + 6 000 + 8 000 + 4 000 = 54 000; task costs 1 500 + 1 200 + 500 + 800 = 4 000;
        // allocated 58 000 of 64 000: 6 000 left, the reserve for risks
        expect(budget).toMatchObject({ budget: 64_000, channels: 54_000, tasks: 4_000, allocated: 58_000, unallocated: 6_000 });
        // 0.4 × 3 600 + 0.25 × 5 000 + 0.3 × 2 000 + 0.6 × 4 500 = 1 440 + 1 250 + 600 + 2 700 = 5 990
        expect(budget.riskLoss).toBeCloseTo(5_990, 6);
        // shares of 64 000: 37.5%, 18.75%, 9.375%, 12.5%, 6.25%
        expect(budget.byChannel.map(line => [line.name, line.amount, line.share])).toEqual([
            ['instagram', 24_000, 37.5], ['tiktok', 12_000, 18.75], ['linkedin', 6_000, 9.375],
            ['influencers', 8_000, 12.5], ['referral', 4_000, 6.25]
        ]);
        expect(budget.byPhase.map(line => [line.name, line.amount])).toEqual([['Launch', 1_500], ['Growth', 1_700], ['Retain', 800]]);
        expect(health).toMatchObject({ goals: 6, budget: 64_000, allocated: 58_000, errors: 0, warnings: 0 });
        // 58 000 ÷ 64 000 = 90.625%
        expect(health.allocatedShare).toBe(90.625);
    });

    test('funnels and KPIs carry the analysis forecasts', async () => {
        const roadmap = await roadmapOf(smm, exampleFiles('coffee-en'));
        const office = roadmap.funnels.find(funnel => funnel.name === 'OfficeFunnel')!;
        // 3 000 000 × 1% = 30 000 × 45% = 13 500 × 12% = 1 620
        expect(office.stages.map(stage => stage.volume)).toEqual([3_000_000, expect.closeTo(30_000, 6), expect.closeTo(13_500, 6), expect.closeTo(1_620, 6)]);
        expect(office.stages[0]).toMatchObject({ unit: 'impressions', volumeSource: 'given', channel: { name: 'instagram', title: 'Instagram (Meta Ads)' } });
        // spend: the first stage's cost 24 000 (the Instagram budget); CAC 24 000 ÷ 1 620 = 14.81
        expect(office.economics.spend).toBe(24_000);
        expect(office.economics.cac).toBeCloseTo(14.81, 2);
        const downtown = roadmap.goals.find(goal => goal.name === 'DowntownCustomers')!;
        expect(downtown.kpis[0]).toMatchObject({
            metric: 'customers', metricTitle: 'Customers', comparator: '>=', target: 1_600, sources: ['OfficeFunnel.FirstOrder'],
            deadline: { date: '2027-06-30', source: 'kpi' }, met: true
        });
        expect(downtown.kpis[0].forecast).toBeCloseTo(1_620, 6);
        expect(downtown.kpis[2]).toMatchObject({ metric: 'ctr', per: undefined, target: 1, targetUnit: '%', baseline: 0.7, baselineUnit: '%' });
        expect(downtown.owner).toEqual({ name: 'AdsSpecialist', title: 'Paid social specialist (Meta, TikTok, LinkedIn)' });
    });

    test('content plan: 388 posts expanded from five rubrics over 181 days, spread over the week', async () => {
        const { content } = await roadmapOf(smm, exampleFiles('coffee-en'));
        // 26 intervals of 7 days from Fri Jan 1; the last (Jun 25 – Jul 1) ends after the period, on day 5 of it.
        // The busiest rubric is placed first, each of the others on the days that leave the week most even:
        // BehindTheBar 3/week × 2 channels (days 1, 3, 5 = Sat, Mon, Wed) × 26 = 156;
        // MorningDeal 5/week (days 0, 2, 3, 4, 6 = Fri, Sun, Mon, Tue, Thu): 25 × 5 + 4 = 129;
        // ExamFuel 2/week moved by a day (days 2, 6 = Sun, Thu): 25 × 2 + 1 = 51;
        // TeamCoffee 1/week moved by a day (day 4 = Tue) × 26 = 26; CustomerOfTheWeek moved by 4 (day 0 = Fri) × 26 = 26 → 388
        expect(content.calendar).toMatchObject({ planned: 388, truncated: false });
        expect(content.calendar.posts).toHaveLength(388);
        expect(content.calendar.weeks).toHaveLength(26);
        const perRubric = Object.fromEntries(content.calendar.rows.map(row => [row.rubric, row.counts.reduce((a, b) => a + b, 0)]));
        expect(perRubric).toEqual({ BehindTheBar: 156, MorningDeal: 129, ExamFuel: 51, TeamCoffee: 26, CustomerOfTheWeek: 26 });
        // Monday to Sunday: 15 posts a week, Monday carries 3 (BehindTheBar × 2 and MorningDeal), every other day 2
        const weekdays = new Array<number>(7).fill(0);
        content.calendar.posts.forEach(post => weekdays[(new Date(post.date).getUTCDay() + 6) % 7]++);
        expect(weekdays).toEqual([78, 52, 52, 50, 52, 52, 52]);
        expect(content.rubrics[0]).toMatchObject({ name: 'BehindTheBar', frequency: { count: 3, interval: 1, unit: 'week' }, formats: ['reels', 'TikTok video'] });
    });

    test('regulations: what each role owns, tasks in phase and step order', async () => {
        const { regulations } = await roadmapOf(smm, exampleFiles('coffee-en'));
        const smmManager = regulations.find(regulation => regulation.role === 'SmmManager')!;
        expect(smmManager.goals).toEqual([{ name: 'MonthlyOrders', title: '2 900 app orders a month by the end of June, half of new customers coming back' }]);
        expect(smmManager.tasks.map(task => [task.phase, task.title, task.step])).toEqual([
            ['Launch', 'Start the give $5, get $5 referral codes', 3],
            ['Growth', 'Contract four local creators', 1],
            ['Retain', 'Launch the tenth-cup-free programme', 1],
            ['Retain', 'Half-year report to the founder', 2]
        ]);
        expect(smmManager.rubrics.map(rubric => rubric.name)).toEqual(['MorningDeal', 'CustomerOfTheWeek']);
        expect(smmManager.risks.map(risk => risk.name)).toEqual(['LateCreator']);
        const designer = regulations.find(regulation => regulation.role === 'Designer')!;
        // Shoot (step 1, due Jan 12) comes before Creatives (step 2, after Shoot)
        expect(designer.tasks.map(task => task.title)).toEqual(['Product photo and video shoot', 'First creative pack']);
        expect(designer.tasks[1].after).toEqual([{ name: 'Shoot', title: 'Product photo and video shoot' }]);
    });

    test('SMART: four goals meet all five criteria; the others have no funnel forecast to judge achievability', async () => {
        const roadmap = await roadmapOf(smm, exampleFiles('coffee-en'));
        // DowntownCustomers, CampusCustomers and Teams link KPIs to funnel stages whose forecasts meet the targets;
        // Payback's CAC is forecast from its goal's three funnels, their spend over their customers:
        // (24 000 + 12 000 + 4 000) ÷ (1 620 + 640 + 500) = 14.49 ≤ 22
        expect(roadmap.goals.map(goal => [goal.name, goal.smart?.score])).toEqual([
            ['DowntownCustomers', 5], ['CampusCustomers', 5], ['MonthlyOrders', 4], ['Teams', 5], ['Community', 4], ['Payback', 5]
        ]);
        expect(roadmap.health.smartGoals).toBe(4);
        const monthly = roadmap.goals.find(goal => goal.name === 'MonthlyOrders')!.smart!;
        expect(monthly.criteria.map(c => c.letter)).toEqual(['S', 'M', 'A', 'R', 'T']);
        expect(monthly.criteria[2]).toEqual({
            letter: 'A', holds: false, reason: 'Achievability unknown: not forecast: the goal’s funnels (Office workers from Instagram, Students from TikTok, Friends of customers) do not give orders.'
        });
        // 1 620 forecast against 1 600 by the KPI's date (the end of the period), the number written the English way
        expect(roadmap.goals[0].smart!.criteria[2].reason)
            .toBe('Achievable: forecast from stage “Places a first order” of “Office workers from Instagram”: ≈ 1,620 customers by Jun 30, 2027; the target is ≥ 1,600.');
    });

    test('SMART reasons in Russian, for a vague goal', async () => {
        const roadmap = await roadmapOf(smm, { [URI]: strategyWith('  goal Узнаваемость «Неплохо бы, чтобы нас узнали»\n') }, 'ru');
        const vague = roadmap.goals.find(goal => goal.name === 'Узнаваемость')!.smart!;
        expect(vague.criteria[0]).toMatchObject({ letter: 'S', holds: false });
        expect(vague.criteria[0].reason).toBe('Не конкретна: «Неплохо бы» — без числа, доли или даты, что бы ни говорили KPI.');
        expect(vague.criteria[1]).toEqual({ letter: 'M', holds: false, reason: 'Не измерима: нет KPI.' });
    });

    test('every item points at its source, across the files of the folder', async () => {
        const roadmap = await roadmapOf(smm, exampleFiles('coffee-en'));
        // `goal DowntownCustomers` is on line 149 of strategy.smm (0-based 148), indented by four spaces
        expect(roadmap.goals[0].source).toEqual({
            uri: 'file:///examples/coffee-en/strategy.smm',
            range: { start: { line: 148, character: 4 }, end: expect.objectContaining({ line: 155 }) }
        });
        expect(roadmap.segments[0].source?.uri).toBe('file:///examples/coffee-en/audience.smm');
        expect(roadmap.timeline.phases[0].tasks[0].source?.range.start.line).toBe(229);
    });
});

describe('compiling snippets', () => {
    test('a "today" outside the period draws no today line', async () => {
        const roadmap = await snippet(CLEAN_STRATEGY, new Date(Date.UTC(2026, 11, 31)));
        expect(roadmap.today).toBe('2026-12-31');
        expect(roadmap.timeline.today).toBeUndefined();
    });

    test('today at any hour of the last day of the period is within it', async () => {
        const roadmap = await snippet(CLEAN_STRATEGY, new Date(Date.UTC(2027, 5, 30, 18, 45)));
        expect(roadmap.timeline.today).toBe('2027-06-30');
    });

    test('the health summary counts the diagnostics it is given', async () => {
        const roadmap = await snippet(strategyWith(VAGUE_GOAL_LINE + SYNTAX_ERROR_LINE));
        expect(roadmap.health.errors).toBe(1);
        expect(roadmap.health.warnings).toBeGreaterThanOrEqual(1);
        expect(roadmap.diagnostics.map(d => d.code)).toContain('syntax-error');
        expect(roadmap.diagnostics.every(d => d.uri === URI)).toBe(true);
    });

    test('a strategy with errors still compiles what can be read', async () => {
        const roadmap = await snippet(strategyWith(SYNTAX_ERROR_LINE));
        expect(roadmap.goals.map(goal => goal.name)).toEqual(['MoreOrders']);
        expect(roadmap.funnels[0].stages.map(stage => stage.name)).toEqual(['Reach', 'Click', 'Menu', 'Order']);
    });

    test('without a period there is no timeline scale to speak of and no calendar', async () => {
        const roadmap = await snippet('goal G "Sales" { kpi orders >= 10 per months }\ncontent { rubric R on vk 3 per week }\nchannel vk');
        expect(roadmap.header.period).toBeUndefined();
        expect(roadmap.timeline).toMatchObject({ start: undefined, ticks: [], today: undefined });
        expect(roadmap.content.calendar).toMatchObject({ posts: [], planned: 0, weeks: [] });
        // `per months` is the unit month
        expect(roadmap.goals[0].kpis[0].per).toBe('month');
    });

    test('strategy texts are carried verbatim: escaping is the renderers\' job', async () => {
        const roadmap = await snippet('strategy "<script>alert(1)</script>" { period 2027-01-01 .. 2027-03-31 }\nsegment S "\\"><img src=x onerror=alert(1)>"');
        expect(roadmap.header.title).toBe('<script>alert(1)</script>');
        expect(roadmap.segments[0].title).toBe('"><img src=x onerror=alert(1)>');
    });
});

describe('the JSON Schema of the model', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'roadmap.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    const valid = (roadmap: Roadmap) => {
        const ok = validate(JSON.parse(JSON.stringify(roadmap)));
        return ok ? [] : validate.errors;
    };

    test.each([['coffee-en', 'en'], ['zerno-ru', 'ru'], ['.', 'en'], ['school-actuals-en', 'en'], ['school-actuals-ru', 'ru']] as const)('the model of examples/%s is valid', async (folder, locale) => {
        expect(valid(await roadmapOf(smm, exampleFiles(folder), locale))).toEqual([]);
    });

    test('a nearly empty strategy is valid too', async () => {
        expect(valid(await snippet('role R'))).toEqual([]);
    });

    test('the schema rejects what the model never holds', () => {
        expect(validate({ schemaVersion: 3 })).toBe(false);
    });
});

describe('snapshots of the examples', () => {
    // The planned posts are checked above and in calendar.test.ts; the snapshot keeps their first week.
    test.each([['coffee-en', 'en'], ['zerno-ru', 'ru']] as const)('examples/%s', async (folder, locale) => {
        const roadmap: Roadmap = JSON.parse(JSON.stringify(await roadmapOf(smm, exampleFiles(folder), locale)));
        const { calendar } = roadmap.content;
        calendar.posts = calendar.posts.filter(post => post.date < calendar.weeks[1]);
        expect(roadmap).toMatchSnapshot();
    });
});

describe('roadmapDiagnostics', () => {
    test('every diagnostic of the documents, with its severity by name and a 0-based line', async () => {
        const text = strategyWith(VAGUE_GOAL_LINE + SYNTAX_ERROR_LINE);
        const documents = [...(await smm.addFiles({ [URI]: text })).values()];
        const diagnostics = roadmapDiagnostics(documents);
        const issues = smm.issuesOf(URI);
        expect(diagnostics).toHaveLength(issues.length);
        expect(diagnostics.map(d => [d.severity, d.code, d.line + 1, d.uri]).sort())
            .toEqual(issues.map(issue => [issue.severity, issue.code, issue.line, URI]).sort());
    });
});

describe('rationale', () => {
    test('the doc comment before a goal, segment, funnel, product or risk is its rationale; a plain comment is not', async () => {
        const roadmap = await snippet([
            'strategy "S" {',
            '  period 2027-01-01 .. 2027-03-31',
            '  /** Price-sensitive,',
            '   *  but they order often.',
            '   *',
            '   *  Sized from the campus register. */',
            '  segment Students "Students" { size 1000 }',
            '  /* a note for the author only */',
            '  segment Staff "Staff" { size 100 }',
            '  /** The core product. */',
            '  product Coffee "Coffee" { price 5 }',
            '  /** 10 000 × 1% = 100 orders. */',
            '  funnel F "Students from ads" for Students { stage Seen "Sees" volume 10000 impressions stage Order "Orders" conversion 1% }',
            '  /** The main acquisition goal. */',
            '  goal G "100 student orders by March 31" { segment Students kpi orders >= 100 by 2027-03-31 from F.Order }',
            '  /** Exams in March. */',
            '  risk Exams "Students stop ordering in exam weeks" probability 30% impact 500',
            '}'
        ].join('\n'));
        expect(roadmap.segments.map(segment => segment.rationale)).toEqual(['Price-sensitive, but they order often.\n\nSized from the campus register.', undefined]);
        expect(roadmap.products[0].rationale).toBe('The core product.');
        expect(roadmap.funnels[0].rationale).toBe('10 000 × 1% = 100 orders.');
        expect(roadmap.goals[0].rationale).toBe('The main acquisition goal.');
        expect(roadmap.risks[0].rationale).toBe('Exams in March.');
    });
});

describe("a competitor's price", () => {
    test('says what it is for: a period, or a unit in the author\'s words, in every roadmap', async () => {
        const roadmap = await snippet([
            'strategy "S" {',
            '  currency USD',
            '  product Course "Monthly course" { price 120 per month }',
            '  competitor School "A language school" { price 25 per "lesson" }',
            '  competitor App "An app" { price 9.99 per month }',
            '  competitor Tutor "A tutor" { price 30 }',
            '}'
        ].join('\n'));
        expect(roadmap.competitors.map(({ price, per, priceUnit }) => ({ price, per, priceUnit }))).toEqual([
            { price: 25, per: undefined, priceUnit: 'lesson' }, { price: 9.99, per: 'month', priceUnit: undefined }, { price: 30, per: undefined, priceUnit: undefined }
        ]);
        const html = renderHtmlDocument(roadmap, 'en');
        expect(html).toContain('$25 / lesson');
        expect(html).toContain('$9.99 a month');
        expect(renderMarkdown(roadmap, 'en')).toContain('$25 / lesson');
    });
});
