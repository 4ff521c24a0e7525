/**
 * The Roadmap model itself, for other tools: see schema/roadmap.schema.json. Every text as written, with
 * no control character in the file (control-characters.ts).
 */
import { escapeControlCharactersInJson } from '../../shared/control-characters.js';
import type { Roadmap } from '../model.js';

export function renderJson(roadmap: Roadmap): string {
    return `${escapeControlCharactersInJson(JSON.stringify(roadmap, null, 2))}\n`;
}
