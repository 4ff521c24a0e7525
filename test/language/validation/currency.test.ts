import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices } from '../../support/services.js';

/** Amounts in the strategy's currency: `src/language/validation/currency.ts`. */
const t = createTestServices({ review: false });
afterEach(() => t.clear());

describe('currency-mismatch', () => {
    test('a channel budget in dollars in a rouble strategy', async () => {
        const issues = await t.issues(`strategy "S" {
  currency RUB
  channel vk { budget 1000 USD }
}`, 'currency-mismatch');
        expect(issues.map(i => [i.line, i.text, i.severity, i.message])).toEqual([
            [3, 'USD', 'warning', 'The amount is in USD, but the strategy’s currency is RUB.']
        ]);
    });

    test('a symbol is compared by the currency it stands for', async () => {
        const issues = await t.issues('strategy "S" { currency RUB product P { price 5 € } }', 'currency-mismatch');
        expect(issues.map(i => [i.text, i.message])).toEqual([['€', 'The amount is in EUR, but the strategy’s currency is RUB.']]);
    });

    test('the currency setting may be written as a symbol too', async () => {
        const issues = await t.issues('strategy "S" { currency $ budget 100 RUB }', 'currency-mismatch');
        expect(issues.map(i => i.message)).toEqual(['The amount is in RUB, but the strategy’s currency is USD.']);
    });

    test('amounts in the strategy currency, by code or symbol, or with no currency, are silent', async () => {
        expect(await t.issues(`strategy "S" {
  currency RUB
  budget 600 000 ₽
  channel vk { budget 250000 RUB cpm 180 }
  risk R impact 90000
}`, 'currency-mismatch')).toEqual([]);
    });

    test('without a currency setting nothing is compared', async () => {
        expect(await t.issues('strategy "S" { budget 100 USD channel vk { budget 200 EUR } }', 'currency-mismatch')).toEqual([]);
    });

    test('a KPI target in another currency', async () => {
        const issues = await t.issues('strategy "S" {\n  currency RUB\n  goal G { kpi cpl <= 2 USD }\n}', 'currency-mismatch');
        expect(issues.map(i => [i.line, i.text, i.message])).toEqual([
            [3, 'USD', 'The amount is in USD, but the strategy’s currency is RUB.']
        ]);
    });

    test('an amount in another file of the strategy’s folder', async () => {
        const issues = await t.issues({
            'file:///ws/strategy.smm': 'strategy "S" { currency RUB }',
            'file:///ws/channels.smm': 'channel vk { budget 1000 USD }'
        }, 'currency-mismatch');
        expect(issues.map(i => [i.uri, i.text, i.message])).toEqual([
            ['file:///ws/channels.smm', 'USD', 'The amount is in USD, but the strategy’s currency is RUB.']
        ]);
    });

    test('a currency written before the amount is compared too', async () => {
        const issues = await t.issues('strategy "S" {\n  currency RUB\n  budget $60000\n  product P { price €5 }\n}', 'currency-mismatch');
        expect(issues.map(i => [i.line, i.text, i.message])).toEqual([
            [3, '$', 'The amount is in USD, but the strategy’s currency is RUB.'],
            [4, '€', 'The amount is in EUR, but the strategy’s currency is RUB.']
        ]);
    });

    test('a KPI target with the currency symbol before it', async () => {
        const issues = await t.issues('strategy "S" {\n  currency RUB\n  goal G { kpi cpl <= $2 }\n}', 'currency-mismatch');
        expect(issues.map(i => [i.line, i.text, i.message])).toEqual([
            [3, '$', 'The amount is in USD, but the strategy’s currency is RUB.']
        ]);
    });

    test('a KPI baseline and an adjust threshold in another currency', async () => {
        const issues = await t.issues(`strategy "S" {
  currency RUB
  goal G { kpi cpl <= 120 baseline 2 USD }
  adjust when cpc > €1 and cpl > 150 ₽ then "Pause"
}`, 'currency-mismatch');
        expect(issues.map(i => [i.line, i.text, i.message])).toEqual([
            [3, 'USD', 'The amount is in USD, but the strategy’s currency is RUB.'],
            [4, '€', 'The amount is in EUR, but the strategy’s currency is RUB.']
        ]);
    });

    test('a percentage is never a currency', async () => {
        expect(await t.issues(`strategy "S" {
  currency RUB
  goal G { kpi romi >= -20% baseline 150%  kpi ctr >= 1% }
  adjust when ctr < 0.8% then "Replace the creatives"
}`, 'currency-mismatch')).toEqual([]);
    });

    test('targets and thresholds in the strategy currency, by code or symbol, or bare, are silent', async () => {
        expect(await t.issues(`strategy "S" {
  currency USD
  goal G { kpi cpl <= $2  kpi cac <= 15 USD  kpi orders >= 100 baseline 20 }
  adjust when cpc > 1 $ then "Pause"
}`, 'currency-mismatch')).toEqual([]);
    });

    test('a KPI target in another file of the strategy’s folder', async () => {
        const issues = await t.issues({
            'file:///ws/strategy.smm': 'strategy "S" { currency RUB }',
            'file:///ws/goals.smm': 'goal G {\n  kpi cpl <= $2\n  kpi cac <= 300 ₽\n}\nadjust when cpl > 3 EUR then "Pause"'
        }, 'currency-mismatch');
        expect(issues.map(i => [i.uri, i.line, i.text])).toEqual([
            ['file:///ws/goals.smm', 2, '$'],
            ['file:///ws/goals.smm', 5, 'EUR']
        ]);
    });

    test('a declaration outside the strategy block of the same file uses the strategy’s currency', async () => {
        const issues = await t.issues('strategy "S" { currency RUB }\nchannel vk { budget $100 }', 'currency-mismatch');
        expect(issues.map(i => [i.line, i.text])).toEqual([[2, '$']]);
    });

    test('the currency of the folder’s strategy applies; another folder’s does not', async () => {
        const issues = await t.issues({
            'file:///ws/strategy.smm': 'strategy "S" { currency RUB }',
            'file:///ws/channels.smm': 'channel vk { budget 100 ₽ }',
            'file:///other/channels.smm': 'channel vk { budget $100 }'
        }, 'currency-mismatch');
        expect(issues).toEqual([]);
    });

    test('without a currency in the folder’s strategy nothing is compared in the other files', async () => {
        expect(await t.issues({
            'file:///ws/strategy.smm': 'strategy "S" { budget 100 }',
            'file:///ws/channels.smm': 'channel vk { budget $100 }\ngoal G { kpi cpl <= 2 EUR }'
        }, 'currency-mismatch')).toEqual([]);
    });

    test('without any strategy in the folder nothing is compared', async () => {
        expect(await t.issues({
            'file:///ws/channels.smm': 'channel vk { budget $100 }',
            'file:///ws/goals.smm': 'goal G { kpi cpl <= 2 EUR }'
        }, 'currency-mismatch')).toEqual([]);
    });

    test('in a folder of two strategies, a shared file is compared with the first one by file name', async () => {
        const issues = await t.validate({
            'file:///ws/a.smm': 'strategy "A" { currency RUB }',
            'file:///ws/b.smm': 'strategy "B" { currency USD\n channel tg { budget 100 EUR } }',
            'file:///ws/channels.smm': 'channel vk { budget 100 EUR }'
        });
        expect(issues.filter(i => i.code === 'currency-mismatch').map(i => [i.uri, i.message])).toEqual([
            ['file:///ws/b.smm', 'The amount is in EUR, but the strategy’s currency is USD.'],
            ['file:///ws/channels.smm', 'The amount is in EUR, but the strategy’s currency is RUB.']
        ]);
    });

    test('changing the currency in strategy.smm re-checks the amounts in channels.smm', async () => {
        const channels = 'channel vk {\n  budget $100\n}\nchannel tg {\n  budget 100 ₽\n}';
        await t.edit({ 'file:///ws/strategy.smm': 'strategy "S" {\n  currency RUB\n}', 'file:///ws/channels.smm': channels });
        expect(t.issuesOf('file:///ws/channels.smm').map(i => [i.code, i.line, i.text])).toEqual([['currency-mismatch', 2, '$']]);
        await t.edit({ 'file:///ws/strategy.smm': 'strategy "S" {\n  currency USD\n}' });
        expect(t.issuesOf('file:///ws/channels.smm').map(i => [i.code, i.line, i.text, i.message])).toEqual([
            ['currency-mismatch', 5, '₽', 'The amount is in RUB, but the strategy’s currency is USD.']
        ]);
        await t.edit({ 'file:///ws/strategy.smm': 'strategy "S" { }' });
        expect(t.issuesOf('file:///ws/channels.smm')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('strategy "S" { currency RUB budget 10 USD }', 'currency-mismatch');
        expect(issue.message).toBe('Сумма указана в USD, а валюта стратегии — RUB.');
    });
});
