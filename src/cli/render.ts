import type { LangiumDocument } from 'langium';
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { t, type Locale } from '../i18n/index.js';
import { compileRoadmap } from '../roadmap/compile.js';
import { portableRoadmap } from '../roadmap/portable.js';
import { roadmapDiagnostics } from '../language/lsp/roadmap-diagnostics.js';
import { folderDocuments, strategyKeyOf } from '../language/workspace/strategy-folder.js';
import type { Roadmap, RoadmapRegulation } from '../roadmap/model.js';
import { findRole, HANDBOOK_FORMATS, renderHandbook, type HandbookFormat } from '../roadmap/render/handbook.js';
import { renderRoadmap } from '../roadmap/render/index.js';
import { exportFormat, roleFileNamePart, type ExportFormat, type ExportOptions } from '../shared/roadmap-formats.js';
import { overwritesStrategy } from '../shared/overwrite-guard.js';
import { InputError, reasonOf, strategyFiles, writeFileAtomic } from './files.js';
import { printable, terminalText } from './printable.js';
import { loadStrategies } from './workspace.js';

export interface RenderOptions {
    format: ExportFormat;
    /** The CSV's delimiter, the iCalendar file's entries. */
    exportOptions?: ExportOptions;
    /** A file path, `-` for standard output, or undefined for `<name>.roadmap.<format>` in the strategy's folder. */
    output?: string;
    locale: Locale;
    today?: Date;
    /** Render this role's handbook (HTML or Markdown) instead of the roadmap: its name or its title. */
    role?: string;
    /** Standard output is a terminal: `-o -` then shows control characters as escapes instead of sending them. */
    stdoutIsTerminal?: boolean;
}

/**
 * `smm render`: compiles one strategy (a folder, or a file with its folder's siblings) into a roadmap and
 * writes it; a folder of several strategies, each of them beside its file. Returns 0, or 1 when a strategy
 * has errors (the roadmap is still written).
 */
export async function renderCommand(
    inputs: string[], options: RenderOptions, out: (text: string) => void, err: (text: string) => void
): Promise<number> {
    const { locale } = options;
    if (inputs.length !== 1) {
        throw new InputError(t(locale, 'cli.render.oneInput'));
    }
    const [input] = inputs;
    const { role } = options;
    if (role !== undefined && !isHandbookFormat(options.format)) {
        throw new InputError(t(locale, 'cli.render.roleFormat', { format: options.format }));
    }
    const paths = await strategyFiles(input, locale);
    const { services, files } = await loadStrategies(paths, locale);
    const documents = services.shared.workspace.LangiumDocuments;
    // A folder of several strategies renders each one beside its file (`h1.smm` → `h1.roadmap.html`).
    const isFolder = (await stat(input)).isDirectory();
    const strategies = isFolder ? strategyDocuments(files.map(file => file.document)) : [files[0].document];
    const several = strategies.length > 1;
    if (several && options.output !== undefined) {
        throw new InputError(t(locale, 'cli.render.severalStrategies', {
            path: input, count: strategies.length, example: files.find(file => file.document === strategies[0])!.path
        }));
    }
    let status = 0;
    for (const document of strategies) {
        const path = files.find(file => file.document === document)!.path;
        const target = options.output === '-' ? undefined : options.output ?? await defaultOutput(several ? path : input, options.format, role);
        if (target !== undefined) {
            await checkTarget(target, paths, locale);
        }
        const diagnostics = roadmapDiagnostics(folderDocuments(documents, document));
        const analysis = services.analysis.StrategyAnalyzer.forDocument(document);
        const roadmap = compileRoadmap(analysis, { locale, diagnostics, today: options.today });
        const portable = portableRoadmap(roadmap, document.uri.toString());
        const text = role === undefined ? renderRoadmap(portable, options.format, locale, options.exportOptions)
            : renderHandbook(portable, regulationOf(portable, role, locale), options.format as HandbookFormat, locale);

        if (target === undefined) {
            out(options.stdoutIsTerminal ? terminalText(text) : text);
        } else {
            await writeFileAtomic(target, text).catch(async (error: NodeJS.ErrnoException) => {
                // ENOENT names the folder when it is missing; in a folder that exists (`/proc`), no file can be made there.
                const folderExists = error.code === 'ENOENT' && await stat(dirname(target)).then(info => info.isDirectory(), () => false);
                const reason = error.code !== 'ENOENT' ? reasonOf(locale, error)
                    : t(locale, folderExists ? 'cli.render.cannotCreate' : 'cli.render.noFolder');
                throw new InputError(t(locale, 'cli.render.cannotWrite', { path: target, reason }));
            });
            err(`${printable(t(locale, role === undefined ? 'cli.render.written' : 'cli.render.handbookWritten', { path: target }))}\n`);
        }
        if (roadmap.health.errors > 0) {
            err(`${printable(t(locale, 'cli.render.hasErrors', { errors: roadmap.health.errors, input: several ? path : input }))}\n`);
            status = 1;
        }
    }
    return status;
}

/** One document of each strategy among `documents` (its strategy file; for a folder of one strategy, the first file). */
function strategyDocuments(documents: LangiumDocument[]): LangiumDocument[] {
    const byKey = new Map<string, LangiumDocument>();
    for (const document of documents) {
        const key = strategyKeyOf(document);
        if (!byKey.has(key) || document.uri.toString() === key) {
            byKey.set(key, document);
        }
    }
    return [...byKey.values()];
}

/**
 * `strategy.roadmap.html` beside `strategy.smm`; `coffee.roadmap.html` inside the folder `coffee`; a role's
 * handbook `coffee.handbook.SmmManager.html` (the role as asked, with what a file name cannot hold as `-`).
 */
async function defaultOutput(input: string, format: ExportFormat, role: string | undefined): Promise<string> {
    const isFolder = (await stat(input)).isDirectory();
    const folder = isFolder ? input : dirname(input);
    const stem = isFolder ? basename(resolve(input)) : basename(input, extname(input));
    const kind = role === undefined ? 'roadmap' : `handbook.${roleFileNamePart(role)}`;
    return join(folder, `${stem}.${kind}.${exportFormat(format).extension}`);
}

function isHandbookFormat(format: ExportFormat): format is ExportFormat & HandbookFormat {
    return (HANDBOOK_FORMATS as readonly string[]).includes(format);
}

/** The regulation of the role asked for, or an error that lists the roles there are. */
function regulationOf(roadmap: Roadmap, role: string, locale: Locale): RoadmapRegulation {
    const found = findRole(roadmap, role);
    if (found) {
        return found;
    }
    const roles = roadmap.regulations.map(regulation => regulation.title ? `${regulation.role} (${regulation.title})` : regulation.role);
    throw new InputError(roles.length > 0 ? t(locale, 'cli.render.unknownRole', { role, roles: roles.join(', ') }) : t(locale, 'cli.render.noRoles', { role }));
}

/**
 * Refuses an output that is a folder or one of the strategy's own files, however it is named: another
 * spelling of the path, a symbolic link or a hard link to it.
 */
async function checkTarget(target: string, inputs: string[], locale: Locale): Promise<void> {
    const info = await stat(target).catch(() => undefined);
    if (info?.isDirectory()) {
        throw new InputError(t(locale, 'cli.render.outputIsFolder', { path: target }));
    }
    if (await overwritesStrategy(target, inputs)) {
        throw new InputError(t(locale, 'cli.render.overwritesInput', { path: target }));
    }
}
