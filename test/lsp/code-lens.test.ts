import type { CodeLens } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/index.js';
import { createTestServices } from '../support/services.js';

const t = createTestServices();
let folder = 0;

afterEach(() => t.clear());

/** The lenses of a one-file strategy: their 1-based line, title and command. */
async function lensesOf(text: string, locale: Locale = 'en'): Promise<Array<{ line: number; title: string; command: string; arguments?: unknown[] }>> {
    t.setLocale(locale);
    const uri = `file:///lenses${folder++}/s.smm`;
    const document = (await t.addFiles({ [uri]: text })).get(uri)!;
    const lenses: CodeLens[] = await t.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri } }) ?? [];
    return lenses.map(l => ({
        line: l.range.start.line + 1,
        title: l.command!.title.replace(/[\u00A0\u202F]/g, ' '),
        command: l.command!.command,
        ...(l.command!.arguments ? { arguments: l.command!.arguments } : {})
    }));
}

// Reach 1 200 000 × 2% = 24 000 clicks × 10% = 2 400 orders over 181 days; in the month to 30 June (June,
// 30 days) 2 400 × 30 / 181 = 398;
// 250 000 / 2 400 = 104 a customer. SMART: no goal names a segment or product (R fails); Monthly's forecast
// falls short (A fails): 3/5; Cheap: 4/5; Vague is a wish («Be known») with no KPI and no date: 0/5.
const STRATEGY = `strategy "S" {
    period 2027-01-01 .. 2027-06-30
    currency RUB
    channel vk { budget 250 000 cpm 180 }
    funnel Orders {
        stage Reach via vk volume 1 200 000 impressions
        stage Click conversion 2%
        stage Order conversion 10%
    }
    goal Monthly "1 500 orders a month" {
        kpi orders >= 1 500 per month by 2027-06-30 from Orders.Order
    }
    goal Cheap "Customers under 120" {
        kpi orders >= 2 000 by 2027-06-30 from Orders.Order
        kpi cac <= 120 by 2027-06-30 from Orders.Order
    }
    goal Vague "Be known"
}`;

describe('code lenses', () => {
    test('above the strategy: open the roadmap preview of this file', async () => {
        const [first] = await lensesOf(STRATEGY);
        expect(first).toEqual({ line: 1, title: 'Open roadmap preview', command: 'smm.showPreviewToSide', arguments: [`file:///lenses${folder - 1}/s.smm`] });
    });

    test('above each goal: its SMART score, then forecast against target, per metric when several', async () => {
        expect((await lensesOf(STRATEGY)).slice(1)).toEqual([
            { line: 10, title: 'SMART 3/5 · ✗ forecast 398 / target 1,500', command: '' },
            { line: 13, title: 'SMART 4/5 · orders: ✓ forecast 2,400 / target 2,000 · cac: ✓ forecast 104 ₽ / target 120 ₽', command: '' },
            { line: 17, title: 'SMART 0/5', command: '' }
        ]);
    });

    test('in Russian', async () => {
        expect((await lensesOf(STRATEGY, 'ru')).map(l => l.title)).toEqual([
            'Открыть дорожную карту',
            'SMART 3/5 · ✗ прогноз 398 / цель 1 500',
            'SMART 4/5 · orders: ✓ прогноз 2 400 / цель 2 000 · cac: ✓ прогноз 104 ₽ / цель 120 ₽',
            'SMART 0/5'
        ]);
    });

    test('declarations outside a strategy block get no preview lens, goals still their status', async () => {
        expect((await lensesOf('segment Students\ngoal G { kpi orders >= 1 }')).map(l => l.command)).toEqual(['']);
    });
});
