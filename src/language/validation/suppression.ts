import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';

/**
 * In-file suppression of diagnostics, for the cases a strategist has weighed and accepted:
 *
 *     // smm-ignore-next-line kpi-output-metric     the next line only
 *     // smm-ignore goal-without-segment, funnel-unused   the declaration (block) that starts on the next line
 *
 * Without codes, every code is suppressed there. A reason may follow the codes after `--`
 * (`// smm-ignore-next-line kpi-output-metric -- posts are what the client pays for`). Syntax errors are
 * never suppressed: the text must be read first.
 */
const DIRECTIVE = /^[ \t]*\/\/[ \t]*smm-ignore(-next-line)?(?=[\s,]|$)(.*)$/gm;

interface Suppression {
    /** 0-based lines, both included. */
    fromLine: number;
    toLine: number;
    /** Undefined: all codes. */
    codes?: Set<string>;
}

export function suppressions(document: LangiumDocument): Suppression[] {
    const text = document.textDocument.getText();
    const result: Suppression[] = [];
    for (const match of text.matchAll(DIRECTIVE)) {
        const line = document.textDocument.positionAt(match.index).line;
        const codes = match[2].split(/\s--(?:\s|$)/)[0].split(/[\s,]+/).filter(Boolean);
        const next = line + 1;
        const toLine = match[1] ? next : blockEnd(document, next) ?? next;
        result.push({ fromLine: next, toLine, codes: codes.length > 0 ? new Set(codes) : undefined });
    }
    return result;
}

/** The last line of the outermost declaration that starts on `line`. */
function blockEnd(document: LangiumDocument, line: number): number | undefined {
    const text = document.textDocument;
    const lineText = text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const indent = /^\s*/.exec(lineText)![0].length;
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, text.offsetAt({ line, character: indent }));
    let node: AstNode | undefined = leaf?.astNode;
    while (node?.$container?.$cstNode && node.$container.$container && node.$container.$cstNode.offset === node.$cstNode?.offset) {
        node = node.$container;
    }
    return node?.$cstNode?.range.end.line;
}

export function isSuppressed(diagnostic: Diagnostic, all: readonly Suppression[]): boolean {
    if (diagnostic.code === 'syntax-error') {
        return false;
    }
    const line = diagnostic.range.start.line;
    return all.some(s => line >= s.fromLine && line <= s.toLine && (!s.codes || s.codes.has(String(diagnostic.code))));
}
