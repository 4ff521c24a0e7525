import { link, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { overwritesStrategy } from '../../src/shared/overwrite-guard.js';
import { TempFolders } from '../support/temp.js';

/** The one guard of `smm render -o` and of the preview's Export, on real files. */

const folders = new TempFolders();
afterAll(() => folders.removeAll());

async function strategyFolder(): Promise<{ folder: string; files: string[] }> {
    const folder = await folders.create({ 'strategy.smm': 'strategy "x" {}\n', 'audience.smm': '', 'old.roadmap.html': '<p>' });
    return { folder, files: [join(folder, 'strategy.smm'), join(folder, 'audience.smm')] };
}

describe('overwritesStrategy', () => {
    it('a new or an old roadmap file is not a strategy', async () => {
        const { folder, files } = await strategyFolder();
        expect(await overwritesStrategy(join(folder, 'strategy.roadmap.html'), files)).toBe(false);
        expect(await overwritesStrategy(join(folder, 'old.roadmap.html'), files)).toBe(false);
    });

    it('a .smm name, in any case, existing or not', async () => {
        const { folder, files } = await strategyFolder();
        expect(await overwritesStrategy(join(folder, 'STRATEGY.SMM'), files)).toBe(true);
        expect(await overwritesStrategy(join(folder, 'new.smm'), files)).toBe(true);
    });

    it('another spelling of a strategy file\'s path', async () => {
        const { folder, files } = await strategyFolder();
        expect(await overwritesStrategy(join(folder, 'sub', '..', 'strategy.smm'), files)).toBe(true);
    });

    it('a symbolic link to a strategy file, or to its folder', async () => {
        const { folder, files } = await strategyFolder();
        await symlink(join(folder, 'strategy.smm'), join(folder, 'link.html'));
        expect(await overwritesStrategy(join(folder, 'link.html'), files)).toBe(true);
        const other = await folders.create({});
        await symlink(folder, join(other, 'plans'));
        expect(await overwritesStrategy(join(other, 'plans', 'audience.smm'), files)).toBe(true);
    });

    it('a symbolic link to a .smm file of another strategy', async () => {
        const { folder, files } = await strategyFolder();
        const elsewhere = await folders.create({ 'tea.smm': '' });
        await symlink(join(elsewhere, 'tea.smm'), join(folder, 'tea.html'));
        expect(await overwritesStrategy(join(folder, 'tea.html'), files)).toBe(true);
    });

    it('a hard link to a strategy file', async () => {
        const { folder, files } = await strategyFolder();
        await link(join(folder, 'audience.smm'), join(folder, 'audience.html'));
        expect(await overwritesStrategy(join(folder, 'audience.html'), files)).toBe(true);
    });
});
