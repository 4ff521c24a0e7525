import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver';
import type { LocaleState } from '../workspace/locale.js';

/**
 * Stable codes of every diagnostic the language server reports. Quick fixes, severity settings and the
 * documentation refer to these; never rename one.
 */
export const IssueCodes = {
    SyntaxError: 'syntax-error',
    TooManySyntaxErrors: 'too-many-syntax-errors',
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
    KpiWithoutTarget: 'kpi-without-target',
    GoalVagueWording: 'goal-vague-wording',
    GoalWithoutOwner: 'goal-without-owner',
    GoalWithoutSegment: 'goal-without-segment',
    KpiUnknownMetric: 'kpi-unknown-metric',
    KpiWithoutDeadline: 'kpi-without-deadline',
    KpiDeadlineOutsidePeriod: 'kpi-deadline-outside-period',
    KpiOutputMetric: 'kpi-output-metric',
    KpiUnreachable: 'kpi-unreachable',
    KpiConflict: 'kpi-conflict',
    StageWithoutVolume: 'stage-without-volume',
    FunnelChannelWithoutCost: 'funnel-channel-without-cost',
    FunnelUnused: 'funnel-unused',
    BudgetExceeded: 'budget-exceeded',
    BudgetReserveBelowRisk: 'budget-reserve-below-risk',
    ChannelWithoutBudget: 'channel-without-budget',
    DateOutsidePeriod: 'date-outside-period',
    TaskDueBeforePhase: 'task-due-before-phase',
    TaskDueAfterPhase: 'task-due-after-phase',
    TaskCycle: 'task-cycle',
    TaskWithoutOwner: 'task-without-owner',
    TaskWithoutFormat: 'task-without-format',
    RubricWithoutFrequency: 'rubric-without-frequency',
    RubricWithoutOwner: 'rubric-without-owner',
    AdjustWithoutOwner: 'adjust-without-owner',
    AdjustUnknownMetric: 'adjust-unknown-metric',
    CompetitorsWithoutUsp: 'competitors-without-usp',
    SegmentIncomplete: 'segment-incomplete',
    RiskWithoutMitigation: 'risk-without-mitigation'
} as const;

export type IssueCode = typeof IssueCodes[keyof typeof IssueCodes];

export const ALL_ISSUE_CODES: readonly IssueCode[] = Object.values(IssueCodes);

/**
 * The review a senior strategist gives a well-formed strategy (SMART goals, funnels, budget, dates,
 * regulations, audience, risks), as opposed to problems with the text itself (syntax, names, values).
 */
export const REVIEW_CODES: readonly IssueCode[] = ALL_ISSUE_CODES.filter(code => !([
    IssueCodes.SyntaxError, IssueCodes.TooManySyntaxErrors, IssueCodes.UnresolvedReference, IssueCodes.KpiUnknownMetric, IssueCodes.AdjustUnknownMetric,
    IssueCodes.DuplicateName, IssueCodes.DuplicateProperty, IssueCodes.InvalidDate, IssueCodes.InvalidRange,
    IssueCodes.AmbiguousNumber, IssueCodes.NumberTooLarge, IssueCodes.InvalidPercent, IssueCodes.CurrencyMismatch,
    IssueCodes.MultipleStrategies
] as IssueCode[]).includes(code));

/** The `code` and `data` of a diagnostic: the code shows in the editor, `data` travels to quick fixes. */
export function issue(code: IssueCode, data: Record<string, unknown> = {}) {
    return { code, data: { code, ...data } };
}

/** The related information that points at another declaration of the same thing. */
export function alsoDeclaredHere(locale: LocaleState, uri: string, range: Range): DiagnosticRelatedInformation {
    return { location: { uri, range }, message: locale.t('duplicate-name.related') };
}
