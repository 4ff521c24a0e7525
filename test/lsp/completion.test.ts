import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultCompletionProvider } from 'langium/lsp';
import MarkdownIt from 'markdown-it';
import { InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { localIsoDate } from '../../src/analysis/dates.js';
import { EXAMPLES } from '../support/artifacts.js';
import { completionItemsAt } from '../support/completion.js';
import { createTestServices } from '../support/services.js';

const t = createTestServices();
let folder = 0;

beforeAll(async () => {
    await t.builtinMetrics();
});

afterEach(() => t.clear());

/** The completion items at `<|>` in `text`, in a folder of its own. */
const itemsAt = completionItemsAt(t, 'completion');

const labels = (items: CompletionItem[]) => items.map(i => i.label);
const item = (items: CompletionItem[], label: string) => {
    const found = items.find(i => i.label === label);
    expect(found, `no item ${label} among ${labels(items).join(', ')}`).toBeDefined();
    return found!;
};
/** Raw HTML allowed and bare URLs linked, as a strict reader of the documentation's Markdown. */
const MARKDOWN = new MarkdownIt({ html: true, linkify: true });
const docOf = (i: CompletionItem) => typeof i.documentation === 'string' ? i.documentation : i.documentation?.value ?? '';

const STRATEGY = `strategy "Zerno" {
    period 2027-01-01 .. 2027-06-30
    currency RUB
    /** Writes every post. */
    role Boss "SMM manager"
    role Ads "Targeting specialist"
    segment Students "Students near campuses"
    channel vk { budget 250 000 cpm 180 }
    funnel Orders for Students {
        stage Reach via vk
        stage Order conversion 2%
    }
    metric tastings "Tastings held" { aka дегустации unit count formula orders / 10 }
`;

describe('completion of metrics', () => {
    test('after `kpi ` each standard metric comes once, by its id, not once per alias', async () => {
        const items = await itemsAt('goal G { kpi <|> }');
        const metrics = items.filter(i => i.detail === 'standard metric');
        // 37 standard metrics in the catalog; their 66 aliases are not separate items.
        expect(metrics).toHaveLength(37);
        expect(labels(metrics)).toEqual(expect.arrayContaining(['orders', 'reach', 'cpl', 'romi']));
        expect(labels(items)).not.toContain('заказы');
        expect(labels(items)).not.toContain('purchases');
    });

    test('a Russian alias finds the metric and the edit writes its id', async () => {
        const items = await itemsAt('goal G { kpi зак<|> }');
        const orders = item(items, 'orders');
        expect(orders.filterText).toContain('заказы');
        expect((orders.textEdit as TextEdit).newText).toBe('orders');
        expect((orders.textEdit as TextEdit).range).toEqual({ start: { line: 0, character: 13 }, end: { line: 0, character: 16 } });
    });

    test('shows name, unit and formula in English', async () => {
        const cpl = item(await itemsAt('goal G { kpi <|> }'), 'cpl');
        expect(cpl.labelDetails).toEqual({ detail: ' = spend / leads', description: 'CPL · money' });
        expect(docOf(cpl)).toBe('**CPL** (`cpl`)\n\nCost per lead.\n\nUnit: money\n\nFormula: `spend / leads`');
    });

    test('and in Russian', async () => {
        const items = await itemsAt('goal G { kpi <|> }', 'ru');
        const orders = item(items, 'orders');
        expect(orders.detail).toBe('стандартная метрика');
        expect(orders.labelDetails?.description).toBe('Заказы · штуки');
        expect(docOf(orders)).toBe('**Заказы** (`orders`)\n\nОформленные заказы.\n\nЕдиница: штуки');
    });

    test('a formula in Russian names its metrics as a Russian strategy writes them', async () => {
        const cpl = item(await itemsAt('goal G { kpi <|> }', 'ru'), 'cpl');
        expect(cpl.labelDetails?.detail).toBe(' = расход / лиды');
        expect(docOf(cpl)).toBe('**CPL** (`cpl`)\n\nСтоимость одного лида.\n\nЕдиница: деньги\n\nФормула: `расход / лиды`');
    });

    test('a custom metric comes with its declaration, found by its alias too', async () => {
        const items = await itemsAt(`${STRATEGY}    goal G { kpi дег<|> }\n}`);
        const tastings = item(items, 'tastings');
        expect(tastings.detail).toBe('custom metric');
        expect(docOf(tastings)).toBe('**Tastings held** (`tastings`)\n\nUnit: count\n\nFormula: `orders / 10`');
        expect((tastings.textEdit as TextEdit).newText).toBe('tastings');
    });
});

describe('completion of references', () => {
    test('after `owner ` the roles, with their titles and doc comments', async () => {
        const items = await itemsAt(`${STRATEGY}    goal G { owner <|> }\n}`);
        expect(labels(items)).toEqual(['Boss', 'Ads']);
        expect(items[0].detail).toBe('role');
        expect(items[0].labelDetails).toEqual({ description: 'SMM manager' });
        expect(docOf(items[0])).toBe('SMM manager\n\nWrites every post.');
    });

    test('a title is text in the documentation: no link, image or HTML of it renders; the label shows it as written', async () => {
        const title = '[x](http://evil.example) ![i](http://evil.example/i.png) <img src=x> *b*';
        const items = await itemsAt(`role Boss «${title}»\nmetric tastings «${title}» { unit count description «${title}» }\ngoal G { owner <|> }`);
        const [boss] = items;
        expect(boss.labelDetails).toEqual({ description: title });
        const metric = item(await itemsAt(`metric tastings «${title}» { unit count description «${title}» }\ngoal G { kpi tast<|> }`), 'tastings');
        for (const documentation of [docOf(boss), docOf(metric)]) {
            const tokens = MARKDOWN.parseInline(documentation, {}).flatMap(token => token.children ?? []);
            expect(tokens.filter(token => ['link_open', 'image', 'html_inline', 'em_open'].includes(token.type))).toEqual([]);
            expect(tokens.filter(token => token.type === 'text').map(token => token.content).join('')).toContain(title);
        }
    });

    test('in Russian the kind is Russian', async () => {
        const items = await itemsAt(`${STRATEGY}    goal G { segment <|> }\n}`, 'ru');
        expect(labels(items)).toEqual(['Students']);
        expect(items[0].detail).toBe('сегмент');
    });

    test('after `from ` the funnel stages as Funnel.Stage', async () => {
        expect(labels(await itemsAt(`${STRATEGY}    goal G { kpi orders >= 1 from <|> }\n}`))).toEqual(['Orders.Reach', 'Orders.Order']);
        expect(labels(await itemsAt(`${STRATEGY}    goal G { kpi orders >= 1 from Orders.<|> }\n}`))).toEqual(['Orders.Reach', 'Orders.Order']);
    });
});

describe('completion of keywords, comparators and dates', () => {
    test('after a KPI metric: the comparators first, described, then the keywords valid there', async () => {
        const items = await itemsAt('goal G { kpi orders <|> }');
        expect(labels(items).slice(0, 7)).toEqual(['>=', '<=', '>', '<', '=', '≥', '≤']);
        expect(item(items, '>=').detail).toBe('at least');
        expect(labels(items)).toEqual(expect.arrayContaining(['per', 'by', 'baseline', 'from', 'owner']));
        expect(labels(items)).not.toContain('stage');
        expect(item(await itemsAt('goal G { kpi orders <|> }', 'ru'), '<=').detail).toBe('не больше');
    });

    test('keywords say what they mean, in the reader’s language', async () => {
        expect(docOf(item(await itemsAt('goal G { kpi orders <|> }'), 'baseline'))).toBe('Where you start: the current value of the metric.');
        // An empty file is written in the reader's language: its keywords are proposed in Russian too.
        const ru = await itemsAt('<|>', 'ru');
        expect(item(ru, 'сегмент').detail).toBe('ключевое слово');
        expect(docOf(item(ru, 'сегмент'))).toBe('Сегмент аудитории: размер, возраст, география, боли, мотивы, каналы.');
    });

    test('a date: the strategy start and end, and today', async () => {
        const items = await itemsAt(`${STRATEGY}    goal G { kpi orders >= 10 by <|> }\n}`);
        expect(items.map(i => [i.label, i.labelDetails?.description])).toEqual([
            ['2027-01-01', 'strategy start'], ['2027-06-30', 'strategy end'], [localIsoDate(new Date()), 'today']
        ]);
        const ru = await itemsAt(`${STRATEGY}    goal G { deadline <|> }\n}`, 'ru');
        expect(ru.map(i => i.labelDetails?.description)).toEqual(['начало стратегии', 'конец стратегии', 'сегодня']);
    });

    test('without a period only today', async () => {
        expect(labels(await itemsAt('goal G { deadline <|> }'))).toEqual([localIsoDate(new Date())]);
    });
});

describe('completion of channels', () => {
    test('declaring a channel proposes the usual networks the strategy lacks', async () => {
        const items = await itemsAt(`${STRATEGY}    channel <|>\n}`);
        expect(labels(items)).toEqual(expect.arrayContaining(['telegram', 'odnoklassniki', 'dzen', 'youtube', 'rutube', 'instagram', 'tiktok']));
        expect(labels(items)).not.toContain('vk');
        expect(item(items, 'telegram').insertText).toBe('telegram "Telegram"');
    });

    test('with Russian names and descriptions in Russian', async () => {
        const items = await itemsAt('channel <|>', 'ru');
        const vk = item(items, 'vk');
        expect(vk.insertText).toBe('vk "ВКонтакте"');
        expect(vk.detail).toBe('популярный канал');
        expect(docOf(vk)).toContain('VK Реклама');
    });
});

describe('completion of snippets', () => {
    test('an empty file offers the strategy skeleton, a SMART goal and the funnel presets', async () => {
        const items = (await itemsAt('<|>')).filter(i => i.kind === 15 /* Snippet */);
        expect(labels(items)).toEqual([
            'Strategy skeleton', 'Funnel: AIDA', 'Funnel: TOFU / MOFU / BOFU', 'Funnel: AARRR (pirate metrics)', 'SMART goal with a KPI'
        ]);
        // The test client of langium/test announces no snippet support: plain text with the defaults.
        expect(items.every(i => i.insertTextFormat === InsertTextFormat.PlainText)).toBe(true);
    });

    test('labels in Russian', async () => {
        const items = (await itemsAt('<|>', 'ru')).filter(i => i.kind === 15);
        expect(labels(items)).toEqual([
            'Каркас стратегии', 'Воронка: AIDA', 'Воронка: TOFU / MOFU / BOFU', 'Воронка: AARRR (пиратские метрики)', 'SMART-цель с KPI'
        ]);
    });

    test('inside a strategy no second strategy is offered; the goal refers to what the strategy declares', async () => {
        const items = await itemsAt(`${STRATEGY}    <|>\n}`);
        expect(labels(items)).not.toContain('Strategy skeleton');
        const goal = (item(items, 'SMART goal with a KPI').textEdit as TextEdit).newText;
        expect(goal).toContain('segment Students');
        expect(goal).toContain('owner Boss');
        expect(goal).toContain('by 2027-06-30');
        expect(goal).toContain('from Orders.Order');
    });
});

describe('opening on a typed space or dot', () => {
    /** What the server answers when `trigger` was typed just before `<|>`. */
    async function onTyped(text: string, trigger: string): Promise<string[] | undefined> {
        const offset = text.indexOf('<|>');
        const uri = `file:///typed${folder++}/s.smm`;
        const document = await t.parse(text.replace('<|>', ''), uri);
        const list = await t.services.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri }, position: document.textDocument.positionAt(offset),
            context: { triggerKind: 2, triggerCharacter: trigger }
        });
        return list && labels(list.items);
    }

    test.each([
        ['goal G { kpi <|>', 'orders'],
        ['role Boss\ngoal G { kpi orders >= 1 owner <|>', 'Boss'],
        ['goal G { kpi orders <|>', '>='],
        ['goal G { kpi orders >= 1 by <|>', localIsoDate(new Date())],
        ['channel vk\nsegment S { channels vk, <|>', 'vk']
    ])('after `%s` it proposes %s', async (text, expected) => {
        expect(await onTyped(text, ' ')).toContain(expected);
    });

    test.each([
        'goal G "More orders from <|>',
        'segment S «Студенты из <|>',
        'goal <|>',
        'segment S { size 45 <|>',
        'budget 600 <|>'
    ])('after `%s` it stays quiet', async text => {
        expect(await onTyped(text, ' ')).toBeUndefined();
    });

    test('a dot after a funnel name proposes its stages; a decimal point does not open', async () => {
        expect(await onTyped('funnel F { stage A stage B }\ngoal G { kpi orders >= 1 from F.<|>', '.')).toEqual(['F.A', 'F.B']);
        expect(await onTyped('goal G { kpi ctr >= 1.<|>', '.')).toBeUndefined();
    });
});

describe('parsing from the current declaration finds what parsing from the file’s start finds', () => {
    type Internals = {
        findFeaturesAt(document: unknown, offset: number): Array<{ feature: unknown; type?: string; property?: string }>;
        backtrackToAnyToken(text: string, offset: number): unknown;
        parsed?: unknown;
    };
    const provider = t.services.lsp.CompletionProvider as unknown as Internals;
    const whole = DefaultCompletionProvider.prototype as unknown as Internals;

    // A complete strategy, and one broken while typing: a KPI without metric and an unfinished channel.
    const complete = readFileSync(join(EXAMPLES, 'coffee-en', 'strategy.smm'), 'utf8');
    const broken = `${STRATEGY}    goal G { segment Students kpi \n    channel \n    /** doc */ risk R "r" probability 10% owner \n}`;

    test.each([['the example strategy', complete], ['a strategy being typed', broken]])('%s, at every position', async (_, text) => {
        const uri = `file:///restart${folder++}/s.smm`;
        const document = await t.parse(text, uri);
        provider.parsed = { text: document.textDocument.getText(), model: document.parseResult.value };
        const offsets = [...text.matchAll(/\s+|[^\s]+/g)].map(m => m.index!).filter((_, i) => i % 3 === 0);
        expect(offsets.length).toBeGreaterThan(50);
        for (const offset of offsets) {
            const fast = provider.findFeaturesAt(document.textDocument, offset);
            const slow = whole.findFeaturesAt.call(provider, document.textDocument, offset);
            expect(fast.map(f => f.feature), `features at ${offset}`).toEqual(slow.map(f => f.feature));
            expect(JSON.stringify(provider.backtrackToAnyToken(text, offset)), `tokens at ${offset}`).toEqual(JSON.stringify(whole.backtrackToAnyToken.call(provider, text, offset)));
        }
    });
});

describe('completion in a file the parser gave up on', () => {
    // 1,200 lines of this make more than the 1,000 syntax errors at which the parser stops reading.
    const garbage = Array.from({ length: 1_200 }, () => 'goal kpi >= .. % owner {').join('\n');

    test('before the point where the parser gave up, completion works as usual', async () => {
        const items = await itemsAt(`${STRATEGY}    goal G { kpi <|> }\n}\n${garbage}`);
        expect(labels(items)).toContain('orders');
    });

    test('past it, completion proposes nothing: nothing there was understood', async () => {
        const items = await itemsAt(`${STRATEGY}}\n${garbage}\ngoal G { kpi <|> }`);
        expect(items).toEqual([]);
    });
});

describe('completion in the team regulations', () => {
    test('after `every ` the schedules: weekday, the days of the week, day, week, month', async () => {
        const items = await itemsAt(`${STRATEGY}    duty Report every <|>\n}`);
        expect(labels(items)).toEqual(expect.arrayContaining(['weekday', 'monday', 'sunday', 'day', 'week', 'month']));
        expect(docOf(item(items, 'weekday'))).toBe('Every working day, Monday to Friday.');
    });

    test('inside an approval the steps, and after `approve ` the roles', async () => {
        expect(labels(await itemsAt(`${STRATEGY}    approval Posts { <|> }\n}`))).toEqual(expect.arrayContaining(['prepare', 'approve']));
        expect(labels(await itemsAt(`${STRATEGY}    approval Posts { prepare Ads approve <|> }\n}`))).toEqual(expect.arrayContaining(['Boss', 'Ads']));
    });

    test('after a duty\'s owner: its other properties and the RACI, described in Russian', async () => {
        const items = await itemsAt(`${STRATEGY}    duty Report every monday owner Boss <|>\n}`, 'ru');
        expect(labels(items)).toEqual(expect.arrayContaining(['format', 'deliverable', 'to', 'accountable', 'consulted', 'informed']));
        expect(docOf(item(items, 'informed'))).toBe('RACI: роли, которым сообщают, когда сделано (I).');
    });
});
