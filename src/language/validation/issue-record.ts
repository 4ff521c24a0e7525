/** The shape of a diagnostic's catalog record; the records are in `issues-text.ts` and `issues-review.ts`. */

export type IssueSeverity = 'error' | 'warning' | 'info' | 'hint';

/** `text`: the text itself (syntax, names, values). `review`: what a senior strategist says of a well-formed strategy. */
export type IssueKind = 'text' | 'review';

export interface Texts {
    readonly en: string;
    readonly ru: string;
}

declare const DATA: unique symbol;

/** The shape of the `data` a diagnostic carries to its quick fixes; a type only, nothing at run time. */
export interface FixData<D> {
    readonly [DATA]?: D;
}

export function fixData<D extends object>(): FixData<D> {
    return {};
}

export interface IssueRecord {
    readonly severity: IssueSeverity;
    /** For the reference: what the diagnostic means, in one or two sentences. */
    readonly meaning: string;
    /** For the reference: a one-line strategy fragment that gets it. */
    readonly example?: string;
    /** For the reference: what the quick fix does, when there is one. */
    readonly fix?: string;
    readonly message: Texts;
    /** Other wordings of the same diagnostic, chosen by the check (e.g. a hint without a suggestion). */
    readonly variants?: Readonly<Record<string, Texts>>;
    readonly data?: FixData<object>;
}

/** The records of one kind, with their literal types kept so that messages and data are typed per code. */
export function defineIssues<const R extends Record<string, IssueRecord>>(kind: IssueKind, records: R): { [C in keyof R]: R[C] & { kind: IssueKind } } {
    return Object.fromEntries(Object.entries(records).map(([code, record]) => [code, { ...record, kind }])) as never;
}
