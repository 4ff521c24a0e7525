import { fork } from 'node:child_process';
import {
    createProtocolConnection, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest,
    IPCMessageReader, IPCMessageWriter, PublishDiagnosticsNotification, ShutdownRequest, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { expect, it } from 'vitest';
import { BUNDLE_NODE, SERVER_BUNDLE, requireBuilt } from '../support/artifacts.js';

// VS Code starts the server over Node's IPC channel, not stdio: the same server must speak both.
it('speaks the protocol over Node IPC, as VS Code starts it', async () => {
    const child = fork(requireBuilt(SERVER_BUNDLE), ['--node-ipc'], { execPath: BUNDLE_NODE, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
    try {
        const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
        const published = new Promise<PublishDiagnosticsParams>(resolve =>
            connection.onNotification(PublishDiagnosticsNotification.type, resolve));
        connection.listen();

        const result = await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: null, capabilities: {}, locale: 'ru'
        });
        expect(result.capabilities.textDocumentSync).toBeDefined();
        await connection.sendNotification(InitializedNotification.type, {});
        const uri = 'untitled:ipc.smm';
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'smm', version: 1, text: 'role R\nsegment S { size 100 pain "No time" }\ngoal Awareness "Чтобы нас узнали" { segment S owner R }' }
        });

        const diagnostics = await published;
        expect(diagnostics.uri).toBe(uri);
        expect(diagnostics.diagnostics.map(d => [d.code, d.message])).toEqual([[
            'goal-without-kpi',
            'У цели «Awareness» нет измеримого KPI. Добавьте его, например: `показатель заказы >= 1500 в месяц к 2027-03-31`.'
        ], [
            'goal-vague-wording',
            'Цель «Awareness» — пожелание, а не цель: «Чтобы нас узнали» без числа, доли или даты. Скажите, сколько и к какому сроку, например «1 500 заказов в месяц к 31 марта».'
        ]]);

        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
        expect(await exited).toBe(0);
    } finally {
        child.kill();
    }
});
