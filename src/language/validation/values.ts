import {
    AstUtils, CstUtils, GrammarAST, GrammarUtils, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode,
    type Properties, type ValidationAcceptor
} from 'langium';
import {
    isCurrencySetting, isStrategy, type DateRange, type Goal, type Kpi, type Milestone, type Model, type Money,
    type NumberRange, type Percent, type Quantity, type Strategy, type Task
} from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { parseIsoDate } from '../../analysis/dates.js';
import { currencyCode } from '../../analysis/money.js';
import { parseNumberText } from '../parsing/value-converter.js';
import { IssueCodes, issue } from './issue-codes.js';
import { forEachCstNode } from '../parsing/ast-walk.js';

/**
 * The currency setting of a strategy block, looked up once per block rather than once per amount in it: a
 * block's members never change after parsing (a new text is a new syntax tree).
 */
const currencies = new WeakMap<Strategy, string | undefined>();

function strategyCurrency(strategy: Strategy): string | undefined {
    if (!currencies.has(strategy)) {
        const setting = strategy.members.find(isCurrencySetting);
        currencies.set(strategy, setting ? currencyCode(setting.code) : undefined);
    }
    return currencies.get(strategy);
}

/**
 * The last node of the clause a repeated value belongs to: the value itself, or the optional parts written
 * after it in the same clause (`volume 2000 impressions`: the unit), so that removing the clause the
 * warning covers leaves no orphan behind.
 */
function clauseEnd(value: CstNode): CstNode {
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
function assignedCstNodes(node: AstNode): Map<string, CstNode[]> {
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

/** Numbers, dates, percentages and money must mean what the writer meant. */
export function valueChecks(services: SmmServices) {
    const locale = services.i18n.Locale;
    const reflection = services.shared.AstReflection;
    const analyzer = services.analysis.StrategyAnalyzer;
    let repeatable: Set<string> | undefined;

    function checkCurrency<N extends Money | Quantity>(node: N, written: string | undefined, property: Properties<N>, accept: ValidationAcceptor): void {
        if (!written) {
            return;
        }
        const strategy = AstUtils.getContainerOfType(node, isStrategy);
        const expected = strategy ? strategyCurrency(strategy) : folderCurrency(node);
        const found = currencyCode(written);
        if (expected && found !== expected) {
            accept('warning', locale.t('currency-mismatch', { found, expected }), {
                node, property, ...issue(IssueCodes.CurrencyMismatch, { expected })
            });
        }
    }

    /** The currency of the folder's one strategy, for amounts written outside a strategy block. */
    function folderCurrency(node: AstNode): string | undefined {
        const currencies = new Set(analyzer.forNode(node).parts.strategies.map(strategyCurrency).filter(c => c !== undefined));
        return currencies.size === 1 ? [...currencies][0] : undefined;
    }

    function checkDate<N extends AstNode>(node: N, property: Properties<N>, accept: ValidationAcceptor): void {
        const text = (node as Record<string, unknown>)[property];
        if (typeof text === 'string' && !parseIsoDate(text)) {
            accept('error', locale.t('invalid-date', { date: text }), { node, property, ...issue(IssueCodes.InvalidDate) });
        }
    }

    return {
        checkDateRange(range: DateRange, accept: ValidationAcceptor): void {
            checkDate(range, 'start', accept);
            checkDate(range, 'end', accept);
            const start = parseIsoDate(range.start);
            const end = parseIsoDate(range.end);
            if (start && end && end < start) {
                accept('error', locale.t('invalid-range', { start: range.start, end: range.end }), {
                    node: range, ...issue(IssueCodes.InvalidRange)
                });
            }
        },
        checkNumberRange(range: NumberRange, accept: ValidationAcceptor): void {
            if (range.max < range.min) {
                accept('error', locale.t('invalid-range', { start: range.min, end: range.max }), {
                    node: range, ...issue(IssueCodes.InvalidRange)
                });
            }
        },
        checkKpiDeadline(kpi: Kpi, accept: ValidationAcceptor): void {
            checkDate(kpi, 'deadline', accept);
        },
        checkGoalDeadline(goal: Goal, accept: ValidationAcceptor): void {
            checkDate(goal, 'deadline', accept);
        },
        checkTaskDue(task: Task, accept: ValidationAcceptor): void {
            checkDate(task, 'due', accept);
        },
        checkMilestoneDate(milestone: Milestone, accept: ValidationAcceptor): void {
            checkDate(milestone, 'date', accept);
        },
        /** Margins, conversions, probabilities and CTRs are shares of a whole. */
        checkPercentIsShare(percent: Percent, accept: ValidationAcceptor): void {
            if (percent.value > 100) {
                accept('error', locale.t('invalid-percent', { value: percent.value }), {
                    node: percent, property: 'value', ...issue(IssueCodes.InvalidPercent)
                });
            }
        },
        /**
         * Amounts, targets and thresholds are in the strategy's currency: the enclosing strategy's, or for
         * declarations outside a strategy block, the currency of the strategy in the same folder.
         */
        checkMoneyCurrency(money: Money, accept: ValidationAcceptor): void {
            checkCurrency(money, money.currency, 'currency', accept);
        },
        checkQuantityCurrency(quantity: Quantity, accept: ValidationAcceptor): void {
            if (quantity.unit !== '%') {
                checkCurrency(quantity, quantity.unit, 'unit', accept);
            }
        },
        /**
         * Numbers as written: `1,500` may be one and a half or fifteen hundred, so the writer must say which
         * (`0,750` can only be a decimal); and a number too long to compute with is a typo.
         */
        checkNumberTexts(model: Model, accept: ValidationAcceptor): void {
            if (!model.$cstNode) {
                return;
            }
            forEachCstNode(model.$cstNode, leaf => {
                if (!isLeafCstNode(leaf) || leaf.tokenType.name !== 'NUMBER') {
                    return;
                }
                const text = leaf.text;
                if (/^[1-9]\d{0,2},\d{3}$/.test(text)) {
                    const readings = { thousands: text.replace(',', ''), decimal: String(Number(text.replace(',', '.'))) };
                    accept('error', locale.t('ambiguous-number', { text, ...readings }), {
                        node: leaf.astNode, range: leaf.range, ...issue(IssueCodes.AmbiguousNumber, readings)
                    });
                } else if (!Number.isFinite(parseNumberText(text))) {
                    accept('error', locale.t('number-too-large', { digits: text.length }), {
                        node: leaf.astNode, range: leaf.range, ...issue(IssueCodes.NumberTooLarge)
                    });
                }
            });
        },
        /** In property blocks a repeated single-valued property silently overwrites the earlier one. */
        checkDuplicateProperties(node: AstNode, accept: ValidationAcceptor): void {
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
                    accept('warning', locale.t('duplicate-property', { property: (keyword ?? duplicate).text }), {
                        node, range, ...issue(IssueCodes.DuplicateProperty)
                    });
                }
            }
        }
    };
}
