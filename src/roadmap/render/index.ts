/** Every renderer of the roadmap by output format: what `smm render --format` chooses from. */
import type { Locale } from '../../i18n/index.js';
import type { Roadmap } from '../model.js';
import { renderCsv } from './csv.js';
import { renderHtmlDocument } from './html.js';
import { renderIcs } from './ics.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

export const RENDER_FORMATS = ['html', 'md', 'csv', 'ics', 'json'] as const;
export type RenderFormat = typeof RENDER_FORMATS[number];

const RENDERERS: Record<RenderFormat, (roadmap: Roadmap, locale: Locale) => string> = {
    html: renderHtmlDocument,
    md: renderMarkdown,
    csv: renderCsv,
    ics: renderIcs,
    json: renderJson
};

export function renderRoadmap(roadmap: Roadmap, format: RenderFormat, locale: Locale): string {
    return RENDERERS[format](roadmap, locale);
}
