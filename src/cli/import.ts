import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { actualsText } from '../analysis/actuals-csv.js';
import { ACTUALS_FILE, checkImport } from '../analysis/actuals-import.js';
import { t, type Locale } from '../i18n/index.js';
import { AstUtils, UriUtils } from 'langium';
import { InputError, reasonOf, siblingSmmFiles, writeFileAtomic } from './files.js';
import { printable } from './printable.js';
import { loadStrategies } from './workspace.js';

/**
 * `smm import actuals.csv --into <folder or file>`: reads the CSV against the strategy's names and appends its
 * rows as `actuals` blocks to the file (a folder's `actuals.smm`), all at once. Returns 0, or 1 when a line has
 * a problem: then every problem is printed with its line and nothing is written.
 */
export async function importCommand(
    inputs: string[], into: string | undefined, locale: Locale, out: (text: string) => void, err: (text: string) => void
): Promise<number> {
    if (inputs.length !== 1 || into === undefined) {
        throw new InputError(t(locale, 'cli.import.usage'));
    }
    const [csvPath] = inputs;
    const csv = await readFile(csvPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new InputError(t(locale, 'cli.unreadable', { path: csvPath, reason: reasonOf(locale, error) }));
    });
    const intoStat = await stat(into).catch(() => undefined);
    const target = intoStat?.isDirectory() ? join(into, ACTUALS_FILE) : into;
    if (!target.endsWith('.smm')) {
        throw new InputError(t(locale, 'cli.notSmm', { path: target }));
    }
    const folder = dirname(target);
    const paths = await siblingSmmFiles(folder).catch(() => []);
    if (paths.length === 0) {
        throw new InputError(t(locale, 'cli.noSmmInFolder', { path: folder }));
    }
    const { services, files } = await loadStrategies(paths, locale);
    const analysis = services.analysis.StrategyAnalyzer.forDocument(files[0].document);
    const { rows, problems } = checkImport(csv, analysis, record => UriUtils.basename(AstUtils.getDocument(record.entry).uri));
    if (problems.length > 0) {
        for (const problem of problems) {
            err(`${printable(csvPath)}:${problem.line}: ${printable(t(locale, problem.key, problem.args))}\n`);
        }
        err(`smm: ${printable(t(locale, 'cli.import.failed', { count: problems.length, path: csvPath }))}\n`);
        return 1;
    }
    if (rows.length === 0) {
        throw new InputError(t(locale, 'cli.import.nothing'));
    }
    const existing = await readFile(target, 'utf8').catch(() => '');
    const separator = existing === '' ? '' : existing.endsWith('\n') ? '\n' : '\n\n';
    await writeFileAtomic(target, existing + separator + actualsText(rows, basename(csvPath))).catch((error: NodeJS.ErrnoException) => {
        throw new InputError(t(locale, 'cli.render.cannotWrite', { path: target, reason: reasonOf(locale, error) }));
    });
    out(`${printable(t(locale, 'cli.import.imported', { rows: String(rows.length), path: target }))}\n`);
    return 0;
}
