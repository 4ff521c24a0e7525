import { describe, expect, test } from 'vitest';
import {
    formatCostPer, formatCount, formatKpiTarget, formatMetricValue, formatMoney, formatNumber, formatPercent
} from '../../src/i18n/numbers.js';

/** Russian groups digits with a no-break space and puts one before `%` and a currency: written `⍽` here. */
const nb = (text: string) => text.replace(/\u00a0/g, '⍽');

describe('numbers: as many decimals as a reader needs', () => {
    test.each([
        [16_666.67, '16,667', '16⍽667'],
        [100, '100', '100'],
        [99.96, '100', '100'],
        [14.81, '14.8', '14,8'],
        [1, '1', '1'],
        [0.45, '0.45', '0,45'],
        [0.456, '0.46', '0,46'],
        [0, '0', '0'],
        [-1500, '-1,500', '-1⍽500']
    ])('%d is %s in English, %s in Russian', (value, en, ru) => {
        expect(formatNumber('en', value)).toBe(en);
        expect(nb(formatNumber('ru', value))).toBe(ru);
    });
});

describe('percentages: a number’s digits, then the sign', () => {
    test.each([
        [41.666, '41.7%', '41,7⍽%'],
        [90.6, '90.6%', '90,6⍽%'],
        [140, '140%', '140⍽%'],
        [0.71, '0.71%', '0,71⍽%'],
        [100, '100%', '100⍽%']
    ])('a share of %d is %s, %s', (value, en, ru) => {
        expect(formatPercent('en', value)).toBe(en);
        expect(nb(formatPercent('ru', value))).toBe(ru);
    });
});

describe('money', () => {
    test('English writes $, € and £ before the amount, other currencies after it', () => {
        expect(formatMoney('en', 24_000, 'USD')).toBe('$24,000');
        expect(formatMoney('en', 1200, 'EUR')).toBe('€1,200');
        expect(formatMoney('en', 500, 'GBP')).toBe('£500');
        expect(formatMoney('en', 24_000, 'RUB')).toBe('24,000 ₽');
        expect(formatMoney('en', 5000, 'KZT')).toBe('5,000 ₸');
    });

    test('Russian writes every currency after the amount, with a no-break space', () => {
        expect(nb(formatMoney('ru', 24_000, 'RUB'))).toBe('24⍽000⍽₽');
        expect(nb(formatMoney('ru', 15, 'USD'))).toBe('15⍽$');
        expect(nb(formatMoney('ru', 1200, 'EUR'))).toBe('1⍽200⍽€');
    });

    test('a loss keeps its sign before the symbol', () => {
        expect(formatMoney('en', -15, 'USD')).toBe('-$15');
        expect(formatMoney('en', -50_000, 'RUB')).toBe('-50,000 ₽');
        expect(nb(formatMoney('ru', -50_000, 'RUB'))).toBe('-50⍽000⍽₽');
    });

    test('below 100, cents in full when there are any; whole amounts without them', () => {
        expect(formatMoney('en', 1.6, 'USD')).toBe('$1.60');
        expect(formatMoney('en', 14.8148, 'USD')).toBe('$14.81');
        expect(formatMoney('en', 0.45, 'USD')).toBe('$0.45');
        expect(formatMoney('en', 8, 'USD')).toBe('$8');
        expect(nb(formatMoney('ru', 0.2, 'RUB'))).toBe('0,20⍽₽');
        // 250 000 ÷ 16 666.67 clicks: the cents round to none.
        expect(formatMoney('en', 250_000 / 16_666.67, 'USD')).toBe('$15');
    });

    test('from 100, whole', () => {
        expect(formatMoney('en', 162.76, 'USD')).toBe('$163');
        expect(nb(formatMoney('ru', 333.33, 'RUB'))).toBe('333⍽₽');
    });

    test('another currency is written as its code; none leaves the number alone', () => {
        expect(formatMoney('en', 1200, 'CHF')).toBe('1,200 CHF');
        expect(nb(formatMoney('ru', 1200, 'CHF'))).toBe('1⍽200⍽CHF');
        expect(formatMoney('en', 1500, undefined)).toBe('1,500');
        expect(formatMoney('en', 14.8148, undefined)).toBe('14.8');
    });
});

describe('a metric’s value in its unit', () => {
    test('by the metric’s unit, money in the strategy’s currency', () => {
        expect(formatMetricValue('en', 41.666, { unit: 'percent' })).toBe('41.7%');
        expect(formatMetricValue('en', 120, { unit: 'money', currency: 'USD' })).toBe('$120');
        expect(formatMetricValue('en', 1500, { unit: 'count', currency: 'USD' })).toBe('1,500');
        expect(formatMetricValue('en', 3.2, { unit: 'ratio' })).toBe('3.2');
    });

    test('the unit written beside the number wins', () => {
        expect(formatMetricValue('en', 27_000, { unit: 'money', written: 'EUR', currency: 'USD' })).toBe('€27,000');
        expect(formatMetricValue('en', 2, { unit: 'count', written: '%' })).toBe('2%');
        expect(formatMetricValue('en', 120, { written: 'RUB' })).toBe('120 ₽');
    });
});

describe('KPI targets', () => {
    test('an amount a month', () => {
        expect(formatKpiTarget('en', { comparator: '>=', value: 1600, unit: 'count', per: 'month' })).toBe('≥ 1,600 a month');
        expect(nb(formatKpiTarget('ru', { comparator: '>=', value: 1600, unit: 'count', per: 'month' }))).toBe('≥ 1⍽600 в месяц');
    });

    test('a cost at most, in the strategy’s currency', () => {
        expect(formatKpiTarget('en', { comparator: '<=', value: 120, unit: 'money', currency: 'RUB' })).toBe('≤ 120 ₽');
        expect(formatKpiTarget('en', { comparator: '<=', value: 9.4, unit: 'money', currency: 'USD' })).toBe('≤ $9.40');
    });

    test('a share, and comparators without a sign of their own', () => {
        expect(nb(formatKpiTarget('ru', { comparator: '>=', value: 1.5, unit: 'percent' }))).toBe('≥ 1,5⍽%');
        expect(formatKpiTarget('en', { comparator: '>', value: 10, unit: 'count' })).toBe('> 10');
        expect(formatKpiTarget('en', { comparator: '=', value: 500, unit: 'count' })).toBe('= 500');
        expect(formatKpiTarget('en', { value: 500 })).toBe('500');
    });
});

describe('counts and costs with the unit’s word', () => {
    test('English plural', () => {
        expect(formatCount('en', 1, 'clicks')).toBe('1 click');
        expect(formatCount('en', 14_400, 'clicks')).toBe('14,400 clicks');
    });

    test('Russian has three forms: 1 клик, 2 клика, 5 кликов', () => {
        expect([1, 2, 5, 21, 1536].map(n => nb(formatCount('ru', n, 'clicks')))).toEqual(['1 клик', '2 клика', '5 кликов', '21 клик', '1⍽536 кликов']);
    });

    test('another unit keeps its name; no unit, the bare number', () => {
        expect(formatCount('en', 150, 'tastings')).toBe('150 tastings');
        expect(formatCount('en', 30.1, undefined)).toBe('30.1');
    });

    test('a cost per unit', () => {
        expect(formatCostPer('en', 4.5, 'USD', 'clicks')).toBe('$4.50/click');
        expect(nb(formatCostPer('ru', 400, 'RUB', 'leads'))).toBe('400⍽₽/лид');
        expect(formatCostPer('en', 0.8, 'USD', undefined)).toBe('$0.80 each');
        expect(nb(formatCostPer('ru', 20, 'RUB', 'tastings'))).toBe('20⍽₽ за единицу');
    });
});
