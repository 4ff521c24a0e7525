import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeStrategy } from '../../src/analysis/analyze.js';
import { collectStrategy } from '../../src/analysis/strategy-parts.js';
import type { Locale } from '../../src/i18n/index.js';
import { compileRoadmap } from '../../src/roadmap/compile.js';
import { roadmapDiagnostics } from '../../src/language/lsp/roadmap-diagnostics.js';
import type { Roadmap } from '../../src/roadmap/model.js';
import { EXAMPLES } from '../support/artifacts.js';
import type { TestServices } from '../support/services.js';

/** A fixed "today" inside the examples' periods, so that every roadmap is the same on every day. */
export const TODAY = new Date(Date.UTC(2027, 2, 15));

/** The .smm files of an example folder (`coffee-en`, or `.` for examples/ itself), keyed by a `file:///examples/…` URI. */
export function exampleFiles(folder: string): Record<string, string> {
    const path = join(EXAMPLES, folder);
    const prefix = folder === '.' ? 'file:///examples' : `file:///examples/${folder}`;
    return Object.fromEntries(readdirSync(path).filter(name => name.endsWith('.smm')).sort()
        .map(name => [`${prefix}/${name}`, readFileSync(join(path, name), 'utf8')]));
}

/**
 * Validates the files of one strategy folder and compiles its roadmap, with the diagnostics the files got
 * (the way the CLI and the language server call the compiler).
 */
export async function roadmapOf(
    smm: TestServices, files: Record<string, string>, locale: Locale = 'en', today: Date = TODAY
): Promise<Roadmap> {
    smm.setLocale(locale);
    const documents = [...(await smm.addFiles(files)).values()];
    const diagnostics = roadmapDiagnostics(documents);
    const analysis = analyzeStrategy(collectStrategy(documents.map(document => document.parseResult.value)));
    return compileRoadmap(analysis, { locale, diagnostics, today });
}
