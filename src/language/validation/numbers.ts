import { isLeafCstNode } from 'langium';
import { forEachCstNode } from '../parsing/ast-walk.js';
import { commaReading, isAmbiguous, parseNumberText, splitMultiplier } from '../parsing/number-forms.js';
import type { Checks } from './report.js';

/** Numbers mean what the writer meant: not ambiguous, not absurdly long, shares within 100 %. */
export function numberChecks(): Checks {
    return {
        /**
         * Numbers as written: `1,500` may be one and a half or fifteen hundred, so the writer must say which
         * (`0,750` can only be a decimal); and a number too long to compute with is a typo.
         */
        Model(model, report) {
            if (!model.$cstNode) {
                return;
            }
            forEachCstNode(model.$cstNode, leaf => {
                if (!isLeafCstNode(leaf) || leaf.tokenType.name !== 'NUMBER') {
                    return;
                }
                const text = leaf.text;
                if (isAmbiguous(text) && !commaReading(leaf.root.fullText, leaf.offset)) {
                    const { digits } = splitMultiplier(text);
                    const suffix = text.slice(digits.length);
                    const readings = { thousands: digits.replace(',', '') + suffix, decimal: String(Number(digits.replace(',', '.'))) + suffix };
                    report('ambiguous-number', { text, ...readings }, { node: leaf.astNode, range: leaf.range, data: readings });
                } else if (!Number.isFinite(parseNumberText(text))) {
                    report('number-too-large', { digits: text.length }, { node: leaf.astNode, range: leaf.range });
                }
            });
        },
        /** Margins, conversions, probabilities and CTRs are shares of a whole. */
        Percent(percent, report) {
            if (percent.value > 100) {
                report('invalid-percent', { value: percent.value }, { node: percent, property: 'value' });
            }
        }
    };
}
