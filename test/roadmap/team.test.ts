import MarkdownIt from 'markdown-it';
import { afterEach, describe, expect, test } from 'vitest';
import { renderHtmlBody } from '../../src/roadmap/render/html.js';
import { renderMarkdown } from '../../src/roadmap/render/markdown.js';
import { attributeOf, parseBody, textOf } from '../support/html.js';
import { createTestServices } from '../support/services.js';
import { exampleFiles, roadmapOf } from './helpers.js';

/** The team's regulations in the roadmap: duties, approvals, response times, the RACI matrix and each role's part. */
const smm = createTestServices();
afterEach(() => smm.clear());

describe('the team of Dash Coffee (examples/coffee-en/team.smm)', () => {
    test('its duties, with the times each falls within Jan 1 – Jun 30, 2027', async () => {
        const { team } = await roadmapOf(smm, exampleFiles('coffee-en'));
        expect(team.duties.map(duty => [duty.name, duty.owner?.name, duty.first, duty.occurrences])).toEqual([
            // Mondays: 4 + 4 + 5 + 4 + 5 + 4 = 26, the first on Jan 4.
            ['WeeklyReport', 'SmmManager', '2027-01-04', 26],
            // 181 days from Friday Jan 1: 25 whole weeks of 5 weekdays and Fri Jun 25 – Wed Jun 30 with 4 = 129.
            ['AdsCheck', 'AdsSpecialist', '2027-01-01', 129],
            // Thursdays: Jan 7–28 (4), Feb 4–25 (4), Mar 4–25 (4), Apr 1–29 (5), May 6–27 (4), Jun 3–24 (4) = 25.
            ['NextWeekPosts', 'ContentLead', '2027-01-07', 25],
            // The 3rd of each month, January to June.
            ['BudgetReview', 'SmmManager', '2027-01-03', 6]
        ]);
        expect(team.duties[0].recipients).toEqual([{ name: 'Founder', title: 'Founder, approves budget and B2B deals' }]);
    });

    test('its approvals: the chain content lead → SMM manager → founder, each within a time', async () => {
        const { team } = await roadmapOf(smm, exampleFiles('coffee-en'));
        const offices = team.approvals.find(approval => approval.name === 'OfficePosts')!;
        expect(offices.rubrics.map(rubric => rubric.name)).toEqual(['TeamCoffee']);
        expect(offices.authors.map(role => role.name)).toEqual(['ContentLead']);
        expect(offices.steps.map(step => [step.kind, step.roles.map(role => role.name), step.within])).toEqual([
            ['prepare', ['ContentLead'], undefined],
            ['approve', ['SmmManager'], { value: 4, unit: 'hour' }],
            ['approve', ['Founder'], { value: 1, unit: 'day' }]
        ]);
        // Without `prepare`, the owner of the task (SmmManager owns Creators) is the author.
        expect(team.approvals.find(approval => approval.name === 'CreatorContracts')!.authors.map(role => role.name)).toEqual(['SmmManager']);
        expect(team.approvals.find(approval => approval.name === 'Spending')!.spendingAbove).toBe(1000);
    });

    test('its response times, watched by the correction rule on their metric', async () => {
        const { team } = await roadmapOf(smm, exampleFiles('coffee-en'));
        expect(team.serviceLevels.map(level => [level.name, level.within, level.measure, level.watchedBy])).toEqual([
            ['Comments', { value: 2, unit: 'hour' }, 'reply_hours', { kpis: [], rules: ['SlowReplies'] }],
            ['Messages', { value: 30, unit: 'minute' }, 'reply_hours', { kpis: [], rules: ['SlowReplies'] }],
            ['Leads', { value: 1, unit: 'day' }, undefined, { kpis: [], rules: [] }]
        ]);
    });

    test('the SMM manager\'s part: what they do, receive, approve and wait for', async () => {
        const roadmap = await roadmapOf(smm, exampleFiles('coffee-en'));
        const manager = roadmap.regulations.find(regulation => regulation.role === 'SmmManager')!;
        expect(manager).toMatchObject({
            duties: [{ name: 'WeeklyReport', title: 'Weekly report' }, { name: 'BudgetReview', title: 'Monthly budget review' }],
            receives: [{ name: 'AdsCheck', title: 'Ad accounts check' }, { name: 'NextWeekPosts', title: 'Next week\'s content' }],
            approves: [
                { approval: { name: 'Posts', title: 'Posts before publishing' }, step: 1, within: { value: 4, unit: 'hour' } },
                { approval: { name: 'OfficePosts', title: 'Posts for offices' }, step: 1, within: { value: 4, unit: 'hour' } },
                { approval: { name: 'Spending', title: 'Spending above $1,000' }, step: 1, within: { value: 1, unit: 'day' } }
            ],
            awaits: [{ name: 'CreatorContracts', title: 'Creator contracts' }],
            serviceLevels: []
        });
        expect(manager.raci).toContainEqual({ item: { name: 'Leads', title: 'Answer office leads' }, kind: 'response', letters: ['I'] });
        const founder = roadmap.regulations.find(regulation => regulation.role === 'Founder')!;
        expect(founder.approves.map(({ approval, ...rest }) => ({ approval: approval.name, ...rest }))).toEqual([
            { approval: 'OfficePosts', step: 2, within: { value: 1, unit: 'day' } },
            { approval: 'Spending', step: 2, within: { value: 2, unit: 'day' } },
            { approval: 'CreatorContracts', step: 1, within: { value: 2, unit: 'day' } }
        ]);
    });
});

describe('a KPI watches a response time', () => {
    test('through the metric the response time is measured by', async () => {
        const { team } = await roadmapOf(smm, {
            'file:///kpi/s.smm': [
                'strategy "S" {', '  period 2027-01-01 .. 2027-03-31', '  role Smm',
                '  metric reply_hours "Median time to answer, hours" { unit count }',
                '  response Comments within 2 hours owner Smm measure reply_hours',
                '  goal Service "Answers within two hours" { kpi reply_hours <= 2 per day owner Smm }',
                '}'
            ].join('\n')
        });
        expect(team.serviceLevels[0].watchedBy).toEqual({ kpis: ['Answers within two hours: median time to answer, hours'], rules: [] });
    });
});

describe('the sections of the page and of the Markdown', () => {
    test('the team routine and the RACI matrix follow the regulations, in both languages', async () => {
        const roadmap = await roadmapOf(smm, exampleFiles('zerno-ru'), 'ru');
        const elements = parseBody(renderHtmlBody(roadmap, 'ru'));
        const ids = elements.filter(element => element.tagName === 'section').map(element => attributeOf(element, 'id'));
        expect(ids.slice(ids.indexOf('rm-regulations'), ids.indexOf('rm-regulations') + 4)).toEqual(['rm-regulations', 'rm-team', 'rm-raci', 'rm-risks']);
        const team = elements.find(element => attributeOf(element, 'id') === 'rm-team')!;
        expect(textOf(team)).toContain('по понедельникам');
        expect(textOf(team)).toContain('каждый месяц, 3-го числа');
        // The matrix, roles in the order declared (Основатель, СММ, Таргетолог, КонтентМейкер, Дизайнер): the SMM
        // manager does the weekly report and answers for it (RA), the targetologist and the content maker are informed.
        const raci = elements.find(element => attributeOf(element, 'id') === 'rm-raci')!;
        const row = elements.find(element => element.tagName === 'tr' && textOf(element).startsWith('Еженедельный отчёт (обязанность)'))!;
        expect(row.childNodes.filter(cell => 'tagName' in cell).map(cell => textOf(cell))).toEqual(['Еженедельный отчёт (обязанность)', '', 'RA', 'I', 'I', '']);
        expect(textOf(raci)).toContain('R — исполняет');
    });

    test('the Markdown has a table of duties and a RACI table that markdown-it reads as tables', async () => {
        const roadmap = await roadmapOf(smm, exampleFiles('coffee-en'));
        const markdown = renderMarkdown(roadmap, 'en');
        expect(markdown).toContain('## Team routine: duties, approvals, response times');
        expect(markdown).toContain('| Weekly report | every Monday | SMM manager, owns the strategy and the weekly report |');
        const tables = new MarkdownIt().parse(markdown, {}).filter(token => token.type === 'table_open');
        // The funnels', budget's, content plan's, risks' tables and the new ones: duties, approvals, RACI.
        expect(tables.length).toBeGreaterThanOrEqual(3);
        expect(markdown).toMatch(/\| Weekly report \(duty\) \|[^\n]*\| RA \|/);
    });
});
