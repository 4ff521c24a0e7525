import { GrammarUtils, type AstNode } from 'langium';

/**
 * Whether a property is left out: not given (or an empty list), and not half-typed either. `owner` followed
 * by nothing is already a syntax error; reporting a missing owner as well would say the same thing twice.
 * `keyword` is the word that introduces the property when it differs from the property's name.
 */
export function leftOut<N extends AstNode, K extends keyof N & string>(node: N, property: K, keyword: string = property): boolean {
    const value = node[property];
    const empty = value === undefined || (Array.isArray(value) && value.length === 0);
    return empty && GrammarUtils.findNodeForKeyword(node.$cstNode, keyword) === undefined;
}
