import { URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices } from '../support/services.js';
import { at, freshUri } from './navigation-support.js';

const t = createTestServices();
const Smm = t.services;

afterEach(() => t.clear());

async function open(text: string): Promise<LangiumDocument> {
    const uri = freshUri();
    return (await t.addFiles({ [uri]: text })).get(uri)!;
}

async function rename(document: LangiumDocument, piece: string, newName: string, nth = 0): Promise<WorkspaceEdit | undefined> {
    return await Smm.lsp.RenameProvider!.rename(document, {
        textDocument: { uri: document.uri.toString() }, position: at(document, piece, nth), newName
    });
}

/** The text of every changed file after the rename, by URI. */
function applied(edit: WorkspaceEdit | undefined): Record<string, string> {
    const documents = Smm.shared.workspace.LangiumDocuments;
    return Object.fromEntries(Object.entries(edit?.changes ?? {}).map(([uri, edits]) =>
        [uri, TextDocument.applyEdits(documents.getDocument(URI.parse(uri))!.textDocument, edits)]));
}

/** The text after renaming in a one-file strategy. */
async function renamed(text: string, piece: string, newName: string, nth = 0): Promise<string> {
    const document = await open(text);
    return applied(await rename(document, piece, newName, nth))[document.uri.toString()];
}

/** The message a refused rename shows. */
async function refusal(text: string, piece: string, newName: string, nth = 0): Promise<string> {
    const document = await open(text);
    const error = await rename(document, piece, newName, nth).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    return (error as ResponseError<void>).message;
}

describe('rename across files', () => {
    test('renames a segment in every file of its folder and nowhere else', async () => {
        const audience = freshUri('audience.smm');
        const strategy = audience.replace('audience.smm', 'strategy.smm');
        const elsewhere = freshUri('strategy.smm');
        const files = await t.addFiles({
            [audience]: 'segment Students "Students near campuses"',
            [strategy]: 'funnel Orders for Students { stage Reach volume 100 }\ngoal G { segment Students }',
            [elsewhere]: 'segment Students\ngoal G { segment Students }'
        });
        const edit = await rename(files.get(strategy)!, 'Students', 'Undergrads');
        expect(applied(edit)).toEqual({
            [audience]: 'segment Undergrads "Students near campuses"',
            [strategy]: 'funnel Orders for Undergrads { stage Reach volume 100 }\ngoal G { segment Undergrads }'
        });
    });

    test('works in a strategy written in Russian', async () => {
        expect(await renamed('role Таргетолог\nrisk Цены owner Таргетолог', 'Таргетолог', 'Маркетолог', 1))
            .toBe('role Маркетолог\nrisk Цены owner Маркетолог');
    });
});

describe('rename of funnels and stages', () => {
    const funnel = [
        'funnel Orders {',
        '    stage Reach volume 1000',
        '    stage Order conversion 5%',
        '}',
        'goal G { kpi orders >= 10 from Orders.Order, Orders.Reach }'
    ].join('\n');

    test('renaming a stage keeps the funnel part of `Funnel.Stage` references', async () => {
        expect(await renamed(funnel, 'Order conversion', 'Purchase')).toBe(funnel
            .replace('stage Order conversion', 'stage Purchase conversion')
            .replace('Orders.Order,', 'Orders.Purchase,'));
    });

    test('renaming at the funnel part of `Funnel.Stage` renames the funnel in every stage reference', async () => {
        expect(await renamed(funnel, 'Orders.Order', 'Sales')).toBe(funnel
            .replace('funnel Orders', 'funnel Sales')
            .replace('Orders.Order, Orders.Reach', 'Sales.Order, Sales.Reach'));
    });

    test('renaming the funnel at its declaration does the same', async () => {
        expect(await renamed(funnel, 'Orders', 'Sales')).toContain('from Sales.Order, Sales.Reach');
    });
});

describe('rename of custom metrics and their aliases', () => {
    const metric = [
        'metric repeat_orders { aka reorders, second_orders }',
        'goal G {',
        '    kpi repeat_orders >= 10',
        '    kpi Reorders >= 5',
        '    kpi second_orders >= 1',
        '}'
    ].join('\n');

    test('renaming at an alias reference renames the alias, not the metric', async () => {
        expect(await renamed(metric, 'Reorders', 'repeats')).toBe(metric
            .replace('aka reorders,', 'aka repeats,')
            .replace('kpi Reorders', 'kpi repeats'));
    });

    test('renaming at the alias declaration renames the alias and its references', async () => {
        expect(await renamed(metric, 'second_orders', 'again')).toBe(metric.replaceAll('second_orders', 'again'));
    });

    test('renaming the metric leaves references written with an alias alone', async () => {
        expect(await renamed(metric, 'repeat_orders', 'returns', 1)).toBe(metric.replaceAll('repeat_orders', 'returns'));
    });

    test('references that spell the name in other letter case are renamed too', async () => {
        expect(await renamed('metric tastings\nadjust when Tastings < 2 then "Call offices"', 'tastings', 'visits'))
            .toBe('metric visits\nadjust when visits < 2 then "Call offices"');
    });
});

describe('refused renames', () => {
    test('a standard metric cannot be renamed, and prepareRename already says so', async () => {
        const document = await open('goal G { kpi orders >= 1 }');
        const params = { textDocument: { uri: document.uri.toString() }, position: at(document, 'orders') };
        expect(() => Smm.lsp.RenameProvider!.prepareRename(document, params))
            .toThrow('“orders” is a standard metric; standard metrics can’t be renamed.');
        expect(await refusal('goal G { kpi orders >= 1 }', 'orders', 'purchases'))
            .toBe('“orders” is a standard metric; standard metrics can’t be renamed.');
    });

    test('a name must be an identifier', async () => {
        expect(await refusal('segment Students', 'Students', 'Young people'))
            .toBe('“Young people” can’t be a name: use letters, digits and “_”, and start with a letter or “_”.');
        expect(await refusal('segment Students', 'Students', '2nd')).toContain('“2nd” can’t be a name');
        expect(await refusal('segment Students', 'Students', '')).toContain('“” can’t be a name');
    });

    test('a keyword cannot be a name', async () => {
        expect(await refusal('segment Students', 'Students', 'goal')).toBe('“goal” is a keyword of the language and can’t be a name.');
        expect(await refusal('metric tastings', 'tastings', 'cpm')).toBe('“cpm” is a keyword of the language and can’t be a name.');
    });

    test('a name taken by a declaration of the same kind in another file of the strategy', async () => {
        const first = freshUri('a.smm');
        const files = await t.addFiles({ [first]: 'segment Students', [first.replace('a.smm', 'b.smm')]: 'segment Pensioners' });
        const error = await rename(files.get(first)!, 'Students', 'Pensioners').catch((e: ResponseError<void>) => e);
        expect((error as ResponseError<void>).message).toBe('This strategy already has a segment named “Pensioners”.');
    });

    test('metric names are compared case-insensitively, standard ones and aliases included', async () => {
        expect(await refusal('metric tastings', 'tastings', 'CTR')).toBe('This strategy already has a metric named “CTR”.');
        expect(await refusal('metric tastings { aka visits }\nmetric calls', 'calls', 'Visits'))
            .toBe('This strategy already has a metric named “Visits”.');
    });

    test('stages are compared within their funnel only', async () => {
        const text = 'funnel A { stage Reach stage Click }\nfunnel B { stage Lead }';
        expect(await refusal(text, 'Click', 'Reach')).toBe('This strategy already has a funnel stage named “Reach”.');
        expect(await renamed(text, 'Lead', 'Reach')).toBe('funnel A { stage Reach stage Click }\nfunnel B { stage Reach }');
    });

    test('another kind may share the name', async () => {
        expect(await renamed('segment Students\nrole Smm', 'Smm', 'Students')).toBe('segment Students\nrole Students');
    });

    test('refusals speak Russian', async () => {
        t.setLocale('ru');
        expect(await refusal('segment Студенты\nsegment Пенсионеры', 'Студенты', 'Пенсионеры'))
            .toBe('В этой стратегии уже есть сегмент с именем «Пенсионеры».');
        t.setLocale('ru');
        expect(await refusal('segment Студенты', 'Студенты', 'цель 1')).toContain('«цель 1» не может быть именем');
    });

    test('nothing to rename on a keyword or a number', async () => {
        const document = await open('channel vk { budget 1000 }');
        const prepare = (piece: string) => Smm.lsp.RenameProvider!.prepareRename(document, {
            textDocument: { uri: document.uri.toString() }, position: at(document, piece)
        });
        expect(prepare('budget')).toBeUndefined();
        expect(prepare('1000')).toBeUndefined();
        expect(prepare('vk')).toEqual({ start: { line: 0, character: 8 }, end: { line: 0, character: 10 } });
    });
});
