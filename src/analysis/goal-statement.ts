import type { Goal } from '../language/generated/ast.js';
import { t, type Locale, type MessageKey } from '../i18n/index.js';
import { formatCount, formatDayInText, formatMetricValue } from '../i18n/numbers.js';
import type { KpiAssessment } from './kpis.js';
import { findCatalogMetric } from './metric-catalog.js';
import { writtenUnit } from './money.js';

/** How many KPIs a proposed statement names: a goal's statement is one sentence, not its KPI list. */
const MOST_KPIS = 2;

const BOUNDS: Record<string, MessageKey> = {
    '>=': 'statement.atLeast', '≥': 'statement.atLeast', '>': 'statement.above',
    '<=': 'statement.atMost', '≤': 'statement.atMost', '<': 'statement.below'
};

/**
 * A precise statement for a goal, built from its KPIs in `locale`: what and how much, and by when —
 * «1 500 заказов в месяц к 31 августа», "1,500 orders a month by August 31". Outcomes come before outputs;
 * the date is the latest deadline of the KPIs named, its year written when it is not `year`. Undefined
 * when no KPI has a target.
 */
export function statementFromKpis(
    goal: Goal, kpis: ReadonlyMap<unknown, KpiAssessment>, locale: Locale, currency: string | undefined, year: number | undefined
): string | undefined {
    const targeted = goal.kpis.map(kpi => kpis.get(kpi)).filter((a): a is KpiAssessment => a?.target !== undefined);
    const named = [...targeted.filter(a => a.kind !== 'output'), ...targeted.filter(a => a.kind === 'output')].slice(0, MOST_KPIS);
    if (named.length === 0) {
        return undefined;
    }
    const what = named.map(kpi => amountOf(kpi, locale, currency)).join(t(locale, 'statement.and'));
    const dates = named.map(kpi => kpi.deadline?.date).filter((date): date is Date => date !== undefined);
    const latest = dates.length > 0 ? new Date(Math.max(...dates.map(date => date.getTime()))) : undefined;
    const by = latest ? t(locale, 'statement.by', { date: formatDayInText(locale, latest, latest.getUTCFullYear() !== year) }) : '';
    // A sentence as people type it: a capital first, plain spaces rather than the number formats' no-break ones.
    const sentence = `${what}${by}`.replace(/[\u00a0\u202f]/g, ' ');
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** `1,500 orders a month` for a count to reach; `CPL at most 120 ₽`, `conversion rate at least 2%` otherwise. */
function amountOf(kpi: KpiAssessment, locale: Locale, currency: string | undefined): string {
    const per = kpi.per ? t(locale, `per.${kpi.per}`) : '';
    const metric = kpi.metric ?? kpi.kpi.metric?.$refText ?? '';
    const comparator = kpi.kpi.comparator ?? '>=';
    const written = writtenUnit(kpi.kpi.target);
    if ((kpi.unit === 'count' || kpi.unit === undefined) && written === undefined && ['>=', '≥', '>', '='].includes(comparator)) {
        return `${formatCount(locale, kpi.target!, metric)}${per}`;
    }
    const value = formatMetricValue(locale, kpi.target!, { unit: kpi.unit, written, currency });
    const bound = BOUNDS[comparator];
    return `${nameOf(metric, locale)} ${bound ? `${t(locale, bound)} ` : ''}${value}${per}`;
}

/** A metric's name inside a sentence: "conversion rate", «конверсия»; abbreviations keep their case (CPL, ROMI). */
function nameOf(metric: string, locale: Locale): string {
    const name = findCatalogMetric(metric)?.name[locale] ?? metric;
    return /^\p{Lu}\p{Lu}/u.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}
