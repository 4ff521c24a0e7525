/**
 * How the HTML and Markdown renderers write plan against actual: a KPI's value in its terms, its status, a
 * projection with its method, a stage's volume, a fired rule's values. One wording for both renderers and
 * the status report.
 */
import { t, type Locale } from '../../i18n/index.js';
import { formatCount, formatKpiTarget, formatMetricValue, formatNumber, formatPercent } from '../../i18n/numbers.js';
import type { RoadmapCorrection, RoadmapKpiProgress } from '../model.js';

/** A value of the KPI's metric: `325 ₽`, `0.88%`, `3,500`. */
export function progressValue(locale: Locale, kpi: RoadmapKpiProgress, value: number | undefined, currency: string | undefined): string {
    return value === undefined ? '' : formatMetricValue(locale, value, { unit: kpi.unit, written: kpi.targetUnit, currency });
}

/** `leads ≥ 600` */
export function progressKpiName(locale: Locale, kpi: RoadmapKpiProgress, currency: string | undefined): string {
    const target = kpi.target === undefined ? '' : ` ${formatKpiTarget(locale, {
        comparator: kpi.comparator, value: kpi.target, unit: kpi.unit, written: kpi.targetUnit, currency, per: kpi.per
    })}`;
    return `${kpi.metric}${target}`;
}

export function progressStatus(locale: Locale, kpi: RoadmapKpiProgress): string {
    return t(locale, kpi.onTrack === undefined ? 'roadmap.progress.status.unknown' : kpi.onTrack ? 'roadmap.progress.status.on' : 'roadmap.progress.status.off');
}

/** `560 (the forecast rescaled by the actuals)` */
export function progressProjection(locale: Locale, kpi: RoadmapKpiProgress, currency: string | undefined): string {
    return kpi.projection === undefined ? ''
        : `${progressValue(locale, kpi, kpi.projection, currency)}${kpi.method ? ` (${t(locale, `progress.method.${kpi.method}`)})` : ''}`;
}

export function progressShare(locale: Locale, value: number | undefined): string {
    return value === undefined ? '' : formatPercent(locale, value);
}

export function progressPace(locale: Locale, value: number | undefined): string {
    return value === undefined ? '' : `${formatNumber(locale, value)}×`;
}

/** A stage's volume, with its unit's word when its metric has one. */
export function stageVolume(locale: Locale, value: number | undefined, metric: string | undefined): string {
    return value === undefined ? '' : formatCount(locale, value, metric);
}

/** `ctr 0.88%, leads 1.5 a day` */
export function correctionValues(locale: Locale, correction: Pick<RoadmapCorrection, 'values'>, currency: string | undefined): string {
    return correction.values.map(value => {
        const number = formatMetricValue(locale, value.value, { unit: value.unit, written: value.written, currency });
        return `${value.metric} ${value.perDay ? t(locale, 'progress.perDay', { value: number }) : number}`;
    }).join(', ');
}
