/** Every renderer of the roadmap by export format (src/shared/roadmap-formats.ts): what `smm render --format` chooses from. */
import type { Locale } from '../../i18n/index.js';
import type { ExportFormat, ExportOptions } from '../../shared/roadmap-formats.js';
import type { Roadmap } from '../model.js';
import { renderCsv } from './csv.js';
import { renderHtmlDocument } from './html.js';
import { renderIcs } from './ics.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

const RENDERERS: Record<ExportFormat, (roadmap: Roadmap, locale: Locale, options: ExportOptions) => string> = {
    html: renderHtmlDocument,
    md: renderMarkdown,
    csv: renderCsv,
    ics: renderIcs,
    json: renderJson
};

/** The roadmap in `format`; `options` shape the CSV and the iCalendar file and are ignored by the others. */
export function renderRoadmap(roadmap: Roadmap, format: ExportFormat, locale: Locale, options: ExportOptions = {}): string {
    return RENDERERS[format](roadmap, locale, options);
}
