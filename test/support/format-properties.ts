/**
 * What the formatter must keep: the meaning of a document (its AST without positions) and its comments.
 * Shared by the formatter's tests and the fuzzer, which checks the same properties on mutated strategies.
 */
import { EmptyFileSystem, isReference, type AstNode, type Lexer } from 'langium';
import { createSmmServices } from '../../src/language/smm-module.js';

/** The meaning of a document: types, properties and reference texts, without positions or the CST. */
export function meaningOf(value: unknown): unknown {
    if (isReference(value)) {
        return { ref: value.$refText };
    }
    if (Array.isArray(value)) {
        return value.map(meaningOf);
    }
    if (value && typeof value === 'object') {
        const node = value as AstNode & Record<string, unknown>;
        return Object.fromEntries([['$type', node.$type], ...Object.keys(node)
            .filter(k => !k.startsWith('$'))
            .map(k => [k, meaningOf(node[k])])]);
    }
    return value;
}

/**
 * Every comment of a text, word for word (runs of whitespace inside a comment count as one space), as the
 * language's own lexer finds them: `«//»` is a text, not a comment.
 */
export function commentsOf(text: string): string[] {
    lexer ??= createSmmServices(EmptyFileSystem).Smm.parser.Lexer;
    return lexer.tokenize(text).hidden
        .filter(token => token.tokenType.name === 'SL_COMMENT' || token.tokenType.name === 'ML_COMMENT')
        .map(token => token.image.replace(/\s+/g, ' '));
}

let lexer: Lexer | undefined;

/** A small deterministic random number generator (mulberry32), so that a failure can be replayed. */
export function seeded(seed: number): () => number {
    return () => {
        seed = (seed + 0x6D2B79F5) | 0;
        let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
        return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
}
