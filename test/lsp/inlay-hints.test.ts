import type { LangiumDocument } from 'langium';
import type { InlayHint } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/index.js';
import { createTestServices } from '../support/services.js';

const t = createTestServices();
let folder = 0;

afterEach(() => {
    t.services.settings.Editor.inlayHints = true;
    return t.clear();
});

interface ShownHint {
    /** The text of the line up to the hint. */
    after: string;
    label: string;
    tooltip?: string;
}

/** The hints of a one-file strategy, each with the text it follows; Russian no-break spaces as plain ones. */
async function hintsOf(text: string, locale: Locale = 'en'): Promise<ShownHint[]> {
    t.setLocale(locale);
    const uri = `file:///hints${folder++}/s.smm`;
    const document: LangiumDocument = (await t.addFiles({ [uri]: text })).get(uri)!;
    const lines = text.split('\n');
    const hints: InlayHint[] = await t.services.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } }
    }) ?? [];
    return hints.map(h => ({
        after: lines[h.position.line].slice(0, h.position.character).trim(),
        label: String(h.label).replace(/[\u00A0\u202F]/g, ' '),
        ...(h.tooltip ? { tooltip: String(h.tooltip) } : {})
    }));
}

// vk: 250 000 / CPM 180 × 1 000 = 1 388 889 impressions × CTR 1% = 13 889 clicks.
// Reach is what vk buys: 1 388 889 impressions at 250 000 / 1 388 889 = 0.18 each, written per thousand: 180 CPM;
// Click 1.2% = 16 667 clicks, 250 000 / 16 667 = 15 a click; Order 10% = 1 667 orders, 150 an order.
// Over 181 days (2027-01-01 .. 2027-06-30) 1 667 orders are 1 667 × 30.44 / 181 = 280 a month.
const STRATEGY = `strategy "S" {
    period 2027-01-01 .. 2027-06-30
    currency RUB
    budget 600 000
    channel vk { budget 250 000 cpm 180 ctr 1% }
    funnel Orders {
        stage Reach via vk
        stage Click conversion 1.2%
        stage Order conversion 10%
    }
    goal G {
        kpi orders >= 1 500 per month from Orders.Order
        kpi orders >= 200 per month from Orders.Order
        kpi cpl <= 120
    }
}`;

describe('inlay hints', () => {
    test('after each stage its volume and cost per unit, after the channel budget what it buys, after KPIs forecast vs target', async () => {
        expect(await hintsOf(STRATEGY)).toEqual([
            { after: 'channel vk { budget 250 000', label: '≈ 1,388,889 impressions · ≈ 13,889 clicks' },
            { after: 'stage Reach via vk', label: '≈ 1,388,889 impressions · 180 ₽ CPM' },
            { after: 'stage Click conversion 1.2%', label: '≈ 16,667 clicks · 15 ₽/click' },
            { after: 'stage Order conversion 10%', label: '≈ 1,667 orders · 150 ₽/order' },
            { after: 'kpi orders >= 1 500 per month from Orders.Order', label: '✗ forecast 280 / target 1,500', tooltip: 'the forecast falls short of the target: forecast from stage “Orders.Order”: ≈ 280 orders a month on average over the period' },
            { after: 'kpi orders >= 200 per month from Orders.Order', label: '✓ forecast 280 / target 200', tooltip: 'the forecast meets the target: forecast from stage “Orders.Order”: ≈ 280 orders a month on average over the period' }
        ]);
    });

    test('in Russian', async () => {
        const hints = await hintsOf(STRATEGY, 'ru');
        expect(hints.map(h => h.label)).toEqual([
            '≈ 1 388 889 показов · ≈ 13 889 кликов',
            '≈ 1 388 889 показов · 180 ₽ за тыс. показов',
            '≈ 16 667 кликов · 15 ₽/клик',
            '≈ 1 667 заказов · 150 ₽/заказ',
            '✗ прогноз 280 / цель 1 500',
            '✓ прогноз 280 / цель 200'
        ]);
        expect(hints[4].tooltip).toBe('прогноз не дотягивает до цели: прогноз этапа «Orders.Order»: ≈ 280 (orders) в месяц в среднем за период');
    });

    test('nothing where nothing can be forecast', async () => {
        expect(await hintsOf('channel blogger { flat 10 000 }\nfunnel F { stage A stage B conversion 5% }\ngoal G { kpi orders >= 10 }')).toEqual([]);
    });

    test('the setting turns them off', async () => {
        t.services.settings.Editor.inlayHints = false;
        expect(await hintsOf(STRATEGY)).toEqual([]);
    });
});
