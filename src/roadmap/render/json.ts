/** The Roadmap model itself, for other tools: see schema/roadmap.schema.json. */
import type { Roadmap } from '../model.js';

export function renderJson(roadmap: Roadmap): string {
    return `${JSON.stringify(roadmap, null, 2)}\n`;
}
