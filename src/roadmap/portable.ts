/**
 * The roadmap as it leaves the author's machine (`smm render`, the editor's Export): every file of the
 * strategy is named by its path relative to the strategy's folder (`audience.smm`), not by its URI, which
 * carries the author's absolute local path (their user name, their client's name) on every item. The live
 * preview keeps the URIs: it needs them to reveal an item's source.
 */
import type { Roadmap, SourceLocation } from './model.js';

/** `roadmap` with its files named relative to the folder of `strategyUri`; a source outside it is left out. */
export function portableRoadmap(roadmap: Roadmap, strategyUri: string): Roadmap {
    const folder = strategyUri.slice(0, strategyUri.lastIndexOf('/') + 1);
    return relativise(roadmap, folder) as Roadmap;
}

/** The decoded name of a file directly in `folder` (one folder is one strategy), or undefined. */
function relativePath(uri: string, folder: string): string | undefined {
    const name = folder && uri.startsWith(folder) ? uri.slice(folder.length) : '';
    if (name === '' || name.includes('/')) {
        return undefined;
    }
    try {
        return decodeURIComponent(name);
    } catch {
        return undefined;
    }
}

function isSourceLocation(value: unknown): value is SourceLocation {
    return typeof value === 'object' && value !== null && typeof (value as SourceLocation).uri === 'string'
        && typeof (value as SourceLocation).range === 'object';
}

/** A copy of the plain model in which every `source` and every `uri` names its file relative to `folder`. */
function relativise(value: unknown, folder: string): unknown {
    if (Array.isArray(value)) {
        return value.map(item => relativise(item, folder));
    }
    if (typeof value !== 'object' || value === null) {
        return value;
    }
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
        if (key === 'source' && isSourceLocation(field)) {
            const uri = relativePath(field.uri, folder);
            if (uri !== undefined) {
                copy[key] = { ...field, uri };
            }
        } else if (key === 'uri' && typeof field === 'string') {
            copy[key] = relativePath(field, folder) ?? '';
        } else {
            copy[key] = relativise(field, folder);
        }
    }
    return copy;
}
