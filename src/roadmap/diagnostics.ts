/** The diagnostics of a strategy's documents as the roadmap carries them (for its health summary). */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { RoadmapDiagnostic, RoadmapSeverity } from './model.js';

const SEVERITY_NAMES: Record<number, RoadmapSeverity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** An LSP diagnostic's severity by name; a diagnostic without one is an error, as LSP clients read it. */
export function severityName(diagnostic: Diagnostic): RoadmapSeverity {
    return SEVERITY_NAMES[diagnostic.severity ?? 1];
}

/** Every diagnostic of the given documents (the files of one strategy folder), in file and line order. */
export function roadmapDiagnostics(documents: readonly LangiumDocument[]): RoadmapDiagnostic[] {
    return documents.flatMap(document => (document.diagnostics ?? []).map(diagnostic => ({
        severity: severityName(diagnostic),
        code: String(diagnostic.code ?? ''),
        message: String(diagnostic.message),
        line: diagnostic.range.start.line,
        uri: document.uri.toString()
    })).sort((a, b) => a.line - b.line));
}
