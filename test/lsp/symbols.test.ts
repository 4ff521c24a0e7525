import { expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createTestServices } from '../support/services.js';
import { freshUri } from './navigation-support.js';

const t = createTestServices();
const Smm = t.services;

beforeAll(() => t.builtinMetrics());
afterEach(() => t.clear());

function kindName(kind: SymbolKind): string {
    return Object.entries(SymbolKind).find(([, value]) => value === kind)![0];
}

/** An outline as indented lines: `kind name — detail`. */
function outline(symbols: DocumentSymbol[] | undefined, depth = 0): string[] {
    return (symbols ?? []).flatMap(s => [
        `${'  '.repeat(depth)}${kindName(s.kind)} ${s.name}${s.detail ? ` — ${s.detail}` : ''}`,
        ...outline(s.children, depth + 1)
    ]);
}

async function expectOutline(text: string, expected: string[]): Promise<void> {
    await expectSymbols(Smm)({
        text,
        parseOptions: { documentUri: freshUri() },
        disposeAfterCheck: true,
        assert: symbols => expect(outline(symbols)).toEqual(expected)
    });
}

describe('document symbols', () => {
    test('a strategy outlines its settings, declarations, goals with KPIs, funnels with stages and phases with tasks', async () => {
        await expectOutline([
            'strategy "Zerno, H1 2027" {',
            '    period 2027-01-01 .. 2027-06-30',
            '    budget 600 000',
            '    company-goal "Revenue +25%"',
            '    role Smm "SMM manager"',
            '    segment Students "Students near campuses" { size 45 000 }',
            '    channel vk',
            '    funnel Orders "Orders from VK" for Students {',
            '        stage Reach via vk volume 1 200 000 impressions',
            '        stage Order "Orders" conversion 1%',
            '    }',
            '    goal MoreOrders "1 500 orders a month" {',
            '        kpi orders >= 1500 per month by 2027-03-31 from Orders.Order',
            '        kpi cpl <= 120 RUB',
            '        kpi reach',
            '    }',
            '    metric tastings "Tastings held"',
            '    content { rubric Bar "Behind the bar" on vk }',
            '    phase Launch 2027-01-01 .. 2027-01-31 {',
            '        task "Set up the ad account" owner Smm',
            '        task Shoot "Product shoot"',
            '        milestone "First 100 orders" by 2027-01-31',
            '    }',
            '    risk AdPrices "Prices grow" probability 40%',
            '    adjust when ctr < 0.8% and cpl > 150 then "Replace the creatives"',
            '    adjust Fatigue when frequency > 3 then "Rotate"',
            '}'
        ].join('\n'), [
            'Namespace Zerno, H1 2027 — 2027-01-01 .. 2027-06-30',
            '  Property period — 2027-01-01 .. 2027-06-30',
            '  Property budget — 600 000',
            '  Property company-goal — Revenue +25%',
            '  Interface Smm — SMM manager',
            '  Object Students — Students near campuses',
            '  Module vk',
            '  Array Orders — Orders from VK',
            '    Field Reach',
            '    Field Order — Orders',
            '  Event MoreOrders — 1 500 orders a month',
            '    Number orders >= 1500 — per month by 2027-03-31',
            '    Number cpl <= 120 RUB',
            '    Number reach',
            '  Function tastings — Tastings held',
            '  Package Content plan',
            '    EnumMember Bar — Behind the bar',
            '  Enum Launch',
            '    Method Set up the ad account',
            '    Method Shoot — Product shoot',
            '    Key First 100 orders',
            '  Constant AdPrices — Prices grow',
            '  Operator adjust when ctr < 0.8% and cpl > 150 — Replace the creatives',
            '  Operator Fatigue — Rotate'
        ]);
    });

    test('declarations outside a strategy block are top-level symbols', async () => {
        await expectOutline('// audience\nsegment Students\ncompetitor Chain "A chain" { strength "Brand" }', [
            'Object Students',
            'Struct Chain — A chain'
        ]);
    });

    test('an empty title or a task without words still gets a name', async () => {
        await expectOutline('strategy "" { phase P { task "" } }', [
            'Namespace strategy',
            '  Enum P',
            '    Method task'
        ]);
    });

    test('the outline speaks Russian', async () => {
        t.setLocale('ru');
        await expectOutline('content { rubric Бар «За стойкой» }\nadjust when ctr < 1% then «Заменить креативы»', [
            'Package Контент-план',
            '  EnumMember Бар — За стойкой',
            'Operator корректировка, если ctr < 1% — Заменить креативы'
        ]);
    });

    test('a symbol selects its name and spans its whole declaration', async () => {
        await expectSymbols(Smm)({
            text: 'goal G "Grow" {\n    kpi orders >= 1\n}',
            parseOptions: { documentUri: freshUri() },
            disposeAfterCheck: true,
            assert: ([goal]) => {
                expect(goal.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 2, character: 1 } });
                expect(goal.selectionRange).toEqual({ start: { line: 0, character: 5 }, end: { line: 0, character: 6 } });
                expect(goal.children![0].selectionRange).toEqual({ start: { line: 1, character: 4 }, end: { line: 1, character: 19 } });
            }
        });
    });
});

describe('workspace symbols', () => {
    async function find(query: string): Promise<WorkspaceSymbol[]> {
        return (await Smm.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query })) as WorkspaceSymbol[];
    }

    const brief = (s: WorkspaceSymbol) => `${kindName(s.kind)} ${s.name} in ${s.containerName ?? '-'}`;

    test('stages, tasks and aliases come with their container', async () => {
        const uri = freshUri();
        await t.addFiles({
            [uri]: [
                'strategy "Zerno" {',
                '    funnel Orders { stage Reach volume 1 stage Order conversion 1% }',
                '    phase Launch { task Shoot "Shoot" milestone Hundred "100 orders" }',
                '    metric repeat_orders { aka reorders }',
                '}'
            ].join('\n')
        });
        expect((await find('order')).map(brief)).toEqual([
            'Array Orders in Zerno',
            'Field Order in Orders',
            'Function repeat_orders in Zerno'
        ]);
        // Fuzzy: r…e…o…r…d…e…r…s is in `repeat_orders` too.
        expect((await find('reorders')).map(brief)).toEqual(['Function repeat_orders in Zerno', 'Function reorders in repeat_orders']);
        expect((await find('shoot')).map(brief)).toEqual(['Method Shoot in Launch']);
        expect((await find('hundred'))[0].location).toEqual({
            uri, range: { start: { line: 2, character: 48 }, end: { line: 2, character: 55 } }
        });
    });

    test('the standard metrics are not listed', async () => {
        await t.addFiles({ [freshUri()]: 'metric orders_from_offices' });
        await expectWorkspaceSymbols(Smm.shared)({
            query: 'orders',
            assert: symbols => expect(symbols.map(s => s.name)).toEqual(['orders_from_offices'])
        });
    });
});

describe('document symbols of the team regulations', () => {
    test('duties, approvals and response times are in the outline with their titles', async () => {
        await expectOutline([
            'role Smm',
            'duty WeeklyReport "Weekly report" every monday owner Smm',
            'approval Posts "Posts before publishing" { approve Smm within 4 hours }',
            'response Comments "Answer comments" within 2 hours owner Smm'
        ].join('\n'), [
            'Interface Smm',
            'TypeParameter WeeklyReport — Weekly report',
            'Boolean Posts — Posts before publishing',
            'Variable Comments — Answer comments'
        ]);
    });
});
