import { RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import { EXPORT_FORMATS, type ExportFormat, type ExportOptions } from './shared/roadmap-formats.js';

/**
 * The custom requests between the VS Code client and the language server, declared once and imported by
 * both sides. The server computes; the client only shows what it gets.
 */

/** `preview` is the body of the preview panel; the others are the export formats (src/shared/roadmap-formats.ts). */
export type RoadmapFormat = 'preview' | ExportFormat;
export const ROADMAP_FORMATS: readonly RoadmapFormat[] = ['preview', ...EXPORT_FORMATS];

export interface RoadmapParams {
    /** The `.smm` file whose strategy (the files of its folder) is rendered. */
    uri: string;
    format: RoadmapFormat;
    /** Instead of the roadmap, this role's handbook (its name or its title); `html` and `md` only. */
    role?: string;
    /** The CSV's delimiter and the iCalendar file's entries (src/shared/roadmap-formats.ts). */
    options?: ExportOptions;
    /**
     * `preview` only: instead of the body, the content of the list the body folds under this name (its
     * `<details data-fold="…">`, which the body sends without its content), for the page to show when it is opened.
     */
    fold?: string;
}

/**
 * A syntax error that keeps the roadmap from being rendered, in the file itself or in another file of its
 * strategy (its folder). `line` and `character` are zero-based.
 */
export interface RoadmapParseError {
    uri: string;
    message: string;
    line: number;
    character: number;
}

interface RoadmapAnswer {
    uri: string;
    /** The version of the document text the answer was computed from (0 for a file not open in an editor). */
    version: number;
}

export interface RoadmapRendered extends RoadmapAnswer {
    status: 'rendered';
    /** The roadmap in the requested format; for `preview` and `html` every strategy text in it is escaped. */
    content: string;
    /**
     * For `preview`: where each section of the roadmap is in `content` (`content.slice(start, end)`), keyed
     * by its id, in order; the preview replaces only the sections whose markup changed.
     */
    sections?: RoadmapSectionRange[];
}

export interface RoadmapSectionRange {
    id: string;
    start: number;
    end: number;
}

/** The file does not parse: the client keeps its last good render and shows these errors. */
export interface RoadmapUnparsable extends RoadmapAnswer {
    status: 'parseErrors';
    parseErrors: RoadmapParseError[];
}

export type RoadmapResult = RoadmapRendered | RoadmapUnparsable;

/** `smm/roadmap`: the roadmap of the strategy a file belongs to, from the text the editor holds now. */
export const RoadmapRequest = new RequestType<RoadmapParams, RoadmapResult, void>('smm/roadmap');

/**
 * `smm/roadmapStyles`: the stylesheet of the preview's roadmap body, following the editor's theme through
 * `var(--vscode-…)`. The client puts it into its page's nonced `<style>`; it never changes while the server runs.
 */
export const RoadmapStylesRequest = new RequestType0<string, void>('smm/roadmapStyles');

export interface HealthParams {
    /** The document whose strategy (the files of its folder) is asked about. */
    uri: string;
}

/** How a strategy stands: the numbers, and the text the status bar shows, in the server's language. */
export interface StrategyHealth {
    goals: number;
    /** Goals whose every SMART criterion holds. */
    smartGoals: number;
    /** Allocated budget ÷ strategy budget, in percent; absent without a budget. */
    budgetShare?: number;
    /** (Σ gross profit − spend) ÷ spend, in percent; absent when the funnels say nothing of profit. */
    romi?: number;
    /** With actuals: the KPIs whose projection meets their target, of those with a projection. */
    kpisOnTrack?: number;
    kpisTracked?: number;
    /** Problems in the files of the strategy. */
    errors: number;
    warnings: number;
    /** `Goals 3/4 SMART · budget 92% · ROMI 140% · 2/4 KPIs on track`. */
    text: string;
    tooltip: string;
}

/** `smm/health`: the health of the strategy of a document; null for a document the server does not know. */
export const HealthRequest = new RequestType<HealthParams, StrategyHealth | null, void>('smm/health');

export interface ImportActualsParams {
    /** A file of the strategy the actuals are for. */
    uri: string;
    /** The CSV's text and its file name (named in a comment above the imported blocks). */
    csv: string;
    source: string;
}

/**
 * What an import of actuals would do: every problem of the CSV with its line, in the server's language; or,
 * without any, the text to append to `target` (the folder's `actuals.smm`) and whether that file is new.
 */
export interface ImportActualsResult {
    problems: Array<{ line: number; message: string }>;
    target: string;
    create: boolean;
    /** Where the text goes: the end of the existing file. */
    position: { line: number; character: number };
    text: string;
    values: number;
}

/** `smm/importActuals`: checks a CSV of actuals against the strategy of a document; the client applies the result. */
export const ImportActualsRequest = new RequestType<ImportActualsParams, ImportActualsResult | null, void>('smm/importActuals');
