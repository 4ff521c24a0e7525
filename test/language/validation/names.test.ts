import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices } from '../../support/services.js';

/** One declaration per name and kind in a folder: `src/language/validation/names.ts`. */
const t = createTestServices({ review: false });
afterEach(() => t.clear());

describe('duplicate-name', () => {
    test('two roles of one name in one file: both are reported, each pointing at the other', async () => {
        const issues = await t.issues('role Manager "SMM"\nrole Designer\nrole Manager "Targeting"', 'duplicate-name');
        expect(issues.map(i => [i.line, i.column, i.text, i.severity, i.message])).toEqual([
            [1, 5, 'Manager', 'error', 'The role “Manager” is declared more than once.'],
            [3, 5, 'Manager', 'error', 'The role “Manager” is declared more than once.']
        ]);
        expect(issues[0].related).toEqual([{
            location: { uri: 'file:///ws/strategy.smm', range: { start: { line: 2, character: 5 }, end: { line: 2, character: 12 } } },
            message: 'Also declared here.'
        }]);
        expect(issues[1].related.map(r => r.location.range.start.line)).toEqual([0]);
    });

    test('the kind in the message follows the declaration', async () => {
        const issues = await t.issues(`
            segment Students
            segment Students
            channel vk
            channel vk
            content { rubric Memes rubric Memes }
            phase P { milestone Launch "a" milestone Launch "b" }
            adjust Stop when ctr < 1% then "Stop"
            adjust Stop when cpl > 200 then "Stop"`, 'duplicate-name');
        expect([...new Set(issues.map(i => i.message))]).toEqual([
            'The segment “Students” is declared more than once.',
            'The channel “vk” is declared more than once.',
            'The rubric “Memes” is declared more than once.',
            'The milestone “Launch” is declared more than once.',
            'The correction rule “Stop” is declared more than once.'
        ]);
    });

    test('a declaration inside the strategy block clashes with one outside it', async () => {
        const issues = await t.issues('strategy "S" {\n  goal G { kpi orders >= 1 }\n}\ngoal G { kpi leads >= 1 }', 'duplicate-name');
        expect(issues.map(i => i.line)).toEqual([2, 4]);
    });

    test('across two files of one folder, with the other file as related information', async () => {
        const issues = await t.issues({
            'file:///ws/audience.smm': 'segment Students "Near campuses"',
            'file:///ws/strategy.smm': 'role Manager\nsegment Students "Everyone who studies"'
        }, 'duplicate-name');
        expect(issues.map(i => [i.uri, i.line, i.text, i.message])).toEqual([
            ['file:///ws/audience.smm', 1, 'Students', 'The segment “Students” is declared more than once.'],
            ['file:///ws/strategy.smm', 2, 'Students', 'The segment “Students” is declared more than once.']
        ]);
        expect(issues[1].related).toEqual([{
            location: { uri: 'file:///ws/audience.smm', range: { start: { line: 0, character: 8 }, end: { line: 0, character: 16 } } },
            message: 'Also declared here.'
        }]);
        expect(issues[0].related.map(r => [r.location.uri, r.location.range.start.line])).toEqual([['file:///ws/strategy.smm', 1]]);
    });

    test('renaming the other declaration clears the duplicate in the file that was not touched', async () => {
        await t.edit({ 'file:///ws/audience.smm': 'segment Students', 'file:///ws/strategy.smm': 'segment Students\nrole R' });
        expect(t.issuesOf('file:///ws/strategy.smm').map(i => i.code)).toEqual(['duplicate-name']);
        await t.edit({ 'file:///ws/audience.smm': 'segment Pupils' });
        expect(t.issuesOf('file:///ws/audience.smm')).toEqual([]);
        expect(t.issuesOf('file:///ws/strategy.smm')).toEqual([]);
    });

    test('a duplicate typed into one file is reported in the other file too', async () => {
        await t.edit({ 'file:///ws/audience.smm': 'segment Students', 'file:///ws/strategy.smm': 'role Manager' });
        expect(t.issuesOf('file:///ws/strategy.smm')).toEqual([]);
        await t.edit({ 'file:///ws/audience.smm': 'segment Students\nrole Manager' });
        expect(t.issuesOf('file:///ws/audience.smm').map(i => [i.line, i.message])).toEqual([[2, 'The role “Manager” is declared more than once.']]);
        expect(t.issuesOf('file:///ws/strategy.smm').map(i => [i.line, i.message])).toEqual([[1, 'The role “Manager” is declared more than once.']]);
    });

    test('the same name for different kinds is fine', async () => {
        expect(await t.issues(`
            role Students
            segment Students
            channel Students
            goal Students { kpi orders >= 1 }
            funnel Students { stage Students }
            phase Students { task Students "Do it" }`, 'duplicate-name')).toEqual([]);
    });

    test('the same name in different folders is fine', async () => {
        expect(await t.issues({
            'file:///spring/strategy.smm': 'segment Students\nmetric repeat_orders',
            'file:///autumn/strategy.smm': 'segment Students\nmetric repeat_orders'
        }, 'duplicate-name')).toEqual([]);
    });

    test('stages of one name in different funnels are fine; twice in one funnel is not', async () => {
        const issues = await t.issues(`
            funnel Orders { stage Reach stage Order }
            funnel Leads { stage Reach stage Lead stage Lead }`, 'duplicate-name');
        expect(issues.map(i => [i.line, i.column, i.message])).toEqual([
            [3, 45, 'The funnel stage “Leads.Lead” is declared more than once.'],
            [3, 56, 'The funnel stage “Leads.Lead” is declared more than once.']
        ]);
    });

    test('tasks and milestones without names never clash', async () => {
        expect(await t.issues(`
            phase P {
              task "Post" task "Post"
              milestone "Done" milestone "Done"
            }`, 'duplicate-name')).toEqual([]);
    });

    test('a custom metric named like a standard metric', async () => {
        const issues = await t.issues('metric orders "Our orders" { unit count }', 'duplicate-name');
        expect(issues.map(i => [i.line, i.text, i.severity, i.message, i.related])).toEqual([[
            1, 'orders', 'error', '“orders” is already a standard metric; choose another name or use the standard one.', []
        ]]);
    });

    test('a custom metric named like a cost model that is a standard metric', async () => {
        const issues = await t.issues('metric cpl { unit money }', 'duplicate-name');
        expect(issues.map(i => i.message)).toEqual(['“cpl” is already a standard metric; choose another name or use the standard one.']);
    });

    test('a custom metric whose name is a standard metric’s Russian alias', async () => {
        const issues = await t.issues('metric заказы { unit count }', 'duplicate-name');
        expect(issues.map(i => [i.text, i.message])).toEqual([
            ['заказы', '“заказы” is already a standard metric; choose another name or use the standard one.']
        ]);
    });

    test('an alias of a custom metric that is already a standard alias is reported on the alias', async () => {
        const issues = await t.issues('metric my_orders {\n  aka заказы\n}', 'duplicate-name');
        expect(issues.map(i => [i.line, i.text, i.message])).toEqual([
            [2, 'заказы', '“заказы” is already a standard metric; choose another name or use the standard one.']
        ]);
    });

    test('an alias that is another custom metric’s name', async () => {
        const issues = await t.issues('metric repeat_orders\nmetric returns { aka repeat_orders }', 'duplicate-name');
        expect(issues.map(i => i.message)).toEqual([
            'The metric “repeat_orders” is declared more than once.',
            'The metric “repeat_orders” is declared more than once.'
        ]);
    });

    test('a custom metric named like a standard metric in other letters clashes with it', async () => {
        const issues = await t.issues('metric CPL { unit money }\nmetric Заказы', 'duplicate-name');
        expect(issues.map(i => [i.line, i.text, i.message])).toEqual([
            [1, 'CPL', '“CPL” is already a standard metric; choose another name or use the standard one.'],
            [2, 'Заказы', '“Заказы” is already a standard metric; choose another name or use the standard one.']
        ]);
    });

    test('two custom metrics whose names differ only in letter case clash', async () => {
        const issues = await t.issues({
            'file:///ws/metrics.smm': 'metric Foo { unit count }',
            'file:///ws/strategy.smm': 'role R\nmetric foo { unit count }'
        }, 'duplicate-name');
        expect(issues.map(i => [i.uri, i.line, i.text, i.message])).toEqual([
            ['file:///ws/metrics.smm', 1, 'Foo', 'The metric “Foo” is declared more than once.'],
            ['file:///ws/strategy.smm', 2, 'foo', 'The metric “foo” is declared more than once.']
        ]);
        expect(issues[0].related.map(r => [r.location.uri, r.location.range.start.line])).toEqual([['file:///ws/strategy.smm', 1]]);
    });

    test('an alias that differs from another custom metric’s name only in letter case clashes', async () => {
        const issues = await t.issues('metric repeat_orders\nmetric returns {\n  aka Repeat_Orders\n}', 'duplicate-name');
        expect(issues.map(i => [i.line, i.text])).toEqual([[1, 'repeat_orders'], [3, 'Repeat_Orders']]);
    });

    test('names of other kinds that differ in letter case do not clash', async () => {
        expect(await t.issues('role Manager\nrole manager\nsegment Students\nsegment STUDENTS', 'duplicate-name')).toEqual([]);
    });

    test('distinct custom metrics are silent', async () => {
        expect(await t.issues('metric repeat_orders { aka repeats }\nmetric returns { aka возвраты }', 'duplicate-name')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const issues = await t.issues('role Менеджер\nrole Менеджер\nmetric охват', 'duplicate-name');
        expect(issues.map(i => i.message)).toEqual([
            'Имя «Менеджер» (роль) объявлено больше одного раза.',
            'Имя «Менеджер» (роль) объявлено больше одного раза.',
            '«охват» — уже стандартная метрика; выберите другое имя или используйте стандартную.'
        ]);
        expect(issues[0].related.map(r => r.message)).toEqual(['Здесь тоже объявлено.']);
    });
});
