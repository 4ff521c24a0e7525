import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices } from '../../support/services.js';

/** One strategy per file, and one per folder unless several files each hold one: `src/language/validation/strategy.ts`. */
const t = createTestServices({ review: false });
afterEach(() => t.clear());

describe('multiple-strategies', () => {
    const message = (count: number) =>
        `A file holds one strategy, but this one has ${count} \`strategy\` blocks. Give each strategy a file of its own: the files of the folder without a \`strategy\` block are shared by all of them.`;

    test('two strategy blocks in one file: each title is reported, pointing at the other', async () => {
        const issues = await t.issues('strategy "Spring" {\n  currency RUB\n}\nstrategy "Autumn" { }', 'multiple-strategies');
        expect(issues.map(i => [i.line, i.column, i.text, i.severity, i.message])).toEqual([
            [1, 9, '"Spring"', 'error', message(2)],
            [4, 9, '"Autumn"', 'error', message(2)]
        ]);
        expect(issues[0].related).toEqual([{
            location: { uri: 'file:///ws/strategy.smm', range: { start: { line: 3, character: 9 }, end: { line: 3, character: 17 } } },
            message: 'Also declared here.'
        }]);
        expect(issues[1].related.map(r => r.location.range)).toEqual([
            { start: { line: 0, character: 9 }, end: { line: 0, character: 17 } }
        ]);
    });

    test('strategy blocks in two files of one folder are two strategies: nothing to report', async () => {
        expect(await t.issues({
            'file:///ws/spring.smm': 'strategy «Весна» { }',
            'file:///ws/autumn.smm': 'role R\nstrategy "Autumn" { }'
        }, 'multiple-strategies')).toEqual([]);
    });

    test('a file with two blocks beside another strategy file reports its own two only', async () => {
        const issues = await t.issues({
            'file:///ws/a.smm': 'strategy "A" { }\nstrategy "A2" { }',
            'file:///ws/b.smm': 'strategy "B" { }'
        }, 'multiple-strategies');
        expect(issues.map(i => [i.uri, i.text])).toEqual([['file:///ws/a.smm', '"A"'], ['file:///ws/a.smm', '"A2"']]);
    });

    test('three strategies: each points at the two others', async () => {
        const issues = await t.issues('strategy "A" { }\nstrategy "B" { }\nstrategy "C" { }', 'multiple-strategies');
        expect(issues.map(i => [i.text, i.message])).toEqual([['"A"', message(3)], ['"B"', message(3)], ['"C"', message(3)]]);
        expect(issues.map(i => i.related.map(r => r.location.range.start.line))).toEqual([[1, 2], [0, 2], [0, 1]]);
    });

    test('one strategy per folder in two folders is fine', async () => {
        expect(await t.issues({
            'file:///spring/strategy.smm': 'strategy "Spring" { currency RUB }',
            'file:///autumn/strategy.smm': 'strategy "Autumn" { currency RUB }'
        }, 'multiple-strategies')).toEqual([]);
    });

    test('one strategy split over several files is fine', async () => {
        expect(await t.issues({
            'file:///ws/strategy.smm': 'strategy "S" { currency RUB }',
            'file:///ws/audience.smm': 'segment Students',
            'file:///ws/channels.smm': 'channel vk'
        }, 'multiple-strategies')).toEqual([]);
    });

    test('a second strategy typed into another file makes two strategies; the names of each are their own', async () => {
        await t.edit({ 'file:///ws/strategy.smm': 'strategy "S" { }\nchannel vk', 'file:///ws/notes.smm': 'channel vk' });
        expect(t.issuesOf('file:///ws/strategy.smm').map(i => i.code)).toEqual(['duplicate-name']);
        await t.edit({ 'file:///ws/notes.smm': 'strategy "Draft" { }\nchannel vk' });
        expect(t.issuesOf('file:///ws/strategy.smm')).toEqual([]);
        expect(t.issuesOf('file:///ws/notes.smm')).toEqual([]);
        await t.edit({ 'file:///ws/notes.smm': 'channel vk' });
        expect(t.issuesOf('file:///ws/strategy.smm').map(i => i.code)).toEqual(['duplicate-name']);
    });


    test('in Russian', async () => {
        t.setLocale('ru');
        const issues = await t.issues('strategy «А» { }\nstrategy «Б» { }', 'multiple-strategies');
        expect(issues.map(i => i.message)).toEqual([
            'В файле должна быть одна стратегия, а здесь блоков `стратегия`: 2. Вынесите каждую стратегию в свой файл: файлы папки без блока `стратегия` общие для всех стратегий.',
            'В файле должна быть одна стратегия, а здесь блоков `стратегия`: 2. Вынесите каждую стратегию в свой файл: файлы папки без блока `стратегия` общие для всех стратегий.'
        ]);
        expect(issues[0].related.map(r => r.message)).toEqual(['Здесь тоже объявлено.']);
    });
});
