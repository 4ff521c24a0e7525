import { AstUtils, CstUtils, isReference, type AstNode, type CstNode, type NameProvider } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isMetric, isStage } from '../generated/ast.js';
import { isBuiltinUri } from '../references/builtin-metrics.js';
import type { SmmServices } from '../smm-module.js';

/** The colour of a name follows what it names, wherever it is written: declared or referred to. */
const TOKEN_TYPES: Record<string, string> = {
    Segment: SemanticTokenTypes.type,
    Role: SemanticTokenTypes.parameter,
    Channel: SemanticTokenTypes.interface,
    Metric: SemanticTokenTypes.function,
    Goal: SemanticTokenTypes.event,
    Funnel: SemanticTokenTypes.enum,
    Stage: SemanticTokenTypes.enumMember,
    Product: SemanticTokenTypes.class,
    Competitor: SemanticTokenTypes.struct,
    Phase: SemanticTokenTypes.namespace,
    Task: SemanticTokenTypes.method,
    Milestone: SemanticTokenTypes.macro,
    Rubric: SemanticTokenTypes.property,
    Risk: SemanticTokenTypes.variable,
    AdjustRule: SemanticTokenTypes.variable,
    Duty: SemanticTokenTypes.method,
    Approval: SemanticTokenTypes.decorator,
    ServiceLevel: SemanticTokenTypes.variable
};

/**
 * Colours declared names (with the `declaration` modifier) and references by the kind of what they name;
 * a standard metric carries `defaultLibrary`, a custom one does not. In `Funnel.Stage` the funnel and the
 * stage get their own colours. Keywords, numbers and strings are left to the TextMate grammar.
 */
export class SmmSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly names: NameProvider;

    constructor(services: SmmServices) {
        super(services);
        this.names = services.references.NameProvider;
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        this.highlightDeclaration(node, acceptor);
        for (const { reference } of AstUtils.streamReferences(node)) {
            // The grammar has no multi-references.
            const target = isReference(reference) ? reference.ref : undefined;
            const type = target && TOKEN_TYPES[target.$type];
            if (!target || !type || !reference.$refNode) {
                continue;
            }
            const modifier = isBuiltinUri(AstUtils.getDocument(target).uri.toString()) ? SemanticTokenModifiers.defaultLibrary : undefined;
            const words = identifiers(reference.$refNode);
            if (isStage(target) && words.length > 1) {
                words.slice(0, -1).forEach(cst => acceptor({ cst, type: SemanticTokenTypes.enum }));
            }
            acceptor({ cst: words[words.length - 1], type, modifier });
        }
    }

    private highlightDeclaration(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const type = TOKEN_TYPES[node.$type];
        const name = this.names.getNameNode(node);
        if (!type || !name) {
            return;
        }
        const modifier = isBuiltinUri(AstUtils.getDocument(node).uri.toString())
            ? [SemanticTokenModifiers.declaration, SemanticTokenModifiers.defaultLibrary]
            : SemanticTokenModifiers.declaration;
        acceptor({ cst: name, type, modifier });
        if (isMetric(node)) {
            node.aliases.forEach((_, index) => acceptor({ node, property: 'aliases', index, type, modifier }));
        }
    }
}

/** The words of a reference: `Orders` and `Order` in `Orders.Order`. */
function identifiers(cst: CstNode): CstNode[] {
    return CstUtils.flattenCst(cst).filter(leaf => !leaf.hidden && leaf.text !== '.').toArray();
}
