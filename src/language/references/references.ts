import {
    DefaultReferences, GrammarUtils, isReference, stream, type AstNode, type CstNode, type FindReferencesOptions, type Reference,
    type ReferenceDescription, type Stream
} from 'langium';
import { isFunnel, isMetric, isStage, type Funnel } from '../generated/ast.js';

/**
 * Names as the author sees them. `Orders.Order` holds two names: `Orders` refers to the funnel and `Order`
 * to the stage, so a stage's references cover the `Order` part and a funnel's references are the `Orders`
 * parts of its stages' references. A metric alias in `aka` stands for its metric. Go to definition, find
 * references, highlight and rename all follow from these two answers.
 */
export class SmmReferences extends DefaultReferences {
    override findDeclarations(source: CstNode): AstNode[] {
        const reference = referenceAt(source);
        const target = reference?.ref;
        if (isStage(target) && isFunnel(target.$container) && source.end < reference!.$refNode!.end) {
            return [target.$container];
        }
        const node = source.astNode;
        if (!reference && isMetric(node) && GrammarUtils.findAssignment(source)?.feature === 'aliases') {
            return [node];
        }
        return super.findDeclarations(source);
    }

    override findReferences(target: AstNode, options: FindReferencesOptions): Stream<ReferenceDescription> {
        if (isStage(target)) {
            return super.findReferences(target, options).map(ref => this.narrow(ref, 'last')).nonNullable();
        }
        if (isFunnel(target)) {
            return super.findReferences(target, options).concat(this.funnelParts(target, options));
        }
        return super.findReferences(target, options);
    }

    private funnelParts(funnel: Funnel, options: FindReferencesOptions): Stream<ReferenceDescription> {
        return stream(funnel.stages)
            .flatMap(stage => super.findReferences(stage, { ...options, includeDeclaration: false }))
            .map(ref => this.narrow(ref, 'first'))
            .nonNullable();
    }

    /** The reference cut down to one identifier of `Funnel.Stage`. */
    private narrow(ref: ReferenceDescription, part: 'first' | 'last'): ReferenceDescription | undefined {
        const text = this.documents.getDocument(ref.sourceUri)?.textDocument;
        const words = [...(text?.getText(ref.segment.range).matchAll(/[^\s.]+/g) ?? [])];
        const word = part === 'first' ? words[0] : words[words.length - 1];
        if (!text || !word || (part === 'first' && words.length < 2)) {
            return undefined;
        }
        const offset = ref.segment.offset + word.index;
        const end = offset + word[0].length;
        return {
            ...ref,
            segment: { offset, end, length: word[0].length, range: { start: text.positionAt(offset), end: text.positionAt(end) } }
        };
    }
}

/** The reference a leaf of the CST is part of, if any. */
export function referenceAt(leaf: CstNode): Reference | undefined {
    const feature = GrammarUtils.findAssignment(leaf)?.feature;
    const value: unknown = feature ? (leaf.astNode as unknown as Record<string, unknown>)[feature] : undefined;
    const candidates = Array.isArray(value) ? value : [value];
    return candidates.find((r): r is Reference =>
        isReference(r) && !!r.$refNode && r.$refNode.offset <= leaf.offset && r.$refNode.end >= leaf.end);
}
