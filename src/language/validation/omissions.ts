import { GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

/**
 * Whether a property is left out: not given (or an empty list), and not half-typed either. `owner` followed
 * by nothing is already a syntax error; reporting a missing owner as well would say the same thing twice.
 * `keyword` is the word that introduces the property when it differs from the property's name.
 */
export function leftOut<N extends AstNode, K extends keyof N & string>(node: N, property: K, keyword: string = property): boolean {
    const value = node[property];
    const empty = value === undefined || (Array.isArray(value) && value.length === 0);
    return empty && !writesKeyword(node.$cstNode, node, keyword);
}

/**
 * Whether `keyword` is written in the text of `node` itself (not of a node inside it): what Langium's
 * `findNodeForKeyword` finds, with a plain walk that stops at the first one. Checks of every task and
 * segment ask this, so a long plan asks it thousands of times per keystroke.
 */
function writesKeyword(cst: CstNode | undefined, node: AstNode, keyword: string): boolean {
    if (cst === undefined || cst.astNode !== node) {
        return false;
    }
    if (GrammarAST.isKeyword(cst.grammarSource) && cst.grammarSource.value === keyword) {
        return true;
    }
    if (isCompositeCstNode(cst)) {
        for (const child of cst.content) {
            if (writesKeyword(child, node, keyword)) {
                return true;
            }
        }
    }
    return false;
}
