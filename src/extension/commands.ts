import * as vscode from 'vscode';
import { Commands } from '../shared/commands.js';
import { isExportFormat } from '../shared/roadmap-formats.js';
import { exportRoadmap } from './export.js';
import { l10n } from './l10n.js';
import type { RoadmapPreviews, RoadmapSource } from './preview.js';

/**
 * The file a command is about: the argument it was given (a `Uri` from a menu, a string from a code lens
 * sent by the language server), else the active `.smm` editor, else the file of the active preview.
 */
function strategyUri(argument: unknown, previews: RoadmapPreviews): vscode.Uri | undefined {
    if (argument instanceof vscode.Uri) {
        return argument;
    }
    if (typeof argument === 'string' && argument !== '') {
        return vscode.Uri.parse(argument);
    }
    const editor = vscode.window.activeTextEditor;
    return editor?.document.languageId === 'smm' ? editor.document.uri : previews.active?.uri;
}

function withStrategy(previews: RoadmapPreviews, action: (uri: vscode.Uri, ...rest: unknown[]) => unknown) {
    return (argument?: unknown, ...rest: unknown[]) => {
        const uri = strategyUri(argument, previews);
        if (!uri) {
            void vscode.window.showInformationMessage(l10n.t('Open a .smm file to see its roadmap.'));
            return;
        }
        return action(uri, ...rest);
    };
}

async function reportFailure(action: Promise<void>): Promise<void> {
    try {
        await action;
    } catch (error) {
        void vscode.window.showErrorMessage(l10n.t('The roadmap was not exported: {0}', error instanceof Error ? error.message : String(error)));
    }
}

/** Show the preview (here or to the side), export, and lock the preview to its file. */
export function registerPreviewCommands(previews: RoadmapPreviews, roadmap: RoadmapSource): vscode.Disposable[] {
    return [
        vscode.commands.registerCommand(Commands.showPreview, withStrategy(previews, uri => previews.show(uri, false))),
        vscode.commands.registerCommand(Commands.showPreviewToSide, withStrategy(previews, uri => previews.show(uri, true))),
        vscode.commands.registerCommand(Commands.exportRoadmap, withStrategy(previews, (uri, format) =>
            reportFailure(exportRoadmap(roadmap, uri, isExportFormat(format) ? format : undefined)))),
        vscode.commands.registerCommand(Commands.togglePreviewLock, () => previews.active?.toggleLock())
    ];
}
