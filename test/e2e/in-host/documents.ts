import { strict as assert } from 'node:assert';
import type { Diagnostic, Position, TextDocument, Uri } from 'vscode';
import type { VSCode } from './harness.js';

/** Documents of the workspace (a copy of examples/) and their diagnostics, for the in-host tests. */

export const MISTAKES = 'mistakes.smm';
const TIMEOUT_MS = 20_000;

/** A comment of examples/mistakes.smm naming the code of the mistake on the next line that is not a comment. */
const MISTAKE_COMMENT = /^\s*\/\/ ([a-z]+(?:-[a-z]+)+): /;

export async function openExample(vscode: VSCode, path: string): Promise<TextDocument> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'VS Code was started without a workspace folder');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, path));
    await vscode.window.showTextDocument(document);
    return document;
}

/**
 * Resolves with the diagnostics of `uri` once they satisfy `predicate`: at once if they already do (unless
 * `changedOnly`), else at the change event that makes them do.
 */
export function diagnostics(
    vscode: VSCode, uri: Uri, predicate: (found: Diagnostic[]) => boolean, { changedOnly = false } = {}
): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
        const check = () => {
            const found = vscode.languages.getDiagnostics(uri);
            if (predicate(found)) {
                subscription.dispose();
                clearTimeout(timer);
                resolve(found);
            }
        };
        const subscription = vscode.languages.onDidChangeDiagnostics(event => {
            if (event.uris.some(changed => changed.toString() === uri.toString())) {
                check();
            }
        });
        const timer = setTimeout(() => {
            subscription.dispose();
            const last = vscode.languages.getDiagnostics(uri).map(diagnostic => diagnostic.code);
            reject(new Error(`the diagnostics of ${uri.toString()} did not match within ${TIMEOUT_MS} ms; last codes: ${JSON.stringify(last)}`));
        }, TIMEOUT_MS);
        if (!changedOnly) {
            check();
        }
    });
}

function codeOf(diagnostic: Diagnostic): string {
    const { code } = diagnostic;
    return String(typeof code === 'object' ? code.value : code);
}

export function withCode(found: Diagnostic[], code: string): Diagnostic[] {
    return found.filter(diagnostic => codeOf(diagnostic) === code);
}

/**
 * Whether the diagnostics report every mistake the comments of the document announce: the code a comment
 * names on the first following line that is not a comment.
 */
export function commentedMistakesIn(document: TextDocument): (found: Diagnostic[]) => boolean {
    const lines = document.getText().split(/\r?\n/);
    const announced = lines.flatMap((text, line) => {
        const code = MISTAKE_COMMENT.exec(text)?.[1];
        const target = lines.findIndex((next, index) => index > line && !/^\s*\/\//.test(next));
        return code ? [{ code, line: target }] : [];
    });
    assert.ok(announced.length > 10, `only ${announced.length} mistakes are announced in ${document.uri.toString()}`);
    return found => announced.every(({ code, line }) =>
        found.some(diagnostic => codeOf(diagnostic) === code && diagnostic.range.start.line === line));
}

/** The position `offset` characters after the first `marker` in the document. */
export function positionOf(document: TextDocument, marker: string, offset = 0): Position {
    const index = document.getText().indexOf(marker);
    assert.ok(index >= 0, `“${marker}” is not in ${document.uri.toString()}`);
    return document.positionAt(index + offset);
}
