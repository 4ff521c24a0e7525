import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { expect } from 'vitest';
import type { TestServices } from '../support/services.js';

/** Opening snippets and applying the quick fixes offered for them, each snippet in a folder of its own. */
export function quickFixes(t: TestServices, folderName: string) {
    let folder = 0;
    return {
        async open(text: string): Promise<LangiumDocument> {
            const uri = `file:///${folderName}${folder++}/s.smm`;
            return (await t.addFiles({ [uri]: text })).get(uri)!;
        },

        /** The quick fixes offered for the first diagnostic with `code`. */
        async fixesFor(document: LangiumDocument, code: string): Promise<CodeAction[]> {
            const diagnostic = document.diagnostics!.find(d => d.code === code) as Diagnostic;
            expect(diagnostic, `a ${code} diagnostic`).toBeDefined();
            const actions = await t.services.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() },
                range: diagnostic.range,
                context: { diagnostics: [diagnostic] }
            });
            return (actions ?? []) as CodeAction[];
        },

        /** The text after the action's edits. */
        apply(document: LangiumDocument, action: CodeAction): string {
            const edits = action.edit!.changes![document.uri.toString()];
            return TextDocument.applyEdits(document.textDocument, edits);
        }
    };
}
