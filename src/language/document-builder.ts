import {
    DefaultDocumentBuilder, UriUtils, type Cancellation, type FileSystemProvider, type LangiumDocument,
    type LangiumSharedCoreServices, type URI
} from 'langium';
import { isBuiltinUri } from './builtin-metrics.js';
import { strategyFolderOf } from './strategy-folder.js';

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
        return super.update([...changed, ...await this.unloadedSiblings(changed)], deleted, cancelToken);
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
