import {
    Cancellation, DefaultDocumentBuilder, DocumentState, OperationCancelled, UriUtils, type AstNodeDescription, type BuildOptions,
    type FileSystemProvider, type IndexManager, type LangiumDocument, type LangiumSharedCoreServices, type URI
} from 'langium';
import { isBuiltinUri } from '../references/builtin-metrics.js';
import { factsShownToActuals, isActualsFile, repointReferences, sameExports } from './actuals-files.js';
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

/** A changed file as it was before the change, as far as the files of actual results beside it can see it. */
interface Before {
    exports: readonly AstNodeDescription[];
    facts: string | undefined;
}

/**
 * Builds strategies folder by folder: a file opened from outside the workspace brings the other `.smm`
 * files of its folder along, a change to one file relinks the rest of its folder (but for files of actual
 * results that the change does not show through to, see `actuals-files.ts`), and the built-in metric
 * declarations are trusted (never validated, so no diagnostics are published for them).
 */
export class SmmDocumentBuilder extends DefaultDocumentBuilder {
    private readonly fileSystem: FileSystemProvider;
    private readonly index: IndexManager;
    private readonly visitedFolders = new Set<string>();
    /** During an update: the files of actual results beside the changed files, kept as they are so far. */
    private readonly kept = new Map<string, LangiumDocument>();
    /** During an update: the changed files as they were. */
    private readonly before = new Map<string, Before>();
    /** Whether a change showed through to kept files after all: they are relinked once the update is done. */
    private relinkKept = false;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
        this.index = services.workspace.IndexManager;
        this.onDocumentPhase(DocumentState.IndexedContent, document => this.settleKeptFiles(document));
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        deleted.forEach(forgetStrategyFile);
        const siblings = await this.unloadedSiblings(changed);
        if (deleted.length === 0 && siblings.length === 0) {
            this.keepActualsFilesBeside(changed);
        }
        let relink = false;
        try {
            await super.update([...changed, ...siblings], deleted, cancelToken);
            relink = this.relinkKept;
        } finally {
            this.kept.clear();
            this.before.clear();
            this.relinkKept = false;
        }
        if (relink) {
            // The files reset to be relinked are what an update without changes builds.
            await super.update([], [], cancelToken);
        }
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.kept.has(document.uri.toString())) {
            return false;
        }
        const folder = strategyFolderOf(document.uri);
        return super.shouldRelink(document, changedUris) || [...changedUris].some(uri => strategyFolderOf(uri) === folder);
    }

    /** Notes the changed files as they are and the built files of actual results of their folders. */
    private keepActualsFilesBeside(changed: URI[]): void {
        const uris = new Set(changed.map(uri => uri.toString()));
        const folders = new Set(changed.map(uri => strategyFolderOf(uri)));
        for (const uri of changed) {
            const document = this.langiumDocuments.getDocument(uri);
            if (document === undefined || document.state < DocumentState.IndexedContent) {
                return;
            }
            this.before.set(uri.toString(), {
                exports: this.index.allElements(undefined, new Set([uri.toString()])).toArray(),
                facts: factsShownToActuals(document)
            });
        }
        for (const document of this.langiumDocuments.all) {
            const uri = document.uri.toString();
            if (!uris.has(uri) && folders.has(strategyFolderOf(uri)) && document.state === DocumentState.Validated
                && this.buildState.get(uri)?.completed && isActualsFile(document)) {
                this.kept.set(uri, document);
            }
        }
    }

    /**
     * Once a changed file's names are indexed anew: if it shows the same to the files of actual results of
     * its folder, their references are pointed at its new syntax tree; if not, they are relinked as usual.
     * Both happen at once with the indexing, so that a cancelled build leaves nothing half done.
     */
    private settleKeptFiles(document: LangiumDocument): void {
        const before = this.before.get(document.uri.toString());
        if (before === undefined || this.kept.size === 0) {
            return;
        }
        const folder = strategyFolderOf(document.uri);
        const exports = this.index.allElements(undefined, new Set([document.uri.toString()])).toArray();
        const facts = factsShownToActuals(document);
        const same = before.facts !== undefined && facts === before.facts && sameExports(before.exports, exports);
        for (const [uri, kept] of this.kept) {
            if (strategyFolderOf(uri) !== folder) {
                continue;
            }
            if (same) {
                repointReferences(kept, before.exports, exports);
            } else {
                this.kept.delete(uri);
                this.resetToState(kept, DocumentState.ComputedScopes);
                this.relinkKept = true;
            }
        }
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
