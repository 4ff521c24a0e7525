import {
    AstUtils, CstUtils, GrammarAST, GrammarUtils, URI, type AstNode, type AstNodeLocator, type IndexManager, type LangiumDocument,
    type LangiumDocuments
} from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { PrepareRenameParams, Range, RenameParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { MessageArgs, MessageKey } from '../../i18n/index.js';
import { isFunnel, isMetric, isStage, Metric } from '../generated/ast.js';
import { isBuiltinUri } from '../references/builtin-metrics.js';
import type { LocaleState } from '../workspace/locale.js';
import { visibleDeclarations } from '../workspace/strategy-folder.js';
import type { SmmServices } from '../smm-module.js';

/**
 * What a rename changes: one name segment of one declaration. A metric's name and each of its aliases are
 * separate segments; a stage is written `Funnel.Stage`, so renaming it (or its funnel) touches one part of
 * those references only.
 */
interface RenameTarget {
    node: AstNode;
    /** The segment as declared: the name, or the alias at `alias`. */
    name: string;
    alias?: number;
    /** The identifier under the cursor. */
    range: Range;
}

export class SmmRenameProvider extends DefaultRenameProvider {
    private readonly documents: LangiumDocuments;
    private readonly index: IndexManager;
    private readonly locator: AstNodeLocator;
    private readonly locale: LocaleState;
    private readonly identifier: RegExp;
    private readonly keywords: Set<string>;

    constructor(services: SmmServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.index = services.shared.workspace.IndexManager;
        this.locator = services.workspace.AstNodeLocator;
        this.locale = services.i18n.Locale;
        const id = services.Grammar.rules.find(r => GrammarAST.isTerminalRule(r) && r.name === 'ID') as GrammarAST.TerminalRule;
        this.identifier = new RegExp(`^(?:${GrammarUtils.terminalRegex(id).source})$`);
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(k => k.value));
    }

    override prepareRename(document: LangiumDocument, params: PrepareRenameParams): Range | undefined {
        const target = this.targetAt(document, params.position);
        if (target) {
            this.refuseStandard(target);
        }
        return target?.range;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params.position);
        if (!target) {
            return undefined;
        }
        this.refuseStandard(target);
        this.refuseName(target, params.newName);
        const changes: Record<string, TextEdit[]> = {};
        for (const { uri, start, end } of this.occurrences(target)) {
            const text = this.documents.getDocument(URI.parse(uri))!.textDocument;
            (changes[uri] ??= []).push({ range: { start: text.positionAt(start), end: text.positionAt(end) }, newText: params.newName });
        }
        return { changes };
    }

    private targetAt(document: LangiumDocument, position: Range['start']): RenameTarget | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        const node = leaf && this.references.findDeclarations(leaf)[0];
        if (!node) {
            return undefined;
        }
        // A metric is renamed by the name under the cursor: its own or one of its aliases.
        const alias = isMetric(node) ? node.aliases.findIndex(a => a.toLowerCase() === leaf.text.toLowerCase()) : -1;
        return alias >= 0
            ? { node, name: (node as Metric).aliases[alias], alias, range: leaf.range }
            : { node, name: this.nameProvider.getName(node) ?? leaf.text, range: leaf.range };
    }

    private refuseStandard(target: RenameTarget): void {
        if (isBuiltinUri(AstUtils.getDocument(target.node).uri.toString())) {
            throw this.refusal('navigation.rename.standardMetric', { name: target.name });
        }
    }

    /** A new name must be an identifier, not a keyword, and not a name of the same kind already in the strategy. */
    private refuseName(target: RenameTarget, newName: string): void {
        if (!this.identifier.test(newName)) {
            throw this.refusal('navigation.rename.notIdentifier', { name: newName });
        }
        if (this.keywords.has(newName)) {
            throw this.refusal('navigation.rename.keyword', { name: newName });
        }
        if (this.isTaken(target, newName)) {
            throw this.refusal('navigation.rename.taken', { name: newName, kind: this.locale.t(`kind.${target.node.$type}` as MessageKey) });
        }
    }

    private isTaken(target: RenameTarget, newName: string): boolean {
        const { node } = target;
        const document = AstUtils.getDocument(node);
        const path = this.locator.getAstNodePath(node);
        // The index knows stages as `Funnel.Stage` and metrics case-insensitively, like the scope does.
        const qualify = (name: string) => isStage(node) && isFunnel(node.$container) ? `${node.$container.name}.${name}` : name;
        const normalize = (name: string) => node.$type === Metric.$type ? name.toLowerCase() : name;
        const wanted = normalize(qualify(newName));
        const own = normalize(qualify(target.name));
        return visibleDeclarations(this.index, this.documents, document.uri, node.$type)
            .filter(d => !(d.path === path && d.documentUri.toString() === document.uri.toString() && normalize(d.name) === own))
            .some(d => normalize(d.name) === wanted);
    }

    private refusal(key: MessageKey, args: MessageArgs): ResponseError<void> {
        return new ResponseError(LSPErrorCodes.RequestFailed, this.locale.t(key, args));
    }

    /** Every place where the target's segment is written: its declaration and the references that use it. */
    private occurrences(target: RenameTarget): Array<{ uri: string; start: number; end: number }> {
        const { node } = target;
        const declaration = target.alias === undefined
            ? this.nameProvider.getNameNode(node)
            : GrammarUtils.findNodesForProperty(node.$cstNode, 'aliases')[target.alias];
        const found = declaration
            ? [{ uri: AstUtils.getDocument(node).uri.toString(), start: declaration.offset, end: declaration.end }]
            : [];
        const uses = this.references.findReferences(node, { includeDeclaration: false }).toArray().map(ref => ({
            uri: ref.sourceUri.toString(), start: ref.segment.offset, end: ref.segment.end
        }));
        // A metric reference written with another of its names keeps that name.
        const written = (use: { uri: string; start: number; end: number }) =>
            this.documents.getDocument(URI.parse(use.uri))!.textDocument.getText().slice(use.start, use.end).toLowerCase();
        return [...found, ...uses.filter(use => !isMetric(node) || written(use) === target.name.toLowerCase())];
    }
}
