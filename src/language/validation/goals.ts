import { AstUtils, GrammarUtils, type ValidationAcceptor } from 'langium';
import { conflictingKpis, isAmountOverTime } from '../../analysis/kpis.js';
import { isWithin } from '../../analysis/period.js';
import { findVagueWording } from '../../analysis/vague-wording.js';
import { writtenUnit } from '../../analysis/money.js';
import { formatKpiTarget, formatMetricValue } from '../../i18n/numbers.js';
import type { MessageKey } from '../../i18n/index.js';
import type { Goal, Kpi, TimeUnit } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { IssueCodes, issue } from './issue-codes.js';
import { leftOut } from './omissions.js';

/** Metrics that are shares of a whole: a target above 100 % cannot be reached. */
const SHARE_METRICS = new Set(['ctr', 'cr']);

/** SMART goals: measured by KPIs with targets and deadlines, owned, aimed at an audience, reachable. */
export function goalChecks(services: SmmServices) {
    const locale = services.i18n.Locale;
    const analyzer = services.analysis.StrategyAnalyzer;
    const perWords = (unit: TimeUnit | undefined) => unit ? locale.t(`per.${unit.replace(/s$/, '')}` as MessageKey) : '';
    /** Whether `per` changes the KPI's numbers: orders or revenue a month, but not a conversion or a CPL. */
    const overTime = (kpi: Kpi) => isAmountOverTime(kpi.metric.ref?.name.toLowerCase() ?? '', kpi.metric.ref?.unit);
    /** A KPI's target: `≥ 1,500 a month`, `≥ 0.8%`, `≤ 120 ₽`. */
    const target = (kpi: Kpi): string => formatKpiTarget(locale.current, {
        comparator: kpi.comparator, value: kpi.target!.value, unit: kpi.metric?.ref?.unit, written: writtenUnit(kpi.target),
        currency: analyzer.forNode(kpi).parts.currency, per: analyzer.forNode(kpi).kpis.get(kpi)?.per
    });
    return {
        checkGoalHasKpi(goal: Goal, accept: ValidationAcceptor): void {
            if (goal.kpis.length === 0 && goal.name) {
                accept('warning', locale.t(IssueCodes.GoalWithoutKpi, { goal: goal.name }), {
                    node: goal, property: 'name', ...issue(IssueCodes.GoalWithoutKpi)
                });
            }
        },
        /** The statement itself must say how much: a wish is not a goal, whatever KPIs follow. */
        checkGoalStatement(goal: Goal, accept: ValidationAcceptor): void {
            const vague = goal.title ? findVagueWording(goal.title) : undefined;
            const title = GrammarUtils.findNodeForProperty(goal.$cstNode, 'title');
            if (!vague || !title) {
                return;
            }
            // The phrase itself when the quoted text reads exactly as the title (no escapes), else the whole title.
            const exact = title.text.slice(1, -1) === goal.title;
            const document = AstUtils.getDocument(goal).textDocument;
            const start = title.offset + 1 + vague.offset;
            const range = exact
                ? { start: document.positionAt(start), end: document.positionAt(start + vague.length) }
                : title.range;
            accept('warning', locale.t(IssueCodes.GoalVagueWording, { goal: goal.name, phrase: vague.phrase }), {
                node: goal, range, ...issue(IssueCodes.GoalVagueWording)
            });
        },
        checkGoalHasOwner(goal: Goal, accept: ValidationAcceptor): void {
            if (leftOut(goal, 'owner') && goal.name) {
                accept('warning', locale.t(IssueCodes.GoalWithoutOwner, { goal: goal.name }), {
                    node: goal, property: 'name', ...issue(IssueCodes.GoalWithoutOwner)
                });
            }
        },
        checkGoalHasAudience(goal: Goal, accept: ValidationAcceptor): void {
            if (leftOut(goal, 'segments', 'segment') && goal.name) {
                accept('info', locale.t(IssueCodes.GoalWithoutSegment, { goal: goal.name }), {
                    node: goal, property: 'name', ...issue(IssueCodes.GoalWithoutSegment)
                });
            }
        },
        checkKpiHasTarget(kpi: Kpi, accept: ValidationAcceptor): void {
            // A comparator without a number is a syntax error already; say it once.
            if (!kpi.target && !kpi.comparator && kpi.metric?.$refText) {
                accept('warning', locale.t(IssueCodes.KpiWithoutTarget, { metric: kpi.metric.$refText }), {
                    node: kpi, property: 'metric', ...issue(IssueCodes.KpiWithoutTarget)
                });
            }
        },
        checkKpiTargetIsShare(kpi: Kpi, accept: ValidationAcceptor): void {
            const metric = kpi.metric?.ref?.name.toLowerCase();
            if (kpi.target?.unit === '%' && metric && SHARE_METRICS.has(metric) && (kpi.target.value > 100 || kpi.target.value < 0)) {
                accept('error', locale.t('invalid-percent', { value: kpi.target.value }), {
                    node: kpi, property: 'target', ...issue(IssueCodes.InvalidPercent)
                });
            }
        },
        /** Activity counts are fine beside a result, not instead of one. */
        checkKpiMeasuresOutcome(kpi: Kpi, accept: ValidationAcceptor): void {
            const outcomeBeside = kpi.$container.kpis.some(other => other.metric?.ref?.kind !== 'output');
            if (kpi.metric?.ref?.kind === 'output' && !outcomeBeside) {
                accept('info', locale.t(IssueCodes.KpiOutputMetric, { metric: kpi.metric.$refText }), {
                    node: kpi, property: 'metric', ...issue(IssueCodes.KpiOutputMetric)
                });
            }
        },
        checkKpiDeadline(kpi: Kpi, accept: ValidationAcceptor): void {
            const analysis = analyzer.forNode(kpi);
            const assessment = analysis.kpis.get(kpi);
            const metric = kpi.metric?.$refText ?? '';
            if (!assessment?.deadline) {
                // An own date that is not a real date is reported as such; a half-typed one is a syntax error.
                if (leftOut(kpi, 'deadline', 'by') && leftOut(kpi.$container, 'deadline') && metric) {
                    accept('warning', locale.t(IssueCodes.KpiWithoutDeadline, { metric }), {
                        node: kpi, property: 'metric', ...issue(IssueCodes.KpiWithoutDeadline)
                    });
                }
                return;
            }
            const period = analysis.period;
            if (assessment.deadline.source === 'kpi' && period && !isWithin(assessment.deadline.date, period)) {
                const end = analysis.parts.period!.end;
                accept('warning', locale.t(IssueCodes.KpiDeadlineOutsidePeriod, {
                    metric, date: kpi.deadline!, start: analysis.parts.period!.start, end
                }), { node: kpi, property: 'deadline', ...issue(IssueCodes.KpiDeadlineOutsidePeriod, { date: end }) });
            }
        },
        /** The linked funnel stage must forecast at least the target (or at most, for costs). */
        checkKpiReachable(kpi: Kpi, accept: ValidationAcceptor): void {
            const analysis = analyzer.forNode(kpi);
            const assessment = analysis.kpis.get(kpi);
            if (assessment?.met !== false || assessment.forecast === undefined) {
                return;
            }
            const source = assessment.sources.length === 1 ? assessment.sources[0].stage : undefined;
            accept('warning', locale.t(IssueCodes.KpiUnreachable, {
                stage: source ? `${source.$container.name}.${source.name}` : kpi.sources.map(s => s.$refText).join(', '),
                forecast: formatMetricValue(locale.current, assessment.forecast, {
                    unit: assessment.unit, written: writtenUnit(kpi.target), currency: analysis.parts.currency
                }),
                metric: kpi.metric.$refText,
                per: overTime(kpi) ? perWords(kpi.per) : '',
                target: target(kpi)
            }), { node: kpi, property: 'target', ...issue(IssueCodes.KpiUnreachable) });
        },
        checkKpiConflicts(goal: Goal, accept: ValidationAcceptor): void {
            for (const [first, second] of conflictingKpis(goal)) {
                accept('error', locale.t(IssueCodes.KpiConflict, {
                    metric: second.metric.$refText, first: target(first), second: target(second)
                }), { node: second, property: 'target', ...issue(IssueCodes.KpiConflict) });
            }
        }
    };
}
