import { AstUtils, CstUtils, GrammarAST } from 'langium';
import { assignedCstNodes, clauseEnd, typesWithRepeatableProperties } from '../parsing/grammar-reflection.js';
import type { SmmServices } from '../smm-module.js';
import type { Checks } from './report.js';

/** In property blocks a repeated single-valued property silently overwrites the earlier one. */
export function duplicatePropertyChecks(services: SmmServices): Checks {
    const reflection = services.shared.AstReflection;
    let repeatable: Set<string> | undefined;
    return {
        AstNode: function checkDuplicateProperties(node, report) {
            repeatable ??= typesWithRepeatableProperties(services.Grammar);
            if (!repeatable.has(node.$type)) {
                return;
            }
            // Error recovery can assign one token twice; the syntax error is the message that matters then.
            if (AstUtils.getDocument(node).parseResult.parserErrors.length > 0) {
                return;
            }
            const properties = reflection.getTypeMetaData(node.$type).properties;
            for (const [name, occurrences] of assignedCstNodes(node)) {
                if (occurrences.length < 2 || Array.isArray(properties[name]?.defaultValue)) {
                    continue;
                }
                for (const duplicate of occurrences.slice(0, -1)) {
                    // `price 100`: name the keyword; `outcome` (a kind without keyword): name the value.
                    const previous = CstUtils.getPreviousNode(duplicate, false);
                    const keyword = previous && GrammarAST.isKeyword(previous.grammarSource) && /^\p{L}/u.test(previous.text) ? previous : undefined;
                    const range = { start: (keyword ?? duplicate).range.start, end: clauseEnd(duplicate).range.end };
                    report('duplicate-property', { property: (keyword ?? duplicate).text }, { node, range });
                }
            }
        }
    };
}
