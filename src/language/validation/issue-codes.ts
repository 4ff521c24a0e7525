import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver';
import type { LocaleState } from '../locale.js';

/**
 * Stable codes of every diagnostic the language server reports. Quick fixes, severity settings and the
 * documentation refer to these; never rename one.
 */
export const IssueCodes = {
    SyntaxError: 'syntax-error',
    UnresolvedReference: 'unresolved-reference',
    DuplicateName: 'duplicate-name',
    DuplicateProperty: 'duplicate-property',
    InvalidDate: 'invalid-date',
    InvalidRange: 'invalid-range',
    AmbiguousNumber: 'ambiguous-number',
    NumberTooLarge: 'number-too-large',
    InvalidPercent: 'invalid-percent',
    CurrencyMismatch: 'currency-mismatch',
    MultipleStrategies: 'multiple-strategies',
    GoalWithoutKpi: 'goal-without-kpi',
    KpiWithoutTarget: 'kpi-without-target'
} as const;

export type IssueCode = typeof IssueCodes[keyof typeof IssueCodes];

export const ALL_ISSUE_CODES: readonly IssueCode[] = Object.values(IssueCodes);

/** The `code` and `data` of a diagnostic: the code shows in the editor, `data` travels to quick fixes. */
export function issue(code: IssueCode, data: Record<string, unknown> = {}) {
    return { code, data: { code, ...data } };
}

/** The related information that points at another declaration of the same thing. */
export function alsoDeclaredHere(locale: LocaleState, uri: string, range: Range): DiagnosticRelatedInformation {
    return { location: { uri, range }, message: locale.t('duplicate-name.related') };
}
