import { AstUtils, CstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { keywordForms } from '../parsing/keywords.js';

/**
 * Whether a property is left out: not given (or an empty list), and not half-typed either. `owner` followed
 * by nothing is already a syntax error; reporting a missing owner as well would say the same thing twice.
 * Nor is it written in text that a syntax error made the parser skip (`rubric R 3 per week format owner Smm`:
 * the owner after the error is not in the syntax tree, yet the author wrote it).
 * `keyword` is the word that introduces the property when it differs from the property's name.
 */
export function leftOut<N extends AstNode, K extends keyof N & string>(node: N, property: K, keyword: string = property): boolean {
    return leftOutAll(node, [property], [keyword]);
}

/**
 * Whether every one of `properties` is left out (see `leftOut`; `keywords` are the words that introduce them,
 * their names by default): one walk of the node's text for all of them. A task without a format or a
 * deliverable is the usual case of a plan copied from a gantt, which thousands of tasks ask on each keystroke.
 */
export function leftOutAll<N extends AstNode, K extends keyof N & string>(node: N, properties: readonly K[], keywords: readonly string[] = properties): boolean {
    const empty = properties.every(property => {
        const value = node[property];
        return value === undefined || (Array.isArray(value) && value.length === 0);
    });
    return empty && !writesKeyword(node.$cstNode, node, keywords) && !keywords.some(keyword => writtenInSkippedText(node, keyword));
}

/**
 * Whether one of `keywords` is written in the text of `node` itself (not of a node inside it): what Langium's
 * `findNodeForKeyword` finds, with a plain walk that stops at the first one. Checks of every task and
 * segment ask this, so a long plan asks it thousands of times per keystroke.
 */
function writesKeyword(cst: CstNode | undefined, node: AstNode, keywords: readonly string[]): boolean {
    if (cst === undefined || cst.astNode !== node) {
        return false;
    }
    if (GrammarAST.isKeyword(cst.grammarSource) && keywords.includes(cst.grammarSource.value)) {
        return true;
    }
    if (isCompositeCstNode(cst)) {
        for (const child of cst.content) {
            if (writesKeyword(child, node, keywords)) {
                return true;
            }
        }
    }
    return false;
}

/** A stretch of text the parser skipped after a syntax error: from the error to where it read on. */
interface Skipped {
    start: number;
    end: number;
}

const skippedOf = new WeakMap<object, Skipped[]>();

/** The text a document's syntax errors made the parser skip, in order; computed once per parse. */
function skippedText(document: LangiumDocument): Skipped[] {
    const result = document.parseResult;
    let skipped = skippedOf.get(result);
    if (!skipped) {
        const text = document.textDocument.getText();
        const errors = result.parserErrors.map(error => Number.isInteger(error.token.startOffset) ? error.token.startOffset : text.length)
            .sort((a, b) => a - b);
        const leaves = errors.length > 0 && result.value.$cstNode
            ? CstUtils.streamCst(result.value.$cstNode).filter(node => !isCompositeCstNode(node) && !node.hidden).map(node => node.offset).toArray()
            : [];
        skipped = errors.map(start => ({ start, end: leaves.find(offset => offset > start) ?? text.length }));
        skippedOf.set(result, skipped);
    }
    return skipped;
}

const patterns = new Map<string, RegExp>();

/** The keyword in any of its forms, as a whole word (`owner`, `ответственный`, `раза в`). */
function wordPattern(keyword: string): RegExp {
    let pattern = patterns.get(keyword);
    if (!pattern) {
        const forms = keywordForms(keyword).map(form => form.split(/\s+/).map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
        pattern = new RegExp(`(?<![\\p{L}\\d_-])(?:${forms.join('|')})(?![\\p{L}\\d_-])`, 'u');
        patterns.set(keyword, pattern);
    }
    return pattern;
}

/** Only spaces and comments. */
const NOTHING = /^(?:\s|\/\/[^\n\r]*|\/\*[\s\S]*?\*\/)*$/;

/** Whether the text skipped inside the node, or right after it (nothing but spaces between), has `keyword`. */
function writtenInSkippedText(node: AstNode, keyword: string): boolean {
    const cst = node.$cstNode;
    const document = cst && AstUtils.getDocument(node);
    if (!cst || !document || document.parseResult.parserErrors.length === 0) {
        return false;
    }
    const text = document.textDocument.getText();
    const word = wordPattern(keyword);
    return skippedText(document).some(({ start, end }) =>
        start >= cst.offset && (start <= cst.end || (start - cst.end < 2_000 && NOTHING.test(text.substring(cst.end, start))))
        && word.test(text.substring(start, end)));
}
