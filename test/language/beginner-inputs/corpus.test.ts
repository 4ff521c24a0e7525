/**
 * What a beginner types, in Russian and in English, and what must happen: accepted with the right values, or
 * a syntax error whose message names what may stand there or the closest keyword (errors.json).
 */
import { readFileSync } from 'node:fs';
import type { AstNode } from 'langium';
import { afterEach, describe, expect, test } from 'vitest';
import type { Locale } from '../../../src/i18n/index.js';
import { createTestServices, syntaxErrors } from '../../support/services.js';

interface BeginnerInput {
    id: string;
    lang: Locale;
    note: string;
    text: string;
    /** Paths into the syntax tree (`elements.0.members.0.per`) and the value each must have. */
    accepted?: Record<string, string | number>;
    /** Words the first syntax error must name (case aside). */
    error?: { mentions: string[] };
    /** Review codes no diagnostic of the text may have. */
    absentCodes?: string[];
}

const CORPUS: BeginnerInput[] = JSON.parse(readFileSync(new URL('errors.json', import.meta.url), 'utf8'));

/** The shapes of the parser's own messages: “expected X but found Y” names neither the place nor what may stand there. */
export const GENERIC_MESSAGE = /^(?:expected .* but found|did not expect|expected at least one|expected .* before the end of the file|expected the end of the file|ожидал|«[^»]*» здесь не ожидается)/;

const t = createTestServices();
let folder = 0;
afterEach(() => t.clear());

function valueAt(node: AstNode, path: string): unknown {
    return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], node);
}

describe('the corpus of beginner inputs', () => {
    test('has at least 35 inputs, Russian and English, most of them mistakes', () => {
        expect(CORPUS.length).toBeGreaterThanOrEqual(35);
        expect(CORPUS.filter(input => input.lang === 'ru').length).toBeGreaterThan(15);
        expect(CORPUS.filter(input => input.lang === 'en').length).toBeGreaterThan(15);
        expect(CORPUS.filter(input => input.error).length).toBeGreaterThanOrEqual(35);
        expect(new Set(CORPUS.map(input => input.id)).size).toBe(CORPUS.length);
    });

    test.each(CORPUS.filter(input => input.accepted).map(input => [input.id, input] as const))('%s is accepted', async (_, input) => {
        t.setLocale(input.lang);
        const document = await t.parse(input.text, `file:///beginner${folder++}/s.smm`);
        expect(syntaxErrors(document), input.note).toEqual([]);
        for (const [path, value] of Object.entries(input.accepted!)) {
            expect(valueAt(document.parseResult.value, path), path).toEqual(value);
        }
    });

    test.each(CORPUS.filter(input => input.error).map(input => [input.id, input] as const))('%s says what may stand there', async (_, input) => {
        t.setLocale(input.lang);
        const uri = `file:///beginner${folder++}/s.smm`;
        const [first] = syntaxErrors(await t.parse(input.text, uri));
        expect(first, input.note).toBeDefined();
        expect(first).not.toMatch(GENERIC_MESSAGE);
        for (const word of input.error!.mentions) {
            expect(first.toLowerCase(), `${input.note}: ${first}`).toContain(word.toLowerCase());
        }
        if (input.absentCodes) {
            const codes = (await t.validate({ [uri.replace('beginner', 'reviewed')]: input.text })).map(issue => issue.code);
            expect(codes).toContain('syntax-error');
            for (const code of input.absentCodes) {
                expect(codes).not.toContain(code);
            }
        }
    });
});
