import type { Diagnostic } from 'vscode-languageserver';
import { t, type Locale } from '../i18n/index.js';
import { severityName, type SeverityName } from '../language/validation/document-validator.js';
import { printable } from './printable.js';
import type { LoadedFile } from './workspace.js';

export type Severity = SeverityName;

export interface CheckedDiagnostic {
    file: string;
    /** 1-based, as editors and compilers print them. */
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    code: string;
    message: string;
}

export interface CheckReport {
    files: string[];
    diagnostics: CheckedDiagnostic[];
    summary: Record<Severity, number>;
}

export function checkReport(files: LoadedFile[]): CheckReport {
    const diagnostics = files.flatMap(({ path, document }) =>
        (document.diagnostics ?? []).map(d => toChecked(path, d))
    ).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const d of diagnostics) {
        summary[d.severity]++;
    }
    return { files: files.map(f => f.path), diagnostics, summary };
}

function toChecked(file: string, d: Diagnostic): CheckedDiagnostic {
    return {
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: severityName(d.severity),
        code: String(d.code ?? ''),
        message: String(d.message)
    };
}

/** `path:line:col: severity code: message`, one per line, then a summary. */
export function formatText(report: CheckReport, locale: Locale): string {
    const lines = report.diagnostics.map(d =>
        printable(`${d.file}:${d.line}:${d.column}: ${t(locale, `severity.${d.severity}`)} ${d.code}: ${d.message}`));
    lines.push(t(locale, 'cli.summary', {
        files: report.files.length,
        errors: report.summary.error,
        warnings: report.summary.warning,
        infos: report.summary.info + report.summary.hint
    }));
    return lines.join('\n') + '\n';
}

export function formatJson(report: CheckReport): string {
    return JSON.stringify(report, null, 2) + '\n';
}
