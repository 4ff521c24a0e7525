import { afterEach, describe, expect, test } from 'vitest';
import { t as translate, type Locale } from '../../src/i18n/index.js';
import {
    FUNNEL_PRESETS, funnelSnippet, goalSnippet, strategySnippet, withDefaults, type SnippetContext
} from '../../src/language/lsp/snippets.js';
import { createTestServices } from '../support/services.js';

const t = createTestServices();
let folder = 0;

afterEach(() => t.clear());

const contextIn = (locale: Locale, extra: Partial<SnippetContext> = {}): SnippetContext => ({
    locale, t: (key, args) => translate(locale, key, args), today: new Date(2026, 10, 26), ...extra
});

const uri = () => `file:///snippets${folder++}/s.smm`;

describe('withDefaults', () => {
    test('replaces placeholders by their defaults and choices by their first option', () => {
        expect(withDefaults('kpi ${1:orders} ${2|>=,<=|} ${3:10} by ${4:2027-06-30}$0')).toBe('kpi orders >= 10 by 2027-06-30');
    });

    test('keeps mirrors and nested placeholders as their text', () => {
        expect(withDefaults('segment ${1:Students} for ${1:Students} ${2:a ${3:b}} ${4}')).toBe('segment Students for Students a b ');
    });
});

describe.each(['en', 'ru'] as const)('snippets in %s, filled with their defaults', locale => {
    test('the strategy skeleton parses and validates without a single error', async () => {
        const text = withDefaults(strategySnippet(contextIn(locale)));
        const issues = await t.validate(text, uri());
        expect(issues.filter(i => i.severity === 'error')).toEqual([]);
    });

    test('the strategy skeleton follows the textbook’s order', () => {
        const text = withDefaults(strategySnippet(contextIn(locale)));
        const order = ['period', 'currency', 'budget', 'company-goal', 'role', 'product', 'usp', 'competitor', 'segment',
            'channel', 'funnel', 'goal', 'kpi', 'content', 'phase', 'task', 'risk', 'adjust'];
        const positions = order.map(keyword => text.search(new RegExp(`^\\s*${keyword}\\b`, 'm')));
        expect(positions.every(p => p >= 0), String(positions)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    test('a SMART goal parses on its own and inside the skeleton', async () => {
        await t.parseClean(withDefaults(goalSnippet(contextIn(locale))), uri());
        const skeleton = withDefaults(strategySnippet(contextIn(locale)));
        const goal = withDefaults(goalSnippet(contextIn(locale, { segment: 'Students', role: 'Boss', stage: 'Orders.Order' })));
        await t.parseClean(skeleton.replace(/\}\s*$/, `${goal}\n}\n`), uri());
    });

    test.each(FUNNEL_PRESETS)('the %s funnel parses, also naming a segment and a channel', async preset => {
        await t.parseClean(withDefaults(funnelSnippet(preset, contextIn(locale))), uri());
        await t.parseClean(withDefaults(funnelSnippet(preset, contextIn(locale, { segment: 'S', channel: 'vk' }))), uri());
    });
});

describe('what the snippets contain', () => {
    test('the period starts on the first of next month and lasts half a year', () => {
        // Today 2026-11-26: 2026-12-01 .. 2027-05-31.
        expect(withDefaults(strategySnippet(contextIn('en')))).toContain('period 2026-12-01 .. 2027-05-31');
    });

    test('a goal takes the strategy’s end as its deadline', () => {
        const goal = withDefaults(goalSnippet(contextIn('en', { period: { start: '2027-01-01', end: '2027-06-30' } })));
        expect(goal).toContain('by 2027-06-30');
        expect(goal).toContain('deadline 2027-06-30');
    });

    test('AIDA has four stages, AARRR five, TOFU three', () => {
        const stages = (preset: typeof FUNNEL_PRESETS[number]) => withDefaults(funnelSnippet(preset, contextIn('en'))).match(/\bstage /g)?.length;
        expect([stages('aida'), stages('tofu'), stages('aarrr')]).toEqual([4, 3, 5]);
    });

    test('Russian snippets have Russian names and texts', () => {
        const text = withDefaults(funnelSnippet('aida', contextIn('ru')));
        expect(text).toContain('stage Внимание "Видит рекламу"');
        expect(text).toContain('volume 1 000 000 показы');
    });
});
