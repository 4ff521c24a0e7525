/**
 * The Roadmap: a plain JSON model of one strategy, compiled from its syntax tree and its analysis. It is
 * the one input of every renderer and of the preview, and what `smm render --format json` prints.
 * It carries data only — numbers, ISO dates (YYYY-MM-DD), names and the author's texts; renderers
 * format them and take their labels from the message catalogs. Documented by schema/roadmap.schema.json:
 * bump ROADMAP_SCHEMA_VERSION with every change that is not a pure addition of optional fields.
 */
import type { Locale } from '../i18n/index.js';
import type { FunnelEconomics } from '../analysis/forecast.js';
import type { SoldProductText } from '../i18n/customer-value.js';
import type { PerUnit } from '../i18n/numbers.js';

export const ROADMAP_SCHEMA_VERSION = 3;

export interface SourcePosition {
    /** 0-based, as in LSP. */
    line: number;
    character: number;
}

/** Where an item is written: for click-to-source in the preview. */
export interface SourceLocation {
    uri: string;
    range: { start: SourcePosition; end: SourcePosition };
}

export interface Sourced {
    source?: SourceLocation;
}

export type RoadmapSeverity = 'error' | 'warning' | 'info' | 'hint';

/** A diagnostic of the strategy as its caller (CLI, language server) reports it. */
export interface RoadmapDiagnostic {
    severity: RoadmapSeverity;
    code: string;
    message: string;
    /** 0-based line. */
    line: number;
    uri: string;
}

/** A name with the title its declaration gives it, for references between items. */
export interface NamedRef {
    name: string;
    title?: string;
}

export interface Roadmap {
    schemaVersion: typeof ROADMAP_SCHEMA_VERSION;
    locale: Locale;
    /** The date the roadmap was compiled for (the "today" line), ISO. */
    today?: string;
    header: RoadmapHeader;
    health: RoadmapHealth;
    goals: RoadmapGoal[];
    timeline: RoadmapTimeline;
    funnels: RoadmapFunnel[];
    budget: RoadmapBudget;
    segments: RoadmapSegment[];
    products: RoadmapProduct[];
    competitors: RoadmapCompetitor[];
    content: RoadmapContent;
    regulations: RoadmapRegulation[];
    risks: RoadmapRisk[];
    adjustRules: RoadmapAdjustRule[];
    /** The team's regulations: recurring duties, approvals, response times and the RACI matrix. */
    team: RoadmapTeam;
    /** Plan against actual, when the strategy's folder records actuals. */
    progress?: RoadmapProgress;
    diagnostics: RoadmapDiagnostic[];
}

export interface RoadmapHeader extends Sourced {
    title?: string;
    period?: { start: string; end: string; days: number };
    /** ISO 4217 code of every amount in the roadmap. */
    currency?: string;
    budget?: number;
    companyGoal?: string;
}

export interface RoadmapHealth {
    goals: number;
    /** Goals that meet all five SMART criteria. */
    smartGoals: number;
    budget?: number;
    allocated: number;
    /** allocated ÷ budget, in percent. */
    allocatedShare?: number;
    unallocated?: number;
    /** Forecast ROMI of the whole strategy, in percent. */
    romi?: number;
    roas?: number;
    revenue?: number;
    errors: number;
    warnings: number;
    notes: number;
}

export type SmartLetterCode = 'S' | 'M' | 'A' | 'R' | 'T';

export interface RoadmapSmartCriterion {
    letter: SmartLetterCode;
    holds: boolean;
    /** The reason, already in the roadmap's language. */
    reason: string;
}

export interface RoadmapGoal extends Sourced {
    name: string;
    title?: string;
    /** The author's reasoning: the doc comment written before its declaration. */
    rationale?: string;
    owner?: NamedRef;
    /** Every owner, in the order written (`owner A, B`), when there are several; `owner` is the first. */
    owners?: NamedRef[];
    segments: NamedRef[];
    products: NamedRef[];
    deadline?: string;
    kpis: RoadmapKpi[];
    /** Which of the five SMART criteria the goal meets (S, M, A, R, T in this order), and why. */
    smart?: { score: number; criteria: RoadmapSmartCriterion[] };
}

export type RoadmapMetricUnit = 'count' | 'money' | 'percent' | 'ratio';

export interface RoadmapKpi extends Sourced {
    /** The metric as written (a standard metric's id or a custom metric's name). */
    metric: string;
    /** The standard metric's display name in the roadmap's language, or the custom metric's title. */
    metricTitle?: string;
    unit?: RoadmapMetricUnit;
    kind?: 'outcome' | 'output';
    comparator?: string;
    target?: number;
    /** `%` or an ISO currency code when the target carries one. */
    targetUnit?: string;
    /** The time unit an amount target is per (`per month`); none for a rate or a cost per unit, which `per` does not change. */
    per?: RoadmapTimeUnit;
    deadline?: { date: string; source: 'kpi' | 'goal' | 'period' };
    baseline?: number;
    baselineUnit?: string;
    /** Funnel stages the KPI is measured at, as `Funnel.Stage`. */
    sources: string[];
    /** The analysis's forecast in the KPI's terms, over the KPI's window. */
    forecast?: number;
    /** Where the forecast comes from and which window it covers, or why there is none, in the roadmap's language. */
    forecastText?: string;
    met?: boolean;
}

/** A time unit in the singular, whichever form the strategy wrote (`weeks` → `week`). */
export type RoadmapTimeUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export type TimelineScale = 'week' | 'month' | 'quarter';

export interface RoadmapTimeline {
    start?: string;
    end?: string;
    /** The tick granularity chosen from the period's length. */
    scale: TimelineScale;
    /** The first day of each tick interval within the period. */
    ticks: string[];
    /** Present when today falls within the period. */
    today?: string;
    phases: RoadmapPhase[];
    /** Deadlines written on a KPI or on its goal; a KPI due only at the end of the period adds none. */
    kpiDeadlines: RoadmapKpiDeadline[];
}

export interface RoadmapPhase extends Sourced {
    name: string;
    title?: string;
    start?: string;
    end?: string;
    tasks: RoadmapTask[];
    milestones: RoadmapMilestone[];
    /** Σ task costs of the phase. */
    cost?: number;
}

export interface RoadmapTask extends Sourced {
    name?: string;
    title: string;
    owner?: NamedRef;
    /** Every owner, in the order written (`owner A, B`), when there are several; `owner` is the first. */
    owners?: NamedRef[];
    format?: string;
    deliverable?: string;
    due?: string;
    step?: number;
    after: string[];
    cost?: number;
}

export interface RoadmapMilestone extends Sourced {
    name?: string;
    title: string;
    date?: string;
}

export interface RoadmapKpiDeadline extends Sourced {
    goal: string;
    /** The goal's title, when it has one. */
    goalTitle?: string;
    metric: string;
    /** The metric's name in the roadmap's language (a custom metric's title). */
    metricTitle?: string;
    date: string;
}

export interface RoadmapFunnel extends Sourced {
    name: string;
    title?: string;
    /** The author's reasoning: the doc comment written before its declaration. */
    rationale?: string;
    segment?: NamedRef;
    products: NamedRef[];
    stages: RoadmapStage[];
    /** The funnel's economics as the analysis computes them (purchases, price, LTV, spend, revenue, ROMI, CAC…). */
    economics: FunnelEconomics;
    /** The products it sells, with the shares of its customers and what a customer of each pays; absent when it sells none. */
    mix?: RoadmapProductMix;
}

/**
 * How the shares were obtained: one product (`single`), written for every product (`stated`, scaled to
 * 100 % when `writtenTotal` is not 100), written for some (`partial`: the others split the rest), or for
 * none (`equal`: equal shares assumed).
 */
export interface RoadmapProductMix {
    basis: 'single' | 'stated' | 'partial' | 'equal';
    writtenTotal?: number;
    products: RoadmapSoldProduct[];
}

/**
 * A product in a funnel's mix: `share` of the customers (percent, as used), `written` as the strategy
 * wrote it; the customer pays `price` (per `per` for a subscription) `payments` times, `value` in all:
 * once, `purchases-per-customer` times, over the `lifetime`, or one period when no lifetime is given.
 */
export interface RoadmapSoldProduct extends SoldProductText {
    title?: string;
    written?: number;
    margin?: number;
}

export interface RoadmapStage extends Sourced {
    name: string;
    title?: string;
    channel?: NamedRef;
    volume?: number;
    /** What the volume counts: impressions, clicks, orders… */
    unit?: string;
    volumeSource?: 'given' | 'channel' | 'conversion';
    conversion?: number;
    spend: number;
    costPerUnit?: number;
}

export interface RoadmapBudget {
    currency?: string;
    budget?: number;
    allocated: number;
    unallocated?: number;
    allocatedShare?: number;
    channels: number;
    tasks: number;
    byChannel: Array<NamedRef & Sourced & { amount: number; share?: number }>;
    byPhase: Array<NamedRef & Sourced & { amount: number }>;
    riskLoss: number;
    /** The monthly plan: spend per channel and task costs in each month, and what the funnels bring in then. */
    monthly?: RoadmapMonthlyPlan;
}

/** What the plan spends and brings in each calendar month of the period (see the time-phased model in the docs). */
export interface RoadmapMonthlyPlan {
    /** `YYYY-MM`, every month the period touches. */
    months: string[];
    /** Each channel's spend, month by month (one amount per month). */
    channels: Array<NamedRef & Sourced & { amounts: number[] }>;
    /** Task costs month by month: on the due date, else over the task's phase, else over the period. */
    tasks: number[];
    /** Channels and tasks together, month by month. */
    total: number[];
    /** The first and last stage of each funnel with a volume: what they bring in, month by month. */
    volumes: Array<{ funnel: NamedRef; stage: NamedRef & Sourced; unit?: string; amounts: number[] }>;
}

export interface RoadmapSegment extends Sourced {
    name: string;
    title?: string;
    /** The author's reasoning: the doc comment written before its declaration. */
    rationale?: string;
    size?: number;
    age?: { min: number; max: number };
    geo?: string;
    gender?: string;
    income?: string;
    interests: string[];
    pains: string[];
    motives: string[];
    objections: string[];
    channels: NamedRef[];
}

export interface RoadmapProduct extends Sourced {
    name: string;
    title?: string;
    /** The author's reasoning: the doc comment written before its declaration. */
    rationale?: string;
    price?: number;
    /** The period a subscription's price is paid per. */
    per?: PerUnit;
    margin?: number;
    usp?: string;
    /** What a customer pays in all, unless it is one purchase of the price: `payments` × price = `value`. */
    perCustomer?: { payments: number; basis: 'purchases' | 'lifetime' | 'onePeriod'; value?: number };
}

export interface RoadmapCompetitor extends Sourced {
    name: string;
    title?: string;
    strengths: string[];
    weaknesses: string[];
    usp?: string;
    price?: number;
    /** The period the price is paid per (`price 990 per month`). */
    per?: PerUnit;
    /** What the price is for, in the author's words (`price 800 per "lesson"`). */
    priceUnit?: string;
    channels: NamedRef[];
}

export interface RoadmapFrequency {
    count: number;
    /** `1 per 2 weeks`: interval 2. */
    interval: number;
    unit: RoadmapTimeUnit;
}

export interface RoadmapRubric extends Sourced {
    name: string;
    title?: string;
    channels: NamedRef[];
    frequency?: RoadmapFrequency;
    /** The weekdays its posts go out on (`on monday, thursday`), when the rubric names them. */
    days?: RoadmapWeekday[];
    /** The time of day of its posts (`at 19:00`), `HH:MM`. */
    time?: string;
    formats: string[];
    owner?: NamedRef;
    /** Every owner, in the order written (`owner A, B`), when there are several; `owner` is the first. */
    owners?: NamedRef[];
    goal?: NamedRef;
}

/** One planned post, expanded from a rubric's frequency. */
export interface RoadmapPost {
    date: string;
    /** The rubric's time of day, `HH:MM`, when it names one. */
    time?: string;
    rubric: string;
    channel: string;
    format?: string;
    /** The owners' names, joined with a comma when there are several. */
    owner?: string;
    goal?: string;
}

export interface RoadmapContent {
    rubrics: RoadmapRubric[];
    calendar: {
        posts: RoadmapPost[];
        /** Posts the frequencies imply over the period, before the cap. */
        planned: number;
        /** The most posts the calendar lists; `truncated` when `planned` exceeds it. */
        limit: number;
        truncated: boolean;
        /**
         * Start dates of the calendar's weeks (7-day steps from the start of the period), at most 260 of them,
         * and when the calendar is truncated, none after its last listed post.
         */
        weeks: string[];
        /** How many weeks the period has; more than `weeks` lists when the period is longer than five years. */
        periodWeeks: number;
        /** Posts per rubric in each week, aligned with `weeks`. */
        rows: Array<{ rubric: string; counts: number[] }>;
    };
}

/** Who does what, in what format and in what order: everything one role owns. */
export interface RoadmapRegulation extends Sourced {
    role: string;
    title?: string;
    goals: NamedRef[];
    /** Tasks in order: by phase, then step, then due date. */
    tasks: Array<{ phase: string; title: string; format?: string; deliverable?: string; due?: string; step?: number; after: NamedRef[] } & Sourced>;
    rubrics: Array<{ name: string; title?: string; channels: NamedRef[]; frequency?: RoadmapFrequency; formats: string[] } & Sourced>;
    risks: NamedRef[];
    adjustRules: Array<{ name?: string; action: string } & Sourced>;
    /** The recurring duties the role does. */
    duties: NamedRef[];
    /** The duties whose result the role receives (`to`). */
    receives: NamedRef[];
    /** The approvals the role gives: which approval and the step it approves at (1-based among the approve steps). */
    approves: Array<{ approval: NamedRef; step: number; within?: RoadmapDuration }>;
    /** The approvals of the role's own work: what it prepares and waits to have approved. */
    awaits: NamedRef[];
    /** The response times the role keeps. */
    serviceLevels: NamedRef[];
    /** The items the role is accountable for, consulted on or informed of, beyond those it owns. */
    raci: Array<{ item: NamedRef; kind: RoadmapRaciKind; letters: Array<'A' | 'C' | 'I'> }>;
}

export type RoadmapWeekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/**
 * When a duty recurs: every `interval` days, every weekday, every `interval` weeks on `weekday`, or every
 * `interval` months on `monthDay` or on the first `weekday` of the month.
 */
export interface RoadmapSchedule {
    unit: 'day' | 'weekday' | 'week' | 'month';
    interval: number;
    weekday?: RoadmapWeekday;
    monthDay?: number;
}

export interface RoadmapDuration {
    value: number;
    unit: 'minute' | 'hour' | 'day' | 'week';
}

export interface RoadmapTeam {
    duties: RoadmapDuty[];
    approvals: RoadmapApproval[];
    serviceLevels: RoadmapServiceLevel[];
    /** Every item that has an owner or a RACI, with the roles of each letter. */
    raci: RoadmapRaciRow[];
}

export interface RoadmapDuty extends Sourced {
    name: string;
    title?: string;
    /** As written, with the day the period's first gives it when the duty names none. */
    schedule?: RoadmapSchedule;
    owner?: NamedRef;
    /** Every owner, in the order written (`owner A, B`), when there are several; `owner` is the first. */
    owners?: NamedRef[];
    format?: string;
    deliverable?: string;
    recipients: NamedRef[];
    /** The first date within the strategy period. */
    first?: string;
    /** How many times it falls within the period. */
    occurrences?: number;
}

export interface RoadmapApprovalStep {
    kind: 'prepare' | 'approve';
    roles: NamedRef[];
    within?: RoadmapDuration;
}

export interface RoadmapApproval extends Sourced {
    name: string;
    title?: string;
    rubrics: NamedRef[];
    tasks: NamedRef[];
    /** Spending above this amount, in the strategy's currency, needs the approval. */
    spendingAbove?: number;
    /** Who prepares what is approved: the `prepare` roles, else the owners of the rubrics and tasks. */
    authors: NamedRef[];
    steps: RoadmapApprovalStep[];
}

export interface RoadmapServiceLevel extends Sourced {
    name: string;
    title?: string;
    within?: RoadmapDuration;
    channels: NamedRef[];
    owner?: NamedRef;
    /** Every owner, in the order written (`owner A, B`), when there are several; `owner` is the first. */
    owners?: NamedRef[];
    /** The metric it is measured by. */
    measure?: string;
    /** That metric's name in the roadmap's language. */
    measureTitle?: string;
    /** The KPIs (`Goal: metric`) and correction rules that watch that metric. */
    watchedBy: { kpis: string[]; rules: string[] };
}

export type RoadmapRaciKind = 'goal' | 'rubric' | 'task' | 'duty' | 'response';

export interface RoadmapRaciRow extends Sourced {
    kind: RoadmapRaciKind;
    name: string;
    title?: string;
    responsible: string[];
    accountable: string[];
    consulted: string[];
    informed: string[];
}

export interface RoadmapRisk extends Sourced {
    name: string;
    title?: string;
    /** The author's reasoning: the doc comment written before its declaration. */
    rationale?: string;
    probability?: number;
    impact?: number;
    /** probability × impact, from the analysis. */
    expectedLoss?: number;
    mitigation?: string;
    owner?: NamedRef;
    /** Every owner, in the order written (`owner A, B`), when there are several; `owner` is the first. */
    owners?: NamedRef[];
}

export interface RoadmapCondition {
    metric: string;
    /** The metric as the roadmap's reader says it: its name in the roadmap's language (`частота`, `CTR`). */
    metricTitle?: string;
    comparator: string;
    threshold: number;
    unit?: string;
}

export interface RoadmapAdjustRule extends Sourced {
    name?: string;
    conditions: RoadmapCondition[];
    duration?: { value: number; unit: RoadmapTimeUnit };
    action: string;
    owner?: NamedRef;
    /** Every owner, in the order written (`owner A, B`), when there are several; `owner` is the first. */
    owners?: NamedRef[];
}

/** Every owner of a roadmap item, in the order written: `owners` when there are several, else `owner`. */
export function ownersIn(item: { owner?: NamedRef; owners?: NamedRef[] }): NamedRef[] {
    return item.owners ?? (item.owner ? [item.owner] : []);
}

/** The strategy while it runs: each KPI against its plan and target, the funnels' actual conversions, the corrections due. */
export interface RoadmapProgress {
    /** The first and last day the actuals cover; the progress is as of the last. */
    from: string;
    to: string;
    /** KPIs whose projection meets their target, of those with a projection. */
    onTrack: number;
    tracked: number;
    kpis: RoadmapKpiProgress[];
    funnels: RoadmapFunnelProgress[];
    corrections: RoadmapCorrection[];
}

/**
 * How a projection is made: the time-phased forecast rescaled by the actuals, the pace so far, a linear trend
 * of the values per unit, or the final value after the deadline.
 */
export type RoadmapProjectionMethod = 'forecast' | 'runRate' | 'linearTrend' | 'final';

export interface RoadmapKpiProgress extends Sourced {
    goal: NamedRef;
    metric: string;
    unit?: RoadmapMetricUnit;
    /** `%` or an ISO currency code when the target carries one. */
    targetUnit?: string;
    per?: RoadmapTimeUnit;
    comparator?: string;
    target?: number;
    deadline?: string;
    /** The day the values are as of. */
    asOf: string;
    baseline?: number;
    actual?: number;
    /** What the plan gives in the same terms by `asOf`. */
    planned?: number;
    /** The share of the way from the baseline to the target covered, in percent. */
    reached?: number;
    /** The share of the time to the deadline gone, in percent. */
    elapsed: number;
    /** reached ÷ elapsed. */
    pace?: number;
    projection?: number;
    method?: RoadmapProjectionMethod;
    onTrack?: boolean;
    /** Actual and planned values month by month, in the KPI's terms. */
    months: Array<{ month: string; actual?: number; planned?: number }>;
}

export interface RoadmapFunnelProgress extends Sourced {
    name: string;
    title?: string;
    stages: Array<{
        name: string;
        title?: string;
        /** The metric the stage's actuals count. */
        metric?: string;
        planned?: number;
        actual?: number;
        plannedConversion?: number;
        actualConversion?: number;
        /** The stage's volume over the period: the plan rescaled by the actuals and the actual conversions. */
        reforecast?: number;
    }>;
}

/** A correction rule the actuals fire. */
export interface RoadmapCorrection extends Sourced {
    name?: string;
    action: string;
    owner?: NamedRef;
    /** The days each condition held on. */
    from: string;
    to: string;
    /** Each condition's value over those days: a count or an amount a day. */
    values: Array<{ metric: string; value: number; perDay: boolean; unit?: RoadmapMetricUnit; written?: string }>;
}
