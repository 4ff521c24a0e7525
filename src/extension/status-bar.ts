import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { HealthRequest } from '../protocol.js';
import { l10n } from './l10n.js';

/** How long diagnostics must be quiet before the status bar asks again: they arrive file by file. */
const SETTLE_MS = 300;

/**
 * The health of the active file's strategy in the status bar ("Goals 3/4 SMART · budget 92% · ROMI 140%"),
 * as the server words it; a click opens the Problems view. Hidden for other editors.
 */
export function registerStatusBar(client: LanguageClient): vscode.Disposable {
    const item = vscode.window.createStatusBarItem('smm.health', vscode.StatusBarAlignment.Left, 100);
    item.name = l10n.t('SMM strategy health');
    item.command = 'workbench.actions.view.problems';
    let asked = 0;
    let timer: NodeJS.Timeout | undefined;

    const update = async (): Promise<void> => {
        const document = vscode.window.activeTextEditor?.document;
        const request = ++asked;
        if (document?.languageId !== 'smm') {
            item.hide();
            return;
        }
        const health = await client.sendRequest(HealthRequest, { uri: document.uri.toString() }).catch(() => null);
        if (request !== asked) {
            return; // the editor changed while the server answered
        }
        if (!health) {
            item.hide();
            return;
        }
        item.text = `$(${health.errors > 0 ? 'error' : health.warnings > 0 ? 'warning' : 'pass'}) ${health.text}`;
        item.tooltip = health.tooltip;
        item.backgroundColor = health.errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
        item.show();
    };
    const later = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => void update(), SETTLE_MS);
    };

    void update();
    return vscode.Disposable.from(
        item,
        vscode.window.onDidChangeActiveTextEditor(() => void update()),
        vscode.languages.onDidChangeDiagnostics(later),
        { dispose: () => clearTimeout(timer) }
    );
}
