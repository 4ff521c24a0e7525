import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode, type DiagnosticInfo, type Properties, type ValidationAcceptor } from 'langium';
import type { CancellationToken, DiagnosticRelatedInformation, Range } from 'vscode-languageserver';
import type { SmmAstType } from '../generated/ast.js';
import type { LocaleState } from '../workspace/locale.js';
import { ISSUES, issueMessage, type IssueArgs, type IssueCode, type IssueData, type IssueVariant } from './issue-catalog.js';

/** Where a diagnostic points, which wording it takes, and the data its quick fixes read. */
export type IssueTarget<C extends IssueCode, N extends AstNode> = {
    node: N;
    property?: Properties<N>;
    range?: Range;
    relatedInformation?: DiagnosticRelatedInformation[];
    variant?: IssueVariant<C>;
} & (keyof IssueData<C> extends never ? { data?: undefined } : { data: IssueData<C> });

/** Reports a diagnostic of `code` with the severity and message its catalog record gives. */
export type Report = <C extends IssueCode, N extends AstNode>(code: C, args: IssueArgs<C>, target: IssueTarget<C, N>) => void;

export type Check<N extends AstNode> = (node: N, report: Report, cancelToken: CancellationToken) => void | Promise<void>;

/** The checks of one concern, by the type of node they look at. */
export type Checks = { [T in keyof SmmAstType]?: Check<SmmAstType[T]> | Array<Check<SmmAstType[T]>> } & {
    AstNode?: Check<AstNode> | Array<Check<AstNode>>;
};

/** A `Report` that hands each diagnostic to Langium's acceptor in the user's current language. */
export function reporter(locale: LocaleState, accept: ValidationAcceptor): Report {
    return (code, args, target) => {
        const { node, property, relatedInformation, variant, data } = target as IssueTarget<IssueCode, AstNode>;
        const range = target.range ?? (property === undefined ? undefined : firstNodeOfProperty(node.$cstNode, node, property)?.range);
        // Built field by field, not with a rest pattern and spreads: those made every diagnostic's record an
        // object of no fixed shape, which slowed each step after it (a 50-task plan's build: 1.05 → 0.94 ms).
        // The code shows in the editor; `data` (with the code) travels to quick fixes.
        const info: DiagnosticInfo<AstNode> = { node, code, data: { ...(data as object | undefined), code } };
        if (property !== undefined) {
            info.property = property;
        }
        if (range) {
            info.range = range;
        }
        if (relatedInformation) {
            info.relatedInformation = relatedInformation;
        }
        accept(ISSUES[code].severity, issueMessage(code, locale.current, args, variant), info);
    };
}

/**
 * The first piece of the node's text that writes `property`: the node Langium's diagnostics point at for a
 * property (`findNodeForProperty`), found by a walk that stops there instead of collecting every one. A
 * warning on each task of a long plan points at its name, the second word of the task.
 */
function firstNodeOfProperty(cst: CstNode | undefined, node: AstNode, property: string): CstNode | undefined {
    if (!cst || !isCompositeCstNode(cst) || cst.astNode !== node) {
        return undefined;
    }
    for (const child of cst.content) {
        if (AstUtils.getContainerOfType(child.grammarSource, GrammarAST.isAssignment)?.feature === property) {
            return child;
        }
        const found = firstNodeOfProperty(child, node, property);
        if (found) {
            return found;
        }
    }
    return undefined;
}

/** The related information that points at another declaration of the same thing. */
export function alsoDeclaredHere(locale: LocaleState, uri: string, range: Range): DiagnosticRelatedInformation {
    return { location: { uri, range }, message: issueMessage('duplicate-name', locale.current, {}, 'related') };
}
