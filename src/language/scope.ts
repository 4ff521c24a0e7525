import {
    AstUtils, DefaultScopeComputation, DefaultScopeProvider, MultiMap, MultiMapScope, UriUtils, WorkspaceCache,
    type AstNode, type AstNodeDescription, type LangiumCoreServices, type LangiumDocument, type LocalSymbols,
    type ReferenceInfo, type Scope, URI
} from 'langium';
import { isFunnel, isMetric, isStage } from './generated/ast.js';
import { isBuiltinUri } from './builtin-metrics.js';

/**
 * The files of one folder form one strategy: every named declaration is visible from every file of its
 * folder (and the standard metrics from everywhere), whatever block it is nested in.
 */
export function strategyFolderOf(documentUri: URI | string): string {
    return UriUtils.dirname(typeof documentUri === 'string' ? URI.parse(documentUri) : documentUri).toString();
}

export class SmmScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
            for (const name of this.exportedNames(node)) {
                exports.push(this.descriptions.createDescription(node, name, document));
            }
        }
        return exports;
    }

    /** Everything is global within the folder, so nothing needs a local scope of its own. */
    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }

    private exportedNames(node: AstNode): string[] {
        const name = this.nameProvider.getName(node);
        if (!name) {
            return [];
        }
        if (isStage(node) && isFunnel(node.$container) && node.$container.name) {
            return [`${node.$container.name}.${name}`];
        }
        if (isMetric(node)) {
            return [name, ...node.aliases];
        }
        return [name];
    }
}

export class SmmScopeProvider extends DefaultScopeProvider {
    private readonly folderScopes: WorkspaceCache<string, Scope>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.folderScopes = new WorkspaceCache(services.shared);
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const folder = strategyFolderOf(AstUtils.getDocument(context.container).uri);
        return this.folderScopes.get(`${referenceType}|${folder}`, () => new MultiMapScope(
            this.indexManager.allElements(referenceType).filter(d => isVisibleFrom(d, folder))
        ));
    }
}

export function isVisibleFrom(description: AstNodeDescription, folder: string): boolean {
    return isBuiltinUri(description.documentUri.toString()) || strategyFolderOf(description.documentUri) === folder;
}
