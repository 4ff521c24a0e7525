import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { AstUtils, EmptyFileSystem, GrammarAST } from 'langium';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { createSmmServices } from '../../src/language/smm-module.js';
import { RUSSIAN_KEYWORDS } from '../../src/language/parsing/keywords.js';

const root = new URL('../../', import.meta.url);
let grammar: textmate.IGrammar;

beforeAll(async () => {
    const wasm = readFileSync(new URL('node_modules/vscode-oniguruma/release/onig.wasm', root));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
            createOnigString: text => new oniguruma.OnigString(text)
        }),
        loadGrammar: async scopeName => scopeName === 'source.smm'
            ? textmate.parseRawGrammar(readFileSync(new URL('syntaxes/smm.tmLanguage.json', root), 'utf8'), 'smm.tmLanguage.json')
            : null
    });
    const loaded = await registry.loadGrammar('source.smm');
    if (!loaded) {
        throw new Error('the smm grammar did not load');
    }
    grammar = loaded;
});

interface Token {
    text: string;
    scopes: string[];
}

/** Tokenizes lines of `.smm` text the way the editor does, carrying the state from line to line. */
function tokenize(text: string): Token[] {
    let state = textmate.INITIAL;
    const tokens: Token[] = [];
    for (const line of text.split('\n')) {
        const result = grammar.tokenizeLine(line, state);
        for (const token of result.tokens) {
            tokens.push({ text: line.substring(token.startIndex, token.endIndex), scopes: token.scopes });
        }
        state = result.ruleStack;
    }
    return tokens;
}

/** The innermost scope of the token that is exactly `piece` (the first one, or the `nth`). */
function scopeOf(text: string, piece: string, nth = 0): string {
    const matching = tokenize(text).filter(token => token.text === piece);
    if (matching.length <= nth) {
        const seen = tokenize(text).map(token => JSON.stringify(token.text)).join(' ');
        throw new Error(`no token ${JSON.stringify(piece)} in ${JSON.stringify(text)}; tokens: ${seen}`);
    }
    const scopes = matching[nth].scopes;
    return scopes[scopes.length - 1];
}

/** Every scope of every character of `piece` within the line, so a piece split over tokens is seen whole. */
function scopesCovering(text: string, piece: string): string[] {
    const start = text.indexOf(piece);
    if (start < 0) {
        throw new Error(`${JSON.stringify(piece)} is not in ${JSON.stringify(text)}`);
    }
    const end = start + piece.length;
    const result = grammar.tokenizeLine(text, textmate.INITIAL);
    return [...new Set(result.tokens
        .filter(token => token.startIndex < end && token.endIndex > start)
        .map(token => token.scopes[token.scopes.length - 1]))];
}

describe('keywords', () => {
    test.each([
        ['strategy', 'strategy "S" {'],
        ['goal', 'goal MoreOrders {'],
        ['kpi', '  kpi orders >= 1500 per month'],
        ['per', '  kpi orders >= 1500 per month'],
        ['month', '  kpi orders >= 1500 per month'],
        ['funnel', 'funnel Orders for Students {'],
        ['for', 'funnel Orders for Students {'],
        ['company-goal', '  company-goal "Revenue +25%"'],
        ['adjust', 'adjust when ctr < 0.8% then "Fix"'],
        ['when', 'adjust when ctr < 0.8% then "Fix"'],
        ['then', 'adjust when ctr < 0.8% then "Fix"'],
        ['cpm', 'channel vk { cpm 180 }'],
        ['RUB', '  currency RUB']
    ])('%s', (keyword, line) => {
        expect(scopeOf(line, keyword)).toBe('keyword.control.smm');
    });

    test.each([
        ['goalkeeper', 'role goalkeeper'],
        ['forecast', 'role forecast'],
        ['stage_one', 'role stage_one'],
        ['Этап1', 'funnel F { stage Этап1 }'],
        ['целиgoal', 'role целиgoal'],
        ['goalЦель', 'role goalЦель'],
        ['kpis', 'role kpis'],
        ['ctr_rate', 'goal G { kpi ctr_rate >= 1 }'],
        ['vk2', 'channel vk2']
    ])('a keyword inside the name %s is not a keyword', (name, line) => {
        expect(scopesCovering(line, name)).not.toContain('keyword.control.smm');
        expect(scopesCovering(line, name)).not.toContain('constant.numeric.smm');
    });

    test('every word keyword of the language is highlighted as a keyword', () => {
        const { Smm } = createSmmServices(EmptyFileSystem);
        const words = [...new Set(AstUtils.streamAllContents(Smm.Grammar).filter(GrammarAST.isKeyword).map(k => k.value)
            .filter(word => /^[a-zA-Z][a-zA-Z-]*$/.test(word)))];
        expect(words.length).toBeGreaterThan(50);
        expect(words.filter(word => scopeOf(`${word} `, word) !== 'keyword.control.smm')).toEqual([]);
    });

    test.each([
        ['стратегия', 'стратегия «С» {'],
        ['показатель', '  показатель заказы >= 1500 в месяц'],
        ['в', '  показатель заказы >= 1500 в месяц'],
        ['месяц', '  показатель заказы >= 1500 в месяц'],
        ['раза в', '  рубрика Лот на вк 3 раза в неделю'],
        ['цель-компании', '  цель-компании «Выручка +25%»'],
        ['в течение', 'корректировка когда ctr < 0,8% в течение 7 дней то «Заменить»']
    ])('the Russian form %s', (keyword, line) => {
        expect(scopeOf(line, keyword)).toBe('keyword.control.smm');
    });

    test.each([
        ['вк', 'канал вк'],
        ['целевой', 'роль целевой'],
        ['срок_2', 'роль срок_2'],
        ['Цель', 'роль Цель']
    ])('a Russian form inside the name %s is not a keyword', (name, line) => {
        expect(scopesCovering(line, name)).not.toContain('keyword.control.smm');
    });

    test('every Russian form of a keyword is highlighted as a keyword', () => {
        const forms = [...RUSSIAN_KEYWORDS.values()].flat();
        expect(forms.filter(form => scopeOf(`${form} `, form) !== 'keyword.control.smm')).toEqual([]);
    });

    test('a keyword after a Cyrillic name is still a keyword', () => {
        expect(scopeOf('goal Цель { kpi заказы >= 1 }', 'kpi')).toBe('keyword.control.smm');
    });
});

describe('strings', () => {
    test('in double quotes', () => {
        expect(scopesCovering('role R "SMM manager"', '"SMM manager"')).toEqual(['string.quoted.double.smm']);
    });

    test('in guillemets', () => {
        expect(scopesCovering('role R «СММ-менеджер»', '«СММ-менеджер»')).toEqual(['string.quoted.delimiter.smm']);
    });

    test('an escaped quote does not end the string', () => {
        const line = String.raw`role R "the \"main\" one" goal`;
        expect(scopeOf(line, String.raw`\"`)).toBe('constant.character.escape.smm');
        expect(scopesCovering(line, 'one')).toEqual(['string.quoted.double.smm']);
        expect(scopeOf(line, 'goal')).toBe('keyword.control.smm');
    });

    test('numbers, dates, percentages and keywords inside a string stay string', () => {
        const line = 'goal G "1,500 orders by 2027-03-31, 40% of them for goal" {';
        expect(scopesCovering(line, '"1,500 orders by 2027-03-31, 40% of them for goal"')).toEqual(['string.quoted.double.smm']);
    });

    test('a backslash inside guillemets is an ordinary character, not an escape', () => {
        // The language keeps «C:\temp\new» as written, so the editor must not colour \t and \n as escapes.
        const line = String.raw`role R «C:\temp\new» goal`;
        expect(scopesCovering(line, String.raw`«C:\temp\new»`)).toEqual(['string.quoted.delimiter.smm']);
        expect(scopeOf(line, 'goal')).toBe('keyword.control.smm');
    });

    test('numbers inside guillemets stay string', () => {
        expect(scopesCovering('role R «1 500 заказов»', '«1 500 заказов»')).toEqual(['string.quoted.delimiter.smm']);
    });

    test('a comment marker inside a string stays string', () => {
        expect(scopesCovering('role R "https://example.com" goal', '"https://example.com"')).toEqual(['string.quoted.double.smm']);
        expect(scopeOf('role R "https://example.com" goal', 'goal')).toBe('keyword.control.smm');
    });
});

describe('comments', () => {
    test('a line comment to the end of the line', () => {
        expect(scopesCovering('role R // the goal is 1500 orders', '// the goal is 1500 orders')).toEqual(['comment.line.smm']);
    });

    test('the next line is code again', () => {
        expect(scopeOf('// a note\ngoal G', 'goal')).toBe('keyword.control.smm');
    });

    test('a block comment inside a line', () => {
        const line = 'role R /* goal 1500 */ goal';
        expect(scopesCovering(line, ' goal 1500 ')).toEqual(['comment.block.smm']);
        expect(scopeOf(line, 'goal')).toBe('keyword.control.smm');
    });

    test('a block comment over several lines', () => {
        const tokens = tokenize('/** Students\n  kpi orders >= 1500\n*/ goal');
        expect(tokens.find(token => token.text.includes('kpi orders'))?.scopes).toContain('comment.block.smm');
        expect(tokens.at(-1)).toEqual({ text: 'goal', scopes: ['source.smm', 'keyword.control.smm'] });
    });
});

describe('currency symbols', () => {
    test.each(['₽', '$', '€', '£', '₸'])('%s', symbol => {
        expect(scopeOf(`price 100 ${symbol}`, symbol)).toBe('support.constant.currency.smm');
    });

    test.each([
        ['$', '60000', 'budget $60000'],
        ['€', '5', 'price €5'],
        ['$', '15', 'kpi cac <= $15'],
        ['₽', '60 000', 'budget ₽60 000']
    ])('%s before the amount %s', (symbol, amount, line) => {
        expect(scopeOf(line, symbol)).toBe('support.constant.currency.smm');
        expect(scopeOf(line, amount)).toBe('constant.numeric.smm');
    });
});

describe('numbers', () => {
    test.each([
        ['1500', 'budget 1500'],
        ['1 500', 'budget 1 500'],
        ['1_500', 'budget 1_500'],
        ['1\u00A0500', 'budget 1\u00A0500'],
        ['1\u202F500', 'budget 1\u202F500'],
        ['1 200 000', 'stage Reach volume 1 200 000 impressions'],
        ['1.2', 'budget 1.2'],
        ['1,2', 'budget 1,2'],
        ['40%', 'margin 40%'],
        ['1,2%', 'conversion 1,2%'],
        ['0.8%', 'adjust when ctr < 0.8% then "x"'],
        ['1,500,000', 'segment S { size 1,500,000 }'],
        ['0,750', 'margin 0,750'],
        ['20%', 'kpi romi >= -20%'],
        ['50', 'adjust when subscriber_growth < -50 then "x"']
    ])('%j is one number', (number, line) => {
        expect(scopeOf(line, number)).toBe('constant.numeric.smm');
    });

    test('the numbers of an age range', () => {
        const line = 'segment S { age 18..24 }';
        expect(scopeOf(line, '18')).toBe('constant.numeric.smm');
        expect(scopeOf(line, '..')).toBe('keyword.operator.range.smm');
        expect(scopeOf(line, '24')).toBe('constant.numeric.smm');
    });

    test.each(['18-24', '18–24', '18 - 24'])('the numbers of the age range %s', range => {
        const line = `segment S { age ${range} }`;
        expect(scopeOf(line, '18')).toBe('constant.numeric.smm');
        expect(scopeOf(line, '24')).toBe('constant.numeric.smm');
        expect(scopesCovering(line, range)).not.toContain('constant.numeric.date.smm');
        expect(scopeOf(line, range.includes('–') ? '–' : '-')).toBe('keyword.operator.range.smm');
    });

    test('a minus sign before a target is not a range', () => {
        expect(scopesCovering('kpi romi >= -20%', '-')).not.toContain('keyword.operator.range.smm');
    });

    test('the numbers of a frequency with an interval', () => {
        const line = 'rubric R 1 per 2 weeks';
        expect(scopeOf(line, '1')).toBe('constant.numeric.smm');
        expect(scopeOf(line, '2')).toBe('constant.numeric.smm');
        expect(scopeOf(line, 'weeks')).toBe('keyword.control.smm');
    });

    test('a currency symbol after an amount', () => {
        const line = 'budget 600 000 ₽';
        expect(scopeOf(line, '600 000')).toBe('constant.numeric.smm');
        expect(scopeOf(line, '₽')).toBe('support.constant.currency.smm');
    });
});

describe('dates', () => {
    test('a date is one date token', () => {
        expect(scopeOf('  kpi orders >= 10 by 2027-03-31', '2027-03-31')).toBe('constant.numeric.date.smm');
    });

    test('a period written without spaces', () => {
        const line = 'period 2027-01-01..2027-06-30';
        expect(scopeOf(line, '2027-01-01')).toBe('constant.numeric.date.smm');
        expect(scopeOf(line, '2027-06-30')).toBe('constant.numeric.date.smm');
    });

    test('both ends of a period', () => {
        const line = 'period 2027-01-01 .. 2027-06-30';
        expect(scopeOf(line, '2027-01-01')).toBe('constant.numeric.date.smm');
        expect(scopeOf(line, '..')).toBe('keyword.operator.range.smm');
        expect(scopeOf(line, '2027-06-30')).toBe('constant.numeric.date.smm');
    });
});

describe('comparison operators', () => {
    test.each(['>=', '<=', '>', '<', '=', '≥', '≤'])('%s', operator => {
        expect(scopeOf(`kpi orders ${operator} 10`, operator)).toBe('keyword.operator.comparison.smm');
    });
});
