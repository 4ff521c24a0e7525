import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices } from '../support/services.js';
import { quickFixes } from './quick-fixes.js';

const t = createTestServices();

afterEach(() => t.clear());

const { open, fixesFor, apply } = quickFixes(t, 'fixes');

describe('quick fixes', () => {
    test('an ambiguous 1,500 can become fifteen hundred or one and a half', async () => {
        const document = await open('channel vk { budget 1,500 }');
        const actions = await fixesFor(document, 'ambiguous-number');
        expect(actions.map(a => a.title)).toEqual(['Write 1500 (thousands)', 'Write 1.5 (decimal)']);
        expect(apply(document, actions[0])).toBe('channel vk { budget 1500 }');
        expect(apply(document, actions[1])).toBe('channel vk { budget 1.5 }');
    });

    test('a foreign currency is replaced by the strategy currency', async () => {
        const document = await open('strategy "S" {\n  currency RUB\n  channel vk { budget 1000 $ }\n}');
        const [action] = await fixesFor(document, 'currency-mismatch');
        expect(action.title).toBe('Use the strategy’s currency RUB');
        expect(action.isPreferred).toBe(true);
        expect(apply(document, action)).toBe('strategy "S" {\n  currency RUB\n  channel vk { budget 1000 RUB }\n}');
    });

    test('a currency symbol before the amount becomes a code and a space', async () => {
        const document = await open('strategy "S" {\n  currency RUB\n  budget $60000\n}');
        const [action] = await fixesFor(document, 'currency-mismatch');
        const fixed = apply(document, action);
        expect(fixed).toBe('strategy "S" {\n  currency RUB\n  budget RUB 60000\n}');
        expect((await open(fixed)).diagnostics).toEqual([]);
    });

    test('a repeated property loses its earlier, overwritten value', async () => {
        const document = await open('product Box { price 100 margin 30% price 120 }');
        const [action] = await fixesFor(document, 'duplicate-property');
        const fixed = apply(document, action);
        expect(fixed).toBe('product Box { margin 30% price 120 }');
        const again = await open(fixed);
        expect(again.diagnostics).toEqual([]);
    });

    test('a repeated strategy setting loses the earlier line', async () => {
        const document = await open('strategy "S" {\n  budget 100\n  budget 200\n}');
        const [action] = await fixesFor(document, 'duplicate-property');
        expect(apply(document, action)).toBe('strategy "S" {\n  budget 200\n}');
    });

    test('fix titles follow the locale', async () => {
        t.setLocale('ru');
        const document = await open('channel vk { budget 2,500 }');
        const actions = await fixesFor(document, 'ambiguous-number');
        expect(actions.map(a => a.title)).toEqual(['Написать 2500 (тысячи)', 'Написать 2.5 (дробь)']);
    });

    test('no fix is offered for a diagnostic without an obvious remedy', async () => {
        const document = await open('goal Awareness { kpi reach }');
        expect(await fixesFor(document, 'kpi-without-target')).toEqual([]);
    });
});
