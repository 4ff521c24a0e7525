/**
 * The forms of numbers and dates that marketers type, and what each one means: `1 500`, `1,500,000`,
 * `1,2`, a multiplier (`300 тыс.`, `1,2 млн`, `50к`, `$1.5k`, `2m`), a date as `01.09.2027`, and the one
 * form that can mean two things, `1,500`, read by the conventions around it when they decide.
 */

/** What a multiplier word multiplies by, as a power of ten. */
const MULTIPLIERS: Record<string, number> = {
    'тыс': 3, 'тыс.': 3, 'к': 3, 'k': 3, 'K': 3,
    'млн': 6, 'млн.': 6, 'm': 6, 'M': 6,
    'млрд': 9, 'млрд.': 9
};

const MULTIPLIER = /[ \u00A0\u202F]?(тыс\.?|млн\.?|млрд\.?|[кkKmM])$/;

/** The digits of a number as written and the power of ten its multiplier adds (0 without one). */
export function splitMultiplier(text: string): { digits: string; exponent: number } {
    const match = MULTIPLIER.exec(text);
    return match
        ? { digits: text.slice(0, match.index), exponent: MULTIPLIERS[match[1]] }
        : { digits: text, exponent: 0 };
}

/**
 * Parses the number forms people write: `1500`, `1 500`, `1_500`, `1,500,000`, `1.2`, `1,2`, `1,2 млн`,
 * `50к`. A lone comma before three digits (`1,500`) is read as a decimal comma here; `isAmbiguous` and
 * `commaReading` say when that reading is not the writer's.
 */
export function parseNumberText(text: string): number {
    const { digits, exponent } = splitMultiplier(text);
    const compact = digits.replace(/[ \u00A0\u202F_]/g, '');
    // Two or more commas can only separate thousands; a single one is a decimal comma.
    const plain = (compact.match(/,/g)?.length ?? 0) > 1 ? compact.replace(/,/g, '') : compact.replace(',', '.');
    // `1.2e6` is exactly 1 200 000, where 1.2 × 1 000 000 need not be.
    return Number(exponent > 0 ? `${plain}e${exponent}` : plain);
}

/** `1,500` or `12,345`: one and a half thousand, or one and a half? */
export function isAmbiguous(text: string): boolean {
    return /^[1-9]\d{0,2},\d{3}$/.test(splitMultiplier(text).digits);
}

/** The value of an ambiguous number read as thousands: `1,500` is 1500, `1,500k` is 1 500 000. */
export function thousandsValue(text: string): number {
    const { digits, exponent } = splitMultiplier(text);
    return Number(`${digits.replace(',', '')}e${exponent}`);
}

/** A currency written before an amount, the English way: `$42,000`, `USD 1,290`, `€1,500`. */
const CURRENCY_BEFORE = /(?:[$€£₽₸]|(?:^|[^\p{L}\d_])(?:RUB|USD|EUR|GBP|KZT|BYN|UAH|UZS|AMD|GEL|CNY|TRY|AED))[ \u00A0\u202F]*-?$/u;

/**
 * How the comma of an ambiguous number (`1,500`) at `offset` of `text` is read: as a thousands separator
 * when the amount is written the English way, with its currency before it (`$42,000`, `USD 1,290`), or when
 * the file sets an English-speaking currency (USD, GBP) and writes its other numbers the English way (no
 * decimal comma, no thousands grouped by spaces); otherwise undefined: the number stays ambiguous.
 */
export function commaReading(text: string, offset: number): 'thousands' | undefined {
    if (CURRENCY_BEFORE.test(text.slice(Math.max(0, offset - 8), offset))) {
        return 'thousands';
    }
    return englishConvention(text) ? 'thousands' : undefined;
}

let lastText: string | undefined;
let lastConvention = false;

/** Whether a file sets an English-speaking currency and has no number written the continental way. */
function englishConvention(text: string): boolean {
    if (text !== lastText) {
        lastText = text;
        // Texts and comments say anything; only the numbers of the strategy itself count.
        const code = text.replace(/"(?:[^"\\]|\\.)*"|«[^»]*»|\/\/[^\n\r]*|\/\*[\s\S]*?\*\//g, ' ');
        const currency = /(?:^|[^\p{L}\d_-])(?:currency|валюта)\s+(?:USD|GBP|\$|£)(?![\p{L}\d_])/u.test(code);
        const continental = /(?<![\d,.])\d+,(?:\d{1,2}|\d{4,})(?![\d,])|(?<![\d,.])0,\d{3}(?![\d,])|\d[ \u00A0\u202F]\d{3}(?!\d)/.test(code);
        lastConvention = currency && !continental;
    }
    return lastConvention;
}

/** Writes `DD.MM.YYYY` (or `D.M.YYYY`) as `YYYY-MM-DD`; an ISO date stays as it is. */
export function isoDateOf(text: string): string {
    const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
    return match ? `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}` : text;
}

/**
 * What a word that stands where a syntax error was found was meant to be, when it is a near miss of an
 * everyday form: a currency (`рублей`, `dollars`), a multiplier (`тысяч`, `million`) or the years of an age
 * (`года`). The syntax error then names the forms that may stand there.
 */
export function everydayFormMiss(found: string): 'currency' | 'multiplier' | 'age' | undefined {
    const word = found.toLowerCase();
    if (/^(?:рубл|руб$|rub|rur|dollar|доллар|бакс|евро$|euro|тенге|tenge|pound|фунт|usd\$|us\$)/u.test(word)) {
        return 'currency';
    }
    if (/^(?:тысяч|тыщ|тыс$|т\.?$|миллион|мил$|млн$|миллиард|thousand|million|billion|mln$|bn$|mn$)/u.test(word)) {
        return 'multiplier';
    }
    return /^(?:года?|годов|y\.?o\.?|yo|y|years?old|лет\.?)$/u.test(word) ? 'age' : undefined;
}
