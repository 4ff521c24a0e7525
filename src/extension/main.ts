import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { RoadmapRequest, RoadmapStylesRequest } from '../protocol.js';
import { Commands, PREVIEW_VIEW_TYPE } from '../shared/commands.js';
import { registerPreviewCommands } from './commands.js';
import { l10n, loadTranslations } from './l10n.js';
import { registerImportActuals } from './import-actuals.js';
import { RoadmapPreviews, type RoadmapSource, type RoadmapStylesSource } from './preview.js';
import { registerStatusBar } from './status-bar.js';

let client: LanguageClient | undefined;

/** Starts the bundled language server for .smm files; the server does all the work, the client only shows it. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    loadTranslations(context.asAbsolutePath('l10n/bundle.l10n.ru.json'));
    const serverModule = context.asAbsolutePath('out/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'smm' }],
        synchronize: {
            configurationSection: 'smm',
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.smm')
        },
        initializationOptions: { settings: vscode.workspace.getConfiguration('smm') }
    };
    const languageClient = new LanguageClient('smm', l10n.t('SMM Strategy language server'), serverOptions, clientOptions);
    client = languageClient;
    const started = languageClient.start();
    // Previews restored after a window reload ask for their roadmap before the server has started.
    const roadmap: RoadmapSource = async (params, token) => {
        await started;
        return languageClient.sendRequest(RoadmapRequest, params, token);
    };
    const styles: RoadmapStylesSource = async () => {
        await started;
        return languageClient.sendRequest(RoadmapStylesRequest);
    };
    const previews = new RoadmapPreviews(context.extensionUri, roadmap, styles,
        async (uri, format) => { await vscode.commands.executeCommand(Commands.exportRoadmap, uri, format); });
    context.subscriptions.push(
        previews,
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
            deserializeWebviewPanel: async (panel, state) => previews.revive(panel, state)
        }),
        ...registerPreviewCommands(previews, roadmap),
        vscode.commands.registerCommand(Commands.restartServer, () => client?.restart()),
        registerImportActuals(languageClient, started)
    );
    await started;
    context.subscriptions.push(registerStatusBar(languageClient));
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
