import { METRIC_CATALOG } from '../../analysis/metric-catalog.js';

/** The in-memory document that declares the standard metrics, so KPIs can refer to them like any other name. */
export const BUILTIN_SCHEME = 'smm-builtin';
export const BUILTIN_METRICS_URI = `${BUILTIN_SCHEME}:/metrics.smm`;

export function isBuiltinUri(uri: string): boolean {
    return uri.startsWith(`${BUILTIN_SCHEME}:`);
}

export function renderBuiltinMetrics(): string {
    return METRIC_CATALOG.map(m => {
        const parts = [
            m.aliases.length > 0 ? `aka ${m.aliases.join(', ')}` : '',
            `unit ${m.unit}`,
            m.kind,
            m.formula ? `formula ${m.formula}` : '',
            `description ${JSON.stringify(m.description.en)}`
        ].filter(Boolean);
        return `metric ${m.id} ${JSON.stringify(m.name.en)} { ${parts.join(' ')} }`;
    }).join('\n') + '\n';
}
