import type { RoadmapFormat } from '../protocol.js';

/** The formats a roadmap can be exported to, in the order they are offered. */
export const EXPORT_FORMATS = ['html', 'md', 'csv', 'ics', 'json'] as const satisfies readonly RoadmapFormat[];
export type ExportFormat = typeof EXPORT_FORMATS[number];

export function isExportFormat(value: unknown): value is ExportFormat {
    return (EXPORT_FORMATS as readonly unknown[]).includes(value);
}

/** `zerno.smm` → `zerno.roadmap.html`: the name the save dialog proposes, next to the strategy file. */
export function exportFileName(sourceName: string, format: ExportFormat): string {
    const base = sourceName.replace(/\.smm$/i, '');
    return `${base || 'strategy'}.roadmap.${format}`;
}

/** An export must never replace a strategy file: its text would be lost. */
export function isStrategyFile(path: string): boolean {
    return /\.smm$/i.test(path);
}
