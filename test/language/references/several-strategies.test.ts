import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices } from '../../support/services.js';
import { folderDocuments } from '../../../src/language/workspace/strategy-folder.js';
import { AGENCY_FOLDER } from '../../support/strategies.js';

/** A folder of several strategies: `src/language/workspace/strategy-folder.ts`. */
const t = createTestServices();
afterEach(() => t.clear());

const inFolder = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([name, text]) => [`file:///agency/${name}`, text]));

describe('several strategies in one folder', () => {
    test('each strategy file with the shared files: the same names in two strategies are no duplicates', async () => {
        const issues = await t.validate(inFolder(AGENCY_FOLDER));
        expect(issues.filter(issue => issue.severity === 'error' || issue.severity === 'warning').map(i => `${i.uri} ${i.code}`)).toEqual([]);
    });

    test('a strategy does not see the other strategy’s declarations', async () => {
        const issues = await t.validate(inFolder({
            ...AGENCY_FOLDER,
            'h1.smm': AGENCY_FOLDER['h1.smm'].replace('owner Manager, Designer', 'owner Manager\n    }\n    goal Community "VK community" {\n        kpi subscribers >= 1000\n        owner Manager')
                .replace('channel instagram "Instagram" { budget 30 000  cpm 8 }', 'channel instagram "Instagram" { budget 30 000  cpm 8 }\n    funnel F { stage Seen via вк }')
        }));
        expect(issues.filter(i => i.code === 'unresolved-reference').map(i => [i.uri, i.text])).toEqual([['file:///agency/h1.smm', 'вк']]);
    });

    test('a name declared twice within one strategy (its file and a shared file) is still a duplicate', async () => {
        const issues = await t.validate(inFolder({ ...AGENCY_FOLDER, 'roles.smm': 'role Manager "SMM manager"\nrole Designer\nchannel вк' }));
        expect(issues.filter(i => i.code === 'duplicate-name').map(i => [i.uri, i.text])).toEqual([
            ['file:///agency/roles.smm', 'вк'],
            ['file:///agency/h2.smm', 'вк']
        ]);
    });

    test('one strategy split over several files works as before', async () => {
        const issues = await t.validate(inFolder({
            'strategy.smm': 'strategy "S" { currency RUB }\nchannel vk',
            'audience.smm': 'segment Students { channels vk }\nchannel vk'
        }));
        expect(issues.filter(i => i.code === 'duplicate-name').map(i => i.uri)).toEqual(['file:///agency/strategy.smm', 'file:///agency/audience.smm']);
    });
});

describe('the files of a strategy (folderDocuments)', () => {
    const folderOf = (uri: string, files: Map<string, { uri: { toString(): string } }>) =>
        folderDocuments(t.services.shared.workspace.LangiumDocuments, files.get(uri) as never).map(d => d.uri.toString());

    test('the files of its folder in name order, not those of a sibling folder, a subfolder or a folder whose name starts alike', async () => {
        const folder = 'file:///work/%D0%A1%D1%82%D1%80%D0%B0%D1%82%D0%B5%D0%B3%D0%B8%D1%8F%202027';
        const files = await t.addFiles({
            [`${folder}/strategy.smm`]: 'strategy "S" { currency RUB }\nchannel vk',
            [`${folder}/audience.smm`]: 'segment Students { channels vk }',
            [`${folder}/archive/old.smm`]: 'strategy "Old" { currency RUB }',
            [`${folder}%202/strategy.smm`]: 'strategy "Other" { currency RUB }',
            'file:///work/strategy.smm': 'strategy "Top" { currency RUB }'
        });
        expect(folderOf(`${folder}/strategy.smm`, files)).toEqual([`${folder}/audience.smm`, `${folder}/strategy.smm`]);
        expect(folderOf(`${folder}/archive/old.smm`, files)).toEqual([`${folder}/archive/old.smm`]);
        expect(folderOf('file:///work/strategy.smm', files)).toEqual(['file:///work/strategy.smm']);
    });

    test('an unsaved file is a strategy of its own', async () => {
        const files = await t.addFiles({ 'untitled:Untitled-1.smm': 'strategy "A" { currency RUB }', 'untitled:Untitled-1.smm.smm': 'strategy "B" { currency RUB }' });
        expect(folderOf('untitled:Untitled-1.smm', files)).toEqual(['untitled:Untitled-1.smm']);
    });
});
