import { afterAll, describe, expect, test } from 'vitest';
import { ganttPlan } from '../../bench/gantt-plan.js';
import { measureInProcess } from '../../bench/in-process.js';
import { compareWithMermaid } from '../../bench/mermaid.js';
import { singleFile } from '../../bench/input.js';
import { measureServer } from '../../bench/server.js';
import { generate, generateStrategy } from '../../bench/strategy-generator.js';
import { createTestServices } from '../support/services.js';
import { TempFolders } from '../support/temp.js';

// The benchmark itself is not a test (`npm run bench`); these keep its input realistic and its code running.

const checker = createTestServices();
const temp = new TempFolders();
afterAll(async () => {
    await checker.clear();
    await temp.removeAll();
});

describe('the benchmark strategy generator', () => {
    const strategy = generate(1000);

    test('writes about as many lines as asked, the same text for the same seed', () => {
        expect(strategy.lines).toBeGreaterThan(800);
        expect(strategy.lines).toBeLessThanOrEqual(1000);
        expect(generateStrategy(1000)).toBe(strategy.text);
        expect(generateStrategy(1000, 7)).not.toBe(strategy.text);
    });

    test('uses every construct of the language, in English and in Russian', () => {
        for (const construct of ['strategy', 'period', 'currency', 'budget', 'company-goal', 'role', 'product', 'usp', 'lifetime',
            'purchases-per-customer', 'sells', 'competitor',
            'segment', 'channel', 'funnel', 'stage', 'via', 'conversion', 'cost', 'goal', 'kpi', 'from', 'metric', 'content',
            'rubric', 'phase', 'task', 'after', 'milestone', 'risk', 'mitigation', 'adjust']) {
            expect(strategy.text, construct).toMatch(new RegExp(`^\\s*(?:\\S.* )?${construct} `, 'm'));
        }
        expect(strategy.text).toMatch(/^\s*\/\*\* /m);
        expect(strategy.text).toMatch(/goal ПервыеПокупатели\d+ «/);
    });

    test('yields exactly the mistakes it plants, as a nearly clean strategy does', async () => {
        const issues = await checker.validate(strategy.text, 'file:///bench-test/generated/strategy.smm');
        const found: Record<string, number> = {};
        for (const issue of issues) {
            found[issue.code ?? '?'] = (found[issue.code ?? '?'] ?? 0) + 1;
        }
        expect(found).toEqual(strategy.plantedMistakes);
        expect(strategy.plantedMistakes['goal-vague-wording']).toBeGreaterThan(0);
    });
});

describe('the benchmark measurements', () => {
    const input = singleFile('smoke', generate(100).text);

    test('in process: parse, build, compile and render of a small strategy take some time', async () => {
        const figures = await measureInProcess(input, { runs: 1, warmups: 0 });
        expect(figures.diagnostics).toBe(Object.values(generate(100).plantedMistakes).reduce((a, b) => a + b, 0));
        expect(figures.cpuMs.build).toBeGreaterThan(0);
        for (const key of ['parseMs', 'buildMs', 'compileRoadmapMs', 'renderHtmlMs'] as const) {
            expect(figures[key], key).toBeGreaterThan(0);
        }
    });

    test('over stdio: every request of the benchmark gets an answer from the bundled server', async () => {
        const folder = await temp.create();
        const figures = await measureServer(input, folder, { opens: 1, keystrokes: 2, requestsPerPosition: 1, runs: 1 });
        for (const value of [figures.openToDiagnosticsMs, figures.keystrokeToDiagnosticsMs.median, figures.completionMs.p95,
            figures.hoverMs.p95, figures.inlayHintsMs, figures.roadmapMs]) {
            expect(value).toBeGreaterThan(0);
        }
        if (process.platform === 'linux') {
            expect(figures.rssMb).toBeGreaterThan(20);
        }
    }, 60_000);
});

describe('the comparison with Mermaid\'s gantt', () => {
    test('one plan in both texts: the same tasks, milestones and dates, phases of ten', async () => {
        const plan = ganttPlan(20);
        expect([plan.tasks, plan.milestones, plan.phases]).toEqual([20, 2, 2]);
        // Mermaid: `title :id, start or after id, end`, milestones with `:milestone, id, date, 0d`
        const mermaidTasks = [...plan.mermaid.matchAll(/^ {4}(.+) :(T\d+), (?:after T\d+|\S+), (\S+)$/gm)].map(m => [m[2], m[1], m[3]]);
        const smmTasks = [...plan.smm.matchAll(/^ {8}task (T\d+) "(.+)" owner \w+ due (\S+)/gm)].map(m => [m[1], m[2], m[3]]);
        expect(mermaidTasks).toHaveLength(20);
        expect(mermaidTasks).toEqual(smmTasks);
        expect([...plan.mermaid.matchAll(/:milestone, (M\d+), (\S+), 0d$/gm)].map(m => [m[1], m[2]]))
            .toEqual([...plan.smm.matchAll(/milestone (M\d+) ".+" by (\S+)$/gm)].map(m => [m[1], m[2]]));
        // the second phase starts two weeks after the first (2027-01-04), its tasks two days apart
        expect(smmTasks[10]).toEqual(['T11', 'Brief the creatives for campaign 2', '2027-01-20']);
        // a plan copied from a gantt says nothing of the tasks' formats: that is all the strategy is told
        const issues = await checker.validate(plan.smm, 'file:///bench-test/gantt/plan.smm');
        expect(issues.map(issue => issue.code)).toEqual(Array(20).fill('task-without-format'));
    });

    test('both are drawn in one Chromium page and compared, size by size', async () => {
        const comparison = await compareWithMermaid([10], { runs: 1, warmups: 0 });
        expect(comparison.emptyFrameMs).toBeGreaterThan(0);
        const figures = comparison.sizes['10'];
        expect([figures.tasks, figures.milestones]).toEqual([10, 1]);
        for (const key of ['mermaidMs', 'textToVisibleMs', 'builtToVisibleMs', 'buildMs', 'htmlParseMs', 'paintMs'] as const) {
            expect(figures[key], key).toBeGreaterThan(0);
        }
        // one pair: its ratio is the ratio of the two times (up to their rounding to 0.1 ms)
        const ratio = figures.mermaidMs / figures.textToVisibleMs;
        expect(Math.abs(figures.ratio.textToVisible - ratio) / ratio).toBeLessThan(0.1);
    }, 120_000);
});
