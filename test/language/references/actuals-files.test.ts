import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, URI, type LangiumDocument } from 'langium';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ActualEntry, Model } from '../../../src/language/generated/ast.js';
import { createTestServices, nodesOf, type Issue } from '../../support/services.js';

/**
 * Files of actual results beside a strategy being edited (`src/language/workspace/actuals-files.ts`): a
 * change that does not show through to them leaves their links and diagnostics as they are; any other is
 * followed by relinking them. Either way, after every edit each file has the diagnostics a build from
 * scratch of the same texts gives.
 */
const EXAMPLE = join(__dirname, '../../../examples/school-actuals-en');
const FILES = Object.fromEntries(readdirSync(EXAMPLE).filter(name => name.endsWith('.smm')).map(name => [name, readFileSync(join(EXAMPLE, name), 'utf8')]));
const ORIGINAL = FILES['strategy.smm'];
const FOLDER = 'file:///school';
const uriOf = (name: string) => `${FOLDER}/${name}`;

const edited = createTestServices();
beforeAll(() => edited.edit(Object.fromEntries(Object.entries(FILES).map(([name, text]) => [uriOf(name), text]))));
afterAll(() => edited.clear());

let fresh = 0;
/** The issues of every file of the folder, built from scratch in services of their own. */
async function fromScratch(strategy: string): Promise<Record<string, Issue[]>> {
    const t = createTestServices();
    const folder = `file:///scratch${fresh++}`;
    try {
        await t.addFiles(Object.fromEntries(Object.entries({ ...FILES, 'strategy.smm': strategy }).map(([name, text]) => [`${folder}/${name}`, text])));
        return issuesByFile(name => t.issuesOf(`${folder}/${name}`), folder);
    } finally {
        await t.clear();
    }
}

function issuesByFile(issuesOf: (name: string) => Issue[], folder: string): Record<string, Issue[]> {
    // Related locations name the file: compared without the folder.
    return Object.fromEntries(Object.keys(FILES).map(name => [name, JSON.parse(JSON.stringify(issuesOf(name)).replaceAll(folder, 'FOLDER'))]));
}

function document(name: string): LangiumDocument<Model> {
    return edited.services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uriOf(name))) as LangiumDocument<Model>;
}

const actualsFiles = Object.keys(FILES).filter(name => name.startsWith('actuals-'));

/** Types `strategy` into the strategy file; the actuals files' diagnostics arrays as they were before. */
async function type(strategy: string): Promise<Map<string, unknown>> {
    const before = new Map(actualsFiles.map(name => [name, document(name).diagnostics]));
    await edited.edit({ [uriOf('strategy.smm')]: strategy });
    return before;
}

const kept = (before: Map<string, unknown>) => actualsFiles.filter(name => document(name).diagnostics === before.get(name));

/** Every reference of the actuals files leads into the strategy's current syntax tree (or nowhere). */
function stale(): string[] {
    const root = document('strategy.smm').parseResult.value;
    return actualsFiles.flatMap(name => nodesOf<ActualEntry>(document(name), 'ActualEntry').flatMap(entry =>
        [entry.channel?.ref, entry.stage?.ref, entry.goal?.ref]
            .filter(target => target !== undefined && AstUtils.getDocument(target).uri.toString() === uriOf('strategy.smm') && AstUtils.findRootNode(target) !== root)
            .map(target => `${name}: ${entry.$cstNode?.text} → ${target!.$type}`)));
}

async function expectAsFromScratch(strategy: string): Promise<void> {
    expect(issuesByFile(name => edited.issuesOf(uriOf(name)), FOLDER)).toEqual(await fromScratch(strategy));
    expect(stale()).toEqual([]);
}

describe('files of actual results beside a strategy being edited', () => {
    test('typing in a title keeps their links and diagnostics, pointed at the new strategy', async () => {
        const text = ORIGINAL.replace('"VK Ads"', '"VK Adsx"');
        const before = await type(text);
        expect(kept(before)).toEqual(actualsFiles);
        await expectAsFromScratch(text);
    });

    test('a channel’s budget changed: the actual spend is read against the new plan', async () => {
        const text = ORIGINAL.replace('budget 30 000 per month', 'budget 31 000 per month');
        expect(kept(await type(text))).toEqual(actualsFiles);
        await expectAsFromScratch(text);
        // The CPL KPI's message names the re-forecast made with the new budget: the analysis met the new channel.
        expect(edited.issuesOf(uriOf('strategy.smm')).map(i => i.code)).toContain('kpi-off-track');
    });

    test('a channel renamed: the actuals that name it are unknown now', async () => {
        const text = ORIGINAL.replace('channel VK "VK Ads"', 'channel VKontakte "VK Ads"');
        expect(kept(await type(text))).toEqual([]);
        await expectAsFromScratch(text);
        expect(edited.issuesOf(uriOf('actuals-2027-01.smm')).map(i => `${i.code} ${i.text}`)).toContain('unresolved-reference VK');
    });

    test('the name typed back: the actuals find it again', async () => {
        expect(kept(await type(ORIGINAL))).toEqual([]);
        await expectAsFromScratch(ORIGINAL);
        expect(edited.issuesOf(uriOf('actuals-2027-01.smm'))).toEqual([]);
    });

    test('the currency changed: amounts in roubles do not match it', async () => {
        const text = ORIGINAL.replace('currency RUB', 'currency USD');
        expect(kept(await type(text))).toEqual([]);
        await expectAsFromScratch(text);
        expect(edited.issuesOf(uriOf('actuals-2027-02.smm')).map(i => i.code)).toContain('currency-mismatch');
    });

    test('a declaration added above the others (every name moves): links follow the names', async () => {
        const text = ORIGINAL.replace('    channel VK "VK Ads"', '    channel Telegram { budget 10 000 cpc 20 }\n    channel VK "VK Ads"');
        expect(kept(await type(text))).toEqual([]);
        await expectAsFromScratch(text);
    });

    test('actual results written in the strategy file too: a value recorded twice is found', async () => {
        const text = `${ORIGINAL}\nactuals month 2027-01-01 {\n    spend 30 000 ₽ on VK\n}\n`;
        expect(kept(await type(text))).toEqual([]);
        await expectAsFromScratch(text);
        expect(Object.keys(FILES).flatMap(name => edited.issuesOf(uriOf(name))).map(i => i.code)).toContain('actual-duplicate');
    });

    test('and written there still, typing elsewhere in the strategy updates both (their places move)', async () => {
        const text = `${ORIGINAL.replace('"VK Ads"', '"VK Ads, the main channel"')}\nactuals month 2027-01-01 {\n    spend 30 000 ₽ on VK\n}\n`;
        expect(kept(await type(text))).toEqual([]);
        await expectAsFromScratch(text);
    });

    test('a half-typed declaration, then the text as it was', async () => {
        const broken = ORIGINAL.replace('    channel VK "VK Ads" {', '    chan\n    channel VK "VK Ads" {');
        await type(broken);
        await expectAsFromScratch(broken);
        await type(ORIGINAL);
        await expectAsFromScratch(ORIGINAL);
    });

    test('a second strategy block makes the file a strategy of its own', async () => {
        const text = `${ORIGINAL}\nstrategy "Another" { currency RUB }\n`;
        expect(kept(await type(text))).toEqual([]);
        await expectAsFromScratch(text);
    });
});
