import { UriUtils, URI, type AstNode, type AstNodeDescription, type IndexManager, type LangiumDocument, type LangiumDocuments, type Stream } from 'langium';
import { isStrategy, type Model } from '../generated/ast.js';
import { Remembered } from '../../analysis/remembered.js';
import { BUILTIN_METRICS_URI, isBuiltinUri } from '../references/builtin-metrics.js';

/**
 * The files of one folder form one strategy: every named declaration is visible from every file of its
 * folder (and the standard metrics from everywhere), whatever block it is nested in.
 *
 * A folder may hold several strategies (an agency's `h1.smm` and `h2.smm`, one file per client): when two
 * or more of its files each have a `strategy { … }` block, each of those files is a strategy of its own,
 * and the files without one (shared roles, segments, a metric catalog) belong to every one of them. A
 * strategy file then sees its own declarations and the shared ones; a shared file sees the whole folder,
 * and is checked as part of the first strategy by file name.
 */
export function strategyFolderOf(documentUri: URI | string): string {
    return folders.get(documentUri.toString(), key => {
        const uri = typeof documentUri === 'string' ? URI.parse(documentUri) : documentUri;
        // A new, unsaved file has no folder: it is a strategy of its own, not a sibling of every other one.
        return uri.scheme === 'untitled' ? key : UriUtils.dirname(uri).toString();
    });
}

/**
 * The folder of each document address seen: scoping asks for it once per candidate of every reference,
 * and working it out (a new address, formatted) was a tenth of the time of a keystroke in a long strategy.
 */
const folders = new Remembered<string, string>(10_000);

/** The files of each folder that have a `strategy { … }` block, as of their last parse. */
const strategyFiles = new Map<string, Set<string>>();

/** Records, after each parse, whether a file has a `strategy` block. */
export function noteStrategyFile(documentUri: URI, model: AstNode | undefined): void {
    const uri = documentUri.toString();
    const folder = strategyFolderOf(uri);
    const files = strategyFiles.get(folder);
    if ((model as Model | undefined)?.elements?.some(isStrategy)) {
        if (files) {
            files.add(uri);
        } else {
            strategyFiles.set(folder, new Set([uri]));
        }
    } else {
        files?.delete(uri);
    }
}

/** Forgets a file that left the workspace. */
export function forgetStrategyFile(documentUri: URI | string): void {
    strategyFiles.get(strategyFolderOf(documentUri))?.delete(documentUri.toString());
}

/** Whether the file is one strategy among several of its folder. */
function isOwnStrategy(uri: string, folder: string): boolean {
    const files = strategyFiles.get(folder);
    return files !== undefined && files.size > 1 && files.has(uri);
}

/**
 * Where a file looks names up: its folder, or, for one strategy among several in a folder, the file itself
 * (it then sees its own declarations and the shared files'; see `isVisibleFrom`).
 */
export function strategyScopeOf(documentUri: URI | string): string {
    const uri = documentUri.toString();
    const folder = strategyFolderOf(uri);
    return isOwnStrategy(uri, folder) ? uri : folder;
}

/** Whether a declaration is seen from the files whose scope (`strategyScopeOf`) is `scope`: `visibleDeclarations` asks it. */
function isVisibleFrom(description: AstNodeDescription, scope: string): boolean {
    const uri = description.documentUri.toString();
    if (isBuiltinUri(uri)) {
        return true;
    }
    const folder = strategyFolderOf(uri);
    if (folder === scope) {
        return true;
    }
    // A strategy among several sees itself and the shared files of its folder, not the other strategies.
    return uri === scope ? true : strategyFolderOf(scope) === folder && isOwnStrategy(scope, folder) && !isOwnStrategy(uri, folder);
}

/**
 * The files of the strategy `document` belongs to, the document itself included, by file name: so that "the
 * first competitor" or the order of channels does not depend on which file happened to be loaded or reopened
 * first. In a folder of several strategies: the strategy file and the shared files (a shared file goes with
 * the first strategy by file name).
 */
export function folderDocuments(documents: LangiumDocuments, document: LangiumDocument): LangiumDocument[] {
    const folder = strategyFolderOf(document.uri);
    const inFolder = documentsOfFolder(documents, folder).sort((a, b) => compare(a.uri.toString(), b.uri.toString()));
    const strategies = strategyFiles.get(folder);
    if (!strategies || strategies.size < 2) {
        return inFolder;
    }
    const own = strategies.has(document.uri.toString())
        ? document.uri.toString()
        : inFolder.find(d => strategies.has(d.uri.toString()))?.uri.toString();
    return inFolder.filter(d => d.uri.toString() === own || !strategies.has(d.uri.toString()));
}

/**
 * The declarations of one kind (all kinds when `type` is undefined) that a file sees: those of its folder
 * (`isVisibleFrom`) and the standard metrics. Only the folder's files are looked at, not every file of the
 * workspace: an agency's workspace of many strategies would otherwise be gone through for each file's
 * scopes and checks.
 */
export function visibleDeclarations(index: IndexManager, documents: LangiumDocuments, documentUri: URI, type?: string): Stream<AstNodeDescription> {
    const uris = new Set(documentsOfFolder(documents, strategyFolderOf(documentUri)).map(d => d.uri.toString()));
    uris.add(BUILTIN_METRICS_URI);
    const scope = strategyScopeOf(documentUri);
    return index.allElements(type, uris).filter(d => isVisibleFrom(d, scope));
}

/** The documents whose folder is `folder`: looked up under it, not among every document of the workspace. */
function documentsOfFolder(documents: LangiumDocuments, folder: string): LangiumDocument[] {
    return documents.getDocuments(URI.parse(folder)).filter(d => strategyFolderOf(d.uri) === folder);
}

/**
 * The key of the strategy a document belongs to: its folder, or in a folder of several strategies, its
 * strategy file (a shared file: the first one's). Documents with the same key share one analysis.
 */
export function strategyKeyOf(document: LangiumDocument): string {
    const folder = strategyFolderOf(document.uri);
    const strategies = strategyFiles.get(folder);
    if (!strategies || strategies.size < 2) {
        return folder;
    }
    return strategies.has(document.uri.toString()) ? document.uri.toString() : [...strategies].sort(compare)[0];
}

/** The parsed files of the folder of `document`, the document itself included. */
export function folderModels(documents: LangiumDocuments, document: LangiumDocument): Model[] {
    return folderDocuments(documents, document).map(d => d.parseResult.value as Model);
}

/** Plain code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
