/** Every renderer of the roadmap by export format (src/shared/roadmap-formats.ts): what `smm render --format` chooses from. */
import type { Locale } from '../../i18n/index.js';
import type { ExportFormat } from '../../shared/roadmap-formats.js';
import type { Roadmap } from '../model.js';
import { renderCsv } from './csv.js';
import { renderHtmlDocument } from './html.js';
import { renderIcs } from './ics.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

const RENDERERS: Record<ExportFormat, (roadmap: Roadmap, locale: Locale) => string> = {
    html: renderHtmlDocument,
    md: renderMarkdown,
    csv: renderCsv,
    ics: renderIcs,
    json: renderJson
};

export function renderRoadmap(roadmap: Roadmap, format: ExportFormat, locale: Locale): string {
    return RENDERERS[format](roadmap, locale);
}
