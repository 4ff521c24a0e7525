import type { AstNode, AstNodeDescription, LangiumDocument, Reference } from 'langium';
import { isActuals, isCurrencySetting, isStrategy, type Model } from '../generated/ast.js';

/**
 * Files of actual results (`actuals-2027-01.smm`: nothing but `actuals` blocks) beside a strategy that is
 * being edited.
 *
 * A year of daily actuals is thousands of lines of references to the strategy's channels, stages, goals
 * and metrics. Relinking and revalidating them on every keystroke in the strategy is most of the cost of a
 * keystroke, and almost always useless: what such a file's diagnostics depend on, besides its own text, is
 * only
 * - which names the other files of its folder declare, of which kind, and where (its references, and the
 *   names its linking errors suggest): the other files' exported names, types and paths;
 * - the currency of the folder's strategy (`currency-mismatch` of an amount);
 * - the folder's other actual results (`actual-duplicate`), and which file holds a strategy block (scoping).
 * When none of these changed in the files that changed, the file keeps its links (re-pointed to the same
 * declarations in the new syntax trees) and its diagnostics. The analysis reads its values anew as always.
 *
 * A check added for actual results that reads anything else of another file must be added here too; the
 * spec `test/language/references/actuals-files.test.ts` compares every kind of edit with a build from scratch.
 */
export function isActualsFile(document: LangiumDocument): boolean {
    const elements = (document.parseResult.value as Model | undefined)?.elements;
    return elements !== undefined && elements.length > 0 && elements.every(isActuals);
}

/**
 * What a changed file shows to the files of actual results of its folder, besides its exported names: the
 * currency of each of its strategy blocks. `undefined` when it holds actual results itself (their
 * duplicates, and where they are, show through to the others' diagnostics).
 */
export function factsShownToActuals(document: LangiumDocument): string | undefined {
    const elements = (document.parseResult.value as Model | undefined)?.elements ?? [];
    const facts: string[] = [];
    for (const element of elements) {
        if (isActuals(element)) {
            return undefined;
        }
        if (isStrategy(element)) {
            if (element.members.some(isActuals)) {
                return undefined;
            }
            facts.push(`strategy ${element.members.filter(isCurrencySetting).map(setting => setting.code).join(' ')}`);
        }
    }
    return facts.join('\n');
}

/** Whether two lists of exported names declare the same names, of the same kinds, at the same places. */
export function sameExports(before: readonly AstNodeDescription[], after: readonly AstNodeDescription[]): boolean {
    if (before.length !== after.length) {
        return false;
    }
    for (let i = 0; i < before.length; i++) {
        const [a, b] = [before[i], after[i]];
        if (a.name !== b.name || a.type !== b.type || a.path !== b.path) {
            return false;
        }
    }
    return true;
}

/**
 * Points the references of `document` that led to declarations of `before` at the same declarations of
 * `after` (lists for which `sameExports` holds: the same names at the same places of a new syntax tree).
 */
export function repointReferences(document: LangiumDocument, before: readonly AstNodeDescription[], after: readonly AstNodeDescription[]): void {
    const next = new Map<AstNodeDescription, AstNodeDescription>();
    before.forEach((description, i) => next.set(description, after[i]));
    for (const reference of document.references as ResolvedReference[]) {
        const target = reference._nodeDescription && next.get(reference._nodeDescription);
        if (target?.node) {
            reference._ref = target.node;
            reference._nodeDescription = target;
        }
    }
}

/** Langium's reference as its linker keeps it once resolved (the fields its own `unlink` resets). */
interface ResolvedReference extends Reference {
    _ref?: AstNode;
    _nodeDescription?: AstNodeDescription;
}
