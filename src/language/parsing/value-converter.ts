import { DefaultValueConverter, GrammarAST, type CstNode, type ValueType } from 'langium';
import { englishKeyword } from './keywords.js';

/** Parses the number forms people write: `1500`, `1 500`, `1_500`, `1,500,000`, `1.2`, `1,2`. */
export function parseNumberText(text: string): number {
    const compact = text.replace(/[ \u00A0\u202F_]/g, '');
    // Two or more commas can only separate thousands; a single one is a decimal comma.
    return Number((compact.match(/,/g)?.length ?? 0) > 1 ? compact.replace(/,/g, '') : compact.replace(',', '.'));
}

export class SmmValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'NUMBER') {
            return parseNumberText(input);
        }
        if (rule.name === 'STRING' && input.startsWith('«')) {
            // Guillemet strings have no escapes: a backslash is just a character (C:\temp).
            return input.slice(1, -1);
        }
        if (GrammarAST.isParserRule(rule) && rule.dataType === 'string') {
            // A keyword written in Russian (`месяц`, `понедельник`) has the value of its English form (`month`).
            const english = englishKeyword(input);
            if (english) {
                return english;
            }
        }
        return super.runConverter(rule, input, cstNode);
    }
}
