import { expectHover } from 'langium/test';
import { afterEach, beforeAll, describe, test } from 'vitest';
import type { Locale } from '../../src/i18n/index.js';
import { createTestServices } from '../support/services.js';

/** Hovers on funnels and products: the mix and what a customer brings (`src/language/lsp/hover.ts`). */
const t = createTestServices();
const hover = expectHover(t.services);
let folder = 0;

beforeAll(async () => {
    await t.builtinMetrics();
});

afterEach(() => t.clear());

/** The hover at `<|>` must be exactly `expected`; Russian's no-break spaces are written as plain ones. */
async function expectHoverAt(text: string, expected: string, locale: Locale = 'en'): Promise<void> {
    t.setLocale(locale);
    const typographic = locale === 'ru' ? expected.replace(/(\d) (?=\d{3}|%|₽)/g, '$1\u00A0').replace(/ ₽/g, '\u00A0₽') : expected;
    await hover({ text, index: 0, hover: typographic, parseOptions: { documentUri: `file:///economics${folder++}/s.smm` }, disposeAfterCheck: true });
}

// 10 000 ÷ 5 × 1 000 = 2 000 000 impressions × 1 % × 10 % = 2 000 orders for $10,000.
const COFFEE = (marked: string) => `strategy "Coffee" {
    period 2027-01-01 .. 2027-06-30
    currency USD
    product Cup "A cup" { price 5 USD margin 60% }
    product Bundle { price 20 USD margin 40% purchases-per-customer 3 }
    channel ig { budget 10 000 cpm 5 }
    funnel ${marked} sells Cup 70%, Bundle 30% {
        stage Seen via ig
        stage Tap conversion 1%
        stage Order conversion 10%
    }
}`;

// 300 000 ÷ 200 × 1 000 = 1 500 000 impressions × 1 % × 5 % = 750 subscribers for 300 000 ₽.
const ZERNO = (marked: string) => `strategy «Зерно» {
    period 2027-03-01 .. 2027-08-31
    currency RUB
    product ${marked} { price 1 290 ₽ per month  lifetime 6 months  margin 50% }
    channel вк { budget 300 000 cpm 200 }
    funnel Воронка sells Подписка { stage Показ via вк  stage Клик conversion 1%  stage Заказ conversion 5% }
}`;

describe('hover on a funnel', () => {
    test('the mix, each product’s value per customer, the mean LTV and what the funnel earns', async () => {
        // Cup: one purchase of $5; Bundle: 3 × $20 = $60; LTV = 0.7 × 5 + 0.3 × 60 = 3.5 + 18 = $21.50
        // revenue = 2 000 × 21.5 = $43,000; gross profit = 2 000 × (0.7 × 5 × 60 % + 0.3 × 60 × 40 %) = 2 000 × 9.3 = $18,600
        // ROMI = (18 600 − 10 000) ÷ 10 000 = 86 %
        await expectHoverAt(COFFEE('Fun<|>nel'), [
            '**Funnel**',
            [
                '- Product mix: A cup 70%, Bundle 30%',
                '- Revenue per customer: A cup: one purchase of $5; Bundle: 3 purchases × $20 = $60',
                '- LTV, mean per customer: $21.50',
                '- Revenue: ≈ $43,000',
                '- Gross profit: ≈ $18,600',
                '- Spend: $10,000',
                '- Funnel ROMI: 86%'
            ].join('\n')
        ].join('\n\n'));
    });
});

describe('hover on a product', () => {
    test('a subscription: months × the price, in Russian', async () => {
        // 6 months × 1 290 = 7 740 ₽
        await expectHoverAt(ZERNO('Подпи<|>ска'), '**Подписка**\n\nВыручка с клиента: 6 месяцев по 1 290 ₽ = 7 740 ₽ · Маржа 50 %', 'ru');
    });

    test('a funnel with one subscription shows its value per customer, in Russian', async () => {
        // revenue = 750 × 7 740 = 5 805 000 ₽; gross profit = × 50 % = 2 902 500 ₽; ROMI = (2 902 500 − 300 000) ÷ 300 000 = 867.5 %
        await expectHoverAt(ZERNO('Подписка').replace('funnel Воронка', 'funnel Ворон<|>ка'), [
            '**Воронка**',
            [
                '- Выручка с клиента: 6 месяцев по 1 290 ₽ = 7 740 ₽',
                '- Выручка: ≈ 5 805 000 ₽',
                '- Валовая прибыль: ≈ 2 902 500 ₽',
                '- Расход: 300 000 ₽',
                '- ROMI воронки: 868 %'
            ].join('\n')
        ].join('\n\n'), 'ru');
    });

    test('a one-off product', async () => {
        await expectHoverAt(COFFEE('Funnel').replace('product Cup', 'product C<|>up'), '**Cup** — A cup\n\nRevenue per customer: one purchase of $5 · Margin 60%');
    });
});
