/** The closest word to a misspelled one: `budjet` → `budget`, `возрас` → `возраст`, `Strategy` → `strategy`. */

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`; stops counting past `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
    if (Math.abs(a.length - b.length) > limit) {
        return limit + 1;
    }
    let beforePrevious: number[] = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
            }
        }
        beforePrevious = previous;
        previous = current;
    }
    return previous[b.length];
}

/**
 * The candidate closest to `word` (case aside), if it is close enough to be a misspelling of it: a different case
 * only in a word of two letters, one edit up to four letters, two up to eight, three beyond. `undefined` for the word itself.
 */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
    const lower = word.toLowerCase();
    const limit = lower.length <= 2 ? 0 : lower.length <= 4 ? 1 : lower.length <= 8 ? 2 : 3;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        if (candidate === word) {
            return undefined;
        }
        const distance = editDistance(lower, candidate.toLowerCase(), limit);
        if (distance < bestDistance && distance < candidate.length) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
