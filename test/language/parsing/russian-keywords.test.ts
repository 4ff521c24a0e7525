import { AstUtils, CstUtils, GrammarAST, isReference, type AstNode, type CstNode } from 'langium';
import { afterEach, describe, expect, test } from 'vitest';
import { METRIC_CATALOG } from '../../../src/analysis/metric-catalog.js';
import { SmmGrammar } from '../../../src/language/generated/grammar.js';
import { RUSSIAN_KEYWORDS, englishKeyword, keywordIn } from '../../../src/language/parsing/keywords.js';
import { exampleFiles } from '../../roadmap/helpers.js';
import { createTestServices, strategyOf } from '../../support/services.js';

const t = createTestServices({ review: false });
afterEach(() => t.clear());

const grammar = SmmGrammar();
const currencyRule = grammar.rules.find(rule => rule.name === 'CurrencyCode')!;
const currencyCodes = new Set(AstUtils.streamAllContents(currencyRule).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
/** The grammar's keywords that are words (not `{`, `..`, `>=`), currency codes aside. */
const WORDS = [...new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value))]
    .filter(value => /\p{L}/u.test(value) && !currencyCodes.has(value));
const FORMS = [...RUSSIAN_KEYWORDS].flatMap(([english, forms]) => forms.map(form => [form, english] as const));

describe('the table of Russian keywords', () => {
    test('every keyword of the grammar has a Russian form (a Cyrillic keyword is its own)', () => {
        const missing = WORDS.filter(word => !/[\u0400-\u04FF]/.test(word) && !RUSSIAN_KEYWORDS.has(word));
        expect(missing).toEqual([]);
        expect(WORDS.length).toBeGreaterThan(100);
    });

    test('lists keywords of the grammar only', () => {
        expect([...RUSSIAN_KEYWORDS.keys()].filter(word => !WORDS.includes(word))).toEqual([]);
    });

    test('gives each form to one keyword, and no form is an English keyword', () => {
        const forms = FORMS.map(([form]) => form);
        expect(forms.filter((form, i) => forms.indexOf(form) !== i)).toEqual([]);
        expect(forms.filter(form => WORDS.includes(form) && !/[\u0400-\u04FF]/.test(form))).toEqual([]);
    });

    test('takes no name of a standard metric: `kpi конверсия` and `kpi доход` still name metrics', () => {
        const metricWords = new Set(METRIC_CATALOG.flatMap(metric => [metric.id, ...metric.aliases, metric.name.ru.toLowerCase()]));
        expect(FORMS.filter(([form]) => metricWords.has(form))).toEqual([]);
    });

    test('the usual form comes first', () => {
        expect(keywordIn('per', 'ru')).toBe('в');
        expect(keywordIn('conversion', 'ru')).toBe('доля');
        expect(keywordIn('cpm', 'ru')).toBe('cpm');
        expect(keywordIn('goal', 'en')).toBe('goal');
        expect(englishKeyword('раза  в')).toBe('per');
    });
});

describe('the lexer reads a Russian form as its keyword', () => {
    test.each(FORMS)('%s is %s', (form, english) => {
        const { tokens, errors } = t.services.parser.Lexer.tokenize(form);
        expect(errors).toEqual([]);
        expect(tokens.map(token => [token.tokenType.name, token.image])).toEqual([[english, form]]);
    });

    test('a form of several words may have any whitespace between its words, not a comment', () => {
        const { tokens } = t.services.parser.Lexer.tokenize('3 раза\n    в неделю; в /* x */ течение; цель - компании');
        expect(tokens.map(token => token.tokenType.name)).toEqual(['NUMBER', 'per', 'week', 'per', 'ID', 'goal', '-', 'ID']);
    });

    test('a form is a whole word and is case-sensitive: `вк`, `целевой`, `Цель` are names', () => {
        const { tokens } = t.services.parser.Lexer.tokenize('вк целевой Цель цель_2 срок-жизни срок');
        expect(tokens.map(token => token.tokenType.name)).toEqual(['ID', 'ID', 'ID', 'ID', 'lifetime', 'deadline']);
    });
});

describe('a strategy written in Russian keywords', () => {
    /** The example's text with every keyword replaced by its usual Russian form (a format's name is the author's, not a keyword). */
    function inRussian(text: string, root: CstNode): string {
        const edits = CstUtils.streamCst(root)
            .filter(node => GrammarAST.isKeyword(node.grammarSource) && RUSSIAN_KEYWORDS.has(node.grammarSource.value)
                && AstUtils.getContainerOfType(node.grammarSource, GrammarAST.isParserRule)?.name !== 'FormatName')
            .map(node => ({ offset: node.offset, end: node.end, text: keywordIn((node.grammarSource as GrammarAST.Keyword).value, 'ru') }))
            .toArray();
        let result = text;
        for (const edit of edits.reverse()) {
            result = result.slice(0, edit.offset) + edit.text + result.slice(edit.end);
        }
        return result;
    }

    /** The syntax tree's values without its links to the text. */
    function values(node: AstNode): unknown {
        return JSON.parse(JSON.stringify(node, (key, value: unknown) =>
            key.startsWith('$') && key !== '$type' ? undefined : isReference(value) ? value.$refText : value));
    }

    test.each(Object.entries(exampleFiles('coffee-en')))('%s has the syntax tree of its English text', async (uri, text) => {
        const english = await t.parseClean(text, uri);
        const translated = inRussian(text, english.parseResult.value.$cstNode!);
        expect(translated).not.toBe(text);
        const russian = await t.parseClean(translated, uri.replace('coffee-en', 'coffee-ru'));
        expect(values(russian.parseResult.value)).toEqual(values(english.parseResult.value));
    });

    test('mixes Russian and English keywords in one file, with their English values in the tree', async () => {
        const strategy = strategyOf(await t.parseClean(`
            стратегия «Зерно» {
                period 2027-03-01 .. 2027-08-31
                бюджет 50 000 в месяц
                канал вк { budget 30 000 per month во время 2027-03-01 .. 2027-03-31  cpm 200 }
                роль СММ
                content { рубрика Лот on вк 3 раза в неделю format пост ответственный СММ }
                обязанность Отчёт каждую неделю по пятницам owner СММ
            }`));
        const [, budget, channel, , content, duty] = strategy.members;
        expect(budget).toMatchObject({ $type: 'BudgetSetting', amount: { amount: 50000 }, per: 'month' });
        expect(channel).toMatchObject({ budgets: [{ amount: { amount: 30000 }, per: 'month', range: { start: '2027-03-01' } }] });
        expect(content).toMatchObject({ rubrics: [{ frequency: { count: 3, per: 'week' }, formats: ['пост'] }] });
        expect(duty).toMatchObject({ schedule: { unit: 'week', weekday: 'friday' } });
    });

    // The Russian forms of the words added with organic channels, a rubric's time, actuals and ages.
    test('органика 3 000 в пост, в 19:00, факт … на этапе, срок-жизни 5 лет: the values of their English forms', async () => {
        const strategy = strategyOf(await t.parseClean(`
            стратегия «Зерно» {
                период 2027-03-01 .. 2027-08-31
                канал тг { органика 3 000 в пост }
                продукт Курс { цена 990 в месяц срок-жизни 5 лет }
                сегмент Мамы { возраст 25-40 лет }
                воронка Основная { этап Охват через тг  этап Заявки доля 2% }
                контент { рубрика Советы на тг по понедельникам, четвергам в 19:00 формат пост }
                факт неделя 2027-03-01 { лиды 84 на этапе Основная.Заявки }
            }`));
        const [, channel, product, segment, , content, actuals] = strategy.members;
        expect(channel).toMatchObject({ organic: { reach: 3000, per: 'post' } });
        expect(product).toMatchObject({ lifetime: { count: 5, unit: 'years' } });
        expect(segment).toMatchObject({ age: { min: 25, max: 40 } });
        // A format is the author's word, though `пост` is also a keyword.
        expect(content).toMatchObject({ rubrics: [{ days: ['monday', 'thursday'], time: '19:00', formats: ['пост'] }] });
        expect(actuals).toMatchObject({ unit: 'week', entries: [{ value: { value: 84 }, stage: { $refText: 'Основная.Заявки' } }] });
    });
});
