/**
 * Edit distance between two words (Damerau–Levenshtein, optimal string alignment): insertions, deletions,
 * substitutions and swaps of two neighbours each cost one, so `ordres` is one step from `orders`.
 */
export function editDistance(a: string, b: string): number {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) {
        rows[0][j] = j;
    }
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
            }
        }
    }
    return rows[a.length][b.length];
}

/**
 * The candidate closest to a mistyped `name` (letter case ignored), if one is close enough to be what was
 * meant: at most one edit for short words, a third of the letters for longer ones.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
    const word = name.toLowerCase();
    const allowed = Math.max(1, Math.floor(word.length / 3));
    let best: { name: string; distance: number } | undefined;
    for (const candidate of candidates) {
        // The distance is at least the difference in length: a name of thousands of letters is compared
        // with no metric (the table would take seconds to fill).
        if (Math.abs(candidate.length - word.length) > allowed) {
            continue;
        }
        const distance = editDistance(word, candidate.toLowerCase());
        if (distance <= allowed && (!best || distance < best.distance)) {
            best = { name: candidate, distance };
        }
    }
    return best?.name;
}
