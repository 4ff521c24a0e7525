/**
 * What the grammar says about the places a syntax error can happen: which keywords may start each property of
 * a declaration (`size`, `age`, … in a segment), whether the declaration is a block closed by `}`, and every
 * keyword, for the closest one to a misspelled word.
 */
import { AstUtils, GrammarAST, type AstNode } from 'langium';
import { SmmGrammar } from '../generated/grammar.js';

const grammar = SmmGrammar();
const rules = new Map(grammar.rules.map(rule => [rule.name, rule]));
const currencies = new Set(AstUtils.streamAllContents(rules.get('CurrencyCode')!).filter(GrammarAST.isKeyword).map(keyword => keyword.value));

/** The keywords that may be the first word of `element`: its FIRST set, keywords only. */
function firstKeywords(element: AstNode | undefined, seen: Set<AstNode> = new Set()): string[] {
    if (!element || seen.has(element)) {
        return [];
    }
    seen.add(element);
    if (GrammarAST.isKeyword(element)) {
        return [element.value];
    }
    if (GrammarAST.isAssignment(element)) {
        return firstKeywords(element.terminal, seen);
    }
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        return GrammarAST.isParserRule(rule) ? firstKeywords(rule.definition, seen) : [];
    }
    if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        return element.elements.flatMap(alternative => firstKeywords(alternative, seen));
    }
    if (GrammarAST.isGroup(element)) {
        const result: string[] = [];
        for (const part of element.elements) {
            result.push(...firstKeywords(part, seen));
            const optional = GrammarAST.isAction(part) || (GrammarAST.isAbstractElement(part) && (part.cardinality === '?' || part.cardinality === '*'));
            if (!optional) {
                break;
            }
        }
        return result;
    }
    return [];
}

const properties = new Map<string, string[]>();
const unkeyed = new Map<string, boolean>();

/** The repeated blocks of a rule: `( 'size' size=Decimal | … )*`, not a list after a comma. */
function repeatedBlocks(ruleName: string): AstNode[] {
    const rule = rules.get(ruleName);
    return rule && GrammarAST.isParserRule(rule)
        ? [rule.definition, ...AstUtils.streamAllContents(rule.definition)].filter(element =>
            GrammarAST.isAbstractElement(element) && (element.cardinality === '*' || element.cardinality === '+')
            && !(GrammarAST.isGroup(element) && GrammarAST.isKeyword(element.elements[0]) && element.elements[0].value === ','))
        : [];
}

/** Whether a property of the rule starts with no keyword (a rubric's frequency, `3 per week`). */
export function hasPropertyWithoutKeyword(ruleName: string): boolean {
    let result = unkeyed.get(ruleName);
    if (result === undefined) {
        result = repeatedBlocks(ruleName).some(block => GrammarAST.isAlternatives(block)
            ? block.elements.some(alternative => firstKeywords(alternative).length === 0)
            : firstKeywords(block).length === 0);
        unkeyed.set(ruleName, result);
    }
    return result;
}

/**
 * The keywords that may start a property of the rule's repeated block, in the grammar's order: `size`, `age`,
 * `geo`, … for `Segment`; every declaration for `Model`. Empty for a rule without a repeated block.
 */
export function propertiesOf(ruleName: string): string[] {
    let result = properties.get(ruleName);
    if (!result) {
        const repeated = repeatedBlocks(ruleName);
        result = [...new Set(repeated.flatMap(element => firstKeywords(element)))].filter(keyword => /\p{L}/u.test(keyword));
        properties.set(ruleName, result);
    }
    return result;
}

/** Whether the rule's text ends with the `}` of a block (`segment S { … }`). */
export function isBlock(ruleName: string): boolean {
    const rule = rules.get(ruleName);
    return !!rule && GrammarAST.isParserRule(rule) && AstUtils.streamAllContents(rule.definition)
        .some(element => GrammarAST.isKeyword(element) && element.value === '}');
}

/** The keyword a rule starts with (`segment` for `Segment`), if it starts with one. */
export function leadingKeyword(ruleName: string): string | undefined {
    const rule = rules.get(ruleName);
    const first = rule && GrammarAST.isParserRule(rule) ? firstKeywords(rule.definition) : [];
    return first.length === 1 ? first[0] : undefined;
}

/** Every keyword of the grammar that is a word, currency codes aside. */
export const WORD_KEYWORDS: readonly string[] = [...new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword)
    .map(keyword => keyword.value))].filter(value => /\p{L}/u.test(value) && !currencies.has(value));

/** The keywords that start a declaration at the top level of a file. */
export const DECLARATION_KEYWORDS: ReadonlySet<string> = new Set(propertiesOf('Model'));

export function isCurrencyKeyword(value: string): boolean {
    return currencies.has(value);
}
