import { AstUtils, WorkspaceCache, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import { analyzeStrategy, type StrategyAnalysis } from '../../analysis/analyze.js';
import { collectStrategy } from '../../analysis/strategy-parts.js';
import { folderModels, strategyKeyOf } from './strategy-folder.js';

/**
 * The analysis of each strategy folder, computed once per workspace change and shared by validation,
 * hovers, inlay hints, code lenses and the roadmap.
 */
export class StrategyAnalyzer {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<string, StrategyAnalysis>;

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(shared);
    }

    /** The analysis of the strategy that `document` belongs to (the files of its folder that make it up). */
    forDocument(document: LangiumDocument): StrategyAnalysis {
        return this.cache.get(strategyKeyOf(document), () =>
            analyzeStrategy(collectStrategy(folderModels(this.documents, document))));
    }

    forNode(node: AstNode): StrategyAnalysis {
        return this.forDocument(AstUtils.getDocument(node));
    }
}
