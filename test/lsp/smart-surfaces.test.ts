import { readFileSync } from 'node:fs';
import type { MarkupContent } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { strategyHealth } from '../../src/language/lsp/health.js';
import { compileRoadmap } from '../../src/roadmap/compile.js';
import type { Goal } from '../../src/language/generated/ast.js';
import { createTestServices, nodesOf } from '../support/services.js';

/**
 * A statement the detector flags never earns S ✓, on any surface: the hover, the code lens, the roadmap and
 * the status bar. Every goal below meets M, A, R and T, so S alone decides between 4/5 and 5/5; the precise
 * statements of the same corpus are the control.
 */
const STATEMENTS: Array<{ text: string; label: string }> = JSON.parse(
    readFileSync(new URL('../analysis/goal-statements/statements.json', import.meta.url), 'utf8'));

const t = createTestServices();
let folder = 0;
afterEach(() => t.clear());

/**
 * 250 000 ÷ 15 = 16 666.67 clicks × 40 % × 25 % × 50 % = 833.33 orders by 2027-06-30, so every goal's
 * `orders >= 100` is forecast and met.
 */
const strategy = (statements: string[]) => `strategy "Coffee" {
    period 2027-01-01 .. 2027-06-30
    budget 600000
    role Smm
    segment Students { size 12000 pain "No time" }
    product Latte { price 250 margin 60% usp "Ready in 60 seconds" }
    channel vk { budget 250000 cpc 15 }
    funnel Orders sells Latte {
        stage Click via vk
        stage Menu conversion 40%
        stage Lead conversion 25%
        stage Order conversion 50%
    }
${statements.map((s, i) => `    goal G${i} "${s}" { segment Students kpi orders >= 100 by 2027-06-30 from Orders.Order owner Smm }`).join('\n')}
}`;

/** What each surface shows for each goal of a strategy made of `statements`. */
async function surfaces(statements: string[]) {
    const uri = `file:///smart${folder++}/strategy.smm`;
    const document = (await t.addFiles({ [uri]: strategy(statements) })).get(uri)!;
    const goals = nodesOf<Goal>(document, 'Goal');
    const hovers = await Promise.all(goals.map(async goal => {
        const position = goal.$cstNode!.range.start;
        const hover = await t.services.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri }, position: { line: position.line, character: position.character + 6 } });
        return (hover?.contents as MarkupContent | undefined)?.value ?? '';
    }));
    const lenses = (await t.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri } }) ?? [])
        .map(lens => lens.command!.title.split(' · ')[0]).filter(title => title.startsWith('SMART'));
    const roadmap = compileRoadmap(t.services.analysis.StrategyAnalyzer.forDocument(document), { locale: 'en' });
    const health = strategyHealth(document, t.services, t.services.shared.workspace.LangiumDocuments);
    return { goals, hovers, lenses, roadmap, health };
}

describe('S on every surface', () => {
    test('no flagged statement gets S ✓ in the hover, the code lens, the roadmap or the status bar', async () => {
        const flagged = STATEMENTS.filter(s => s.label === 'vague').map(s => s.text);
        const { goals, hovers, lenses, roadmap, health } = await surfaces(flagged);
        expect(goals).toHaveLength(flagged.length);
        for (const hover of hovers) {
            expect(hover).toContain('- ✗ Not specific:');
            expect(hover).not.toContain('✓ Specific');
        }
        expect(lenses).toEqual(flagged.map(() => 'SMART 4/5'));
        expect(roadmap.goals.map(goal => goal.smart!.criteria[0])).toEqual(
            flagged.map(() => expect.objectContaining({ letter: 'S', holds: false, reason: expect.stringMatching(/^Not specific: /) })));
        expect(roadmap.goals.map(goal => goal.smart!.score)).toEqual(flagged.map(() => 4));
        expect([roadmap.health.smartGoals, health.smartGoals, health.text]).toEqual([0, 0, expect.stringMatching(/^Goals 0\/120 SMART/)]);
    });

    test('the precise statements, with the same KPIs, are SMART everywhere', async () => {
        const precise = STATEMENTS.filter(s => s.label === 'precise').map(s => s.text);
        const { hovers, lenses, roadmap, health } = await surfaces(precise);
        for (const hover of hovers) {
            expect(hover).toContain('- ✓ Specific: the statement names what and how much');
        }
        expect(lenses).toEqual(precise.map(() => 'SMART 5/5'));
        expect(roadmap.goals.map(goal => goal.smart!.score)).toEqual(precise.map(() => 5));
        expect([roadmap.health.smartGoals, health.smartGoals]).toEqual([120, 120]);
    });
});
