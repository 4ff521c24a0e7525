import {
    Cancellation, DefaultLinker, DefaultReferenceDescriptionProvider, interruptAndCheck, type AstNode, type LangiumDocument,
    type ReferenceDescription
} from 'langium';
import { allNodes, referencesOf } from './ast-walk.js';

/**
 * Nodes handled between two looks at the clock and the cancellation token (Langium looks before every
 * node, a promise each); the work of a few dozen nodes takes far less than the 10 ms after which a pass
 * gives the connection a turn, so a newer edit still cancels it at once.
 */
const NODES_PER_INTERRUPT_CHECK = 32;

/** Calls `each` for every node of the document, looking at the cancellation token every few dozen nodes. */
export async function forEachNodeOf(
    document: LangiumDocument, cancelToken: Cancellation.CancellationToken, each: (node: AstNode) => void
): Promise<void> {
    const nodes = allNodes(document.parseResult.value);
    for (let i = 0; i < nodes.length; i++) {
        if (i % NODES_PER_INTERRUPT_CHECK === 0) {
            await interruptAndCheck(cancelToken);
        }
        each(nodes[i]);
    }
}

/** Langium's linking, over the plain tree walk of `ast-walk.ts`. */
export class SmmLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        await forEachNodeOf(document, cancelToken, node => {
            for (const reference of referencesOf(node)) {
                this.doLink(reference, document);
            }
        });
    }
}

/** Langium's index of the references a document makes, over the plain tree walk of `ast-walk.ts`. */
export class SmmReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await forEachNodeOf(document, cancelToken, node => {
            for (const reference of referencesOf(node)) {
                if (!reference.reference.error) {
                    descriptions.push(...this.createInfoDescriptions(reference));
                }
            }
        });
        return descriptions;
    }
}
