import { describe, expect, test } from 'vitest';
import { NumberFormats } from '../../src/language/lsp/format-numbers.js';

const en = new NumberFormats('en', 'USD');
const ru = new NumberFormats('ru', 'RUB');
/** Russian output with its no-break spaces written as plain ones. */
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

describe('numbers, money and percentages as the diagnostics write them', () => {
    test('money carries the strategy’s currency', () => {
        expect(en.money(250_000)).toBe('$250,000');
        expect(plain(ru.money(162.76))).toBe('163 ₽');
        expect(new NumberFormats('en', undefined).money(1500)).toBe('1,500');
    });
});

describe('counts and costs with the unit’s word', () => {
    test('English plural', () => {
        expect(en.count(1, 'clicks')).toBe('1 click');
        expect(en.count(16_666.67, 'clicks')).toBe('16,667 clicks');
    });

    test('Russian has three forms: 1 клик, 2 клика, 5 кликов', () => {
        expect([1, 2, 5, 21, 1536].map(n => plain(ru.count(n, 'clicks')))).toEqual(['1 клик', '2 клика', '5 кликов', '21 клик', '1 536 кликов']);
    });

    test('an alias names the same unit; an unknown unit keeps its name', () => {
        expect(plain(ru.count(150, 'заявки'))).toBe('150 лидов');
        expect(en.count(150, 'tastings')).toBe('150 tastings');
    });

    test('cost per unit', () => {
        expect(en.costPer(15, 'clicks')).toBe('$15/click');
        expect(plain(ru.costPer(15, 'leads'))).toBe('15 ₽/лид');
        expect(en.costPer(15, 'tastings')).toBe('$15 each');
        expect(plain(ru.costPer(15, undefined))).toBe('15 ₽ за единицу');
    });
});
