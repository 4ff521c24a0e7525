import { GrammarUtils, type AstNode } from 'langium';

/**
 * Whether a property is left out: not given, and not half-typed either. `owner` followed by nothing is
 * already a syntax error; reporting a missing owner as well would say the same thing twice.
 */
export function leftOut<N extends AstNode, K extends keyof N & string>(node: N, property: K): boolean {
    return node[property] === undefined && GrammarUtils.findNodeForKeyword(node.$cstNode, property) === undefined;
}
