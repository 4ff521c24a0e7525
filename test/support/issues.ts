import type { TestServices } from './services.js';

type Input = string | Record<string, string>;

/** Issues of one code as short rows, for tests that compare where and what a check reports. */
export function issueRows(t: TestServices) {
    return {
        /** [1-based line, the text the range covers, severity, message] of each issue with `code`. */
        async found(input: Input, code: string): Promise<Array<[number, string, string, string]>> {
            return (await t.issues(input, code)).map(i => [i.line, i.text, i.severity, i.message]);
        },
        /** [line, text] only, for the cases that repeat a message checked already. */
        async where(input: Input, code: string): Promise<Array<[number, string]>> {
            return (await t.issues(input, code)).map(i => [i.line, i.text]);
        }
    };
}
