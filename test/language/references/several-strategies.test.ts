import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices } from '../../support/services.js';
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
