import { afterAll, describe, expect, test } from 'vitest';
import { measureInProcess } from '../../bench/in-process.js';
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
