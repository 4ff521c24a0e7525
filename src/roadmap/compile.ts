/**
 * Compiles a strategy's analysis into the Roadmap model. Every number comes from the analysis; this file
 * and compile/ (one file per part of the roadmap) only pick, order and lay out (timeline ticks, the
 * content calendar). A declaration the parser recovered from a syntax error may lack its name or title
 * (`phase` being typed): the model carries an empty text for it then, as its types promise the renderers.
 */
import type { StrategyAnalysis } from '../analysis/analyze.js';
import { countSmartGoals } from '../analysis/smart.js';
import type { Locale } from '../i18n/index.js';
import { isoDate } from './calendar.js';
import { compileCompetitor, compileProduct, compileSegment } from './compile/audience-competitors.js';
import { compileContent } from './compile/content.js';
import { compileBudget, compileFunnel } from './compile/funnels-budget.js';
import { compileGoal } from './compile/goals.js';
import { sourceOf } from './compile/refs.js';
import { compileProgress } from './compile/progress.js';
import { compileRegulations } from './compile/regulations.js';
import { compileAdjustRule, compileRisk } from './compile/risks.js';
import { compileTeam } from './compile/team.js';
import { compileTimeline } from './compile/timeline.js';
import {
    ROADMAP_SCHEMA_VERSION, type Roadmap, type RoadmapDiagnostic, type RoadmapGoal, type RoadmapHealth
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
    return withoutNonFinite({
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
        regulations: compileRegulations(analysis),
        risks: parts.risks.map(risk => compileRisk(risk, analysis)),
        adjustRules: parts.adjustRules.map(rule => compileAdjustRule(rule, options.locale)),
        team: compileTeam(analysis, options.locale),
        progress: compileProgress(analysis),
        diagnostics
    });
}

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

/**
 * The roadmap without the numbers the analysis could not compute: amounts past the largest number a
 * computer holds (a typo that `number-too-large` reports) make infinite budgets and shares of infinity.
 * Such a number is left out, as if it were not given, so no chart, text or JSON shows `NaN` or `∞`.
 */
function withoutNonFinite<T>(value: T): T {
    if (Array.isArray(value)) {
        value.forEach(item => withoutNonFinite(item));
    } else if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        // The model is made of plain objects: `for … in` sees their own fields, without a list of keys per object.
        for (const key in record) {
            const field = record[key];
            if (typeof field === 'number' && !Number.isFinite(field)) {
                delete record[key];
            } else {
                withoutNonFinite(field);
            }
        }
    }
    return value;
}
