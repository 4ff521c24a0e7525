import { afterEach, describe, expect, test } from 'vitest';
import { findRole, renderHandbookMarkdown } from '../../src/roadmap/render/handbook.js';
import { renderMarkdown } from '../../src/roadmap/render/markdown.js';
import { createTestServices } from '../support/services.js';
import { roadmapOf } from './helpers.js';

const smm = createTestServices();
afterEach(() => smm.clear());

/** Two people share a goal, a task, a rubric and a duty: each has them on their list. */
const SHARED = `strategy "Dash" {
    period 2027-01-01 .. 2027-06-30
    currency USD
    role Manager "SMM manager"
    role Designer "Designer"
    channel instagram { organic 2 000 per post }
    goal Orders "300 orders a month" {
        kpi orders >= 300 per month
        owner Manager, Designer
    }
    content {
        rubric Kitchen "Behind the bar" on instagram 2 per week owner Designer, Manager goal Orders
    }
    phase Launch 2027-01-01 .. 2027-01-31 {
        task Shoot "Product shoot" owner Manager, Designer due 2027-01-12
    }
    duty Report "Weekly report" every monday owner Manager, Designer
}
`;

describe('several owners (owner A, B)', () => {
    test('the roadmap keeps every owner in order, the first as `owner`', async () => {
        const roadmap = await roadmapOf(smm, { 'file:///ws/strategy.smm': SHARED }, 'en');
        const names = (item: { owners?: Array<{ name: string }> }) => item.owners?.map(owner => owner.name);
        expect(names(roadmap.goals[0])).toEqual(['Manager', 'Designer']);
        expect(roadmap.goals[0].owner?.name).toBe('Manager');
        expect(names(roadmap.content.rubrics[0])).toEqual(['Designer', 'Manager']);
        expect(names(roadmap.timeline.phases[0].tasks[0])).toEqual(['Manager', 'Designer']);
        expect(names(roadmap.team.duties[0])).toEqual(['Manager', 'Designer']);
        // Each post of the calendar names both
        expect(roadmap.content.calendar.posts[0].owner).toBe('Designer, Manager');
    });

    test('each owner is responsible in the RACI and has the item in their regulations and handbook', async () => {
        const roadmap = await roadmapOf(smm, { 'file:///ws/strategy.smm': SHARED }, 'en');
        expect(roadmap.team.raci.map(row => [row.name, row.responsible])).toEqual([
            ['Orders', ['Manager', 'Designer']],
            ['Kitchen', ['Designer', 'Manager']],
            ['Shoot', ['Manager', 'Designer']],
            ['Report', ['Manager', 'Designer']]
        ]);
        for (const role of ['Manager', 'Designer']) {
            const regulation = findRole(roadmap, role)!;
            expect([regulation.goals.map(goal => goal.name), regulation.tasks.map(task => task.title), regulation.rubrics.map(r => r.name),
                regulation.duties.map(duty => duty.name)])
                .toEqual([['Orders'], ['Product shoot'], ['Kitchen'], ['Report']]);
            const handbook = renderHandbookMarkdown(roadmap, regulation, 'en');
            expect(handbook).toContain('Product shoot');
            expect(handbook).toContain('Weekly report');
        }
    });

    test('the Markdown roadmap names both owners', async () => {
        const roadmap = await roadmapOf(smm, { 'file:///ws/strategy.smm': SHARED }, 'en');
        // Titles are set apart by semicolons: a title may have commas of its own.
        expect(renderMarkdown(roadmap, 'en')).toContain('SMM manager; Designer');
    });

    test('no owner warning on an item with several owners', async () => {
        const issues = await smm.validate(SHARED, 'file:///ws2/strategy.smm');
        expect(issues.filter(issue => issue.code?.endsWith('-without-owner'))).toEqual([]);
    });
});
