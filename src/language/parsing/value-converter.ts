import { DefaultValueConverter, GrammarAST, type CstNode, type ValueType } from 'langium';
import { englishKeyword } from './keywords.js';
import { commaReading, isAmbiguous, isoDateOf, parseNumberText, thousandsValue } from './number-forms.js';

export { parseNumberText } from './number-forms.js';

export class SmmValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'NUMBER') {
            if (isAmbiguous(input)) {
                // Read by the conventions around it; an ambiguous number has no value, so that no check and no
                // forecast computes with a guess (`ambiguous-number` asks the writer).
                return commaReading(cstNode.root.fullText, cstNode.offset) === 'thousands' ? thousandsValue(input) : Number.NaN;
            }
            return parseNumberText(input);
        }
        if (rule.name === 'DATE') {
            return isoDateOf(input);
        }
        // Guillemet strings have no escapes: a backslash is just a character (C:\temp). A quoted string without
        // a backslash is its text between the quotes, taken at once rather than character by character.
        if (rule.name === 'STRING' && (input.startsWith('«') || !input.includes('\\'))) {
            return input.slice(1, -1);
        }
        // A format is a name as the author writes it (`format пост` is «пост» in a Russian roadmap), even where
        // it is also a keyword.
        if (GrammarAST.isParserRule(rule) && rule.dataType === 'string' && rule.name !== 'FormatName') {
            // A keyword written in Russian (`месяц`, `понедельник`) has the value of its English form (`month`).
            const english = englishKeyword(input);
            if (english) {
                return english;
            }
        }
        return super.runConverter(rule, input, cstNode);
    }
}
