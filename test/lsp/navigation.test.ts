import { expectFindReferences, expectGoToDefinition, expectHighlight } from 'langium/test';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createTestServices } from '../support/services.js';
import { at, freshUri } from './navigation-support.js';

const t = createTestServices();
const Smm = t.services;
const parseOptions = () => ({ documentUri: freshUri() });

beforeAll(() => t.builtinMetrics());
afterEach(() => t.clear());

describe('go to definition', () => {
    test('from a segment reference to its declaration', async () => {
        await expectGoToDefinition(Smm)({
            text: 'segment <|Students|>\ngoal G { segment Stu<|>dents }',
            index: 0, rangeIndex: 0, parseOptions: parseOptions(), disposeAfterCheck: true
        });
    });

    test('from the stage part of `Funnel.Stage` to the stage', async () => {
        await expectGoToDefinition(Smm)({
            text: 'funnel Orders { stage Reach volume 100 stage <|Order|> conversion 5% }\ngoal G { kpi orders >= 1 from Orders.Or<|>der }',
            index: 0, rangeIndex: 0, parseOptions: parseOptions(), disposeAfterCheck: true
        });
    });

    test('from the funnel part of `Funnel.Stage` to the funnel', async () => {
        await expectGoToDefinition(Smm)({
            text: 'funnel <|Orders|> { stage Order volume 100 }\ngoal G { kpi orders >= 1 from Ord<|>ers.Order }',
            index: 0, rangeIndex: 0, parseOptions: parseOptions(), disposeAfterCheck: true
        });
    });

    test('from a metric alias, written in other letter case, to the alias', async () => {
        await expectGoToDefinition(Smm)({
            text: 'metric repeat_orders { aka <|reorders|> }\ngoal G { kpi REORD<|>ERS >= 5 }',
            index: 0, rangeIndex: 0, parseOptions: parseOptions(), disposeAfterCheck: true
        });
    });

    test('into another file of the strategy folder', async () => {
        const audience = freshUri('audience.smm');
        const strategy = audience.replace('audience.smm', 'strategy.smm');
        const files = await t.addFiles({ [audience]: '/** Students. */\nsegment Students', [strategy]: 'goal G { segment Students }' });
        const document = files.get(strategy)!;
        const links = await Smm.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: { uri: strategy }, position: at(document, 'Students')
        });
        expect(links?.map(l => [l.targetUri, l.targetSelectionRange])).toEqual([
            [audience, { start: { line: 1, character: 8 }, end: { line: 1, character: 16 } }]
        ]);
    });
});

describe('find references', () => {
    test('of a role: its declaration and every owner', async () => {
        await expectFindReferences(Smm)({
            text: 'role <|S<|>mm|>\ngoal G { owner <|Smm|> }\nrisk R owner <|Smm|>\nphase P { task "T" owner <|Smm|> }',
            includeDeclaration: true, parseOptions: parseOptions(), disposeAfterCheck: true
        });
    });

    test('of a custom metric: by its name and by its aliases, in any letter case', async () => {
        await expectFindReferences(Smm)({
            text: 'metric tast<|>ings { aka visits }\ngoal G { kpi <|tastings|> >= 1 kpi <|Visits|> >= 2 }\nadjust when <|TASTINGS|> < 1 then "x"',
            includeDeclaration: false, parseOptions: parseOptions(), disposeAfterCheck: true
        });
    });

    test('of a stage: the stage part of `Funnel.Stage` references', async () => {
        await expectFindReferences(Smm)({
            text: 'funnel F { stage A<|> volume 1 }\ngoal G { kpi orders >= 1 from F.<|A|> }\ngoal H { kpi leads >= 1 from F.<|A|> }',
            includeDeclaration: false, parseOptions: parseOptions(), disposeAfterCheck: true
        });
    });

    test('of a funnel: the funnel part of its stages’ references, also from the funnel part itself', async () => {
        await expectFindReferences(Smm)({
            text: 'funnel <|F|> { stage A volume 1 stage B conversion 5% }\ngoal G { kpi orders >= 1 from <|F<|>|>.A, <|F|>.B }',
            includeDeclaration: true, parseOptions: parseOptions(), disposeAfterCheck: true
        });
    });

    test('of a metric alias, from the alias in `aka`', async () => {
        await expectFindReferences(Smm)({
            text: 'metric tastings { aka vis<|>its }\ngoal G { kpi <|tastings|> >= 1 kpi <|Visits|> >= 2 }',
            includeDeclaration: false, parseOptions: parseOptions(), disposeAfterCheck: true
        });
    });

    test('across the files of the folder, not in another folder', async () => {
        const audience = freshUri('audience.smm');
        const elsewhere = freshUri('strategy.smm');
        const files = await t.addFiles({
            [audience]: 'segment Students',
            [audience.replace('audience.smm', 'strategy.smm')]: 'goal G { segment Students }\nfunnel F for Students { stage A volume 1 }',
            [elsewhere]: 'segment Students\ngoal G { segment Students }'
        });
        const document = files.get(audience)!;
        const references = await Smm.lsp.ReferencesProvider!.findReferences(document, {
            textDocument: { uri: audience }, position: at(document, 'Students'), context: { includeDeclaration: false }
        });
        expect(references.map(r => [r.uri.replace(/.*\//, ''), r.range.start.line])).toEqual([['strategy.smm', 0], ['strategy.smm', 1]]);
    });
});

describe('document highlight', () => {
    test('on the funnel part of `Funnel.Stage` marks the funnel everywhere', async () => {
        await expectHighlight(Smm)({
            text: 'funnel <|Orders|> { stage A volume 1 }\ngoal G { kpi orders >= 1 from <|Ord<|>ers|>.A }',
            index: 0, parseOptions: parseOptions(), disposeAfterCheck: true
        });
    });

    test('marks the declaration and the uses of a channel in the file', async () => {
        await expectHighlight(Smm)({
            text: 'channel <|v<|>k|> { budget 100 }\nsegment S { channels <|vk|> }\nfunnel F { stage A via <|vk|> volume 1 }',
            index: 0, parseOptions: parseOptions(), disposeAfterCheck: true
        });
    });

    test('marks a goal and the rubrics that serve it', async () => {
        await expectHighlight(Smm)({
            text: 'goal <|Gr<|>owth|>\ncontent { rubric R goal <|Growth|> rubric Q goal <|Growth|> }',
            index: 0, parseOptions: parseOptions(), disposeAfterCheck: true
        });
    });
});
