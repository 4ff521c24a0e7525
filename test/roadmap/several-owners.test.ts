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

/** A role written twice, and tasks of several roles in one phase: each role's part is what asking it of every item gives. */
const REPEATED = `strategy "Dash" {
    period 2027-01-01 .. 2027-06-30
    currency USD
    role Manager "SMM manager"
    role Designer "Designer"
    phase Launch 2027-01-01 .. 2027-01-31 {
        task Report "Launch report" owner Manager due 2027-01-30
        task Shoot "Product shoot" owner Designer, Designer due 2027-01-12 step 2
        task Brief "Shoot brief" owner Manager, Designer due 2027-01-08 step 1
        task Ads "Ad campaign" owner Manager due 2027-01-20 step 2 accountable Designer informed Designer, Manager
    }
    duty Weekly "Weekly report" every monday owner Manager to Designer, Designer informed Designer
}
approval Posts "Posts before publishing" for task Shoot {
    prepare Designer
    approve Manager, Manager within 4 hours
}
`;

describe('each role\'s part, the items sorted out by role', () => {
    test('a role written twice has the item once; a phase\'s tasks in the order of step, then due date', async () => {
        const roadmap = await roadmapOf(smm, { 'file:///ws3/strategy.smm': REPEATED }, 'en');
        expect(roadmap.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
        const manager = findRole(roadmap, 'Manager')!;
        const designer = findRole(roadmap, 'Designer')!;
        // Step 1 before step 2, and the undated step last; the other role's tasks between them change nothing.
        expect(manager.tasks.map(task => task.title)).toEqual(['Shoot brief', 'Ad campaign', 'Launch report']);
        expect(designer.tasks.map(task => task.title)).toEqual(['Shoot brief', 'Product shoot']);
        expect(manager.approves.map(({ approval, step }) => [approval.name, step])).toEqual([['Posts', 1]]);
        expect(designer.awaits.map(approval => approval.name)).toEqual(['Posts']);
        expect(designer.receives.map(duty => duty.name)).toEqual(['Weekly']);
        expect(designer.raci).toEqual([
            { item: { name: 'Ads', title: 'Ad campaign' }, kind: 'task', letters: ['A', 'I'] },
            { item: { name: 'Weekly', title: 'Weekly report' }, kind: 'duty', letters: ['I'] }
        ]);
        expect(manager.raci).toEqual([{ item: { name: 'Ads', title: 'Ad campaign' }, kind: 'task', letters: ['I'] }]);
    });
});
