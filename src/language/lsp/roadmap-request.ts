import { DocumentState, URI, WorkspaceCache, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import {
    ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type Diagnostic
} from 'vscode-languageserver';
import {
    ROADMAP_FORMATS, RoadmapRequest, RoadmapStylesRequest, type RoadmapParams, type RoadmapParseError, type RoadmapResult,
    type RoadmapSectionRange
} from '../../protocol.js';
import { compileRoadmap } from '../../roadmap/compile.js';
import type { Roadmap } from '../../roadmap/model.js';
import type { Locale } from '../../i18n/index.js';
import { portableRoadmap } from '../../roadmap/portable.js';
import { findRole, HANDBOOK_FORMATS, renderHandbook, type HandbookFormat } from '../../roadmap/render/handbook.js';
import { renderHtmlFold, renderHtmlSections, type HtmlSection } from '../../roadmap/render/html.js';
import { renderRoadmap } from '../../roadmap/render/index.js';
import { roadmapStyles } from '../../roadmap/render/styles.js';
import { SmmDocumentFactory } from '../parsing/document-factory.js';
import type { SmmServices } from '../smm-module.js';
import { folderDocuments, strategyKeyOf } from '../workspace/strategy-folder.js';
import { toRoadmapDiagnostic } from './roadmap-diagnostics.js';
import { isCalendarEntry, isCsvDelimiter, type ExportOptions } from '../../shared/roadmap-formats.js';

/** Answers `smm/roadmap` and `smm/roadmapStyles` (see src/protocol.ts). */
export function registerRoadmapRequest(connection: Connection, smm: SmmServices): void {
    connection.onRequest(RoadmapRequest, (params, token) => answerRoadmap(smm, params, token));
    connection.onRequest(RoadmapStylesRequest, () => roadmapStyles('editor'));
}

/**
 * The roadmap of the strategy `params.uri` belongs to, rendered in `params.format`, computed from the text
 * the editor holds now: the request waits until the edits received before it are parsed and validated, so
 * it never renders an older syntax tree. When a file of the strategy does not parse, the answer is its
 * syntax errors instead.
 */
export async function answerRoadmap(smm: SmmServices, params: RoadmapParams, token: CancellationToken): Promise<RoadmapResult> {
    if (!(ROADMAP_FORMATS as readonly string[]).includes(params.format)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `Unknown roadmap format: ${String(params.format)}`);
    }
    if (params.role !== undefined && (typeof params.role !== 'string' || !(HANDBOOK_FORMATS as readonly string[]).includes(params.format))) {
        throw new ResponseError(ErrorCodes.InvalidParams, `A handbook is rendered as ${HANDBOOK_FORMATS.join(' or ')}, not ${String(params.format)}.`);
    }
    if (params.fold !== undefined && (typeof params.fold !== 'string' || params.format !== 'preview')) {
        throw new ResponseError(ErrorCodes.InvalidParams, `A folded list is a part of the preview, not of ${String(params.format)}.`);
    }
    const options = exportOptionsOf(params.options);
    const shared = smm.shared;
    await shared.workspace.WorkspaceManager.ready;
    const uri = URI.parse(params.uri);
    // A read waits for every queued write (document update) and no write starts while it runs.
    return shared.workspace.WorkspaceLock.read(async () => {
        await throwIfCancelled(token);
        const document = shared.workspace.LangiumDocuments.getDocument(uri);
        if (!document) {
            throw new ResponseError(ErrorCodes.InvalidParams, `No strategy file is known at ${params.uri}: open it first.`);
        }
        // The version of the text the syntax tree was read from: the editor may hold a later edit, queued behind this read.
        const factory = shared.workspace.LangiumDocumentFactory;
        const version = (factory instanceof SmmDocumentFactory ? factory.versionOf(document) : undefined)
            ?? shared.workspace.TextDocuments?.get(params.uri)?.version ?? 0;
        const locale = smm.i18n.Locale.current;
        const compiled = await compiledStrategy(smm, document, locale, token);
        if ('parseErrors' in compiled) {
            return { status: 'parseErrors', uri: params.uri, version, parseErrors: compiled.parseErrors };
        }
        const { roadmap } = compiled;
        await throwIfCancelled(token);
        if (params.role !== undefined) {
            const portable = portableRoadmap(roadmap, document.uri.toString());
            const regulation = findRole(portable, params.role);
            if (!regulation) {
                throw new ResponseError(ErrorCodes.InvalidParams, `The strategy has no role “${params.role}”.`);
            }
            return { status: 'rendered', uri: params.uri, version, content: renderHandbook(portable, regulation, params.format as HandbookFormat, locale) };
        }
        if (params.fold !== undefined) {
            const content = renderHtmlFold(roadmap, locale, params.fold);
            if (content === undefined) {
                throw new ResponseError(ErrorCodes.InvalidParams, `The roadmap has no folded list “${params.fold}”.`);
            }
            return { status: 'rendered', uri: params.uri, version, content };
        }
        if (params.format === 'preview') {
            // The preview reveals an item's source by its URI; an export leaves the machine, without the local path.
            return { status: 'rendered', uri: params.uri, version, ...previewBody(renderHtmlSections(roadmap, locale)) };
        }
        return {
            status: 'rendered', uri: params.uri, version,
            content: renderRoadmap(portableRoadmap(roadmap, document.uri.toString()), params.format, locale, options)
        };
    });
}

/** The export options of a request, checked: a client's typo is an error, not an option silently ignored. */
function exportOptionsOf(options: unknown): ExportOptions {
    if (options === undefined || options === null) {
        return {};
    }
    const { delimiter, include } = options as { delimiter?: unknown; include?: unknown };
    if (delimiter !== undefined && !isCsvDelimiter(delimiter)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `Unknown CSV delimiter: ${String(delimiter)}`);
    }
    if (include !== undefined && !(Array.isArray(include) && include.every(isCalendarEntry))) {
        throw new ResponseError(ErrorCodes.InvalidParams, `Unknown calendar entries: ${JSON.stringify(include)}`);
    }
    return { delimiter, include };
}

/** The preview's body, the sections one per line as `renderHtmlBody` joins them, and where each one is. */
function previewBody(sections: HtmlSection[]): { content: string; sections: RoadmapSectionRange[] } {
    const ranges: RoadmapSectionRange[] = [];
    let at = 0;
    for (const section of sections) {
        ranges.push({ id: section.id, start: at, end: at + section.markup.length });
        at += section.markup.length + 1;
    }
    return { content: sections.map(section => section.markup).join('\n'), sections: ranges };
}

type CompiledStrategy = { roadmap: Roadmap } | { parseErrors: RoadmapParseError[] };

/**
 * The roadmaps compiled from the texts the server holds now, by strategy, language and day. The preview
 * asks for its body on each update and then for each part of a long timeline and each folded list as it
 * comes into view: these requests render one piece of the roadmap compiled once, not a new roadmap each.
 * Emptied by every change of any file (the settings that change the diagnostics reparse every file).
 */
const compiledRoadmaps = new WeakMap<SmmServices, WorkspaceCache<string, CompiledStrategy>>();

async function compiledStrategy(smm: SmmServices, document: LangiumDocument, locale: Locale, token: CancellationToken): Promise<CompiledStrategy> {
    let cache = compiledRoadmaps.get(smm);
    if (!cache) {
        cache = new WorkspaceCache(smm.shared);
        compiledRoadmaps.set(smm, cache);
    }
    const today = new Date();
    const key = `${strategyKeyOf(document)}|${locale}|${today.toISOString().slice(0, 10)}`;
    const known = cache.get(key);
    if (known) {
        return known;
    }
    const diagnostics = await strategyDiagnostics(smm, smm.shared, document, token);
    // The syntax errors, and where there are too many to list, the one that says so.
    const parseErrors = diagnostics.filter(({ diagnostic }) =>
        diagnostic.code === 'syntax-error' || diagnostic.code === 'too-many-syntax-errors').map(toParseError);
    let compiled: CompiledStrategy;
    if (parseErrors.length > 0) {
        compiled = { parseErrors };
    } else {
        // On a long strategy each step below takes a while: a client that gave up does not wait for the rest.
        await throwIfCancelled(token);
        compiled = {
            roadmap: compileRoadmap(smm.analysis.StrategyAnalyzer.forDocument(document), {
                locale, today, diagnostics: diagnostics.map(({ uri, diagnostic }) => toRoadmapDiagnostic(uri, diagnostic))
            })
        };
    }
    cache.set(key, compiled);
    return compiled;
}

/** Lets a `$/cancelRequest` that arrived meanwhile be read, then stops if it was for this request. */
async function throwIfCancelled(token: CancellationToken): Promise<void> {
    await new Promise(resolve => setImmediate(resolve));
    if (token.isCancellationRequested) {
        throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The roadmap request was cancelled.');
    }
}

interface LocatedDiagnostic {
    uri: string;
    diagnostic: Diagnostic;
}

/**
 * The diagnostics of every file of the strategy. A file no editor has open was built without validation;
 * it is checked for syntax and references here, which is all the roadmap needs to know about it.
 */
async function strategyDiagnostics(
    smm: SmmServices, shared: LangiumSharedCoreServices, document: LangiumDocument, token: CancellationToken
): Promise<LocatedDiagnostic[]> {
    const located: LocatedDiagnostic[] = [];
    for (const file of folderDocuments(shared.workspace.LangiumDocuments, document)) {
        const diagnostics = file.state >= DocumentState.Validated && file.diagnostics
            ? file.diagnostics
            : await smm.validation.DocumentValidator.validateDocument(file, { categories: ['built-in'] }, token);
        // One by one: spreading a long list into the arguments of `push` overflows the call stack.
        for (const diagnostic of diagnostics) {
            located.push({ uri: file.uri.toString(), diagnostic });
        }
    }
    return located;
}

function messageOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function toParseError({ uri, diagnostic }: LocatedDiagnostic): RoadmapParseError {
    const { line, character } = diagnostic.range.start;
    return { uri, line, character, message: messageOf(diagnostic) };
}
