import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands } from '../shared/commands.js';
import { ImportActualsRequest } from '../protocol.js';

/**
 * "SMM: Import Actuals from CSV…": picks a CSV, lets the server check it against the strategy of the active
 * `.smm` editor, and appends the blocks to the folder's `actuals.smm` in one edit, saved; or shows every
 * problem with its line and changes nothing.
 */
export function registerImportActuals(client: LanguageClient, started: Promise<void>): vscode.Disposable {
    return vscode.commands.registerCommand(Commands.importActuals, async (argument?: unknown) => {
        const editor = vscode.window.activeTextEditor;
        const strategy = argument instanceof vscode.Uri ? argument : editor?.document.languageId === 'smm' ? editor.document.uri : undefined;
        if (!strategy) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a .smm file of the strategy to import its actuals.'));
            return;
        }
        const [csv] = await vscode.window.showOpenDialog({
            canSelectMany: false, openLabel: vscode.l10n.t('Import'), filters: { CSV: ['csv'] },
            defaultUri: vscode.Uri.joinPath(strategy, '..')
        }) ?? [];
        if (!csv) {
            return;
        }
        const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(csv));
        const source = csv.path.split('/').pop() ?? 'actuals.csv';
        await started;
        const result = await client.sendRequest(ImportActualsRequest, { uri: strategy.toString(), csv: text, source });
        if (!result) {
            return;
        }
        if (result.problems.length > 0) {
            void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was imported: {0} problem(s) in {1}.', result.problems.length, source), {
                modal: true, detail: result.problems.map(problem => `${source}:${problem.line}: ${problem.message}`).join('\n')
            });
            return;
        }
        if (result.values === 0) {
            void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no rows of values.', source));
            return;
        }
        const target = vscode.Uri.parse(result.target);
        const edit = new vscode.WorkspaceEdit();
        if (result.create) {
            edit.createFile(target, { ignoreIfExists: true });
        }
        edit.insert(target, new vscode.Position(result.position.line, result.position.character), result.text);
        if (!await vscode.workspace.applyEdit(edit)) {
            void vscode.window.showErrorMessage(vscode.l10n.t('The actuals were not imported: the editor refused the change.'));
            return;
        }
        await (await vscode.workspace.openTextDocument(target)).save();
        void vscode.window.showInformationMessage(vscode.l10n.t('Imported {0} values into {1}.', result.values, target.path.split('/').pop() ?? ''));
    });
}
