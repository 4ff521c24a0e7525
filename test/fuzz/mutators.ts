/**
 * Mutations of strategy texts for the fuzzer. Each mutator takes a text, the text's tokens (from the real
 * lexer) and a seeded random source, and returns a new text: the same seed gives the same mutation.
 */

/** A token of the text: where it starts and ends (end exclusive) and its lexer type. */
export interface Token {
    start: number;
    end: number;
    type: string;
}

export type Random = () => number;

export interface Mutation {
    (text: string, tokens: Token[], random: Random): string;
}

/** A whole number in [0, n). */
export function below(random: Random, n: number): number {
    return Math.floor(random() * n);
}

export function pick<T>(random: Random, items: readonly T[]): T {
    return items[below(random, items.length)];
}

/** An offset between two tokens (or the start or end of the text), where an insertion keeps tokens whole. */
function boundary(text: string, tokens: Token[], random: Random): number {
    if (tokens.length === 0) {
        return below(random, text.length + 1);
    }
    const token = pick(random, tokens);
    return random() < 0.5 ? token.start : token.end;
}

function insertAt(text: string, offset: number, piece: string): string {
    return text.slice(0, offset) + piece + text.slice(offset);
}

function insertBetweenTokens(text: string, tokens: Token[], random: Random, piece: string): string {
    return insertAt(text, boundary(text, tokens, random), piece);
}

const deleteToken: Mutation = (text, tokens, random) => {
    if (tokens.length === 0) {
        return text;
    }
    const first = below(random, tokens.length);
    const last = Math.min(tokens.length - 1, first + below(random, 3));
    return text.slice(0, tokens[first].start) + text.slice(tokens[last].end);
};

const duplicateToken: Mutation = (text, tokens, random) => {
    if (tokens.length === 0) {
        return text;
    }
    const first = below(random, tokens.length);
    const last = Math.min(tokens.length - 1, first + below(random, 4));
    const copy = text.slice(tokens[first].start, tokens[last].end);
    // A copy of a few tokens, right after them or somewhere else in the text.
    const at = random() < 0.5 ? tokens[last].end : boundary(text, tokens, random);
    return insertAt(text, at, ` ${copy} `);
};

const swapTokens: Mutation = (text, tokens, random) => {
    if (tokens.length < 2) {
        return text;
    }
    let a = below(random, tokens.length);
    // Mostly neighbours (a keyword and its value change places), sometimes tokens far apart.
    let b = random() < 0.6 ? Math.min(tokens.length - 1, a + 1 + below(random, 3)) : below(random, tokens.length);
    if (a === b) {
        return text;
    }
    [a, b] = [Math.min(a, b), Math.max(a, b)];
    const [x, y] = [tokens[a], tokens[b]];
    return text.slice(0, x.start) + text.slice(y.start, y.end) + text.slice(x.end, y.start) + text.slice(x.start, x.end) + text.slice(y.end);
};

/** A token replaced by another token of the same text: a keyword where a name stood, a date for a number… */
const replaceToken: Mutation = (text, tokens, random) => {
    if (tokens.length < 2) {
        return text;
    }
    const target = pick(random, tokens);
    const source = pick(random, tokens);
    return text.slice(0, target.start) + text.slice(source.start, source.end) + text.slice(target.end);
};

const truncate: Mutation = (text, _tokens, random) => {
    const at = below(random, text.length + 1);
    // Cut the end off, or the beginning, or a piece from the middle.
    const roll = random();
    if (roll < 0.6) {
        return text.slice(0, at);
    }
    if (roll < 0.8) {
        return text.slice(at);
    }
    return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + below(random, 200)));
};

/** A window of whole lines: a part of a strategy, as a file being written or split looks. */
const slice: Mutation = (text, _tokens, random) => {
    const lines = text.split('\n');
    const length = 1 + below(random, Math.min(lines.length, 60));
    const from = below(random, lines.length - length + 1);
    return lines.slice(from, from + length).join('\n');
};

const UNICODE_PIECES: readonly string[] = [
    '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDC00\uD800', // lone and reversed surrogates
    '\u202E', '\u202D', '\u200F', '\u200E', '\u2066', '\u2069', '\u061C', // bidirectional controls
    '\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', // zero-width
    '\u0000', '\u0001', '\u0007', '\u001B', '\u007F', '\u0085', // NUL and other controls
    '\u0301', '\u0301\u0301\u0301\u0301', '\u0483', '\u20DD', 'е\u0308', // combining marks
    '\u2028', '\u2029', '\r', '\v', '\f', '\t', // line and page separators
    '\u00A0', '\u202F', '\u2009', '\u3000', // spaces a number may be grouped with
    '😀', '👨‍👩‍👧', '🇷🇺', '\u{10FFFF}', '\u{1D7D8}', // astral characters, emoji sequences
    'ﬁ', 'İ', 'ß', 'Σ', 'ǅ', // case mappings that change length
    'مرحبا', 'שלום', '日本語', 'Ёлка', '«', '»', '„', '“', '”', // other scripts and quotes
    '٣', '５', '²', '½', '₽', '$', '€', '%', '‰', // digits and signs of other kinds
    '"', '\\', '\\"', '/*', '*/', '//', '{', '}', '..', ',', '.'
];

const unicode: Mutation = (text, tokens, random) => {
    let piece = '';
    for (let n = 1 + below(random, 3); n > 0; n--) {
        piece += pick(random, UNICODE_PIECES);
    }
    // Between tokens, or anywhere: inside a string, a name or a number.
    return random() < 0.5 ? insertBetweenTokens(text, tokens, random, piece) : insertAt(text, below(random, text.length + 1), piece);
};

function hugeNumberText(random: Random): string {
    const digits = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 1 + below(random, 9) : below(random, 10))).join('');
    return pick(random, [
        () => digits(300 + below(random, 400)),
        () => `-${digits(300 + below(random, 50))}`,
        () => '1e308', () => '1.7976931348623157e308', () => '-1e308', () => '4.9e-324', () => '1e309',
        () => '179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000',
        () => `0.${'0'.repeat(400)}1`,
        () => `${digits(3)}.${digits(350)}`,
        () => `${digits(3)},${digits(200)}`,
        () => Array.from({ length: 120 }, () => '999').join(' '),
        () => `${digits(320)}%`,
        () => `-${digits(20)}.${digits(40)}%`,
        () => '9007199254740993', () => '-0', () => '0.0000000000000000000001', () => 'NaN', () => 'Infinity'
    ])();
}

const hugeNumber: Mutation = (text, tokens, random) => {
    const numbers = tokens.filter(t => t.type === 'NUMBER');
    const value = hugeNumberText(random);
    if (numbers.length > 0 && random() < 0.8) {
        const target = pick(random, numbers);
        return text.slice(0, target.start) + value + text.slice(target.end);
    }
    return insertBetweenTokens(text, tokens, random, ` ${value} `);
};

const EDGE_DATES = ['0000-01-01', '0001-01-01', '9999-12-31', '2027-02-29', '2028-02-29', '2027-13-01', '2027-00-10',
    '2027-04-31', '1970-01-01', '275760-09-13', '2027-1-1', '99999-12-31'];

/** A date swapped for an edge case: impossible days, year 0, the end of the calendar. */
const edgeDate: Mutation = (text, tokens, random) => {
    const dates = tokens.filter(t => t.type === 'DATE');
    const value = pick(random, EDGE_DATES);
    if (dates.length > 0) {
        const target = pick(random, dates);
        return text.slice(0, target.start) + value + text.slice(target.end);
    }
    return insertBetweenTokens(text, tokens, random, ` ${value} `);
};

const ABSURD_FREQUENCIES = ['1 per 0.0000001 days', '1 per 0.000000000001 weeks', `1${'0'.repeat(300)} per day`,
    `1 per 0.${'0'.repeat(320)}1 days`, '0.0000001 per 0.0000001 months', '999999999 per 1 day', '1 per 0 days', '0 per week'];

/**
 * A rubric's frequency swapped for an absurd one (a typo of many zeros, an interval of a millionth of a
 * day): work that grows with the number of posts must stay bounded. Without a frequency in the text, a
 * rubric that has one is added.
 */
const absurdFrequency: Mutation = (text, tokens, random) => {
    const value = pick(random, ABSURD_FREQUENCIES);
    const frequencies = [...text.matchAll(/\d[\d ]*(?:[.,]\d+)? per (?:\d+(?:[.,]\d+)? )?(?:days?|weeks?|months?)/g)];
    if (frequencies.length > 0) {
        const target = pick(random, frequencies);
        return text.slice(0, target.index) + value + text.slice(target.index + target[0].length);
    }
    return insertBetweenTokens(text, tokens, random, ` content { rubric Fz "F" on vk ${value} format "post" } `);
};

const deepNesting: Mutation = (text, tokens, random) => {
    const depth = 1000 + below(random, 4000);
    const [open, close] = pick(random, [['{', '}'], ['(', ')'], ['[', ']'], ['{ segment S ', '}'], ['"', '"']]);
    const closed = random() < 0.5;
    return insertBetweenTokens(text, tokens, random, open.repeat(depth) + (closed ? close.repeat(depth) : ''));
};

/**
 * A line of 100,000 characters or more: one token (a text, a name, a comment, blanks) or tens of thousands
 * of small ones. A line of many tokens (an unclosed comment is read as stars) is 10,000 to 20,000 characters: each of its tokens is a syntax
 * error, and thousands of them make a case slow without finding more.
 */
const longLine: Mutation = (text, tokens, random) => {
    const long = 100_000 + below(random, 20_000);
    const many = 10_000 + below(random, 10_000);
    const line = pick(random, [
        () => `"${'a'.repeat(long)}"`,
        () => `«${'я'.repeat(long)}»`,
        () => 'x'.repeat(long),
        () => `// ${'comment '.repeat(long / 8)}`,
        () => ' '.repeat(long),
        () => `/* ${'*'.repeat(many)}`,
        () => 'role A "R" '.repeat(many / 11),
        () => 'channels vk, '.repeat(many / 13),
        () => '1 000 '.repeat(many / 6)
    ])();
    // Either a line of its own or glued to the surrounding tokens.
    return insertBetweenTokens(text, tokens, random, random() < 0.5 ? `\n${line}\n` : line);
};

/** Every mutator by name, as the fuzzer counts them. */
export const MUTATORS: Readonly<Record<string, Mutation>> = {
    deleteToken, duplicateToken, swapTokens, replaceToken, truncate, slice, unicode, hugeNumber, edgeDate,
    absurdFrequency, deepNesting, longLine
};

/** The small mutators, which a combination may repeat; the big ones (nesting, long lines) at most once. */
const SMALL = ['deleteToken', 'duplicateToken', 'swapTokens', 'replaceToken', 'truncate', 'unicode', 'hugeNumber', 'edgeDate',
    'absurdFrequency'];

/**
 * The mutators to apply to one input: usually one, sometimes a combination of two or three. Most cases
 * first cut the input to a window of lines: small texts keep the fuzzer fast, and the big mutations
 * (nesting, long lines) then meet every part of a strategy.
 */
export function chooseMutators(random: Random): string[] {
    const chosen = random() < 0.7 ? ['slice'] : [];
    const count = random() < 0.6 ? 1 : 2 + below(random, 2);
    for (let n = 0; n < count; n++) {
        chosen.push(random() < 0.85 ? pick(random, SMALL) : pick(random, ['deepNesting', 'longLine']));
    }
    return chosen;
}
