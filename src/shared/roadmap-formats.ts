/**
 * The formats a roadmap is exported to, declared once for the renderers, the `smm render` command, the
 * language server's `smm/roadmap` request and the extension's export command and preview toolbar.
 */
export interface RoadmapExportFormat {
    /** What `smm render --format` and `smm/roadmap` take. */
    id: string;
    /** The extension of the file it is written to: `zerno.roadmap.<extension>`. */
    extension: string;
    /** Its name where it is offered: the preview's toolbar, the export picker, the save dialog's filter. */
    label: string;
    /** Where the file is opened after an export: a page in the browser, anything else in the editor. */
    opensIn: 'browser' | 'editor';
}

/** In the order they are offered. */
export const ROADMAP_EXPORT_FORMATS = [
    { id: 'html', extension: 'html', label: 'HTML', opensIn: 'browser' },
    { id: 'md', extension: 'md', label: 'Markdown', opensIn: 'editor' },
    { id: 'csv', extension: 'csv', label: 'CSV', opensIn: 'editor' },
    { id: 'ics', extension: 'ics', label: 'iCalendar', opensIn: 'editor' },
    { id: 'json', extension: 'json', label: 'JSON', opensIn: 'editor' }
] as const satisfies readonly RoadmapExportFormat[];

export type ExportFormat = typeof ROADMAP_EXPORT_FORMATS[number]['id'];

/** The ids of the export formats, in the order they are offered. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ROADMAP_EXPORT_FORMATS.map(format => format.id);

export function isExportFormat(value: unknown): value is ExportFormat {
    return (EXPORT_FORMATS as readonly unknown[]).includes(value);
}

export function exportFormat(id: ExportFormat): RoadmapExportFormat {
    return ROADMAP_EXPORT_FORMATS.find(format => format.id === id)!;
}

/** The format whose files have this extension (`MD` → `md`), if one has. */
export function formatOfExtension(extension: string): ExportFormat | undefined {
    const lower = extension.toLowerCase();
    return ROADMAP_EXPORT_FORMATS.find(format => format.extension === lower)?.id;
}

/** The part of a handbook's file name that names the role: `SmmManager`, `Content-maker`; what a file name cannot hold becomes `-`. */
export function roleFileNamePart(role: string): string {
    return role.trim().replace(/[^\p{L}\p{N}_-]+/gu, '-');
}

/** The character between the cells of a CSV file: Excel reads a comma in English locales, a semicolon in Russian and most European ones. */
export const CSV_DELIMITERS = { comma: ',', semicolon: ';', tab: '\t' } as const;
export type CsvDelimiter = keyof typeof CSV_DELIMITERS;

/** What an iCalendar export may hold, in the order it is offered. */
export const CALENDAR_ENTRIES = ['posts', 'tasks', 'milestones', 'kpis', 'duties'] as const;
export type CalendarEntry = typeof CALENDAR_ENTRIES[number];

/** Choices that shape one export: `smm render --delimiter/--include`, the `smm/roadmap` request, the export command. */
export interface ExportOptions {
    /** The CSV's delimiter; by default the one the spreadsheet of the roadmap's language expects. */
    delimiter?: CsvDelimiter;
    /** The iCalendar file's entries; by default all of them. */
    include?: readonly CalendarEntry[];
}

export function isCsvDelimiter(value: unknown): value is CsvDelimiter {
    return typeof value === 'string' && Object.hasOwn(CSV_DELIMITERS, value);
}

export function isCalendarEntry(value: unknown): value is CalendarEntry {
    return (CALENDAR_ENTRIES as readonly unknown[]).includes(value);
}
