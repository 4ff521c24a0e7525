import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectHover } from 'langium/test';
import MarkdownIt from 'markdown-it';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/index.js';
import { createTestServices } from '../support/services.js';
import { shopStrategy } from '../support/strategies.js';

const t = createTestServices();
const hover = expectHover(t.services);
let folder = 0;

beforeAll(async () => {
    await t.builtinMetrics();
});

afterEach(() => t.clear());

/**
 * Expects the hover at `<|>` in `text` (a file in a folder of its own) to be exactly `expected`. Russian
 * groups digits with a no-break space: `expected` writes it as a plain one.
 */
async function expectHoverAt(text: string, expected: string | RegExp | undefined, locale: Locale = 'en'): Promise<void> {
    t.setLocale(locale);
    const typographic = typeof expected === 'string' && locale === 'ru'
        ? expected.replace(/(\d) (?=\d{3})/g, '$1\u00A0')
        : expected;
    await hover({ text, index: 0, hover: typographic, parseOptions: { documentUri: `file:///hover${folder++}/s.smm` }, disposeAfterCheck: true });
}

// vk: 250 000 ₽ at CPM 180 buys 250 000 / 180 × 1 000 = 1 388 889 impressions; 250 000 / 600 000 = 41.7% of the budget.
// Reach 1 200 000 → Click 2% = 24 000 clicks, 250 000 / 24 000 = 10.42 ₽ a click → Order 5% = 1 200 orders, 208.33 ₽ an order.
const FUNNEL = (marked: string) => `strategy "S" {
    period 2027-01-01 .. 2027-06-30
    currency RUB
    budget 600 000
    /** VK Ads, feed and clips. */
    channel vk "VKontakte" { budget 250 000 cpm 180 }
    channel blogger { flat 10 000 }
    funnel Orders {
        stage Reach "Sees the ad" via vk volume 1 200 000 impressions
        /** Counted by the pixel. */
        stage Click "Clicks" conversion 2%
        stage Order "Orders" conversion 5%
        stage Repeat "Orders again"
    }
    goal G { kpi orders >= 1000 from ${marked} }
}`;

describe('hover on a funnel stage', () => {
    test('a reference shows the forecast volume, where it comes from, the cost per unit and the doc comment', async () => {
        await expectHoverAt(FUNNEL('Orders.Cl<|>ick'), [
            '**Orders.Click** — Clicks',
            'Forecast: ≈ 24,000 clicks over the period (2% of the previous stage)',
            'Cost per unit: 10.42 ₽/click (spent so far 250,000 ₽)',
            '---',
            'Counted by the pixel.'
        ].join('\n\n'));
    });

    test('in Russian, with Russian grouping, currency and plural', async () => {
        await expectHoverAt(FUNNEL('Orders.Ord<|>er'), [
            '**Orders.Order** — Orders',
            'Прогноз: ≈ 1 200 заказов за период (5\u00a0% от предыдущего этапа)',
            'Цена единицы: 208 ₽/заказ (потрачено к этому этапу 250 000 ₽)'
        ].join('\n\n'), 'ru');
    });

    test('a stage with a given volume says so', async () => {
        await expectHoverAt(FUNNEL('Orders.Re<|>ach'), /Forecast: ≈ 1,200,000 impressions over the period \(as written in `volume`\)/);
    });

    test('a stage without a way to forecast says what is missing', async () => {
        await expectHoverAt(FUNNEL('Orders.Rep<|>eat'), '**Orders.Repeat** — Orders again\n\nNo forecast yet: give the stage a `volume`, a `conversion` after a stage with a volume, or a channel with a budget and a price (`via`).');
    });
});

describe('hover on a channel', () => {
    test('on its reference: budget, share of the strategy budget, what it buys, then its doc comment', async () => {
        await expectHoverAt(FUNNEL('Orders.Order').replace('via vk', 'via v<|>k'), [
            '**vk** — VKontakte',
            'Budget: 250,000 ₽ (41.7% of the strategy budget)',
            'The budget buys: ≈ 1,388,889 impressions',
            '---',
            'VK Ads, feed and clips.'
        ].join('\n\n'));
    });

    test('impressions and a CTR give clicks too; Russian words', async () => {
        // 100 000 / 200 × 1 000 = 500 000 impressions × 1% = 5 000 clicks; no strategy budget, so no share.
        await expectHoverAt('strategy "S" { currency RUB\nchannel v<|>k { budget 100 000 cpm 200 ctr 1% } }', [
            '**vk**',
            'Бюджет: 100 000 ₽',
            'На бюджет покупается: ≈ 500 000 показов · ≈ 5 000 кликов'
        ].join('\n\n'), 'ru');
    });

    test('a flat fee is the channel’s budget but buys no countable volume', async () => {
        // 10 000 / 600 000 = 1.7% of the strategy budget.
        await expectHoverAt(FUNNEL('Orders.Order').replace('channel blogger', 'channel blog<|>ger'), [
            '**blogger**',
            'Budget: 10,000 ₽ (1.7% of the strategy budget)',
            'A flat fee buys no countable volume: give the funnel stage it feeds a `volume`.'
        ].join('\n\n'));
    });

    test('an organic channel: its reach from the content plan, posts × the reach of a post', async () => {
        // 181 days: 3 per week is 3 ÷ 7 × 181 = 77.57 posts × 3 000 = 232 714 reached.
        await expectHoverAt(`strategy "S" { period 2027-01-01 .. 2027-06-30
channel v<|>k { organic 3 000 per post }
content { rubric Kitchen on vk 3 per week } }`, '**vk**\n\nOrganic reach of vk: 77.6 posts of the content plan × 3,000 = 232,714 people reached');
    });

    test('an organic channel with a monthly reach, in Russian', async () => {
        // 6 months × 20 000 = 120 000
        await expectHoverAt('strategy "S" { period 2027-01-01 .. 2027-06-30\nchannel т<|>г { organic 20 000 per month } }',
            '**тг**\n\nОрганический охват канала тг: 20 000 в месяц за период = 120 000 человек', 'ru');
    });

    test('an organic channel without a reach says how to state one', async () => {
        await expectHoverAt('channel b<|>log { organic }',
            '**blog**\n\nOrganic: needs no budget. State its reach to forecast it: `organic 3 000 per post` (from the content plan) or `organic 20 000 per month`.');
    });

    test('a channel without budget says what is missing', async () => {
        await expectHoverAt('channel v<|>k { cpm 200 }',
            '**vk**\n\nNo forecast yet: give the channel a `budget` and a price (`cpm`, `cpc`, `cpv`, `cpl`, `cpa`).');
    });
});

describe('hover on a goal', () => {
    test('its SMART assessment: which criteria hold and why, then its doc comment', async () => {
        // 1 200 orders over the period against 1 000: achievable; named segment: relevant; due at the goal's deadline.
        await expectHoverAt(`${FUNNEL('Orders.Order').replace('goal G {', '/** The main goal. */\n    goal Goal<|>1 "1 000 orders by June" { segment Students deadline 2027-06-30')}\nsegment Students`, [
            '**Goal1** — 1 000 orders by June',
            'SMART: 5 of 5 criteria hold',
            [
                '- ✓ Specific: the statement names what and how much (“1 000”).',
                '- ✓ Measurable: 1 KPI(s) with targets.',
                '- ✓ Achievable: forecast from stage “Orders.Order”: ≈ 1,200 orders by Jun 30, 2027; the target is ≥ 1,000.',
                '- ✓ Relevant: aimed at Students.',
                '- ✓ Time-bound: due Jun 30, 2027, the goal’s deadline.'
            ].join('\n'),
            '---',
            'The main goal.'
        ].join('\n\n'));
    });

    test('in Russian, with what fails', async () => {
        await expectHoverAt('goal Узна<|>ваемость «Неплохо бы, чтобы нас узнали»', [
            '**Узнаваемость** — Неплохо бы, чтобы нас узнали',
            'SMART: выполнено 0 из 5 критериев',
            [
                '- ✗ Не конкретна: «Неплохо бы» — без числа, доли или даты, что бы ни говорили KPI.',
                '- ✗ Не измерима: нет KPI.',
                '- ✗ Достижимость неизвестна: нет прогноза, у цели нет KPI.',
                '- ✗ Актуальность неясна: не указан сегмент аудитории.',
                '- ✗ Не ограничена во времени: ни у цели, ни у её KPI нет даты.'
            ].join('\n')
        ].join('\n\n'), 'ru');
    });
});

describe('hover on other declarations', () => {
    test('a segment shows its doc comment only', async () => {
        await expectHoverAt('/** Students near the campuses. */\nsegment Students\ngoal G { segment Stud<|>ents kpi orders >= 1 }', 'Students near the campuses.');
    });

    test('a standard metric keeps its catalog text', async () => {
        // After the line that says what the KPI is compared with (here: nothing, it has no funnel).
        await expectHoverAt('goal G { kpi c<|>pl <= 100 }', /\n\n---\n\n\*\*CPL\*\* \(`cpl`\)\n\nCost per lead\.\n\nUnit: money\n\nFormula: `spend \/ leads`$/);
    });
});

describe('texts of the strategy in a hover are text', () => {
    // Links and images would show (and load) in the editor's hover; HTML, emphasis and a rule would reshape it.
    const TITLE = '[x](http://evil.example) ![i](http://evil.example/i.png) <img src=x> *bold* `code`';
    const markdown = new MarkdownIt({ html: true, linkify: true });

    /** markdown-it's tokens of the hover at `<|>`, and the text a reader sees. */
    async function hoverAt(marked: string) {
        const uri = `file:///hover${folder++}/s.smm`;
        const document = await t.parse(marked.replace('<|>', ''), uri);
        const result: Hover | undefined = await t.services.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri }, position: document.textDocument.positionAt(marked.indexOf('<|>'))
        });
        const value = (result?.contents as MarkupContent | undefined)?.value ?? '';
        const tokens = markdown.parseInline(value.replace(/\n\n---\n\n/g, '\n\n'), {}).flatMap(token => token.children ?? []);
        // the hover's own code spans (`tastings`, `from Funnel.Stage`) stay; none is made of the title's `code`
        const types = new Set(tokens.filter(token => token.type !== 'code_inline' || token.content === 'code').map(token => token.type));
        return { types, text: tokens.filter(token => token.type === 'text').map(token => token.content).join('') };
    }

    test.each([
        ['a goal', `goal G<|>oal «${TITLE}» { kpi orders >= 1 }`],
        ['a funnel stage', `channel vk { budget 100 cpm 10 } funnel F { stage Re<|>ach «${TITLE}» via vk }`],
        ['a channel', `channel v<|>k «${TITLE}» { budget 100 cpm 10 }`],
        ['a custom metric', `metric tas<|>tings «${TITLE}» { unit count }`],
        ['a custom metric\'s description', `metric tas<|>tings { unit count description «${TITLE}» }`]
    ])('the title of %s', async (_what, text) => {
        const { types, text: shown } = await hoverAt(text);
        for (const type of ['link_open', 'image', 'html_inline', 'em_open', 'code_inline']) {
            expect(types.has(type), type).toBe(false);
        }
        expect(shown).toContain(TITLE);
    });
});

describe('hover on a keyword of the team regulations', () => {
    const TEAM = (marked: string) => `role Smm\nrole Founder\nduty Report "Weekly report" ${marked}`;

    test('`every` says which schedules there are', async () => {
        await expectHoverAt(TEAM('ev<|>ery monday owner Smm'),
            'When the duty recurs: `every weekday`, `every monday`, `every 2 weeks on friday`, `every month on day 5`.');
    });

    test('`accountable`, in Russian', async () => {
        await expectHoverAt(TEAM('every monday owner Smm accoun<|>table Founder'),
            'RACI: единственная роль, которая отвечает за результат (A). Ответственный (`ответственный`) — тот, кто делает (R).', 'ru');
    });

    test('`approve` inside an approval chain', async () => {
        await expectHoverAt('role Smm\napproval Posts { appr<|>ove Smm within 4 hours }', 'A step of the chain: the role that approves, `within` a time.');
    });
});

describe('hover on a KPI\'s metric', () => {
    // 362 customers over 181 days (see `shopStrategy`); by September 30: 362 × 30 ÷ 181 = 60
    const SHOP = shopStrategy;

    test('says what the KPI is compared with, over its window, before the metric\'s text', async () => {
        await expectHoverAt(SHOP('kpi <|>customers >= 300 by 2026-09-30 from F.Pay'),
            /^✗ the forecast falls short of the target: forecast from stage “F\\?\.Pay”: ≈ 60 customers by Sep 30, 2026 \(of ≈ 362 over the whole period\)\n\n---\n\n\*\*Customers\*\*/);
    });

    test('a KPI that is not forecast says so', async () => {
        await expectHoverAt(SHOP('kpi <|>reach >= 1000'), /^not forecast: the KPI names no stage \(`from Funnel\.Stage`\) and the goal has no funnel/);
    });

    test('in Russian', async () => {
        await expectHoverAt(SHOP('kpi <|>клиенты >= 300 by 2026-09-30 from F.Pay'),
            /^✗ прогноз не дотягивает до цели: прогноз этапа «F\\?\.Pay»: ≈ 60 \(клиенты\) к 30 сент\. 2026 г\. \(из ≈ 362 за весь период\)/, 'ru');
    });
});

describe('hover on a channel whose budget changes over the period', () => {
    const RAMP_UP = `strategy "S" {
    period 2027-01-01 .. 2027-04-30
    currency USD
    phase Launch 2027-01-01 .. 2027-01-31 { }
    channel <|>ads { budget 2 000 per month during Launch  budget 4 000 per month during 2027-02-01 .. 2027-04-30  cpc 2 }
}`;

    test('lists what it spends each month', async () => {
        // 2 000 + 3 × 4 000 = 14 000 ÷ 2 = 7 000 clicks
        await expectHoverAt(RAMP_UP, '**ads**\n\nBudget: $14,000\n\nBy month: Jan 2027 $2,000 · Feb 2027 $4,000 · Mar 2027 $4,000 · Apr 2027 $4,000\n\nThe budget buys: ≈ 7,000 clicks');
    });

    test('a budget spent evenly lists no months', async () => {
        await expectHoverAt(RAMP_UP.replace('budget 2 000 per month during Launch  budget 4 000 per month during 2027-02-01 .. 2027-04-30', 'budget 4 000 per month'),
            /^\*\*ads\*\*\n\nBudget: \$16,000\n\nThe budget buys/);
    });

    test('in Russian', async () => {
        await expectHoverAt(RAMP_UP, /По месяцам: янв\. 2027 г\. 2\s000\s\$ · февр\. 2027 г\. 4\s000\s\$/, 'ru');
    });
});

describe('hover on a KPI\'s metric with actual results in the folder', () => {
    /** The worked example's files (`examples/school-actuals-*`), in a folder of their own. */
    async function hoverOnKpi(language: 'en' | 'ru', metric: string): Promise<string> {
        const dir = `examples/school-actuals-${language}`;
        const uri = (name: string) => `file:///progress${folder}/${name}`;
        folder++;
        const files = Object.fromEntries(readdirSync(dir).filter(name => name.endsWith('.smm')).map(name => [uri(name), readFileSync(join(dir, name), 'utf8')]));
        t.setLocale(language);
        const documents = await t.addFiles(files);
        const strategy = documents.get(uri('strategy.smm'))!;
        const text = strategy.textDocument.getText();
        const keyword = language === 'en' ? 'kpi ' : 'показатель ';
        const at = text.indexOf(`${keyword}${metric} `) + keyword.length;
        const result = await t.services.lsp.HoverProvider!.getHoverContent(strategy, {
            textDocument: { uri: strategy.uri.toString() }, position: strategy.textDocument.positionAt(at)
        });
        return (result?.contents as MarkupContent).value.split('\n\n---\n\n')[0];
    }

    // As the example's header comment works it out, as of 31 March (day 90 of 181: 49.72 % of the time).
    test('an amount: the actual, the share of the way, the time gone and the projection with its method', async () => {
        // 280 leads of 600 = 46.67 %; the forecast rescaled: 280 ÷ 300 × 600 = 560 < 600.
        expect((await hoverOnKpi('en', 'leads')).split('\n\n')[1]).toBe(
            '✗ Off track by the actuals: 280 as of Mar 31, 2027, 46.7% of the way with 49.7% of the time gone; 560 by Jun 30, 2027 (the forecast rescaled by the actuals).');
    });

    test('a level on track: the pace so far', async () => {
        // (3 500 − 2 000) ÷ (5 000 − 2 000) = 50 %; 2 000 + 1 500 × 181 ÷ 90 = 5 016.67 ≥ 5 000 (a count: shown whole).
        expect(await hoverOnKpi('en', 'subscribers')).toMatch(
            /^not forecast: the goal’s funnels \(Main\) do not give subscribers; measure it at a stage \(`from Funnel\.Stage`\)\n\n✓ On track by the actuals: 3,500 as of Mar 31, 2027, 50% of the way with 49\.7% of the time gone; 5,017 by Jun 30, 2027 \(at the pace so far\)\.$/);
    });

    test('in Russian', async () => {
        // 91 000 ₽ ÷ 280 = 325 ₽ a lead > 320 ₽: a cost has no share of the way.
        expect((await hoverOnKpi('ru', 'цена_лида')).split('\n\n').at(-1)!.replace(/\u00a0/g, ' ')).toBe(
            '✗ По факту — отстаёт: 325 ₽ на 31 мар. 2027 г.; к 30 июн. 2027 г. — 325 ₽ (при текущем темпе).');
    });
});
