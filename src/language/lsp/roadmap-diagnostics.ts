/**
 * The diagnostics of a strategy's documents as the roadmap carries them (for its health summary): the
 * language server's LSP diagnostics turned into the roadmap model's plain records, for `smm/roadmap` and
 * `smm render` alike.
 */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { RoadmapDiagnostic } from '../../roadmap/model.js';
import { severityName } from '../validation/document-validator.js';

export function toRoadmapDiagnostic(uri: string, diagnostic: Diagnostic): RoadmapDiagnostic {
    return {
        uri,
        severity: severityName(diagnostic.severity),
        code: String(diagnostic.code ?? ''),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        line: diagnostic.range.start.line
    };
}

/** Every diagnostic of the given documents (the files of one strategy folder), in file and line order. */
export function roadmapDiagnostics(documents: readonly LangiumDocument[]): RoadmapDiagnostic[] {
    return documents.flatMap(document => (document.diagnostics ?? [])
        .map(diagnostic => toRoadmapDiagnostic(document.uri.toString(), diagnostic))
        .sort((a, b) => a.line - b.line));
}
