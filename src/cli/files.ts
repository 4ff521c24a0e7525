import { randomBytes } from 'node:crypto';
import { constants, rmSync } from 'node:fs';
import { constants as system } from 'node:os';
import { access, open, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { t, type Locale } from '../i18n/index.js';
import { SMM_EXTENSION } from '../shared/overwrite-guard.js';

export { SMM_EXTENSION };

/** A problem with the user's input that stops the command (exit code 2). */
export class InputError extends Error {}

export interface SourceFile {
    path: string;
    text: string;
}

/** Expands the command-line arguments to .smm files: files as given, folders searched recursively. */
export async function collectSmmFiles(args: string[], locale: Locale): Promise<string[]> {
    const files: string[] = [];
    for (const arg of args) {
        const info = await stat(arg).catch((error: NodeJS.ErrnoException) => {
            throw new InputError(error.code === 'ENOENT'
                ? t(locale, 'cli.notFound', { path: arg })
                : unreadable(locale, arg, error));
        });
        if (info.isDirectory()) {
            const found = await findSmmFiles(arg, locale);
            if (found.length === 0) {
                throw new InputError(t(locale, 'cli.noSmmInFolder', { path: arg }));
            }
            files.push(...found);
        } else if (extname(arg).toLowerCase() === SMM_EXTENSION) {
            files.push(arg);
        } else {
            throw new InputError(t(locale, 'cli.notSmm', { path: arg }));
        }
    }
    // The same file may be named twice (`a.smm ./a.smm`, or given and found in a folder): check it once.
    const byPath = new Map<string, string>();
    for (const file of files) {
        if (!byPath.has(resolve(file))) {
            byPath.set(resolve(file), file);
        }
    }
    return [...byPath.values()];
}

async function findSmmFiles(folder: string, locale: Locale): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        throw new InputError(unreadable(locale, folder, error));
    });
    const result: string[] = [];
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const path = join(folder, entry.name);
        if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
            result.push(...await findSmmFiles(path, locale));
        } else if (entry.isFile() && extname(entry.name).toLowerCase() === SMM_EXTENSION) {
            result.push(path);
        }
    }
    return result;
}

/**
 * The files of the one strategy named by `input`: a folder's own .smm files (not its subfolders'), or a
 * .smm file with the other .smm files of its folder.
 */
export async function strategyFiles(input: string, locale: Locale): Promise<string[]> {
    const info = await stat(input).catch((error: NodeJS.ErrnoException) => {
        throw new InputError(error.code === 'ENOENT' ? t(locale, 'cli.notFound', { path: input }) : unreadable(locale, input, error));
    });
    if (info.isDirectory()) {
        // Unlike a sibling's folder, this one is what the user asked for: a folder that cannot be listed is an error.
        await readdir(input).catch((error: NodeJS.ErrnoException) => {
            throw new InputError(unreadable(locale, input, error));
        });
        const files = (await siblingSmmFiles(input)).sort();
        if (files.length === 0) {
            // One folder is one strategy: the strategies of its subfolders are rendered one at a time.
            const [nested] = await findSmmFiles(input, locale);
            throw new InputError(nested
                ? t(locale, 'cli.render.strategiesInSubfolders', { path: input, example: dirname(nested) })
                : t(locale, 'cli.noSmmInFolder', { path: input }));
        }
        return files;
    }
    if (extname(input).toLowerCase() !== SMM_EXTENSION) {
        throw new InputError(t(locale, 'cli.notSmm', { path: input }));
    }
    const siblings = (await siblingSmmFiles(dirname(input))).filter(path => resolve(path) !== resolve(input)).sort();
    return [input, ...siblings];
}

/** The other .smm files of a folder: they belong to the same strategy. */
export async function siblingSmmFiles(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    return entries
        .filter(e => e.isFile() && extname(e.name).toLowerCase() === SMM_EXTENSION)
        .map(e => join(folder, e.name));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a strategy as UTF-8 text; binary or wrongly encoded files are refused with a clear reason. */
export async function readSmmFile(path: string, locale: Locale): Promise<SourceFile> {
    const bytes = await readRegularFile(path).catch((error: NodeJS.ErrnoException) => {
        throw new InputError(unreadable(locale, path, error));
    });
    if (bytes.includes(0)) {
        throw new InputError(t(locale, 'cli.unreadable', { path, reason: t(locale, 'cli.reason.binary') }));
    }
    let text: string;
    try {
        text = utf8.decode(bytes);
    } catch {
        throw new InputError(t(locale, 'cli.unreadable', { path, reason: t(locale, 'cli.reason.notUtf8') }));
    }
    return { path, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

/**
 * The bytes of a regular file. A pipe or a device named `x.smm` (or a link to `/dev/zero`) is refused
 * before reading: reading it would wait for a writer forever or never end. Opened without blocking, so
 * that opening a pipe does not wait either.
 */
async function readRegularFile(path: string): Promise<Buffer> {
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
        if (!(await handle.stat()).isFile()) {
            throw Object.assign(new Error(`${path} is not a regular file`), { code: 'ENOTREGULAR' });
        }
        return await handle.readFile();
    } finally {
        await handle.close();
    }
}

function unreadable(locale: Locale, path: string, error: NodeJS.ErrnoException): string {
    return t(locale, 'cli.unreadable', { path, reason: reasonOf(locale, error) });
}

/** Why a file operation failed, in the user's language when the cause is a common one. */
export function reasonOf(locale: Locale, error: NodeJS.ErrnoException): string {
    if (error.code === 'ENOTREGULAR') {
        return t(locale, 'cli.reason.notAFile');
    }
    const known = ['EACCES', 'EPERM', 'EISDIR', 'ENOENT', 'ELOOP', 'EMFILE', 'ENOTDIR', 'EROFS', 'ENOSPC'] as const;
    const code = known.find(c => c === error.code);
    return code === 'EPERM' ? t(locale, 'cli.reason.EACCES') : code ? t(locale, `cli.reason.${code}`) : error.message;
}

/**
 * Writes `text` to `path` all at once: into a temporary file of the same folder, then renamed over the
 * target, so that readers never see half a file and a failure leaves no partial file behind. A symbolic
 * link is written through, as the shell's `>` does, and keeps being a link; an existing file keeps its
 * permissions, and one the user may not write is refused rather than replaced. A device or a pipe
 * (`/dev/stdout`, `/dev/null`) is written to directly: there is no file to replace, and replacing the
 * device node by a regular file would break the system for everyone.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
    const existing = await stat(path).catch(() => undefined);
    if (existing && !existing.isFile()) {
        await writeFile(path, text, { encoding: 'utf8', flag: 'w' });
        return;
    }
    if (existing) {
        await access(path, constants.W_OK);
    }
    const target = existing ? await realpath(path) : path;
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let created = false;
    track(temporary);
    try {
        const handle = await open(temporary, 'wx');
        created = true;
        try {
            if (existing) {
                await handle.chmod(existing.mode & 0o7777);
            }
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        } finally {
            await handle.close();
        }
        await rename(temporary, target);
    } catch (error) {
        if (created) {
            await rm(temporary, { force: true });
        }
        throw error;
    } finally {
        untrack(temporary);
    }
}

/**
 * The temporary files being written, removed when a signal ends the command (Ctrl+C, a closed terminal,
 * `kill`) before they are renamed: the default action of a signal ends the process on the spot, which left
 * an empty hidden `.tmp` file beside the output. Listening only while a write is under way keeps the
 * default action at any other moment; after the clean-up, the signal is raised again so that the command
 * still ends by it (the shell's `$?` is 128 + its number).
 */
const temporaries = new Set<string>();
const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function track(temporary: string): void {
    if (temporaries.size === 0) {
        ENDING_SIGNALS.forEach(signal => process.on(signal, removeTemporariesAndRaise));
    }
    temporaries.add(temporary);
}

function untrack(temporary: string): void {
    if (temporaries.delete(temporary) && temporaries.size === 0) {
        ENDING_SIGNALS.forEach(signal => process.removeListener(signal, removeTemporariesAndRaise));
    }
}

function removeTemporariesAndRaise(signal: NodeJS.Signals): void {
    for (const temporary of [...temporaries]) {
        rmSync(temporary, { force: true });
        untrack(temporary);
    }
    process.kill(process.pid, signal);
    // The raised signal arrives asynchronously: keep the process up until it does, and end with the shell's
    // code for it should it not.
    setTimeout(() => process.exit(128 + system.signals[signal]), 1000);
}

