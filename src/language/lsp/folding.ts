import { CstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';

/** Members that often run over several lines without braces: a task with its owner, format and due date. */
const LONG_MEMBERS = new Set(['Task', 'Rubric', 'Risk', 'AdjustRule', 'Stage', 'Kpi']);

/**
 * Folds every `{ … }` block (a funnel folds with all its stages, a phase with its tasks), members written
 * over several lines, block comments, and runs of `//` comment lines.
 */
export class SmmFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override shouldProcess(node: AstNode): boolean {
        return LONG_MEMBERS.has(node.$type) || GrammarUtils.findNodeForKeyword(node.$cstNode, '{') !== undefined;
    }

    protected override collectCommentFolding(document: LangiumDocument, node: AstNode, acceptor: FoldingRangeAcceptor): void {
        let run: { start: number; end: number } | undefined;
        const flush = () => {
            if (run && run.end > run.start) {
                acceptor(FoldingRange.create(run.start, run.end, undefined, undefined, FoldingRangeKind.Comment));
            }
            run = undefined;
        };
        for (const leaf of CstUtils.flattenCst(node.$cstNode!)) {
            if (!leaf.hidden) {
                flush();
                continue;
            }
            const { start, end } = leaf.range;
            if (leaf.text.startsWith('/*')) {
                flush();
                run = { start: start.line, end: end.line };
                flush();
            } else if (leaf.text.startsWith('//')) {
                // A line comment after code on the same line starts no run of its own.
                const ownLine = document.textDocument.getText({ start: { line: start.line, character: 0 }, end: start }).trim() === '';
                if (run && ownLine && start.line === run.end + 1) {
                    run.end = start.line;
                } else {
                    flush();
                    run = ownLine ? { start: start.line, end: start.line } : undefined;
                }
            }
        }
        flush();
    }
}
