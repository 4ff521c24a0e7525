import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';

/** The extension of a strategy file. */
export const SMM_EXTENSION = '.smm';

/**
 * Whether writing a roadmap to `target` would replace one of the strategy's files, however it is named:
 * a `.smm` name, another spelling of a strategy file's path, a symbolic link to it (or to any `.smm`
 * file), or a hard link to it. The guard of `smm render -o` and of the preview's Export, which must never
 * lose the text of a strategy.
 */
export async function overwritesStrategy(target: string, strategyFiles: readonly string[]): Promise<boolean> {
    const real = await canonical(target);
    if (extname(target).toLowerCase() === SMM_EXTENSION || extname(real).toLowerCase() === SMM_EXTENSION) {
        return true;
    }
    const inputsReal = await Promise.all(strategyFiles.map(canonical));
    if (inputsReal.includes(real)) {
        return true;
    }
    const info = await stat(target).catch(() => undefined);
    if (!info?.isFile()) {
        return false;
    }
    const inputInfos = await Promise.all(strategyFiles.map(file => stat(file).catch(() => undefined)));
    return inputInfos.some(input => input?.dev === info.dev && input?.ino === info.ino);
}

/** The real path of a file, or of its folder joined with its name when the file does not exist yet. */
async function canonical(path: string): Promise<string> {
    const whole = await realpath(path).catch(() => undefined);
    if (whole) {
        return whole;
    }
    const folder = await realpath(dirname(path)).catch(() => resolve(dirname(path)));
    return join(folder, basename(path));
}
