/**
 * Values worked out once per key: the analysis and the checks read the same dates, periods, statements and
 * file addresses thousands of times a keystroke. The memory is emptied when it grows past its limit, so that
 * a long-running server does not keep every key it ever saw. A value is never `undefined`.
 */
export class Remembered<K, V extends NonNullable<unknown>> {
    private readonly values = new Map<K, V>();

    constructor(private readonly limit: number) {}

    get(key: K, compute: (key: K) => V): V {
        let value = this.values.get(key);
        if (value === undefined) {
            if (this.values.size >= this.limit) {
                this.values.clear();
            }
            value = compute(key);
            this.values.set(key, value);
        }
        return value;
    }
}
