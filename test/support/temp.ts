import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Files to create, by path relative to the folder; strings are written as UTF-8. */
export type FileTree = Record<string, string | Uint8Array>;

/** Real folders on disk for a test, removed again by `removeAll`. */
export class TempFolders {
    private readonly created: string[] = [];

    async create(files: FileTree = {}): Promise<string> {
        const folder = await mkdtemp(join(tmpdir(), 'smm-test-'));
        this.created.push(folder);
        for (const [relative, content] of Object.entries(files)) {
            const path = join(folder, relative);
            await mkdir(dirname(path), { recursive: true });
            await writeFile(path, content);
        }
        return folder;
    }

    async removeAll(): Promise<void> {
        const folders = this.created.splice(0);
        await Promise.all(folders.map(folder => rm(folder, { recursive: true, force: true })));
    }
}
