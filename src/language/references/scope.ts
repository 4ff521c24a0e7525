import {
    AstUtils, CstUtils, DefaultScopeComputation, GrammarUtils, DefaultScopeProvider, MultiMap, MultiMapScope, WorkspaceCache,
    type AstNode, type AstNodeDescription, type LangiumCoreServices, type LangiumDocument, type LangiumDocuments, type LocalSymbols,
    type ReferenceInfo, type Scope
} from 'langium';
import { isFunnel, isMetric, isStage, Metric } from '../generated/ast.js';
import { strategyScopeOf, visibleDeclarations } from '../workspace/strategy-folder.js';
import { documentNodes } from '../parsing/ast-walk.js';

/** Exports every named declaration, however deeply nested; stages as `Funnel.Stage`, metrics also by alias. */
export class SmmScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        // The root (the file itself) has no name to export.
        const nodes = documentNodes(document.parseResult.value);
        for (let i = 1; i < nodes.length; i++) {
            const node = nodes[i];
            const name = this.exportedName(node);
            if (name) {
                exports.push(this.descriptions.createDescription(node, name, document));
            }
            // A metric being typed (`metric { aka visits`) has no name yet: its aliases would lead to a
            // metric that every check, hover and completion expects to have one.
            if (isMetric(node) && node.name) {
                exports.push(...this.aliasDescriptions(node, document));
            }
        }
        return exports;
    }

    /** Everything is global within the folder, so nothing needs a local scope of its own. */
    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }

    private exportedName(node: AstNode): string | undefined {
        const name = this.nameProvider.getName(node);
        if (name && isStage(node) && isFunnel(node.$container) && node.$container.name) {
            return `${node.$container.name}.${name}`;
        }
        return name;
    }

    /** A metric is also known by its aliases; each points at the alias as written. */
    private aliasDescriptions(metric: Metric, document: LangiumDocument): AstNodeDescription[] {
        const aliasNodes = GrammarUtils.findNodesForProperty(metric.$cstNode, 'aliases');
        return metric.aliases.map((alias, i) => ({
            ...this.descriptions.createDescription(metric, alias, document),
            nameSegment: aliasNodes[i] ? CstUtils.toDocumentSegment(aliasNodes[i]) : undefined
        }));
    }
}

/** Resolves names among the declarations of the referring file's folder and the standard metrics. */
export class SmmScopeProvider extends DefaultScopeProvider {
    private readonly folderScopes: WorkspaceCache<string, Scope>;
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.folderScopes = new WorkspaceCache(services.shared);
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const uri = AstUtils.getDocument(context.container).uri;
        return this.folderScopes.get(`${referenceType}|${strategyScopeOf(uri)}`, () => new MultiMapScope(
            visibleDeclarations(this.indexManager, this.documents, uri, referenceType),
            undefined,
            // People write CTR and ctr, ROMI and romi alike.
            { caseInsensitive: referenceType === Metric.$type }
        ));
    }
}
