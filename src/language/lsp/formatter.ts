import {
    AstUtils, CstUtils, GrammarAST, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument, type TextDocument
} from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction, type FormattingContext } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { isDateRange, isExpression, isModel, isNumberRange } from '../generated/ast.js';
import { keywordForms } from '../parsing/keywords.js';
import { suppressions } from '../validation/suppression.js';

/** A line break followed by `tabs` more levels of indentation; up to one blank line is kept. */
function lineBreak(tabs: number, keepBlankLine: boolean): FormattingAction {
    const moves = [{ tabs, lines: 1 }];
    if (keepBlankLine) {
        moves.push({ tabs, lines: 2 });
    }
    return { options: {}, moves };
}

const MEMBER = lineBreak(1, true);
const CLOSE = Formatting.newLine();
const TOP_LEVEL = lineBreak(0, true);

/** Stays on the line with one space, or, where the author broke the line, goes on a continuation line. */
function spaceOrContinuation(tabs: number): FormattingAction {
    return Formatting.fit(Formatting.oneSpace(), lineBreak(tabs, false));
}

/** Currency signs written before an amount stick to it: `$60000`, `€ 5` → `€5`. */
const CURRENCY_SIGNS = new Set(['$', '€', '£', '₽', '₸']);

/**
 * Lays out a strategy the way the examples are written: one member per line in every `{ … }` block,
 * indented by one level, single spaces between the words of a member, and the line breaks an author put
 * inside a long member (a task, a rubric, a risk) kept as continuation lines one level deeper. Comments
 * stay where they are, re-indented with the member they precede; nothing but whitespace is ever changed.
 */
export class SmmFormatter extends AbstractFormatter {
    protected override format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        const pieces = ownPieces(node);
        if (isModel(node)) {
            // Top-level elements start at the left margin, one per line; so do comments on lines of their own.
            pieces.forEach((p, i) => {
                if (i === 0 && !p.hidden) {
                    formatter.cst([p]).prepend(Formatting.noSpace());
                } else if (i > 0 && (!p.hidden || startsLine(p))) {
                    formatter.cst([p]).prepend(p.hidden ? lineBreak(0, false) : TOP_LEVEL);
                }
            });
            return;
        }
        const open = pieces.find(p => isToken(p, '{'));
        const close = [...pieces].reverse().find(p => isToken(p, '}'));
        const inBlock = (piece: CstNode) => open && close && piece.offset > open.offset && piece.end <= close.offset;
        let previous: CstNode | undefined;
        for (const [index, piece] of pieces.entries()) {
            const continuation = inBlock(piece) ? 2 : 1;
            const layout = piece === close ? this.closing(open, close)
                : inBlock(piece) ? this.inBlockLayout(node, piece, previous === open ? undefined : previous, () => nextSolid(pieces, index))
                    : this.inLineLayout(node, piece, previous, continuation);
            if (layout) {
                formatter.cst([piece]).prepend(layout);
            }
            // The words of a data type rule (`Orders.Order`, `-20`) belong to this node too.
            if (isCompositeCstNode(piece) && piece.astNode === node) {
                const leaves = CstUtils.flattenCst(piece).toArray();
                leaves.slice(1).forEach((leaf, i) => {
                    const inner = this.inLineLayout(node, leaf, leaves[i], continuation);
                    if (inner) {
                        formatter.cst([leaf]).prepend(inner);
                    }
                });
            }
            previous = piece;
        }
    }

    /** `{ }` when empty, otherwise `}` on a line of its own. */
    private closing(open: CstNode | undefined, close: CstNode): FormattingAction {
        return CstUtils.getPreviousNode(close, false) === open ? Formatting.oneSpace() : CLOSE;
    }

    private inBlockLayout(node: AstNode, piece: CstNode, previous: CstNode | undefined, following: () => CstNode | undefined): FormattingAction | undefined {
        if (piece.hidden) {
            // A comment at the end of a line stays there; one on its own line is indented like what follows it.
            const next = following();
            return !startsLine(piece) ? undefined
                : !next || isMemberStart(next) || isToken(next, '}') ? lineBreak(1, true) : lineBreak(2, false);
        }
        // The words of a member written directly in the block (`channels vk, telegram`) continue it.
        return isMemberStart(piece) ? MEMBER : this.inLineLayout(node, piece, previous, 2);
    }

    /** Spacing between the words of one member; `continuation` is the indentation of a broken line. */
    private inLineLayout(node: AstNode, child: CstNode, previous: CstNode | undefined, continuation: number): FormattingAction | undefined {
        if (child.hidden) {
            return startsLine(child) ? lineBreak(continuation, false) : undefined;
        }
        const before = previous && lastLeaf(previous);
        if (!before) {
            return undefined;
        }
        // `25-40 лет`: the range is one word, its unit another.
        if ((isNumberRange(node) && !AGE_UNITS.has(child.text)) || sticksToPrevious(child.text) || sticksToNext(before)
            || (CURRENCY_SIGNS.has(before.text) && /^[-0-9]/.test(child.text))) {
            return Formatting.noSpace();
        }
        return child.text === '{' || isDateRange(node) || isExpression(node) ? Formatting.oneSpace() : spaceOrContinuation(continuation);
    }

    /**
     * Lines the formatter must not break: the one after `// smm-ignore-next-line`, whose diagnostics stay
     * suppressed only while its words stay on it. Set for the document being formatted.
     */
    private keptLines = new Set<number>();

    /** What follows a comment that opens its line stays on that line: `/* why *\/ owner A`. */
    protected override createTextEdit(a: CstNode | undefined, b: CstNode, formatting: FormattingAction, context: FormattingContext): TextEdit[] {
        const sameLine = a && a.range.end.line === b.range.start.line;
        if (sameLine && !b.hidden && ((a.hidden && startsLine(a)) || this.keptLines.has(b.range.start.line))) {
            return [];
        }
        return super.createTextEdit(a, b, formatting, context);
    }

    /**
     * A comment on a line of its own gets exactly the indentation of what it annotates; the further lines of a
     * block comment move by as much, so that its inner layout stays (Langium's default counts a tab as a run
     * of spaces and may take away more than it should).
     */
    protected override createHiddenTextEdits(previous: CstNode | undefined, hidden: CstNode, formatting: FormattingAction | undefined,
        context: FormattingContext): TextEdit[] {
        const start = hidden.range.start;
        if (previous && previous.range.end.line === start.line) {
            return [];
        }
        const move = this.findFittingMove({ start, end: start }, formatting?.moves ?? [], context);
        const { document, options } = context;
        const target = (context.indentation + (move?.tabs ?? 0)) * options.tabSize;
        const first = leadingWhitespace(document, start.line);
        if (first === indentation(target, options)) {
            return [];
        }
        const shift = columns(first, options) - target;
        const edits: TextEdit[] = [];
        for (let line = start.line; line <= hidden.range.end.line; line++) {
            const current = leadingWhitespace(document, line);
            const wanted = line === start.line ? target : Math.max(0, columns(current, options) - shift);
            edits.push({
                range: { start: { line, character: 0 }, end: { line, character: current.length } },
                newText: indentation(wanted, options)
            });
        }
        return edits;
    }

    protected override doDocumentFormat(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        this.keptLines = new Set(suppressions(document).filter(s => s.fromLine === s.toLine).map(s => s.fromLine));
        return withLineEndingsOf(document, super.doDocumentFormat(document, options, range));
    }
}

/** Whether a node is the first thing on its line. */
function startsLine(node: CstNode): boolean {
    const text = node.root.fullText;
    let i = node.offset - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) {
        i--;
    }
    return i < 0 || text[i] === '\n' || text[i] === '\r';
}

/** The tokens and child nodes of a node: its CST without the wrappers of the rules that merely delegate to it. */
function ownPieces(node: AstNode): readonly CstNode[] {
    let cst = node.$cstNode;
    while (cst && isCompositeCstNode(cst) && cst.content.length === 1 && isCompositeCstNode(cst.content[0]) && cst.content[0].astNode === node) {
        cst = cst.content[0];
    }
    return cst && isCompositeCstNode(cst) ? cst.content : [];
}

/** The first piece after `index` that is not a comment. */
function nextSolid(pieces: readonly CstNode[], index: number): CstNode | undefined {
    for (let i = index + 1; i < pieces.length; i++) {
        if (!pieces[i].hidden) {
            return pieces[i];
        }
    }
    return undefined;
}

function isToken(node: CstNode, text: string): boolean {
    return isLeafCstNode(node) && !node.hidden && node.text === text;
}

function lastLeaf(node: CstNode): CstNode | undefined {
    return isCompositeCstNode(node) ? lastLeaf(node.content[node.content.length - 1]) : node;
}

/** The words of an age range's unit (the grammar's `AgeUnit`), in either language. */
const AGE_UNITS = new Set(keywordForms('years'));

/** `5%`, `vk, telegram`, `Orders.Order`, `(a + b)`. */
function sticksToPrevious(text: string): boolean {
    return text === ',' || text === '%' || text === '.' || text === ')';
}

/** `Orders.Order`, `(a + b)`, the sign of a negative number (`-20%`) and of a growth (`+20%`). */
function sticksToNext(leaf: CstNode): boolean {
    return leaf.text === '.' || leaf.text === '(' || (leaf.text === '-' && ruleOf(leaf) === 'SignedDecimal')
        || ((leaf.text === '+' || leaf.text === '-') && ruleOf(leaf) === 'Growth');
}

function ruleOf(node: CstNode): string | undefined {
    return AstUtils.getContainerOfType(node.grammarSource, GrammarAST.isParserRule)?.name;
}

/**
 * Whether a child of a block starts one of its members: the first word of one of the alternatives
 * repeated inside the braces (`price …`, `kpi …`, `stage …`), as the grammar says.
 */
function isMemberStart(child: CstNode): boolean {
    let element: AstNode | undefined = child.grammarSource;
    if (element && GrammarAST.isAssignment(element.$container)) {
        element = element.$container;
    }
    if (element && GrammarAST.isGroup(element.$container) && element.$container.elements[0] === element) {
        element = element.$container;
    }
    if (!element || !GrammarAST.isAbstractElement(element)) {
        return false;
    }
    const repeated = element.cardinality === '*' ? element
        : GrammarAST.isAlternatives(element.$container) && element.$container.cardinality === '*' ? element.$container : undefined;
    return GrammarAST.isGroup(repeated?.$container) && repeated.$container.elements.some(e => GrammarAST.isKeyword(e) && e.value === '{');
}

function leadingWhitespace(document: TextDocument, line: number): string {
    return /^[ \t]*/.exec(document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }))![0];
}

/** How many columns a run of spaces and tabs takes. */
function columns(whitespace: string, options: FormattingOptions): number {
    return [...whitespace].reduce((width, c) => width + (c === '\t' ? options.tabSize : 1), 0);
}

/** Whitespace that indents by `width` columns, in tabs or spaces as the editor wants. */
function indentation(width: number, options: FormattingOptions): string {
    return options.insertSpaces ? ' '.repeat(width)
        : '\t'.repeat(Math.floor(width / options.tabSize)) + ' '.repeat(width % options.tabSize);
}

/** Documents written with CRLF keep CRLF in the lines the formatter breaks. */
function withLineEndingsOf(document: LangiumDocument, edits: TextEdit[]): TextEdit[] {
    if (!document.textDocument.getText().includes('\r\n')) {
        return edits;
    }
    return edits.map(edit => ({ ...edit, newText: edit.newText.replace(/\r?\n/g, '\r\n') }));
}
