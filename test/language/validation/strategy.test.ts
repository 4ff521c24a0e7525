import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices } from '../../support/services.js';

/** One strategy per folder: `src/language/validation/strategy.ts`. */
const t = createTestServices({ review: false });
afterEach(() => t.clear());

describe('multiple-strategies', () => {
    const message = (count: number) =>
        `A folder holds one strategy, but this folder has ${count} \`strategy\` blocks. Move each strategy into a folder of its own.`;

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

    test('strategy blocks in two files of one folder: each file reports its own, pointing at the other file', async () => {
        const issues = await t.issues({
            'file:///ws/spring.smm': 'strategy «Весна» { }',
            'file:///ws/autumn.smm': 'role R\nstrategy "Autumn" { }'
        }, 'multiple-strategies');
        expect(issues.map(i => [i.uri, i.line, i.text])).toEqual([
            ['file:///ws/spring.smm', 1, '«Весна»'],
            ['file:///ws/autumn.smm', 2, '"Autumn"']
        ]);
        expect(issues[0].related.map(r => [r.location.uri, r.location.range.start.line])).toEqual([['file:///ws/autumn.smm', 1]]);
        expect(issues[1].related.map(r => [r.location.uri, r.location.range.start.line])).toEqual([['file:///ws/spring.smm', 0]]);
    });

    test('three strategies: each points at the two others', async () => {
        const issues = await t.issues('strategy "A" { }\nstrategy "B" { }\nstrategy "C" { }', 'multiple-strategies');
        expect(issues.map(i => [i.text, i.message])).toEqual([['"A"', message(3)], ['"B"', message(3)], ['"C"', message(3)]]);
        expect(issues.map(i => i.related.map(r => r.location.range.start.line))).toEqual([[1, 2], [0, 2], [0, 1]]);
    });

    test('a file of the folder without a strategy block has nothing to report', async () => {
        const issues = await t.issues({
            'file:///ws/a.smm': 'strategy "A" { }',
            'file:///ws/b.smm': 'strategy "B" { }',
            'file:///ws/audience.smm': 'segment Students'
        }, 'multiple-strategies');
        expect(issues.map(i => i.uri)).toEqual(['file:///ws/a.smm', 'file:///ws/b.smm']);
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

    test('a second strategy typed into another file is reported in the untouched file, and removing it clears both', async () => {
        await t.edit({ 'file:///ws/strategy.smm': 'strategy "S" { }', 'file:///ws/notes.smm': 'role R' });
        expect(t.issuesOf('file:///ws/strategy.smm')).toEqual([]);
        await t.edit({ 'file:///ws/notes.smm': 'role R\nstrategy "Draft" { }' });
        expect(t.issuesOf('file:///ws/strategy.smm').map(i => [i.code, i.text])).toEqual([['multiple-strategies', '"S"']]);
        expect(t.issuesOf('file:///ws/notes.smm').map(i => [i.code, i.line, i.text])).toEqual([['multiple-strategies', 2, '"Draft"']]);
        await t.edit({ 'file:///ws/notes.smm': 'role R' });
        expect(t.issuesOf('file:///ws/strategy.smm')).toEqual([]);
        expect(t.issuesOf('file:///ws/notes.smm')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const issues = await t.issues('strategy «А» { }\nstrategy «Б» { }', 'multiple-strategies');
        expect(issues.map(i => i.message)).toEqual([
            'В папке должна быть одна стратегия, а здесь блоков `стратегия`: 2. Разнесите стратегии по отдельным папкам.',
            'В папке должна быть одна стратегия, а здесь блоков `стратегия`: 2. Разнесите стратегии по отдельным папкам.'
        ]);
        expect(issues[0].related.map(r => r.message)).toEqual(['Здесь тоже объявлено.']);
    });
});
