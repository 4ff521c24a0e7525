import { UriUtils, URI, type AstNodeDescription, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { Model } from '../generated/ast.js';
import { isBuiltinUri } from '../references/builtin-metrics.js';

/**
 * The files of one folder form one strategy: every named declaration is visible from every file of its
 * folder (and the standard metrics from everywhere), whatever block it is nested in.
 */
export function strategyFolderOf(documentUri: URI | string): string {
    const key = documentUri.toString();
    let folder = folders.get(key);
    if (folder === undefined) {
        const uri = typeof documentUri === 'string' ? URI.parse(documentUri) : documentUri;
        // A new, unsaved file has no folder: it is a strategy of its own, not a sibling of every other one.
        folder = uri.scheme === 'untitled' ? key : UriUtils.dirname(uri).toString();
        if (folders.size >= FOLDERS_REMEMBERED) {
            folders.clear();
        }
        folders.set(key, folder);
    }
    return folder;
}

/**
 * The folder of each document address seen: scoping asks for it once per candidate of every reference,
 * and working it out (a new address, formatted) was a tenth of the time of a keystroke in a long strategy.
 */
const folders = new Map<string, string>();
const FOLDERS_REMEMBERED = 10_000;

export function isVisibleFrom(description: AstNodeDescription, folder: string): boolean {
    return isBuiltinUri(description.documentUri.toString()) || strategyFolderOf(description.documentUri) === folder;
}

/**
 * The files of the folder of `document`, the document itself included, by file name: so that "the first
 * competitor" or the order of channels does not depend on which file happened to be loaded or reopened first.
 */
export function folderDocuments(documents: LangiumDocuments, document: LangiumDocument): LangiumDocument[] {
    const folder = strategyFolderOf(document.uri);
    return documents.all.filter(d => strategyFolderOf(d.uri) === folder).toArray()
        .sort((a, b) => compare(a.uri.toString(), b.uri.toString()));
}

/** The parsed files of the folder of `document`, the document itself included. */
export function folderModels(documents: LangiumDocuments, document: LangiumDocument): Model[] {
    return folderDocuments(documents, document).map(d => d.parseResult.value as Model);
}

/** Plain code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
