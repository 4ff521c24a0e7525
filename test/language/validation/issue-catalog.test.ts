import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
    ALL_ISSUE_CODES, ISSUES, REVIEW_CODES, fixDataOf, isIssueCode, issueMessage, type IssueCode
} from '../../../src/language/validation/issue-catalog.js';
import type { Texts } from '../../../src/language/validation/issue-record.js';

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]))].sort();

/** Every wording of every code: its message and its variants. */
const wordings: Array<[string, Texts]> = ALL_ISSUE_CODES.flatMap(code => {
    const record = ISSUES[code] as { message: Texts; variants?: Record<string, Texts> };
    return [[code, record.message] as [string, Texts],
        ...Object.entries(record.variants ?? {}).map(([name, texts]) => [`${code}.${name}`, texts] as [string, Texts])];
});

describe('the issue catalog', () => {
    test('codes are stable kebab-case words', () => {
        expect(ALL_ISSUE_CODES.filter(code => !/^[a-z]+(-[a-z]+)*$/.test(code))).toEqual([]);
        expect(ALL_ISSUE_CODES.length).toBeGreaterThan(40);
    });

    test.each(wordings)('%s has the same placeholders in English and Russian', (_name, texts) => {
        expect(placeholders(texts.ru)).toEqual(placeholders(texts.en));
    });

    test.each(wordings)('%s is written in both languages', (_name, texts) => {
        expect(texts.en.trim()).not.toBe('');
        expect(texts.ru).toMatch(/[а-яё]/i);
        expect(texts.ru).not.toBe(texts.en);
    });

    test('every record says what it means for the reference', () => {
        expect(ALL_ISSUE_CODES.filter(code => ISSUES[code].meaning.trim().length < 10)).toEqual([]);
    });

    test('the review codes are the records of kind review, the rest are about the text', () => {
        expect(REVIEW_CODES).toContain('goal-without-kpi');
        expect(REVIEW_CODES).not.toContain('syntax-error');
        expect(ALL_ISSUE_CODES.filter(code => !REVIEW_CODES.includes(code)).every(code => ISSUES[code].kind === 'text')).toBe(true);
    });

    test('every code has its spec: a describe block named after it beside the other checks\' specs', () => {
        const folder = new URL('./', import.meta.url);
        const specs = readdirSync(folder).filter(name => name.endsWith('.test.ts')).map(name => readFileSync(new URL(name, folder), 'utf8')).join('\n');
        expect(ALL_ISSUE_CODES.filter(code => !specs.includes(`describe('${code}'`))).toEqual([]);
    });

    test('recognises its own codes only', () => {
        expect(isIssueCode('kpi-unreachable')).toBe(true);
        expect(isIssueCode('toString')).toBe(false);
        expect(isIssueCode(undefined)).toBe(false);
    });
});

describe('issueMessage', () => {
    test('fills the placeholders in the chosen language, numbers as the language writes them', () => {
        expect(issueMessage('invalid-range', 'en', { start: 30, end: 18 })).toBe('The range ends (18) before it starts (30).');
        expect(issueMessage('invalid-date', 'ru', { date: '2027-02-30' })).toBe('«2027-02-30» — такой даты в календаре нет.');
        expect(issueMessage('too-many-syntax-errors', 'ru', { shown: 100, hidden: 1250 })).toContain('ещё 1\u00a0250');
    });

    test('fills a placeholder every time it occurs', () => {
        expect(issueMessage('kpi-unknown-metric', 'en', { name: 'ordrs' }, 'noSuggestion')).toBe(
            'Unknown metric “ordrs”. Use a standard metric (reach, clicks, leads, orders, cpl, romi, …) or declare it with `metric ordrs`.');
    });

    test('a variant is a wording of the same code', () => {
        expect(issueMessage('segment-incomplete', 'ru', { segment: 'Студенты' }, 'size'))
            .toBe('У сегмента «Студенты» не указан размер: портрету нужны размер и боли, которые вы решаете.');
        expect(issueMessage('segment-incomplete', 'en', { segment: 'Students' }))
            .toBe('The segment “Students” has no size and no pains: a portrait needs a size and the pains you solve.');
    });
});

describe('fixDataOf', () => {
    const code: IssueCode = 'ambiguous-number';

    test('reads the data its check put in the diagnostic', () => {
        expect(fixDataOf({ data: { code, thousands: '1500', decimal: '1.5' } }, code)).toEqual({ code, thousands: '1500', decimal: '1.5' });
    });

    test('refuses data that another check made, or none', () => {
        expect(fixDataOf({ data: { code: 'currency-mismatch', expected: 'RUB' } }, code)).toBeUndefined();
        expect(fixDataOf({}, code)).toBeUndefined();
        expect(fixDataOf({ data: 'garbage' }, code)).toBeUndefined();
    });
});
