import { strict as assert } from 'node:assert';
import type { Diagnostic, Position, TextDocument, Uri } from 'vscode';
import type { InHostTest, VSCode } from './harness.js';

/**
 * The language features of the extension through the `vscode` API, in the extension host of a real
 * VS Code whose workspace is a copy of examples/.
 */

const EXTENSION_ID = 'smm-strategy.smm-strategy';
const MISTAKES = 'mistakes.smm';
const TIMEOUT_MS = 20_000;

/** A comment of examples/mistakes.smm naming the code of the mistake on the next line that is not a comment. */
const MISTAKE_COMMENT = /^\s*\/\/ ([a-z]+(?:-[a-z]+)+): /;

export const tests: readonly InHostTest[] = [
    {
        name: 'opening a .smm file activates the extension and gives the document the smm language',
        async run(vscode) {
            const document = await openExample(vscode, MISTAKES);
            assert.equal(document.languageId, 'smm');
            await diagnostics(vscode, document.uri, found => found.length > 0);
            assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
        }
    },
    {
        name: 'the mistakes example gets its diagnostics with codes, source and severities',
        async run(vscode) {
            const document = await openExample(vscode, MISTAKES);
            const found = await diagnostics(vscode, document.uri, commentedMistakesIn(document));
            assert.ok(found.every(diagnostic => diagnostic.source === 'smm'));
            assert.equal(withCode(found, 'invalid-date')[0].severity, vscode.DiagnosticSeverity.Error);
            assert.equal(withCode(found, 'goal-without-kpi')[0].severity, vscode.DiagnosticSeverity.Warning);
        }
    },
    {
        name: 'completion after the kpi keyword lists the standard metrics',
        async run(vscode) {
            const document = await openExample(vscode, MISTAKES);
            const list = await vscode.commands.executeCommand<import('vscode').CompletionList>(
                'vscode.executeCompletionItemProvider', document.uri, positionOf(document, 'kpi likes', 'kpi '.length));
            const labels = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
            for (const metric of ['cpl', 'romi', 'ctr', 'orders', 'reach']) {
                assert.ok(labels.includes(metric), `${metric} is not among ${labels.join(', ')}`);
            }
        }
    },
    {
        name: 'the hover of a standard metric shows its formula',
        async run(vscode) {
            const document = await openExample(vscode, MISTAKES);
            const hovers = await vscode.commands.executeCommand<import('vscode').Hover[]>(
                'vscode.executeHoverProvider', document.uri, positionOf(document, 'kpi cpl', 'kpi '.length));
            const text = hovers.flatMap(hover => hover.contents)
                .map(content => typeof content === 'string' ? content : content.value).join('\n');
            assert.match(text, /Cost per lead\./);
            assert.match(text, /Formula: `spend \/ leads`/);
        }
    },
    {
        name: 'an ambiguous number has two quick fixes, and applying one removes the error',
        async run(vscode) {
            const document = await openExample(vscode, MISTAKES);
            const [ambiguous] = withCode(await diagnostics(vscode, document.uri, commentedMistakesIn(document)), 'ambiguous-number');
            const actions = await vscode.commands.executeCommand<import('vscode').CodeAction[]>(
                'vscode.executeCodeActionProvider', document.uri, ambiguous.range, vscode.CodeActionKind.QuickFix.value);
            const titles = actions.map(action => action.title);
            assert.deepEqual(titles.filter(title => /^Write /.test(title)).sort(), ['Write 1.5 (decimal)', 'Write 1500 (thousands)']);

            const thousands = actions.find(action => action.title === 'Write 1500 (thousands)')!;
            const cleared = diagnostics(vscode, document.uri, found => withCode(found, 'ambiguous-number').length === 0);
            assert.ok(await vscode.workspace.applyEdit(thousands.edit!));
            await cleared;
            assert.match(document.lineAt(ambiguous.range.start.line).text, /kpi orders >= 1500 per month/);

            await vscode.commands.executeCommand('workbench.action.files.revert');
            await diagnostics(vscode, document.uri, commentedMistakesIn(document));
        }
    },
    {
        name: 'the restart command restarts the language server, which publishes the diagnostics again',
        async run(vscode) {
            const document = await openExample(vscode, MISTAKES);
            assert.ok((await vscode.commands.getCommands(true)).includes('smm.restartServer'));
            const republished = diagnostics(vscode, document.uri, commentedMistakesIn(document), { changedOnly: true });
            await vscode.commands.executeCommand('smm.restartServer');
            await republished;
        }
    }
];

async function openExample(vscode: VSCode, path: string): Promise<TextDocument> {
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
function diagnostics(
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

function withCode(found: Diagnostic[], code: string): Diagnostic[] {
    return found.filter(diagnostic => codeOf(diagnostic) === code);
}

/**
 * Whether the diagnostics report every mistake the comments of the document announce: the code a comment
 * names on the first following line that is not a comment.
 */
function commentedMistakesIn(document: TextDocument): (found: Diagnostic[]) => boolean {
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
function positionOf(document: TextDocument, marker: string, offset = 0): Position {
    const index = document.getText().indexOf(marker);
    assert.ok(index >= 0, `“${marker}” is not in ${document.uri.toString()}`);
    return document.positionAt(index + offset);
}
