/**
 * How the compiler reads the syntax tree: where a node is written, the names and titles references resolve
 * to, time units and dates.
 */
import { AstUtils, CstUtils, type AstNode, type Reference } from 'langium';
import { isIsoDate } from '../../analysis/dates.js';
import { ownersOf, type Owned } from '../../analysis/team.js';
import type { Frequency, TimeUnit } from '../../language/generated/ast.js';
import type { NamedRef, RoadmapFrequency, RoadmapTimeUnit, SourceLocation } from '../model.js';

/** Where a node is written, when it comes from a document (nodes built in memory have no source). */
export function sourceOf(node: AstNode): SourceLocation | undefined {
    const root = AstUtils.findRootNode(node);
    const range = node.$cstNode?.range;
    if (!root.$document || !range) {
        return undefined;
    }
    return {
        uri: root.$document.uri.toString(),
        range: {
            start: { line: range.start.line, character: range.start.character },
            end: { line: range.end.line, character: range.end.character }
        }
    };
}

/**
 * The doc comment written right before a declaration (`/** why this goal *\/`), as plain text: the author's
 * reasoning, which the roadmap shows as the item's rationale. Paragraphs (blank lines) are kept; the lines
 * of one paragraph are joined.
 */
export function rationaleOf(node: AstNode): string | undefined {
    const comment = CstUtils.findCommentNode(node.$cstNode, ['ML_COMMENT']);
    if (!comment || !comment.text.startsWith('/**') || comment.text.startsWith('/***')) {
        return undefined;
    }
    const lines = comment.text.slice(3, -2).split(/\r?\n/).map(line => line.replace(/^\s*\*?\s?/, '').trimEnd());
    const paragraphs = lines.join('\n').split(/\n\s*\n/).map(paragraph => paragraph.split('\n').map(line => line.trim()).filter(Boolean).join(' '));
    const text = paragraphs.filter(Boolean).join('\n\n');
    return text === '' ? undefined : text;
}

export function named(node: { name?: string; title?: string } | undefined): NamedRef | undefined {
    return node?.name ? { name: node.name, title: node.title } : undefined;
}

/** The named ones of some declarations (none when there are none), in their order. */
export function namedAll(nodes: ReadonlyArray<{ name?: string; title?: string }> | undefined): NamedRef[] {
    return (nodes ?? []).flatMap(node => named(node) ?? []);
}

/**
 * The owners of an item as the roadmap holds them: `owner`, the first, and `owners`, all of them in order,
 * when there are several (`owner A, B`).
 */
export function ownerRefs(item: Owned): { owner?: NamedRef; owners?: NamedRef[] } {
    const owners = ownersOf(item).map(role => named(role)).filter((ref): ref is NamedRef => ref !== undefined);
    return owners.length > 1 ? { owner: owners[0], owners } : { owner: owners[0] };
}

/** The declarations a list of references resolves to; names that do not resolve keep their text. */
export function namedRefs(refs: ReadonlyArray<Reference<AstNode & { name?: string; title?: string }>>): NamedRef[] {
    return refs.map(ref => named(ref.ref) ?? { name: ref.$refText });
}

export function refName(ref: Reference<AstNode & { name: string }> | undefined): string | undefined {
    return ref ? ref.ref?.name ?? ref.$refText : undefined;
}

const SINGULAR: Record<TimeUnit, RoadmapTimeUnit> = {
    day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
    quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year'
};

export function singular(unit: TimeUnit): RoadmapTimeUnit {
    return SINGULAR[unit];
}

export function isoOf(text: string | undefined): string | undefined {
    return text !== undefined && isIsoDate(text) ? text : undefined;
}

export function frequencyOf(frequency: Frequency | undefined): RoadmapFrequency | undefined {
    return frequency?.per
        ? { count: frequency.count, interval: frequency.interval ?? 1, unit: singular(frequency.per) }
        : undefined;
}
