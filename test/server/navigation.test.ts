import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSymbol, Position, SemanticTokens, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SERVER_BUNDLE, requireBuilt } from '../support/artifacts.js';
import { LspClient } from '../support/lsp-client.js';
import { CLEAN_STRATEGY, positionOf } from '../support/strategies.js';

const clients: LspClient[] = [];
let counter = 0;

async function serverWith(text: string, locale = 'en'): Promise<{ client: LspClient; uri: string }> {
    const client = LspClient.start(['--stdio']);
    clients.push(client);
    await client.initialize({ initializationOptions: { settings: { locale } } });
    const uri = `file:///virtual/nav${counter++}/strategy.smm`;
    await client.openAndWait(uri, text);
    return { client, uri };
}

function request<T>(client: LspClient, method: string, params: object): Promise<T> {
    return client.guard(client.connection.sendRequest(method, params) as Promise<T>, method);
}

/** The message of the error a request is answered with. */
async function refusal(client: LspClient, method: string, params: object): Promise<string> {
    const error = await request(client, method, params).then(() => undefined, (e: Error) => e);
    expect(error, `${method} should be refused`).toBeInstanceOf(Error);
    return error!.message;
}

beforeAll(() => {
    requireBuilt(SERVER_BUNDLE);
});

afterEach(async () => {
    await Promise.all(clients.splice(0).map(client => client.dispose()));
});

describe('navigation and formatting over stdio', () => {
    it('refuses to rename a standard metric already in prepareRename, with a message', async () => {
        const { client, uri } = await serverWith(CLEAN_STRATEGY);
        const position: Position = positionOf(CLEAN_STRATEGY, 'kpi orders', 'kpi '.length);
        expect(await refusal(client, 'textDocument/prepareRename', { textDocument: { uri }, position }))
            .toBe('“orders” is a standard metric; standard metrics can’t be renamed.');
    });

    it('refuses a rename to a keyword or a taken name, in Russian when the user speaks it', async () => {
        const { client, uri } = await serverWith(CLEAN_STRATEGY, 'ru');
        const position = positionOf(CLEAN_STRATEGY, 'role SmmManager', 'role '.length);
        expect(await refusal(client, 'textDocument/rename', { textDocument: { uri }, position, newName: 'owner' }))
            .toBe('«owner» — ключевое слово языка и не может быть именем.');
        expect(await refusal(client, 'textDocument/rename', { textDocument: { uri }, position, newName: 'Targetologist' }))
            .toBe('В этой стратегии уже есть роль с именем «Targetologist».');
        expect(await request(client, 'textDocument/prepareRename', { textDocument: { uri }, position }))
            .toEqual({ start: position, end: { line: position.line, character: position.character + 'SmmManager'.length } });
    });

    it('formats a minified strategy into the layout of the examples, and a formatted one stays as it is', async () => {
        const minified = 'strategy "S" { period 2027-01-01..2027-06-30 goal G { kpi orders >= 10 per month owner A } role A }';
        const { client, uri } = await serverWith(minified);
        const options = { tabSize: 4, insertSpaces: true };
        const edits = await request<TextEdit[]>(client, 'textDocument/formatting', { textDocument: { uri }, options });
        const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'smm', 1, minified), edits);
        expect(formatted).toBe([
            'strategy "S" {',
            '    period 2027-01-01 .. 2027-06-30',
            '    goal G {',
            '        kpi orders >= 10 per month',
            '        owner A',
            '    }',
            '    role A',
            '}'
        ].join('\n'));
        await client.change(uri, formatted, 2);
        expect(await request<TextEdit[]>(client, 'textDocument/formatting', { textDocument: { uri }, options })).toEqual([]);
    });

    it('outlines the strategy and colours its names', async () => {
        const { client, uri } = await serverWith(CLEAN_STRATEGY);
        const [strategy] = await request<DocumentSymbol[]>(client, 'textDocument/documentSymbol', { textDocument: { uri } });
        const goal = strategy.children!.find(s => s.name === 'MoreOrders')!;
        // Each KPI is named `metric comparator target`, as written in the goal.
        const written = [...CLEAN_STRATEGY.matchAll(/^ *kpi (\w+ [<>]= [\d ]*\d)/gm)].slice(0, 2).map(m => m[1]);
        expect(written).toHaveLength(2);
        expect(goal.children!.map(k => k.name)).toEqual(written);
        const tokens = await request<SemanticTokens>(client, 'textDocument/semanticTokens/full', { textDocument: { uri } });
        // Five integers per token; every declared and referenced name of the strategy has one.
        expect(tokens.data.length % 5).toBe(0);
        expect(tokens.data.length / 5).toBeGreaterThan(30);
    });
});
