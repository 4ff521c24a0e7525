import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/** Parses the number forms people write: `1500`, `1 500`, `1_500`, `1.2`, `1,2`. */
export function parseNumberText(text: string): number {
    return Number(text.replace(/[ \u00A0\u202F_]/g, '').replace(',', '.'));
}

export class SmmValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'NUMBER') {
            return parseNumberText(input);
        }
        return super.runConverter(rule, input, cstNode);
    }
}
