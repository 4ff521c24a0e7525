import { describe, expect, test } from 'vitest';
import { catalogs, fillPlaceholders, resolveLocale, t, type MessageKey } from '../../src/i18n/index.js';
import { LocaleState } from '../../src/language/workspace/locale.js';
import { createTestServices } from '../support/services.js';

const { en, ru } = catalogs;
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]))].sort();

describe('message catalogs', () => {
    test('English and Russian have the same keys', () => {
        expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    });

    test.each(Object.keys(en) as MessageKey[])('%s has the same placeholders in both languages', key => {
        expect(placeholders(ru[key])).toEqual(placeholders(en[key]));
    });

    test('no message is empty', () => {
        const empty = [...Object.entries(en), ...Object.entries(ru)].filter(([, text]) => text.trim() === '').map(([key]) => key);
        expect(empty).toEqual([]);
    });

    test('Russian messages are written in Russian', () => {
        const untranslated = (Object.keys(en) as MessageKey[])
            .filter(key => !key.startsWith('syntax.token.') && ru[key] === en[key]);
        expect(untranslated).toEqual([]);
    });

    test('every kind of named declaration has a word for messages', () => {
        const { services } = createTestServices();
        const reflection = services.shared.AstReflection;
        const named = reflection.getAllTypes().filter(type => 'name' in reflection.getTypeMetaData(type).properties);
        expect(named.length).toBeGreaterThan(10);
        expect(named.filter(type => !(`kind.${type}` in en))).toEqual([]);
    });

    test('every kind that a reference points to has a word for messages', () => {
        const { services } = createTestServices();
        const reflection = services.shared.AstReflection;
        const targets = new Set(reflection.getAllTypes().flatMap(type =>
            Object.values(reflection.getTypeMetaData(type).properties).flatMap(p => p.referenceType ? [p.referenceType] : [])));
        expect([...targets].sort()).toEqual(['Channel', 'Goal', 'Metric', 'Phase', 'Product', 'Role', 'Rubric', 'Segment', 'Stage', 'Task']);
        expect([...targets].filter(type => !(`kind.${type}` in en))).toEqual([]);
    });
});

describe('t', () => {
    test('fills the placeholders', () => {
        expect(t('en', 'syntax.expected', { expected: 'a number', found: 'to' })).toBe('expected a number but found “to”');
        expect(t('ru', 'fix.addOwner', { role: 'СММ' })).toBe('Назначить ответственным СММ');
    });

    test('fills a placeholder every time it occurs', () => {
        expect(fillPlaceholders('`metric {name}` declares “{name}”', { name: 'ordrs' }, 'en')).toBe('`metric ordrs` declares “ordrs”');
    });

    test('writes numbers the way the language writes them', () => {
        expect(fillPlaceholders('{count} posts', { count: 1500 }, 'en')).toBe('1,500 posts');
        expect(fillPlaceholders('{count} постов', { count: 1500 }, 'ru')).toBe('1\u00a0500 постов');
    });

    test('leaves a placeholder it has no value for', () => {
        expect(t('en', 'fix.addKpi')).toBe('Add a KPI to “{goal}”');
    });
});

describe('resolveLocale', () => {
    test.each(['ru', 'ru-RU', 'ru_RU.UTF-8', 'RU', 'ru-ru', 'ru_RU', ' ru-RU '])('%j is Russian', tag => {
        expect(resolveLocale(tag)).toBe('ru');
    });

    test.each(['en', 'en-US', 'de-DE', 'uk-UA', 'C.UTF-8', 'russian', 'rus', '', undefined])('%j is English', tag => {
        expect(resolveLocale(tag)).toBe('en');
    });
});

describe('the locale of the server', () => {
    test('English until told otherwise', () => {
        expect(new LocaleState().current).toBe('en');
    });

    test('auto follows the display language of the editor', () => {
        const locale = new LocaleState();
        expect(locale.set('auto', 'ru-RU')).toBe(true);
        expect(locale.current).toBe('ru');
        expect(locale.t('kind.Segment')).toBe('сегмент');
    });

    test('an explicit setting wins over the display language', () => {
        const locale = new LocaleState();
        locale.set('en', 'ru');
        expect(locale.current).toBe('en');
        locale.set('ru', 'en-US');
        expect(locale.current).toBe('ru');
    });

    test('reports whether the language changed', () => {
        const locale = new LocaleState();
        expect(locale.set(undefined, 'en')).toBe(false);
        expect(locale.set('ru', undefined)).toBe(true);
        expect(locale.set('ru', undefined)).toBe(false);
    });
});
