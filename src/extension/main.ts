import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerStatusBar } from './status-bar.js';

let client: LanguageClient | undefined;

/** Starts the bundled language server for .smm files; the server does all the work, the client only shows it. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
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
    client = new LanguageClient('smm', vscode.l10n.t('SMM Strategy language server'), serverOptions, clientOptions);
    context.subscriptions.push(
        vscode.commands.registerCommand('smm.restartServer', () => client?.restart())
    );
    await client.start();
    context.subscriptions.push(registerStatusBar(client));
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
