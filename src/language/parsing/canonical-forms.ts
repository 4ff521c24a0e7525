import { isLeafCstNode, type CstNode } from 'langium';
import { forEachCstNode } from './ast-walk.js';
import { commaReading, isAmbiguous, isoDateOf, parseNumberText, splitMultiplier, thousandsValue } from './number-forms.js';

/** An everyday form as written and its canonical spelling: `300 тыс.` → `300 000`, `01.09.2027` → `2027-09-01`. */
export interface EverydayForm {
    leaf: CstNode;
    written: string;
    canonical: string;
}

/** The rouble's abbreviations and their canonical symbol. */
const ROUBLE_WORDS = new Set(['руб', 'руб.', 'р.']);

/**
 * The canonical spelling of a token written in an everyday form, or undefined when it is canonical already
 * (or ambiguous: `1,500` in a rouble strategy has no one canonical spelling). Numbers are grouped by a space
 * from 10 000 on and take a decimal point; dates are ISO; the rouble is `₽`.
 */
export function canonicalOf(leaf: CstNode): string | undefined {
    if (!isLeafCstNode(leaf)) {
        return undefined;
    }
    const text = leaf.text;
    switch (leaf.tokenType.name) {
        case 'NUMBER': {
            const { exponent } = splitMultiplier(text);
            const thousands = isAmbiguous(text) && commaReading(leaf.root.fullText, leaf.offset) === 'thousands';
            if (exponent === 0 && !thousands) {
                return undefined;
            }
            return canonicalNumber(thousands ? thousandsValue(text) : parseNumberText(text));
        }
        case 'DATE':
            return isoDateOf(text) === text ? undefined : isoDateOf(text);
        default:
            return ROUBLE_WORDS.has(text) ? '₽' : undefined;
    }
}

/** `300000` as `300 000`, `1500` as `1500`, `1.5` as `1.5`. */
function canonicalNumber(value: number): string {
    const [whole, fraction] = String(value).split('.');
    const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : whole;
    return fraction ? `${grouped}.${fraction}` : grouped;
}

/** Every token of a file written in an everyday form, in order, with its canonical spelling. */
export function everydayForms(root: CstNode | undefined): EverydayForm[] {
    const forms: EverydayForm[] = [];
    if (root) {
        forEachCstNode(root, leaf => {
            const canonical = canonicalOf(leaf);
            if (canonical !== undefined) {
                forms.push({ leaf, written: leaf.text, canonical });
            }
        });
    }
    return forms;
}
