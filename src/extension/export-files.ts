import { exportFormat, roleFileNamePart, type ExportFormat } from '../shared/roadmap-formats.js';

/** `zerno.smm` → `zerno.roadmap.html`: the name the save dialog proposes, next to the strategy file. */
export function exportFileName(sourceName: string, format: ExportFormat): string {
    const base = sourceName.replace(/\.smm$/i, '');
    return `${base || 'strategy'}.roadmap.${exportFormat(format).extension}`;
}

/** `zerno.smm` and the role `СММ` → `zerno.handbook.СММ.md`. */
export function handbookFileName(sourceName: string, role: string, format: ExportFormat): string {
    const base = sourceName.replace(/\.smm$/i, '');
    return `${base || 'strategy'}.handbook.${roleFileNamePart(role)}.${exportFormat(format).extension}`;
}

/** An export must never replace a strategy file: its text would be lost. */
export function isStrategyFile(path: string): boolean {
    return /\.smm$/i.test(path);
}
