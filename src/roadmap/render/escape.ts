/** Escapes text for HTML and SVG content and for attribute values (quoted with `"`). */
export function escapeHtml(text: string | number): string {
    return String(text).replace(/[&<>"']/g, char => ENTITIES[char]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
