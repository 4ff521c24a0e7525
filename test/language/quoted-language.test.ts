import { isReference, type AstNode } from 'langium';
import { afterEach, describe, expect, test } from 'vitest';
import { catalogs, fillPlaceholders, type Locale, type MessageKey } from '../../src/i18n/index.js';
import { keywordForms, RUSSIAN_KEYWORDS } from '../../src/language/parsing/keywords.js';
import { ISSUES } from '../../src/language/validation/issue-catalog.js';
import type { IssueRecord, Texts } from '../../src/language/validation/issue-record.js';
import { createTestServices, syntaxErrors } from '../support/services.js';

/**
 * The language as the product's texts quote it: hovers, messages and hints give their examples between
 * backticks, and a Russian text gives them in the Russian keywords (`срок-жизни 6 месяцев`, not
 * `lifetime 6 months`), which must then parse and mean what the English example means.
 */
const t = createTestServices({ review: false });
afterEach(() => t.clear());

/** Every text a user reads that quotes the language: the catalogs' and each diagnostic's wordings, by name. */
const TEXTS = new Map<string, Texts>([
    ...(Object.keys(catalogs.en) as MessageKey[]).map(key => [key, { en: catalogs.en[key], ru: catalogs.ru[key] }] as const),
    ...Object.entries(ISSUES as Record<string, IssueRecord>).flatMap(([code, record]) => [
        [code, record.message] as const,
        ...Object.entries(record.variants ?? {}).map(([variant, texts]) => [`${code} (${variant})`, texts] as const)
    ])
]);

/** The code a text quotes, between backticks. */
function codeSpans(text: string): string[] {
    return text.split('`').filter((_, index) => index % 2 === 1);
}

/** The English keywords that have a Russian form among the words of `code`, placeholders (`{stage}`) aside. */
function englishKeywords(code: string): string[] {
    const words = code.replace(/\{\w+\}/g, '').match(/[a-z][a-z-]*/gi) ?? [];
    return words.filter(word => (RUSSIAN_KEYWORDS.get(word)?.length ?? 0) > 0);
}

describe('the code the Russian texts quote', () => {
    test('is written in the Russian keywords (the abbreviations `cpm`, `ctr` are the same in both)', () => {
        const english = [...TEXTS].flatMap(([name, { ru }]) => codeSpans(ru)
            .filter(code => englishKeywords(code).length > 0)
            .map(code => `${name}: \`${code}\``));
        expect(english).toEqual([]);
        // The scan sees the English texts' keywords: it would see them in a Russian text.
        expect(englishKeywords(codeSpans(catalogs.en['keyword.lifetime'])[0])).toEqual(['lifetime', 'months']);
    });

    test('names, where the English text names one keyword, a Russian form of that keyword', () => {
        const pairs = [...TEXTS].flatMap(([name, { en, ru }]) => {
            const [english, russian] = [codeSpans(en), codeSpans(ru)];
            return english.length === russian.length ? english.map((code, index) => [name, code, russian[index]] as const) : [];
        }).filter(([, code]) => /^[a-z-]+$/.test(code) && RUSSIAN_KEYWORDS.has(code));
        expect(pairs.filter(([, code, russian]) => !keywordForms(code).includes(russian)).map(pair => pair.join(' → '))).toEqual([]);
        // `via` → `через`, `conversion` → `доля`, `above` → `свыше`, …
        expect(pairs.length).toBeGreaterThan(10);
    });
});

/** The texts whose examples are statements, and the file around such an example. */
const STATEMENTS: ReadonlyArray<[name: string, around: (code: string) => string]> = [
    ['keyword.adjust', code => code],
    ['keyword.sells', code => `funnel F ${code} { }`],
    ['keyword.lifetime', code => `product P { price 690 per month ${code} }`],
    ['keyword.purchases-per-customer', code => `product P { price 690 ${code} }`],
    ['keyword.channel', code => `channel c { ${code} 100 }`],
    ['hover.channel.organicUnknown', code => `channel c { ${code} }`],
    ['keyword.duty', code => code],
    ['keyword.every', code => `duty D ${code}`],
    ['keyword.within', code => `response R ${code}`],
    ['syntax.form.age', code => `segment S { age ${code} }`],
    ['cli.render.noRoles', code => code],
    ['forecast.not.noFunnel', code => `goal G { kpi leads >= 100 ${code} }`],
    ['forecast.not.notFromFunnels', code => `goal G { kpi leads >= 100 ${code} }`],
    ['mix-not-stated', code => `funnel F ${code} { }`],
    ['funnel-loses-money', code => `goal G { ${code} }`]
];

/** What the diagnostics fill in: a mix of products, a stage. */
const ARGS = { example: 'Beans 50%, OfficePlan 50%', stage: 'Main.Leads' };

/**
 * What a parsed file says, apart from the words its author chooses: the kinds of its nodes, the keywords'
 * values (`months`, `friday`) and the numbers; not its names, titles, quoted texts or the names it refers to.
 */
function meaning(node: unknown): unknown {
    if (Array.isArray(node)) {
        return node.map(meaning);
    }
    if (isReference(node)) {
        return 'a reference';
    }
    if (node !== null && typeof node === 'object') {
        return Object.fromEntries(Object.entries(node as AstNode)
            .filter(([property]) => !property.startsWith('$') || property === '$type')
            .map(([property, value]) => [property, WORDS.has(property) ? 'words' : meaning(value)]));
    }
    return node;
}

/** The properties that hold the author's own words. */
const WORDS = new Set(['name', 'title', 'action', 'format', 'deliverable']);

describe('the statements the texts quote', () => {
    test.each(STATEMENTS)('%s: parse in both languages, and the Russian means what the English does', async (name, around) => {
        const { en, ru } = TEXTS.get(name)!;
        const quoted = (locale: Locale, text: string) => codeSpans(fillPlaceholders(text, ARGS, locale));
        const [english, russian] = [quoted('en', en), quoted('ru', ru)];
        expect(english.length).toBeGreaterThan(0);
        expect(russian).toHaveLength(english.length);
        for (const [index, code] of english.entries()) {
            const parsed = await Promise.all([code, russian[index]].map((example, file) =>
                t.parse(around(example), `file:///quoted/${index}/${file}.smm`)));
            expect(parsed.map(document => syntaxErrors(document)), `${code} | ${russian[index]}`).toEqual([[], []]);
            const [englishMeaning, russianMeaning] = parsed.map(document => meaning(document.parseResult.value));
            expect(russianMeaning, `${code} | ${russian[index]}`).toEqual(englishMeaning);
        }
    });
});
