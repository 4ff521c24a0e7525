import {
    interruptAndCheck, isAstNode, isCompositeCstNode, isMultiReference, isReference, type AstNode, type Cancellation, type CstNode,
    type LangiumDocument, type ReferenceInfo
} from 'langium';

/**
 * Plain loops over the syntax tree for the passes that run on every keystroke (exports, linking, the index
 * of references, checks that read every token). Langium's lazy streams build an iterator, a state object
 * and a key array per node, which in a 5,000-line strategy cost more than the work done with the nodes.
 */

/** Every node of the tree under `root`, `root` first, in the order of the text. */
export function allNodes(root: AstNode): AstNode[] {
    const nodes: AstNode[] = [];
    const pending: AstNode[] = [root];
    const children: AstNode[] = [];
    for (let node = pending.pop(); node; node = pending.pop()) {
        nodes.push(node);
        for (const property in node) {
            if (property.charCodeAt(0) === 36 /* $ */ || !Object.hasOwn(node, property)) {
                continue;
            }
            const value = (node as unknown as Record<string, unknown>)[property];
            if (Array.isArray(value)) {
                for (const element of value) {
                    if (isAstNode(element)) {
                        children.push(element);
                    }
                }
            } else if (isAstNode(value)) {
                children.push(value);
            }
        }
        // Pushed last child first, so that the first child is visited next.
        for (let i = children.length - 1; i >= 0; i--) {
            pending.push(children[i]);
        }
        children.length = 0;
    }
    return nodes;
}

/**
 * Calls `visit` for every node of the concrete syntax tree under `root`, `root` first, each before its
 * children, in the order of the text. A visitor, not a list: the passes that read every token run on each
 * keystroke, and a list of every token of a large file is garbage the moment they are done.
 */
export function forEachCstNode(root: CstNode, visit: (node: CstNode) => void): void {
    const pending: CstNode[] = [root];
    for (let node = pending.pop(); node; node = pending.pop()) {
        visit(node);
        if (isCompositeCstNode(node)) {
            for (let i = node.content.length - 1; i >= 0; i--) {
                pending.push(node.content[i]);
            }
        }
    }
}

/** The cross-references held by `node` itself (not by its children), as `AstUtils.streamReferences` lists them. */
export function referencesOf(node: AstNode): ReferenceInfo[] {
    const references: ReferenceInfo[] = [];
    for (const property in node) {
        if (property.charCodeAt(0) === 36 /* $ */ || !Object.hasOwn(node, property)) {
            continue;
        }
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isReference(value) || isMultiReference(value)) {
            references.push({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            value.forEach((element, index) => {
                if (isReference(element) || isMultiReference(element)) {
                    references.push({ reference: element, container: node, property, index });
                }
            });
        }
    }
    return references;
}

/**
 * Nodes handled between two looks at the clock and the cancellation token (Langium looks before every
 * node, a promise each); the work of a few dozen nodes takes far less than the 10 ms after which a pass
 * gives the connection a turn, so a newer edit still cancels it at once.
 */
export const NODES_PER_INTERRUPT_CHECK = 32;

/**
 * Every node of a parsed file, root first, in the order of the text: listed once per parse for the passes
 * of a build that go through them all (exports, linking, the index of references, the checks).
 */
export function documentNodes(root: AstNode): readonly AstNode[] {
    let nodes = nodesOfRoot.get(root);
    if (!nodes) {
        nodes = allNodes(root);
        nodesOfRoot.set(root, nodes);
    }
    return nodes;
}

const nodesOfRoot = new WeakMap<AstNode, AstNode[]>();

/** Calls `each` for every node of the document, looking at the cancellation token every few dozen nodes. */
export async function forEachNodeOf(
    document: LangiumDocument, cancelToken: Cancellation.CancellationToken, each: (node: AstNode) => void
): Promise<void> {
    const nodes = documentNodes(document.parseResult.value);
    for (let i = 0; i < nodes.length; i++) {
        if (i % NODES_PER_INTERRUPT_CHECK === 0) {
            await interruptAndCheck(cancelToken);
        }
        each(nodes[i]);
    }
}
