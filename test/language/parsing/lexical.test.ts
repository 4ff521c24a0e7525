import { afterEach, describe, expect, test } from 'vitest';
import type { AdjustRule, Funnel, Goal, Metric, Phase, Product, Role, Segment, Task } from '../../../src/language/generated/ast.js';
import { parseNumberText } from '../../../src/language/parsing/value-converter.js';
import { createTestServices, named, nodesOf, strategyOf, syntaxErrors } from '../../support/services.js';

const t = createTestServices({ review: false });
afterEach(() => t.clear());

async function segmentSize(written: string): Promise<number | undefined> {
    return named<Segment>(await t.parseClean(`segment S { size ${written} }`), 'Segment', 'S').size;
}

describe('numbers', () => {
    test.each([
        ['1500', 1500],
        ['1 500', 1500],
        ['1_500', 1500],
        ['1\u00A0500', 1500],
        ['1\u202F500', 1500],
        ['45 000', 45000],
        ['1 200 000', 1200000],
        ['1_200_000', 1200000],
        ['1.2', 1.2],
        ['1,2', 1.2],
        ['0.75', 0.75],
        ['1 500,5', 1500.5],
        ['1 500.25', 1500.25],
        ['1,500,000', 1500000],
        ['12,345,678', 12345678],
        ['1,500,000.5', 1500000.5],
        ['0,750', 0.75],
        ['1,5', 1.5],
        ['0', 0]
    ])('%j is %d', async (written, value) => {
        expect(await segmentSize(written)).toBe(value);
    });

    test.each([
        ['40%', 40],
        ['1,2%', 1.2],
        ['1.2%', 1.2],
        ['0,8 %', 0.8],
        ['100%', 100]
    ])('the percentage %j is %d', async (written, value) => {
        const product = named<Product>(await t.parseClean(`product P { margin ${written} }`), 'Product', 'P');
        expect(product.margin?.value).toBe(value);
    });

    test.each([
        ['350 ₽', 350, '₽'],
        ['350₽', 350, '₽'],
        ['1 500 RUB', 1500, 'RUB'],
        ['9,99 $', 9.99, '$'],
        ['20 €', 20, '€'],
        ['5 000 KZT', 5000, 'KZT'],
        ['15 USD', 15, 'USD'],
        ['$60000', 60000, '$'],
        ['$ 60 000', 60000, '$'],
        ['€5', 5, '€'],
        ['₽350', 350, '₽'],
        ['USD 15', 15, 'USD'],
        ['$1,500,000', 1500000, '$']
    ])('the amount %j', async (written, amount, currency) => {
        const product = named<Product>(await t.parseClean(`product P { price ${written} }`), 'Product', 'P');
        expect(product.price).toMatchObject({ amount, currency });
    });

    test('a thousands group must have three digits', async () => {
        const document = await t.parse('segment S { size 1 50 }');
        expect(syntaxErrors(document)).not.toEqual([]);
    });

    test('the value converter normalises every separator', () => {
        expect(['1500', '1 500', '1_500', '1\u00A0500', '1\u202F500', '1500.0', '1500,0'].map(parseNumberText))
            .toEqual([1500, 1500, 1500, 1500, 1500, 1500, 1500]);
    });

    test('the value converter reads two or more commas as thousands and one comma as a decimal comma', () => {
        expect(['1,500,000', '1,000,000,000', '1,500,000.25', '0,750', '1,5', '12,345'].map(parseNumberText))
            .toEqual([1500000, 1000000000, 1500000.25, 0.75, 1.5, 12.345]);
    });

    test('commas that do not group thousands by three are not one number', async () => {
        expect(syntaxErrors(await t.parse('segment S { size 1,50,000 }'))).not.toEqual([]);
    });

    test('a plain amount has no sign', async () => {
        expect(syntaxErrors(await t.parse('product P { price -350 ₽ }'))).not.toEqual([]);
    });
});

describe('dates and ranges', () => {
    test('a date stays as written', async () => {
        const goal = named<Goal>(await t.parseClean('goal G { deadline 2027-03-31 }'), 'Goal', 'G');
        expect(goal.deadline).toBe('2027-03-31');
    });

    test('a date range with and without spaces around ..', async () => {
        const doc = await t.parseClean(`
            phase A 2027-01-01 .. 2027-01-31 { }
            phase B 2027-02-01..2027-02-28 { }`);
        expect(named<Phase>(doc, 'Phase', 'A').range).toMatchObject({ start: '2027-01-01', end: '2027-01-31' });
        expect(named<Phase>(doc, 'Phase', 'B').range).toMatchObject({ start: '2027-02-01', end: '2027-02-28' });
    });

    test('a number range with and without spaces', async () => {
        const doc = await t.parseClean(`
            segment A { age 18..24 }
            segment B { age 25 .. 34 }`);
        expect(named<Segment>(doc, 'Segment', 'A').age).toMatchObject({ min: 18, max: 24 });
        expect(named<Segment>(doc, 'Segment', 'B').age).toMatchObject({ min: 25, max: 34 });
    });

    test.each([
        ['a hyphen', '18-24'],
        ['an en dash', '18–24'],
        ['two dots', '18..24'],
        ['a hyphen with spaces', '18 - 24'],
        ['an en dash with spaces', '18 – 24']
    ])('a number range with %s', async (_separator, written) => {
        const segment = named<Segment>(await t.parseClean(`segment S { age ${written} size 100 }`), 'Segment', 'S');
        expect(segment.age).toMatchObject({ min: 18, max: 24 });
        expect(segment.size).toBe(100);
    });

    test('a range needs both ends', async () => {
        expect(syntaxErrors(await t.parse('segment S { age 18- }'))).not.toEqual([]);
    });

    test('a date that is not YYYY-MM-DD is a syntax error', async () => {
        expect(syntaxErrors(await t.parse('goal G { deadline 2027-3-31 }'))).not.toEqual([]);
    });
});

describe('strings', () => {
    async function roleTitle(written: string): Promise<string | undefined> {
        return named<Role>(await t.parseClean(`role R ${written}`), 'Role', 'R').title;
    }

    test('in straight double quotes', async () => {
        expect(await roleTitle('"SMM manager"')).toBe('SMM manager');
    });

    test('escaped quotes and backslashes inside double quotes', async () => {
        expect(await roleTitle(String.raw`"The \"main\" one, C:\\temp"`)).toBe('The "main" one, C:\\temp');
    });

    test('a newline escape inside double quotes', async () => {
        expect(await roleTitle(String.raw`"line one\nline two"`)).toBe('line one\nline two');
    });

    test('the escapes docs/language.md lists, inside double quotes; a backslash before another character is that character', async () => {
        expect(await roleTitle(String.raw`"\n\t\r\0\b\f\v \q\"\\"`)).toBe('\n\t\r\0\b\f\v q"\\');
    });

    test('the surprise the docs warn of: `\\t` of a Windows path in double quotes is a tab', async () => {
        expect(await roleTitle(String.raw`"C:\temp"`)).toBe('C:\temp');
    });

    test('in guillemets', async () => {
        expect(await roleTitle('«СММ-менеджер»')).toBe('СММ-менеджер');
    });

    test('guillemets may hold straight quotes, and straight quotes may hold guillemets', async () => {
        const doc = await t.parseClean(`
            role A «Кофейня "Зерно"»
            role B "Кофейня «Зерно»"`);
        expect(named<Role>(doc, 'Role', 'A').title).toBe('Кофейня "Зерно"');
        expect(named<Role>(doc, 'Role', 'B').title).toBe('Кофейня «Зерно»');
    });

    test('a backslash inside guillemets is kept as written', async () => {
        expect(await roleTitle(String.raw`«Папка C:\temp\new»`)).toBe(String.raw`Папка C:\temp\new`);
    });

    test('«C:\\temp» keeps its backslash', async () => {
        expect(await roleTitle(String.raw`«C:\temp»`)).toBe(String.raw`C:\temp`);
    });

    test('a string may span lines', async () => {
        expect(await roleTitle('"first\nsecond"')).toBe('first\nsecond');
    });

    test('an unterminated string is a syntax error', async () => {
        expect(syntaxErrors(await t.parse('role R "never closed'))).not.toEqual([]);
    });
});

describe('comments', () => {
    test('line and block comments are ignored', async () => {
        const doc = await t.parseClean(`
            // the team
            role Manager /* the one who answers */ "Manager" // trailing
            /* a block
               over several lines */
            role Designer`);
        expect(nodesOf<Role>(doc, 'Role').map(r => [r.name, r.title])).toEqual([['Manager', 'Manager'], ['Designer', undefined]]);
    });

    test('a comment marker inside a string is part of the string', async () => {
        const doc = await t.parseClean('role R "see https://example.com /* not a comment */"');
        expect(named<Role>(doc, 'Role', 'R').title).toBe('see https://example.com /* not a comment */');
    });

    test('a commented-out declaration does not exist', async () => {
        const doc = await t.parseClean(`
            // role Ghost
            /* role Phantom */
            role Real`);
        expect(nodesOf<Role>(doc, 'Role').map(r => r.name)).toEqual(['Real']);
    });

    test('a doc comment documents the declaration that follows it', async () => {
        const doc = await t.parseClean(`
            /** Writes posts and answers comments. */
            role Manager "Manager"
            // not documentation
            role Designer`);
        const docs = t.services.documentation.DocumentationProvider;
        expect(docs.getDocumentation(named<Role>(doc, 'Role', 'Manager'))?.trim()).toBe('Writes posts and answers comments.');
        expect(docs.getDocumentation(named<Role>(doc, 'Role', 'Designer'))).toBeUndefined();
    });

    test('a doc comment inside a strategy block documents a nested goal', async () => {
        const doc = await t.parseClean(`
            strategy "S" {
              /** Students order more in exam weeks. */
              goal MoreOrders { kpi orders >= 10 }
            }`);
        const goal = named<Goal>(doc, 'Goal', 'MoreOrders');
        expect(t.services.documentation.CommentProvider.getComment(goal)).toBe('/** Students order more in exam weeks. */');
        expect(t.services.documentation.DocumentationProvider.getDocumentation(goal)?.trim()).toBe('Students order more in exam weeks.');
    });

    test('a plain block comment is not documentation', async () => {
        const doc = await t.parseClean(`
            /* just a note */
            role Manager`);
        expect(t.services.documentation.DocumentationProvider.getDocumentation(named<Role>(doc, 'Role', 'Manager'))).toBeUndefined();
    });
});

describe('identifiers', () => {
    test.each(['goalkeeper', 'forecast', 'kpis', 'stageName', 'perk', 'by_hand', '_draft', 'vk2', 'Этап1', 'Ёжик', 'ёлка'])(
        '%s is one name: a keyword or digit inside it does not split it', async name => {
            const doc = await t.parseClean(`role ${name}`);
            expect(nodesOf<Role>(doc, 'Role').map(r => r.name)).toEqual([name]);
        });

    test('a keyword alone is not a name', async () => {
        expect(syntaxErrors(await t.parse('role goal'))).not.toEqual([]);
    });
});

describe('a strategy written wholly in Russian', () => {
    const russian = `
strategy «Зерно — кофе с доставкой, 1-е полугодие 2027» {
  period 2027-01-01 .. 2027-06-30
  currency RUB
  budget 600 000 ₽
  company-goal «Выручка онлайн-заказов +25% в 2027 году»

  /** Отвечает за контент и комментарии. */
  role СММщик «СММ-менеджер»
  role Таргетолог «Специалист по таргету»

  product Доставка «Кофе за 30 минут» { price 350  margin 40%  usp «Обжарка в день заказа» }

  channel вк «ВКонтакте» { budget 250 000  cpm 180 }
  channel тг { budget 150 000  cpm 400 }

  segment Студенты «Студенты у кампусов» {
    size 45 000  age 18..24  geo «Москва»
    pain «Нужен дешёвый кофе до пар»  motive «Удобство»  channels вк, тг
  }

  funnel Заказы for Студенты {
    stage Охват «Видит рекламу» via вк volume 1 200 000 показы
    stage Клик «Кликает» conversion 1,2%
    stage Заказ «Заказывает» conversion 8%
  }

  metric повторные_заказы «Повторные заказы» { aka повторы unit count formula заказы - клиенты outcome }

  goal БольшеЗаказов «1 500 заказов в месяц от студентов к концу марта» {
    segment Студенты
    kpi заказы >= 1 500 per month by 2027-03-31 baseline 300 from Заказы.Заказ
    kpi цена_лида <= 120
    kpi повторы >= 200
    owner СММщик
  }

  content {
    rubric ЗаСтойкой «За барной стойкой» on вк, тг 3 per week format клипы owner СММщик goal БольшеЗаказов
  }

  phase Запуск «Запуск» 2027-01-01 .. 2027-01-31 {
    task Кабинет «Завести рекламный кабинет» owner Таргетолог due 2027-01-10
    task Креативы «Нарисовать креативы» after Кабинет
    milestone «Первые 100 заказов» by 2027-01-31
  }

  risk Подорожание «Реклама во ВК подорожает на 30%» probability 40% impact 90 000 mitigation «Перенести бюджет в Telegram Ads»

  adjust when кликабельность < 0,8% for 7 days then «Заменить креативы» owner Таргетолог
}`;

    test('has no diagnostics at all', async () => {
        expect(await t.validate(russian)).toEqual([]);
    });

    test('keeps Cyrillic names, titles and numbers', async () => {
        const doc = await t.parseClean(russian);
        expect(strategyOf(doc).title).toBe('Зерно — кофе с доставкой, 1-е полугодие 2027');
        expect(named<Segment>(doc, 'Segment', 'Студенты')).toMatchObject({
            title: 'Студенты у кампусов', size: 45000, geo: 'Москва', pains: ['Нужен дешёвый кофе до пар']
        });
        expect(named<Funnel>(doc, 'Funnel', 'Заказы').stages.map(s => [s.name, s.volume ?? s.conversion?.value]))
            .toEqual([['Охват', 1200000], ['Клик', 1.2], ['Заказ', 8]]);
    });

    test('resolves Cyrillic references, Russian metric aliases and Funnel.Stage', async () => {
        const doc = await t.parseClean(russian);
        const goal = named<Goal>(doc, 'Goal', 'БольшеЗаказов');
        expect(goal.owner?.ref?.name).toBe('СММщик');
        expect(goal.kpis.map(k => k.metric.ref?.name)).toEqual(['orders', 'cpl', 'повторные_заказы']);
        expect(goal.kpis[0].sources[0]?.ref?.name).toBe('Заказ');
        expect(named<Task>(doc, 'Task', 'Креативы').after[0].ref?.name).toBe('Кабинет');
        expect(nodesOf<AdjustRule>(doc, 'AdjustRule')[0].conditions[0].metric.ref?.name).toBe('ctr');
        expect(named<Funnel>(doc, 'Funnel', 'Заказы').stages[0].unit?.ref?.name).toBe('impressions');
    });

    test('a doc comment in Russian documents the role', async () => {
        const doc = await t.parseClean(russian);
        const role = named<Role>(doc, 'Role', 'СММщик');
        expect(t.services.documentation.DocumentationProvider.getDocumentation(role)?.trim()).toBe('Отвечает за контент и комментарии.');
    });

    test('a custom metric with a Cyrillic name and the letter ё', async () => {
        const doc = await t.parseClean('metric вовлечённость_сторис { aka ёмкость }', 'file:///ru/metrics.smm');
        expect(named<Metric>(doc, 'Metric', 'вовлечённость_сторис').aliases).toEqual(['ёмкость']);
    });
});

describe('texts that exhaust a naive parser', () => {
    test('a string of five million characters is read whole', async () => {
        const pain = 'x'.repeat(5_000_000);
        const document = await t.parseClean(`segment S { pain "${pain}" }`);
        expect(named<Segment>(document, 'Segment', 'S').pains[0]).toHaveLength(5_000_000);
    });

    test('parentheses nested thousands deep give one syntax error, on the first parenthesis too many', async () => {
        const depth = 5000;
        const issues = await t.validate(`metric m { formula ${'('.repeat(depth)}1${')'.repeat(depth)} }`);
        expect(issues.map(i => [i.code, i.line, i.column, i.message])).toEqual([[
            'syntax-error', 1, 'metric m { formula '.length + 100, 'Syntax error: the text is nested too deeply to read (more than 100 parentheses inside each other)'
        ]]);
    });

    test('100 levels are read, 101 are refused', async () => {
        expect(await t.validate(`metric m { formula ${'('.repeat(100)}1${')'.repeat(100)} }`)).toEqual([]);
        await t.clear();
        expect((await t.validate(`metric m { formula ${'('.repeat(101)}1${')'.repeat(101)} }`)).map(i => i.code)).toEqual(['syntax-error']);
    });

    test('parentheses in texts and comments are not nesting', async () => {
        const deep = '('.repeat(300);
        expect(await t.validate(`// ${deep}\n/* ${deep} */\nsegment S { pain "${deep}" pain «${deep}» size 100 }`)).toEqual([]);
    });

    test('a few levels of parentheses are ordinary', async () => {
        expect(await t.validate('metric m { formula ((((1 + 2)))) * 3 }')).toEqual([]);
    });
});
