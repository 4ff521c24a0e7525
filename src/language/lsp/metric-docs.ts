import { AstUtils } from 'langium';
import { findCatalogMetric, formulaIn, type CatalogMetric, type MetricUnit } from '../../analysis/metric-catalog.js';
import { escapeMarkdown } from '../../roadmap/render/markdown-text.js';
import type { Metric } from '../generated/ast.js';
import { isBuiltinUri } from '../references/builtin-metrics.js';
import type { LocaleState } from '../workspace/locale.js';

/** The catalog entry of a metric declared in the in-memory file of standard metrics. */
export function standardMetricOf(metric: Metric): CatalogMetric | undefined {
    return isBuiltinUri(AstUtils.getDocument(metric).uri.toString()) ? findCatalogMetric(metric.name) : undefined;
}

/**
 * What a metric is, in markdown, for hovers and completion: a standard metric's name, definition, unit
 * and formula in the reader's language; a custom metric's declaration (title, description, unit, formula),
 * its title and description escaped: text, not Markdown.
 */
export function metricMarkdown(metric: Metric, locale: LocaleState): string {
    const standard = standardMetricOf(metric);
    if (standard) {
        const lang = locale.current;
        return describe(locale, standard.name[lang], standard.id, standard.description[lang], standard.unit, standard.formula && formulaIn(lang, standard.formula));
    }
    const description = metric.description === undefined ? undefined : escapeMarkdown(metric.description);
    return describe(locale, escapeMarkdown(metric.title ?? metric.name), metric.name, description, metric.unit, metric.formula?.$cstNode?.text);
}

function describe(locale: LocaleState, title: string, id: string, description?: string, unit?: MetricUnit, formula?: string): string {
    return [
        `**${title}** (\`${id}\`)`,
        description,
        unit ? `${locale.t('hover.unit')}: ${locale.t(`unit.${unit}`)}` : undefined,
        formula ? `${locale.t('hover.formula')}: \`${formula}\`` : undefined
    ].filter(Boolean).join('\n\n');
}
