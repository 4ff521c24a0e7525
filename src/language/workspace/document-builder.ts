import {
    Cancellation, DefaultDocumentBuilder, DocumentState, OperationCancelled, UriUtils, type BuildOptions,
    type FileSystemProvider, type LangiumDocument, type LangiumSharedCoreServices, type URI
} from 'langium';
import { isBuiltinUri } from '../references/builtin-metrics.js';
import { forgetStrategyFile, strategyFolderOf } from './strategy-folder.js';

/**
 * Event-loop turns given to the connection before a build parses changed documents. The connection reads
 * one queued message per turn; edits typed while the previous build ran are waiting there, and each one
 * cancels this build before its text is parsed for nothing.
 */
const SETTLE_TURNS = 32;

/**
 * Above this many characters of changed text (about 20,000 lines) a build waits a moment for the next
 * keystroke before parsing: a pause of one fiftieth of a millisecond per character, at most a quarter of
 * a second, against a parse of several seconds that the next keystroke would make useless.
 */
const DEBOUNCE_FROM_CHARS = 1_000_000;
const DEBOUNCE_MS_PER_CHAR = 1 / 20_000;
const DEBOUNCE_MAX_MS = 250;

/**
 * Builds strategies folder by folder: a file opened from outside the workspace brings the other `.smm`
 * files of its folder along, a change to one file relinks the rest of its folder, and the built-in
 * metric declarations are trusted (never validated, so no diagnostics are published for them).
 */
export class SmmDocumentBuilder extends DefaultDocumentBuilder {
    private readonly fileSystem: FileSystemProvider;
    private readonly visitedFolders = new Set<string>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        deleted.forEach(forgetStrategyFile);
        return super.update([...changed, ...await this.unloadedSiblings(changed)], deleted, cancelToken);
    }

    /**
     * Parsing cannot be interrupted: on a long file one parse blocks the server for seconds. Before parsing
     * a changed document, let the edits that arrived meanwhile cancel this build, so that a burst of
     * keystrokes costs one parse of the latest text, not one per keystroke.
     */
    protected override async buildDocuments(
        documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken
    ): Promise<void> {
        const unparsed = documents.filter(document => document.state < DocumentState.Parsed);
        if (cancelToken !== Cancellation.CancellationToken.None && unparsed.length > 0) {
            // The text an editor holds is what will be parsed (files on disk are read once, on open).
            const chars = unparsed.reduce((sum, document) => sum + (this.textDocuments?.get(document.uri.toString())?.getText().length ?? 0), 0);
            if (chars >= DEBOUNCE_FROM_CHARS) {
                await new Promise(resolve => setTimeout(resolve, Math.min(DEBOUNCE_MAX_MS, chars * DEBOUNCE_MS_PER_CHAR)));
            }
            for (let turn = 0; turn < SETTLE_TURNS && !cancelToken.isCancellationRequested; turn++) {
                await new Promise(resolve => setImmediate(resolve));
            }
            if (cancelToken.isCancellationRequested) {
                throw OperationCancelled;
            }
        }
        return super.buildDocuments(documents, options, cancelToken);
    }

    protected override shouldValidate(document: LangiumDocument): boolean {
        return !isBuiltinUri(document.uri.toString()) && super.shouldValidate(document);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const folder = strategyFolderOf(document.uri);
        return super.shouldRelink(document, changedUris) || [...changedUris].some(uri => strategyFolderOf(uri) === folder);
    }

    /** The `.smm` files next to the changed ones that nobody has loaded yet: each folder is read once. */
    private async unloadedSiblings(changed: URI[]): Promise<URI[]> {
        const siblings: URI[] = [];
        for (const uri of changed.filter(u => u.scheme === 'file')) {
            const folder = UriUtils.dirname(uri);
            if (this.visitedFolders.has(folder.toString())) {
                continue;
            }
            this.visitedFolders.add(folder.toString());
            const entries = await this.fileSystem.readDirectory(folder).catch(() => []);
            const candidates = entries
                .filter(entry => entry.isFile && UriUtils.extname(entry.uri) === '.smm')
                .map(entry => entry.uri)
                .filter(sibling => !this.langiumDocuments.hasDocument(sibling) && !changed.some(c => UriUtils.equals(c, sibling)));
            for (const sibling of candidates) {
                // A sibling that cannot be read stays out; the file the user opened must still be checked.
                if (await this.fileSystem.readFile(sibling).then(() => true, () => false)) {
                    siblings.push(sibling);
                }
            }
        }
        return siblings;
    }
}
