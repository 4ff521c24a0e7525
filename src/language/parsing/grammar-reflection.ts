/**
 * What the grammar says about the syntax of a node: which assignment a piece of text is part of, the text of
 * each property a node assigns, and which node types may assign one property twice.
 */
import { AstUtils, CstUtils, GrammarAST, GrammarUtils, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

/**
 * The last node of the clause a repeated value belongs to: the value itself, or the optional parts written
 * after it in the same clause (`volume 2000 impressions`: the unit), so that removing the clause the
 * warning covers leaves no orphan behind.
 */
export function clauseEnd(value: CstNode): CstNode {
    const clause = assignmentOf(value.grammarSource)?.$container;
    if (!GrammarAST.isGroup(clause)) {
        return value;
    }
    const within = (element: AstNode | undefined): boolean => !!element && (element === clause || within(element.$container));
    let end = value;
    for (let next = CstUtils.getNextNode(end, false); next && next.container === value.container
        // The clause's first element (its keyword) starts the next clause of the same kind.
        && next.grammarSource !== clause.elements[0] && within(next.grammarSource); next = CstUtils.getNextNode(next, false)) {
        end = next;
    }
    return end;
}

/** The assignment each grammar element is part of: the grammar never changes, so each is looked up once. */
const assignments = new WeakMap<AstNode, GrammarAST.Assignment | undefined>();

function assignmentOf(element: AstNode | undefined): GrammarAST.Assignment | undefined {
    if (!element) {
        return undefined;
    }
    if (!assignments.has(element)) {
        assignments.set(element, AstUtils.getContainerOfType(element, GrammarAST.isAssignment));
    }
    return assignments.get(element);
}

/**
 * The CST nodes of each property assigned in `node`'s own text, in order: one pass over its syntax tree
 * (what `GrammarUtils.findNodesForProperty` does per property).
 */
export function assignedCstNodes(node: AstNode): Map<string, CstNode[]> {
    const result = new Map<string, CstNode[]>();
    const visit = (cst: CstNode, isRoot: boolean): void => {
        const assignment = isRoot ? undefined : assignmentOf(cst.grammarSource);
        if (assignment) {
            const nodes = result.get(assignment.feature);
            if (nodes) {
                nodes.push(cst);
            } else {
                result.set(assignment.feature, [cst]);
            }
        } else if (isCompositeCstNode(cst) && cst.astNode === node) {
            cst.content.forEach(child => visit(child, false));
        }
    };
    if (node.$cstNode) {
        visit(node.$cstNode, true);
    }
    return result;
}

/**
 * The node types whose rule may assign one single-valued property twice: an `=` assignment inside a repeated
 * group, as in the property block `( 'price' price=Money | 'margin' margin=Percent )*`. No other node can
 * have a duplicate property, and most nodes of a strategy (amounts, dates, settings, formulas) are such
 * nodes: the check skips them instead of walking their syntax.
 */
export function typesWithRepeatableProperties(grammar: GrammarAST.Grammar): Set<string> {
    const types = new Set<string>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || GrammarUtils.isDataTypeRule(rule)) {
            continue;
        }
        const elements = AstUtils.streamAllContents(rule).toArray();
        if (elements.some(element => GrammarAST.isAssignment(element) && element.operator === '=' && repeated(element, rule))) {
            types.add(GrammarUtils.getTypeName(rule));
            // Nodes the rule creates with actions (`{infer Name}`) are its nodes too.
            for (const action of elements.filter(GrammarAST.isAction)) {
                const type = GrammarUtils.getActionType(action);
                if (type) {
                    types.add(type);
                }
            }
        }
    }
    return types;
}

function repeated(element: AstNode, rule: GrammarAST.ParserRule): boolean {
    for (let current: AstNode | undefined = element; current && current !== rule; current = current.$container) {
        // A group that starts with an action, `({infer BinaryExpression.left=current} operator=… right=…)*`,
        // makes a new node each time round: every node gets each of the group's properties once.
        if (current !== element && GrammarAST.isGroup(current) && GrammarAST.isAction(current.elements[0])) {
            return false;
        }
        const cardinality = GrammarAST.isAbstractElement(current) ? current.cardinality : undefined;
        if (cardinality === '*' || cardinality === '+') {
            return true;
        }
    }
    return false;
}
