import { CstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Position, type Range, type TextEdit
} from 'vscode-languageserver';
import { statementFromKpis } from '../../analysis/goal-statement.js';
import type { Locale, MessageArgs, MessageKey } from '../../i18n/index.js';
import {
    isAdjustRule, isGoal, isKpi, isModel, isRisk, isRubric, isStrategy, isTask, type Goal
} from '../generated/ast.js';
import { everydayForms } from '../parsing/canonical-forms.js';
import type { LocaleState } from '../workspace/locale.js';
import type { SmmServices } from '../smm-module.js';
import type { StrategyAnalyzer } from '../workspace/strategy-analyzer.js';
import { keywordLanguageOf, withKeywordsIn } from './keyword-language.js';
import { fixDataOf, isIssueCode, type IssueCode, type IssueData } from '../validation/issue-catalog.js';

/** Declarations a quick fix can create for an unknown name, by the kind of the reference. */
const CREATABLE: Record<string, string> = { Segment: 'segment', Role: 'role', Channel: 'channel', Product: 'product' };

/** The quick fixes of one code; `data` is what its check put in the diagnostic, typed by the catalog. */
type Fix<C extends IssueCode> = (diagnostic: Diagnostic, document: LangiumDocument, data: IssueData<C>) => CodeAction[];

const isOwned = (node: AstNode) => isGoal(node) || isTask(node) || isRubric(node) || isAdjustRule(node);

/** Quick fixes for the diagnostics whose remedy is obvious; each reads what it needs from `diagnostic.data`. */
export class SmmCodeActionProvider implements CodeActionProvider {
    private readonly locale: LocaleState;
    private readonly fixes: { [C in IssueCode]?: Fix<C> } = {
        'ambiguous-number': (d, doc, { thousands, decimal }) => {
            return [
                this.replace('fix.ambiguousNumber.thousands', { value: thousands }, d, doc, d.range, thousands),
                this.replace('fix.ambiguousNumber.decimal', { value: decimal }, d, doc, d.range, decimal)
            ];
        },
        'currency-mismatch': (d, doc, { expected }) => {
            // `$60000` becomes `RUB 60000`: a code written before the amount needs a space.
            const next = doc.textDocument.getText({ start: d.range.end, end: { line: d.range.end.line, character: d.range.end.character + 1 } });
            const replacement = /[\d-]/.test(next) ? `${expected} ` : expected;
            return [this.replace('fix.currency', { currency: expected }, d, doc, d.range, replacement, true)];
        },
        'duplicate-property': (d, doc) =>
            [this.replace('fix.removeDuplicate', {}, d, doc, removalRange(d.range, doc), '', true)],
        'goal-without-kpi': (d, doc) => {
            const goal = nodeAt(doc, d.range.start, isGoal);
            if (!goal) {
                return [];
            }
            const end = this.analyzer.forDocument(doc).period?.end;
            const kpi = `kpi orders >= 100 per month${end ? ` by ${isoDate(end)}` : ''}`;
            return [this.edit('fix.addKpi', { goal: goal.name }, d, doc, [addToBlock(goal, kpi, doc)], true)];
        },
        'goal-vague-wording': (d, doc, { language }) => this.preciseStatement(d, doc, language),
        'goal-is-activity': (d, doc, { language }) => this.preciseStatement(d, doc, language),
        'kpi-without-deadline': (d, doc) => {
            const kpi = nodeAt(doc, d.range.start, isKpi);
            const date = isoDate(endOfNextQuarter(new Date()));
            return kpi ? [this.edit('fix.addDeadline', { date }, d, doc, [append(kpi, ` by ${date}`)], true)] : [];
        },
        'kpi-unit-mismatch': (d, doc, { replacement }) =>
            replacement ? [this.replace('fix.writeUnit', { replacement }, d, doc, d.range, replacement, true)] : [],
        'kpi-deadline-outside-period': (d, doc, { date }) => [this.replace('fix.setDeadline', { date }, d, doc, d.range, date, true)],
        'mix-not-stated': (d, doc, { mix }) => [this.replace('fix.equalShares', { mix }, d, doc, d.range, mix, true)],
        'goal-without-owner': (d, doc) => this.addOwner(d, doc),
        'task-without-owner': (d, doc) => this.addOwner(d, doc),
        'rubric-without-owner': (d, doc) => this.addOwner(d, doc),
        'adjust-without-owner': (d, doc) => this.addOwner(d, doc),
        'kpi-unknown-metric': (d, doc, data) => this.unknownMetric(d, doc, data),
        'adjust-unknown-metric': (d, doc, data) => this.unknownMetric(d, doc, data),
        'unresolved-reference': (d, doc, { kind, refText }) => {
            const keyword = CREATABLE[kind];
            if (!keyword || !refText) {
                return [];
            }
            const args = { kind: this.locale.t(`kind.${kind}` as MessageKey), name: refText };
            return [this.edit('fix.createDeclaration', args, d, doc, [declareBefore(doc, d.range.start, `${keyword} ${refText}`)], true)];
        },
        'risk-without-mitigation': (d, doc) => {
            const risk = nodeAt(doc, d.range.start, isRisk);
            const text = ` mitigation ${JSON.stringify(this.locale.t('fix.mitigationText'))}`;
            return risk ? [this.edit('fix.addMitigation', {}, d, doc, [append(risk, text)], true)] : [];
        }
    };
    private readonly analyzer: StrategyAnalyzer;

    constructor(services: SmmServices) {
        this.locale = services.i18n.Locale;
        this.analyzer = services.analysis.StrategyAnalyzer;
    }

    /**
     * A vague statement replaced with a precise one built from the goal's KPIs, in the statement's own
     * language (the quick fix's title is in the editor's): none when no KPI has a target.
     */
    private preciseStatement(diagnostic: Diagnostic, document: LangiumDocument, language: Locale): CodeAction[] {
        const goal = nodeAt(document, diagnostic.range.start, isGoal);
        const title = goal && GrammarUtils.findNodeForProperty(goal.$cstNode, 'title');
        if (!goal || !title) {
            return [];
        }
        const analysis = this.analyzer.forDocument(document);
        const statement = statementFromKpis(goal, analysis.kpis, language, analysis.parts.currency, analysis.period?.start.getUTCFullYear());
        if (!statement) {
            return [];
        }
        const quoted = title.text.startsWith('«') ? `«${statement}»` : JSON.stringify(statement);
        return [this.replace('fix.preciseStatement', { statement }, diagnostic, document, title.range, quoted, true)];
    }

    /** Replace an unknown metric with the closest known one (preferred), or declare it as a custom metric. */
    private unknownMetric(diagnostic: Diagnostic, document: LangiumDocument, { name, suggestion }: IssueData<'kpi-unknown-metric'>): CodeAction[] {
        const replace = suggestion
            ? [this.replace('fix.replaceMetric', { metric: suggestion }, diagnostic, document, diagnostic.range, suggestion, true)]
            : [];
        const declaration = declareBefore(document, diagnostic.range.start, `metric ${name} { unit count outcome }`);
        return [...replace, this.edit('fix.declareMetric', { metric: name }, diagnostic, document, [declaration])];
    }

    /**
     * One fix per role name, in declaration order; preferred when there is only one role to choose. A role
     * declared again under the same name (a `duplicate-name` error) is the same choice, not another fix:
     * a line repeating one role a thousand times would otherwise offer a thousand identical fixes.
     */
    private addOwner(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
        const node = nodeAt(document, diagnostic.range.start, isOwned);
        if (!node) {
            return [];
        }
        const names = [...new Set(this.analyzer.forDocument(document).parts.roles.map(role => role.name).filter(name => name))];
        return names.map(name => {
            const edit = isGoal(node) ? addToBlock(node, `owner ${name}`, document) : append(node, ` owner ${name}`);
            return this.edit('fix.addOwner', { role: name }, diagnostic, document, [edit], names.length === 1);
        });
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const fixes = params.context.diagnostics.flatMap(diagnostic => {
            const code = diagnostic.code;
            return isIssueCode(code) ? this.fixesOf(code, diagnostic, document) : [];
        });
        return [...fixes, ...this.canonicalForms(document, params.range)];
    }

    /**
     * Everyday forms (`300 тыс.`, `50к`, `$42,000`, `01.09.2027`, `руб.`) mean what their canonical spelling
     * means; on request, one is rewritten canonically, or every one of the file.
     */
    private canonicalForms(document: LangiumDocument, range: Range): CodeAction[] {
        const forms = everydayForms(document.parseResult.value.$cstNode);
        const touched = forms.filter(form => !isBefore(form.leaf.range.end, range.start) && !isBefore(range.end, form.leaf.range.start));
        if (touched.length === 0) {
            return [];
        }
        const rewrite = (title: string, chosen: typeof forms): CodeAction => ({
            title,
            kind: CodeActionKind.RefactorRewrite,
            edit: { changes: { [document.uri.toString()]: chosen.map(form => ({ range: form.leaf.range, newText: form.canonical })) } }
        });
        const own = touched.map(form => rewrite(this.locale.t('rewrite.form', { written: form.written, canonical: form.canonical }), [form]));
        return forms.length > touched.length ? [...own, rewrite(this.locale.t('rewrite.allForms', { count: forms.length }), forms)] : own;
    }

    private fixesOf<C extends IssueCode>(code: C, diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
        const fix = this.fixes[code] as Fix<C> | undefined;
        const data = fixDataOf(diagnostic, code);
        return fix && data ? fix(diagnostic, document, data) : [];
    }

    private replace(
        title: MessageKey, args: MessageArgs, diagnostic: Diagnostic, document: LangiumDocument,
        range: Range, newText: string, isPreferred = false
    ): CodeAction {
        return this.edit(title, args, diagnostic, document, [{ range, newText }], isPreferred);
    }

    private edit(
        title: MessageKey, args: MessageArgs, diagnostic: Diagnostic, document: LangiumDocument, edits: TextEdit[],
        isPreferred = false
    ): CodeAction {
        // What a fix writes (`owner Boss`, `kpi orders >= 100 per month`) uses the file's keywords: names and
        // texts are never keywords, so only keywords change.
        const language = keywordLanguageOf(document.parseResult.value.$cstNode, this.locale.current);
        return {
            title: this.locale.t(title, args),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred,
            edit: { changes: { [document.uri.toString()]: edits.map(edit => ({ ...edit, newText: withKeywordsIn(edit.newText, language) })) } }
        };
    }
}

/** The innermost node at `position` that passes `test`. */
function nodeAt<T extends AstNode>(document: LangiumDocument, position: Position, test: (node: AstNode) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
    let node: AstNode | undefined = leaf?.astNode;
    while (node && !test(node)) {
        node = node.$container;
    }
    return node;
}

/** Text added right after a node: inline properties such as ` owner Manager`. */
function append(node: AstNode, text: string): TextEdit {
    return { range: { start: node.$cstNode!.range.end, end: node.$cstNode!.range.end }, newText: text };
}

/**
 * A member added to a goal's `{ … }` block: on a line of its own when the block spans lines, inside the
 * braces when it is written on one line, and in a new block when the goal has none.
 */
function addToBlock(goal: Goal, member: string, document: LangiumDocument): TextEdit {
    const close = GrammarUtils.findNodeForKeyword(goal.$cstNode, '}');
    if (!close) {
        return append(goal, ` { ${member} }`);
    }
    const text = document.textDocument;
    const { line, character } = close.range.start;
    const before = text.getText({ start: { line, character: 0 }, end: close.range.start });
    const first = goal.$cstNode!.range.start.line;
    if (before.trim() === '' && line > first) {
        return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${memberIndent(document, first, line)}${member}${lineBreak(document)}` };
    }
    const spaced = before.endsWith(' ') ? `${member} ` : ` ${member} `;
    return { range: { start: close.range.start, end: { line, character } }, newText: spaced };
}

/** The indentation of the block's last member line, or one level (4 spaces) deeper than its first line. */
function memberIndent(document: LangiumDocument, first: number, close: number): string {
    for (let line = close - 1; line > first; line--) {
        if (lineText(document, line).trim() !== '') {
            return lineIndent(document, line);
        }
    }
    return `${lineIndent(document, first)}    `;
}

/**
 * A new declaration on its own line just before the top-level declaration that contains `position`, and
 * before the comments right above it: they describe that declaration (or are an `smm-ignore` directive for it).
 */
function declareBefore(document: LangiumDocument, position: Position, declaration: string): TextEdit {
    let node = nodeAt(document, position, (_node): _node is AstNode => true);
    while (node?.$container && !isStrategy(node.$container) && !isModel(node.$container)) {
        node = node.$container;
    }
    const at = node?.$cstNode?.range.start ?? { line: 0, character: 0 };
    const start = at.line;
    const eol = lineBreak(document);
    // Something else ends on the declaration's line (`}content {…}` in a file written without line breaks):
    // the new declaration goes on a line of its own right before it, not at the line's start inside that block.
    if (document.textDocument.getText({ start: { line: start, character: 0 }, end: at }).trim() !== '') {
        return { range: { start: at, end: at }, newText: `${eol}${declaration}${eol}` };
    }
    let line = start;
    while (line > 0 && lineText(document, line - 1).trimStart().startsWith('//')) {
        line--;
    }
    return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${lineIndent(document, start)}${declaration}${eol}` };
}

function lineText(document: LangiumDocument, line: number): string {
    return document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
}

function lineIndent(document: LangiumDocument, line: number): string {
    return /^[ \t]*/.exec(lineText(document, line))![0];
}

/** The file's own line break, so a fix never mixes `\r\n` and `\n` in one file. */
function lineBreak(document: LangiumDocument): string {
    return document.textDocument.getText().includes('\r\n') ? '\r\n' : '\n';
}

function isoDate(date: Date): string {
    return date.toISOString().slice(0, 10);
}

/** The last day of the quarter after the current one: a near, round deadline to start from. */
export function endOfNextQuarter(today: Date): Date {
    const quarter = Math.floor(today.getUTCMonth() / 3);
    return new Date(Date.UTC(today.getUTCFullYear(), (quarter + 2) * 3, 0));
}

/**
 * What to delete to remove `range` cleanly: its whole line when nothing else stands on it, otherwise the
 * range and the blanks after it, so no double space is left.
 */
function removalRange(range: Range, document: LangiumDocument): Range {
    const text = document.textDocument;
    const before = text.getText({ start: { line: range.start.line, character: 0 }, end: range.start });
    const after = text.getText({ start: range.end, end: { line: range.end.line + 1, character: 0 } });
    if (before.trim() === '' && after.trim() === '') {
        return { start: { line: range.start.line, character: 0 }, end: { line: range.end.line + 1, character: 0 } };
    }
    const blanks = /^[ \t]*/.exec(after)![0].length;
    return { start: range.start, end: { line: range.end.line, character: range.end.character + blanks } };
}

function isBefore(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}
