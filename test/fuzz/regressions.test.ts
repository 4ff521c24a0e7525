/**
 * Failures the fuzzer found (`npm run fuzz`), each reduced to the snippet that showed it: what an editor
 * asked about it then threw, hung or answered wrongly; now it gets a sensible answer.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Kpi } from '../../src/language/generated/ast.js';
import { createTestServices, nodesOf } from '../support/services.js';
import { quickFixes } from '../lsp/quick-fixes.js';
import { compileRoadmap } from '../../src/roadmap/compile.js';
import { renderRoadmap } from '../../src/roadmap/render/index.js';
import { EXPORT_FORMATS } from '../../src/shared/roadmap-formats.js';
import { StrategyChecks } from './checks.js';

const t = createTestServices();
const Smm = t.services;
const { open, fixesFor, apply } = quickFixes(t, 'regression');

beforeAll(() => t.builtinMetrics());
afterEach(() => t.clear());

/** The outline as `kind name` lines, children indented. */
function outline(symbols: DocumentSymbol[] | undefined, depth = 0): string[] {
    return (symbols ?? []).flatMap(s => [
        `${'  '.repeat(depth)}${Object.entries(SymbolKind).find(([, v]) => v === s.kind)![0]} ${s.name}`,
        ...outline(s.children, depth + 1)
    ]);
}

async function outlineOf(text: string): Promise<string[]> {
    const document = await open(text);
    return outline(await Smm.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } }));
}

describe('the outline of a strategy being typed', () => {
    test('`strategy` without its title yet is outlined by its keyword', async () => {
        expect(await outlineOf('strategy')).toEqual(['Namespace strategy']);
    });

    test('`kpi` without its metric yet is outlined without a name', async () => {
        expect(await outlineOf('goal G {kpi')).toEqual(['Event G', '  Number kpi']);
    });
});

describe('quick fixes', () => {
    test('removing a repeated stage volume removes its unit too', async () => {
        const document = await open('funnel F { stage A via vk volume 2000 impressions volume 3000 }');
        const [action] = await fixesFor(document, 'duplicate-property');
        expect(apply(document, action)).toBe('funnel F { stage A via vk volume 3000 }');
    });
});

describe('a declaration created for an unknown name, in a file where declarations share lines', () => {
    // Seed 23, iterations 4611 and 10951: the new channel went at the start of the line of the declaration
    // that refers to it, which was after the `}` of the previous one, i.e. inside the previous block.
    test('goes right before the declaration, not inside the block that ends on its line', async () => {
        const document = await open('product Q{\n}content{rubric z""on k 1per day format""}funnel F{}');
        const [action] = await fixesFor(document, 'unresolved-reference');
        const fixed = apply(document, action);
        expect(fixed).toBe('product Q{\n}\nchannel k\ncontent{rubric z""on k 1per day format""}funnel F{}');
        expect((await open(fixed)).parseResult.parserErrors).toEqual([]);
    });

    test('after the last property of the previous declaration on the same line (seed 23, iteration 17903)', async () => {
        const document = await open('risk d""probability 0%impact 3\nmitigation""content{rubric z""on k 9per day format""}');
        const [action] = await fixesFor(document, 'unresolved-reference');
        expect((await open(apply(document, action))).parseResult.parserErrors).toEqual([]);
    });

    test('a declaration alone on its line still gets its own line above it, with its indentation', async () => {
        const document = await open('strategy "S" {\n    // the plan\n    content { rubric z "Z" on k 1 per day format "post" }\n}');
        const [action] = await fixesFor(document, 'unresolved-reference');
        expect(apply(document, action)).toBe('strategy "S" {\n    channel k\n    // the plan\n    content { rubric z "Z" on k 1 per day format "post" }\n}');
    });
});

describe('a formula subtracting a quotient', () => {
    test('warns of no repeated property, so no fix offers to remove an operand', async () => {
        const document = await open('metric r{formula _-0/e}');
        expect(document.diagnostics!.map(d => [d.code, document.textDocument.getText(d.range)])).toEqual([
            ['unresolved-reference', '_'], ['unresolved-reference', 'e']
        ]);
    });

    test('a formula written twice is removed whole, leaving the later one', async () => {
        const document = await open('metric r { formula revenue - 0 / orders formula revenue / orders }');
        const [action] = await fixesFor(document, 'duplicate-property');
        expect(apply(document, action)).toBe('metric r { formula revenue / orders }');
    });
});

describe('a line that declares one role thousands of times, then a goal without an owner', () => {
    // The fuzzer's reproducer repeated `role A "R"` 1,301 times on one line: every copy was offered as an
    // owner, and checking the 1,301 identical fixes (each one a reparse of the whole file) never ended.
    const roles = `${'role A "Anna" '.repeat(3000)}\nrole Lead`;

    test('each role is offered once as the owner, and each fix leaves a strategy that reads', async () => {
        const document = await open(`${roles}\ngoal G`);
        const actions = await fixesFor(document, 'goal-without-owner');
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([['Make A the owner', false], ['Make Lead the owner', false]]);
        expect(actions.map(a => apply(document, a).slice(roles.length))).toEqual(['\ngoal G { owner A }', '\ngoal G { owner Lead }']);
        for (const [index, action] of actions.entries()) {
            const fixed = await t.parse(apply(document, action), `file:///regression-owner${index}/s.smm`);
            expect([...fixed.parseResult.lexerErrors, ...fixed.parseResult.parserErrors], action.title).toEqual([]);
        }
    });
});

describe('completion', () => {
    test('after a funnel whose last stage has a volume, completion proposes what may follow the funnel', async () => {
        const text = 'funnel F { stage A via vk volume 3000 }';
        const document = await open(text);
        const list = await Smm.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.length)
        });
        expect(list?.items.map(i => i.label)).toContain('goal');
    });
});

describe('a formula that starts with a word that is no metric', () => {
    test('hover on a metric after it still explains the metric', async () => {
        const text = 'metric share { formula per / orders }';
        const document = await open(text);
        const hover = await Smm.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.indexOf('orders') + 1)
        });
        expect(JSON.stringify(hover?.contents)).toContain('orders');
    });
});

describe('a file nested too deeply to read, starting with an empty line', () => {
    test('has its syntax error on the first parenthesis too many, inside the file', async () => {
        const document = await open(`\nmetric m { formula ${'('.repeat(20_000)} }`);
        const at = 'metric m { formula '.length + 100;
        expect(document.diagnostics!.map(d => [d.code, d.range])).toEqual(
            [['syntax-error', { start: { line: 1, character: at }, end: { line: 1, character: at + 1 } }]]);
    });
});

describe('an unknown metric named with 100,000 letters', () => {
    test('is reported at once', async () => {
        const started = Date.now();
        const issues = await t.issues(`adjust when cac${'x'.repeat(100_000)} > 20 USD then "Replace the rubric"`, 'adjust-unknown-metric');
        expect(issues.map(i => i.line)).toEqual([1]);
        // Comparing it with every metric letter by letter took seconds.
        expect(Date.now() - started).toBeLessThan(3000);
    });
});

describe('completion in a formula hundreds of parentheses deep', () => {
    test('proposes nothing instead of failing', async () => {
        const text = `metric m { formula orders * ${'('.repeat(900)}`;
        const document = await open(text);
        const list = await Smm.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.length)
        });
        expect(list?.items ?? []).toEqual([]);
    });
});

describe('a metric being typed, with an alias but no name yet', () => {
    const text = 'metric { aka tastings }\ngoal G { kpi tastings >= 10 }';

    test('completion in a KPI offers the other metrics', async () => {
        const document = await open(text);
        const list = await Smm.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: { line: 1, character: 'goal G { kpi '.length }
        });
        expect(list?.items.map(i => i.label)).toContain('orders');
    });

    test('its alias names nothing yet: the KPI that uses it refers to nothing, and no symbol is listed', async () => {
        const document = await open(text);
        expect(nodesOf<Kpi>(document, 'Kpi').map(kpi => [kpi.metric?.$refText, kpi.metric?.ref])).toEqual([['tastings', undefined]]);
        expect(await Smm.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'tastings' })).toEqual([]);
    });
});

describe('a formula of thousands of operators', () => {
    const formula = (operators: number) => `role A "Anna"\nmetric share { formula orders${' * orders'.repeat(operators)} }`;

    test('a thousand operators are read', async () => {
        expect(await t.issues(formula(999), 'syntax-error')).toEqual([]);
    });

    test('more are one syntax error on the metric, not a crash', async () => {
        // Up to tens of thousands the parser reads the formula, and the error is on the metric; beyond,
        // the parser itself runs out of stack, and the error is at the start of the file.
        for (const [operators, line] of [[1001, 2], [30_000, 1]]) {
            const issues = await t.validate(formula(operators), `file:///formula${operators}/s.smm`);
            expect(issues.map(i => `${i.code} ${i.line}: ${i.message}`)).toEqual(
                [`syntax-error ${line}: Syntax error: a formula of more than 1,000 operators is too long to read`]);
        }
    });

    test('the file after it still parses to its own declarations', async () => {
        await t.validate(formula(30_000), 'file:///deep/s.smm');
        const next = await t.parse('role B "Boris"', 'file:///next/s.smm');
        expect(next.parseResult.value.elements.map(e => e.$type)).toEqual(['Role']);
    });
});

describe('the roadmap of a strategy being typed', () => {
    test('a phase without its name yet is a phase without a label, in every format', async () => {
        const document = await open('strategy "S" period 2027-01-01..2027-06-30 phase task');
        const roadmap = compileRoadmap(Smm.analysis.StrategyAnalyzer.forDocument(document), { locale: 'en', today: new Date('2027-03-01') });
        expect(roadmap.timeline.phases.map(p => [p.name, p.title])).toEqual([['', undefined]]);
        for (const format of EXPORT_FORMATS) {
            expect(renderRoadmap(roadmap, format, 'en').length, format).toBeGreaterThan(0);
        }
    });
});

describe('a property given twice, whose first value the parser drops', () => {
    test('the dropped formula still belongs to the document: hover and completion on it answer', async () => {
        const text = 'metric e { formula orders formula 0 unit percent }';
        const document = await open(text);
        const position = document.textDocument.positionAt(text.indexOf('orders') + 2);
        const hover = await Smm.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position });
        expect(JSON.stringify(hover?.contents)).toContain('orders');
        const list = await Smm.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
        expect(list?.items.map(item => item.label)).toContain('orders');
    });
});

describe('every reproducer passes every check of the fuzzer', () => {
    const checks = new StrategyChecks();
    test.each([
        ['a strategy keyword alone', 'strategy'],
        ['a KPI keyword alone', 'goal {kpi'],
        ['a stage volume with a unit, repeated', 'funnel F{stage A via k volume 2k volume 1}'],
        ['a metric alias without the metric\'s name', 'metric{aka a'],
        ['a KPI on the alias of a metric without a name', 'metric"{aka comebacks\ngoal G{kpi Comebacks'],
        ['a formula after a keyword, unfinished', 'metric {formula per/c*'],
        ['a phase keyword alone', 'strategy""period 2027-01-01..2027-06-30phase task'],
        ['a formula given twice: the first one is dropped by the parser', 'metric e{formula r formula 0unit percent}'],
        ['a formula with an unclosed comment of 5,000 stars', `metric repeat_rate { formula repeat_customers/customers*100/* ${'*'.repeat(5_000)}`]
    ])('%s', async (_name, text) => {
        expect(await checks.run({ files: [{ name: 's.smm', text }], target: 0, locale: 'en' })).toEqual([]);
    });
});
