import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { dirname, resolve } from 'node:path';
import type { Locale } from '../i18n/index.js';
import { createSmmServices, type SmmServices } from '../language/smm-module.js';
import { readSmmFile, siblingSmmFiles } from './files.js';

export interface LoadedFile {
    /** The path as the user gave it (for messages). */
    path: string;
    document: LangiumDocument;
}

/**
 * Loads the given strategy files together with the other files of their folders (one folder is one
 * strategy, so references between its files resolve) and builds them up to validation.
 */
export async function loadStrategies(paths: string[], locale: Locale): Promise<{ services: SmmServices; files: LoadedFile[] }> {
    const { shared, Smm } = createSmmServices(NodeFileSystem);
    Smm.i18n.Locale.set(locale, undefined);
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);

    const factory = shared.workspace.LangiumDocumentFactory;
    const documents = shared.workspace.LangiumDocuments;
    const add = (path: string, text: string): LangiumDocument => {
        const uri = URI.file(resolve(path));
        const existing = documents.getDocument(uri);
        if (existing) {
            return existing;
        }
        const document = factory.fromString(text, uri);
        documents.addDocument(document);
        return document;
    };

    const files: LoadedFile[] = [];
    for (const path of paths) {
        const { text } = await readSmmFile(path, locale);
        files.push({ path, document: add(path, text) });
    }
    // Each folder once, spelled as the user spelled it, so that a message names a sibling as render does.
    const folders = new Map<string, string>();
    paths.forEach(path => folders.has(dirname(resolve(path))) || folders.set(dirname(resolve(path)), dirname(path)));
    for (const folder of folders.values()) {
        for (const sibling of await siblingSmmFiles(folder)) {
            // A sibling that cannot be read is refused, as `render` refuses it: without its names the
            // files asked about would report them unknown, a misleading verdict.
            add(sibling, (await readSmmFile(sibling, locale)).text);
        }
    }
    await shared.workspace.DocumentBuilder.build(documents.all.toArray(), { validation: true });
    return { services: Smm, files };
}
