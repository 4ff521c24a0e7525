import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range } from 'vscode-languageserver';
import type { MessageKey } from '../../i18n/index.js';
import type { LocaleState } from '../locale.js';
import type { SmmServices } from '../smm-module.js';
import { IssueCodes } from '../validation/issue-codes.js';

type Fix = (diagnostic: Diagnostic, document: LangiumDocument) => CodeAction[];

/** Quick fixes for the diagnostics whose remedy is obvious; each reads what it needs from `diagnostic.data`. */
export class SmmCodeActionProvider implements CodeActionProvider {
    private readonly locale: LocaleState;
    private readonly fixes: Partial<Record<string, Fix>> = {
        [IssueCodes.AmbiguousNumber]: (d, doc) => {
            const { thousands, decimal } = d.data as { thousands: string; decimal: string };
            return [
                this.replace('fix.ambiguousNumber.thousands', { value: thousands }, d, doc, d.range, thousands),
                this.replace('fix.ambiguousNumber.decimal', { value: decimal }, d, doc, d.range, decimal)
            ];
        },
        [IssueCodes.CurrencyMismatch]: (d, doc) => {
            const { expected } = d.data as { expected: string };
            // `$60000` becomes `RUB 60000`: a code written before the amount needs a space.
            const next = doc.textDocument.getText({ start: d.range.end, end: { line: d.range.end.line, character: d.range.end.character + 1 } });
            const replacement = /[\d-]/.test(next) ? `${expected} ` : expected;
            return [this.replace('fix.currency', { currency: expected }, d, doc, d.range, replacement, true)];
        },
        [IssueCodes.DuplicateProperty]: (d, doc) =>
            [this.replace('fix.removeDuplicate', {}, d, doc, removalRange(d.range, doc), '', true)]
    };

    constructor(services: SmmServices) {
        this.locale = services.i18n.Locale;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        return params.context.diagnostics.flatMap(diagnostic => {
            const code = (diagnostic.data as { code?: string } | undefined)?.code;
            return (code && this.fixes[code]?.(diagnostic, document)) || [];
        });
    }

    private replace(
        title: MessageKey, args: Record<string, string>, diagnostic: Diagnostic, document: LangiumDocument,
        range: Range, newText: string, isPreferred = false
    ): CodeAction {
        return {
            title: this.locale.t(title, args),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred,
            edit: { changes: { [document.uri.toString()]: [{ range, newText }] } }
        };
    }
}

/**
 * What to delete to remove `range` cleanly: its whole line when nothing else stands on it, otherwise the
 * range and the blanks after it, so no double space is left.
 */
function removalRange(range: Range, document: LangiumDocument): Range {
    const text = document.textDocument;
    const before = text.getText({ start: { line: range.start.line, character: 0 }, end: range.start });
    const after = text.getText({ start: range.end, end: { line: range.end.line + 1, character: 0 } });
    if (before.trim() === '' && after.trim() === '') {
        return { start: { line: range.start.line, character: 0 }, end: { line: range.end.line + 1, character: 0 } };
    }
    const blanks = /^[ \t]*/.exec(after)![0].length;
    return { start: range.start, end: { line: range.end.line, character: range.end.character + blanks } };
}
