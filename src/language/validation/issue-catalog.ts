/**
 * One record per diagnostic code: its default severity, whether it is about the text or the strategy
 * review, its message in English and Russian, the data its quick fixes read, and what the diagnostics
 * reference says of it. The settings schema in `package.json` and `docs/diagnostics.md` are generated from
 * these records (`npm run generate`); a test fails when they are not current.
 */
import { fillPlaceholders, type Locale, type MessageArgs } from '../../i18n/index.js';
import type { FixData, IssueRecord } from './issue-record.js';
import { PROGRESS_ISSUES } from './issues-progress.js';
import { REVIEW_ISSUES } from './issues-review.js';
import { TEAM_ISSUES } from './issues-team.js';
import { TEXT_ISSUES } from './issues-text.js';

export type { IssueKind, IssueSeverity } from './issue-record.js';

export const ISSUES = { ...TEXT_ISSUES, ...REVIEW_ISSUES, ...TEAM_ISSUES, ...PROGRESS_ISSUES };

export type IssueCode = keyof typeof ISSUES & string;

export const ALL_ISSUE_CODES: readonly IssueCode[] = Object.keys(ISSUES) as IssueCode[];

/** The review a senior strategist gives a well-formed strategy, as opposed to problems with the text itself. */
export const REVIEW_CODES: readonly IssueCode[] = ALL_ISSUE_CODES.filter(code => ISSUES[code].kind === 'review');

export function isIssueCode(value: unknown): value is IssueCode {
    return typeof value === 'string' && Object.hasOwn(ISSUES, value);
}

/** `{goal}` in `The goal “{goal}” …` → `goal`. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The English texts of a code's variants. */
type VariantTexts<C extends IssueCode> = typeof ISSUES[C] extends { variants: infer V } ? { [K in keyof V]: V[K] extends { en: infer E extends string } ? E : never }[keyof V] : never;

/** The values a code's messages need, one per placeholder of its English text and of its variants'. */
export type IssueArgs<C extends IssueCode> = {
    readonly [Name in Placeholders<typeof ISSUES[C]['message']['en']> | Placeholders<VariantTexts<C>>]: string | number
};

export type IssueVariant<C extends IssueCode> = typeof ISSUES[C] extends { variants: infer V } ? keyof V & string : never;

export type IssueData<C extends IssueCode> = typeof ISSUES[C] extends { data: FixData<infer D> } ? D : Record<never, never>;

/** The message of `code` (or of one of its variants) in `locale`, placeholders filled. */
export function issueMessage(code: IssueCode, locale: Locale, args: MessageArgs = {}, variant?: string): string {
    const record: IssueRecord = ISSUES[code];
    const texts = variant ? record.variants?.[variant] : record.message;
    return fillPlaceholders(texts![locale], args, locale);
}

/**
 * The data a quick fix reads from a diagnostic of `code`, typed by the catalog; undefined when the
 * diagnostic a client sends back is not one the check made (its data names another code, or none).
 */
export function fixDataOf<C extends IssueCode>(diagnostic: { data?: unknown }, code: C): IssueData<C> | undefined {
    const data = diagnostic.data as { code?: unknown } | undefined;
    return data?.code === code ? data as IssueData<C> : undefined;
}
