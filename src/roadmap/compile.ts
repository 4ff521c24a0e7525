/**
 * Compiles a strategy's analysis into the Roadmap model. Every number comes from the analysis; this file
 * only picks, orders and lays out (timeline ticks, the content calendar). A declaration the parser
 * recovered from a syntax error may lack its name or title (`phase` being typed): the model carries an
 * empty text for it then, as its types promise the renderers.
 */
import { AstUtils, type AstNode, type Reference } from 'langium';
import type { StrategyAnalysis } from '../analysis/analyze.js';
import { findCatalogMetric } from '../analysis/metric-catalog.js';
import { parseIsoDate } from '../analysis/dates.js';
import { writtenUnit } from '../analysis/money.js';
import { t, type Locale } from '../i18n/index.js';
import { countSmartGoals, type SmartAssessment } from '../analysis/smart.js';
import {
    isMilestone, isTask, type AdjustRule, type Competitor, type Frequency, type Funnel, type Goal, type Kpi,
    type Phase, type Product, type Risk, type Role, type Rubric, type Segment, type Task, type TimeUnit
} from '../language/generated/ast.js';
import type { FunnelForecast } from '../analysis/forecast.js';
import { expandPosts, isoDate, POST_LIMIT, timelineScale, timelineTicks, weeklyCounts, weeksOf } from './calendar.js';
import {
    ROADMAP_SCHEMA_VERSION, type NamedRef, type Roadmap, type RoadmapAdjustRule, type RoadmapBudget, type RoadmapCompetitor,
    type RoadmapContent, type RoadmapDiagnostic, type RoadmapFrequency, type RoadmapFunnel, type RoadmapGoal,
    type RoadmapHealth, type RoadmapKpi, type RoadmapPhase, type RoadmapProduct, type RoadmapRegulation, type RoadmapRisk,
    type RoadmapRubric, type RoadmapSegment, type RoadmapTimeline, type RoadmapTimeUnit, type SourceLocation
} from './model.js';

export interface CompileOptions {
    locale: Locale;
    /** The strategy's diagnostics, as the caller validated it: counted in the health summary. */
    diagnostics?: RoadmapDiagnostic[];
    /** The date of the "today" line; defaults to the current date. */
    today?: Date;
}

export function compileRoadmap(analysis: StrategyAnalysis, options: CompileOptions): Roadmap {
    const { parts } = analysis;
    // The calendar day (UTC, as every date of the analysis), so that the last day of the period still shows today's line.
    const now = options.today ?? new Date();
    const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    const diagnostics = options.diagnostics ?? [];
    const goals = parts.goals.map(goal => compileGoal(goal, analysis, options.locale));
    return {
        schemaVersion: ROADMAP_SCHEMA_VERSION,
        locale: options.locale,
        today: isoDate(today),
        header: {
            title: parts.title,
            period: analysis.period && {
                start: isoDate(analysis.period.start), end: isoDate(analysis.period.end), days: analysis.period.days
            },
            currency: parts.currency,
            budget: parts.budget,
            companyGoal: parts.companyGoal,
            source: parts.strategy && sourceOf(parts.strategy)
        },
        health: compileHealth(analysis, goals, diagnostics),
        goals,
        timeline: compileTimeline(analysis, goals, today),
        funnels: [...analysis.funnels.values()].map(compileFunnel),
        budget: compileBudget(analysis),
        segments: parts.segments.map(compileSegment),
        products: parts.products.map(compileProduct),
        competitors: parts.competitors.map(compileCompetitor),
        content: compileContent(analysis),
        regulations: parts.roles.map(role => compileRegulation(role, analysis)),
        risks: parts.risks.map(risk => compileRisk(risk, analysis)),
        adjustRules: parts.adjustRules.map(compileAdjustRule),
        diagnostics
    };
}

// ------------------------------------------------------------------------------------------- helpers

/** Where a node is written, when it comes from a document (nodes built in memory have no source). */
export function sourceOf(node: AstNode): SourceLocation | undefined {
    const root = AstUtils.findRootNode(node);
    const range = node.$cstNode?.range;
    if (!root.$document || !range) {
        return undefined;
    }
    return {
        uri: root.$document.uri.toString(),
        range: {
            start: { line: range.start.line, character: range.start.character },
            end: { line: range.end.line, character: range.end.character }
        }
    };
}

function named(node: { name?: string; title?: string } | undefined): NamedRef | undefined {
    return node?.name ? { name: node.name, title: node.title } : undefined;
}

/** The declarations a list of references resolves to; names that do not resolve keep their text. */
function namedRefs(refs: ReadonlyArray<Reference<AstNode & { name: string; title?: string }>>): NamedRef[] {
    return refs.map(ref => named(ref.ref) ?? { name: ref.$refText });
}

function refName(ref: Reference<AstNode & { name: string }> | undefined): string | undefined {
    return ref ? ref.ref?.name ?? ref.$refText : undefined;
}

const SINGULAR: Record<TimeUnit, RoadmapTimeUnit> = {
    day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
    quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year'
};

function singular(unit: TimeUnit): RoadmapTimeUnit {
    return SINGULAR[unit];
}

function isoOf(text: string | undefined): string | undefined {
    const date = text ? parseIsoDate(text) : undefined;
    return date && isoDate(date);
}

// ------------------------------------------------------------------------------------------- sections

function compileHealth(analysis: StrategyAnalysis, goals: RoadmapGoal[], diagnostics: RoadmapDiagnostic[]): RoadmapHealth {
    const { budget, totals } = analysis;
    const count = (...severities: string[]) => diagnostics.filter(d => severities.includes(d.severity)).length;
    return {
        goals: goals.length,
        smartGoals: countSmartGoals(analysis.goals.values()),
        budget: budget.budget,
        allocated: budget.allocated,
        allocatedShare: budget.allocatedShare,
        unallocated: budget.unallocated,
        romi: totals.romi,
        roas: totals.roas,
        revenue: totals.revenue,
        errors: count('error'),
        warnings: count('warning'),
        notes: count('info', 'hint')
    };
}

function compileGoal(goal: Goal, analysis: StrategyAnalysis, locale: Locale): RoadmapGoal {
    return {
        name: goal.name ?? '',
        title: goal.title,
        owner: named(goal.owner?.ref),
        segments: namedRefs(goal.segments),
        products: namedRefs(goal.products),
        deadline: isoOf(goal.deadline),
        kpis: goal.kpis.map(kpi => compileKpi(kpi, analysis, locale)),
        smart: compileSmart(analysis.goals.get(goal), locale),
        source: sourceOf(goal)
    };
}

function compileSmart(assessment: SmartAssessment | undefined, locale: Locale): RoadmapGoal['smart'] {
    return assessment && {
        score: assessment.score,
        criteria: assessment.criteria.map(criterion => ({
            letter: criterion.letter, holds: criterion.holds, reason: t(locale, criterion.reason, criterion.args)
        }))
    };
}

function compileKpi(kpi: Kpi, analysis: StrategyAnalysis, locale: Locale): RoadmapKpi {
    const assessment = analysis.kpis.get(kpi);
    const metric = kpi.metric?.ref;
    const metricName = metric?.name ?? kpi.metric?.$refText ?? '';
    const deadline = assessment?.deadline;
    return {
        metric: metricName,
        metricTitle: findCatalogMetric(metricName)?.name[locale] ?? metric?.title,
        unit: assessment?.unit,
        kind: assessment?.kind,
        comparator: kpi.comparator,
        target: assessment?.target,
        targetUnit: writtenUnit(kpi.target),
        per: assessment?.per,
        deadline: deadline && { date: isoDate(deadline.date), source: deadline.source },
        baseline: kpi.baseline?.value,
        baselineUnit: writtenUnit(kpi.baseline),
        sources: kpi.sources.map(source => source.$refText),
        forecast: assessment?.forecast,
        met: assessment?.met,
        source: sourceOf(kpi)
    };
}

function compileTimeline(analysis: StrategyAnalysis, goals: RoadmapGoal[], today: Date): RoadmapTimeline {
    const { period } = analysis;
    const scale = timelineScale(period?.days ?? 0);
    return {
        start: period && isoDate(period.start),
        end: period && isoDate(period.end),
        scale,
        ticks: period ? timelineTicks(period.start, period.end, scale).map(isoDate) : [],
        today: period && today >= period.start && today <= period.end ? isoDate(today) : undefined,
        phases: analysis.parts.phases.map(phase => compilePhase(phase, analysis)),
        kpiDeadlines: goals.flatMap(goal => goal.kpis.flatMap(kpi => kpi.deadline && kpi.deadline.source !== 'period'
            ? [{ goal: goal.name, metric: kpi.metric, date: kpi.deadline.date, source: kpi.source }]
            : []))
    };
}

function compilePhase(phase: Phase, analysis: StrategyAnalysis): RoadmapPhase {
    return {
        name: phase.name ?? '',
        title: phase.title,
        start: isoOf(phase.range?.start),
        end: isoOf(phase.range?.end),
        tasks: phase.items.filter(isTask).map(task => ({
            name: task.name,
            title: task.title ?? '',
            owner: named(task.owner?.ref),
            format: task.format,
            deliverable: task.deliverable,
            due: isoOf(task.due),
            step: task.step,
            after: task.after.map(ref => ref.$refText),
            cost: task.cost?.amount,
            source: sourceOf(task)
        })),
        milestones: phase.items.filter(isMilestone).map(milestone => ({
            name: milestone.name,
            title: milestone.title ?? '',
            date: isoOf(milestone.date),
            source: sourceOf(milestone)
        })),
        cost: analysis.budget.byPhase.find(line => line.item === phase)?.amount,
        source: sourceOf(phase)
    };
}

function compileFunnel(forecast: FunnelForecast): RoadmapFunnel {
    const funnel: Funnel = forecast.funnel;
    return {
        name: funnel.name ?? '',
        title: funnel.title,
        segment: funnel.segment ? named(funnel.segment.ref) ?? { name: funnel.segment.$refText } : undefined,
        products: namedRefs(funnel.products),
        stages: forecast.stages.map(stage => ({
            name: stage.stage.name ?? '',
            title: stage.stage.title,
            channel: stage.stage.channel ? named(stage.stage.channel.ref) ?? { name: stage.stage.channel.$refText } : undefined,
            volume: stage.volume,
            unit: stage.unit,
            volumeSource: stage.source,
            conversion: stage.conversion,
            spend: stage.spend,
            costPerUnit: stage.costPerUnit,
            source: sourceOf(stage.stage)
        })),
        economics: { ...forecast.economics },
        source: sourceOf(funnel)
    };
}

function compileBudget(analysis: StrategyAnalysis): RoadmapBudget {
    const { budget } = analysis;
    return {
        currency: analysis.parts.currency,
        budget: budget.budget,
        allocated: budget.allocated,
        unallocated: budget.unallocated,
        allocatedShare: budget.allocatedShare,
        channels: budget.channels,
        tasks: budget.tasks,
        byChannel: budget.byChannel.map(line => ({
            name: line.item.name, title: line.item.title, amount: line.amount,
            share: analysis.channels.get(line.item)?.budgetShare, source: sourceOf(line.item)
        })),
        byPhase: budget.byPhase.map(line => ({
            name: line.item.name, title: line.item.title, amount: line.amount, source: sourceOf(line.item)
        })),
        riskLoss: budget.riskLoss
    };
}

function compileSegment(segment: Segment): RoadmapSegment {
    return {
        name: segment.name ?? '',
        title: segment.title,
        size: segment.size,
        age: segment.age && { min: segment.age.min, max: segment.age.max },
        geo: segment.geo,
        gender: segment.gender,
        income: segment.income,
        interests: [...segment.interests],
        pains: [...segment.pains],
        motives: [...segment.motives],
        objections: [...segment.objections],
        channels: namedRefs(segment.channels),
        source: sourceOf(segment)
    };
}

function compileProduct(product: Product): RoadmapProduct {
    return {
        name: product.name ?? '', title: product.title, price: product.price?.amount, margin: product.margin?.value,
        usp: product.usp, source: sourceOf(product)
    };
}

function compileCompetitor(competitor: Competitor): RoadmapCompetitor {
    return {
        name: competitor.name ?? '',
        title: competitor.title,
        strengths: [...competitor.strengths],
        weaknesses: [...competitor.weaknesses],
        usp: competitor.usp,
        price: competitor.price?.amount,
        channels: namedRefs(competitor.channels),
        source: sourceOf(competitor)
    };
}

function frequencyOf(frequency: Frequency | undefined): RoadmapFrequency | undefined {
    return frequency?.per
        ? { count: frequency.count, interval: frequency.interval ?? 1, unit: singular(frequency.per) }
        : undefined;
}

function compileRubric(rubric: Rubric): RoadmapRubric {
    return {
        name: rubric.name ?? '',
        title: rubric.title,
        channels: namedRefs(rubric.channels),
        frequency: frequencyOf(rubric.frequency),
        formats: [...rubric.formats],
        owner: named(rubric.owner?.ref),
        goal: named(rubric.goal?.ref),
        source: sourceOf(rubric)
    };
}

function compileContent(analysis: StrategyAnalysis): RoadmapContent {
    const rubrics = analysis.parts.rubrics.map(compileRubric);
    const { period } = analysis;
    if (!period) {
        return { rubrics, calendar: { posts: [], planned: 0, limit: POST_LIMIT, truncated: false, weeks: [], rows: [] } };
    }
    const expanded = expandPosts(rubrics.map(rubric => ({
        name: rubric.name ?? '',
        channels: rubric.channels.map(channel => channel.name),
        frequency: rubric.frequency,
        formats: rubric.formats,
        owner: rubric.owner?.name,
        goal: rubric.goal?.name
    })), period.start, period.end);
    const weeks = weeksOf(period.start, period.end);
    return {
        rubrics,
        calendar: {
            ...expanded,
            limit: POST_LIMIT,
            weeks: weeks.map(isoDate),
            rows: weeklyCounts(expanded.posts, rubrics.map(rubric => rubric.name), period.start, weeks.length)
        }
    };
}

function compileRegulation(role: Role, analysis: StrategyAnalysis): RoadmapRegulation {
    const { parts } = analysis;
    const owns = (node: { owner?: Reference<Role> }) => node.owner?.ref === role;
    const tasks = parts.phases.flatMap(phase => inOrder(phase.items.filter(isTask).filter(owns)).map(task => ({
        phase: phase.name ?? '',
        title: task.title ?? '',
        format: task.format,
        deliverable: task.deliverable,
        due: isoOf(task.due),
        step: task.step,
        after: task.after.map(ref => ref.$refText),
        source: sourceOf(task)
    })));
    return {
        role: role.name ?? '',
        title: role.title,
        goals: parts.goals.filter(owns).map(goal => goal.name ?? ''),
        tasks,
        rubrics: parts.rubrics.filter(owns).map(rubric => ({
            name: rubric.name ?? '',
            title: rubric.title,
            channels: rubric.channels.map(ref => ref.$refText),
            frequency: frequencyOf(rubric.frequency),
            formats: [...rubric.formats],
            source: sourceOf(rubric)
        })),
        risks: parts.risks.filter(owns).map(risk => risk.name ?? ''),
        adjustRules: parts.adjustRules.filter(owns).map(rule => ({ name: rule.name, action: rule.action ?? '', source: sourceOf(rule) })),
        source: sourceOf(role)
    };
}

/** The order in which a role does a phase's tasks: by step, then by due date (undated last). */
function inOrder(tasks: Task[]): Task[] {
    const last = '9999-12-31';
    return [...tasks].sort((a, b) => (a.step ?? Infinity) - (b.step ?? Infinity) || (a.due ?? last).localeCompare(b.due ?? last));
}

function compileRisk(risk: Risk, analysis: StrategyAnalysis): RoadmapRisk {
    return {
        name: risk.name ?? '',
        title: risk.title,
        probability: risk.probability?.value,
        impact: risk.impact?.amount,
        expectedLoss: analysis.budget.risks.find(line => line.item === risk)?.amount,
        mitigation: risk.mitigation,
        owner: named(risk.owner?.ref),
        source: sourceOf(risk)
    };
}

function compileAdjustRule(rule: AdjustRule): RoadmapAdjustRule {
    return {
        name: rule.name,
        conditions: rule.conditions.map(condition => ({
            metric: refName(condition.metric) ?? '',
            comparator: condition.comparator ?? '',
            threshold: condition.threshold?.value,
            unit: writtenUnit(condition.threshold)
        })),
        duration: rule.duration !== undefined && rule.durationUnit ? { value: rule.duration, unit: singular(rule.durationUnit) } : undefined,
        action: rule.action ?? '',
        owner: named(rule.owner?.ref),
        source: sourceOf(rule)
    };
}
