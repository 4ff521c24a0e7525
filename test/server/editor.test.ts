import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CompletionTriggerKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-protocol';
import { SERVER_BUNDLE, requireBuilt } from '../support/artifacts.js';
import { HealthRequest } from '../../src/protocol.js';
import { LspClient } from '../support/lsp-client.js';
import { AUDIENCE_FILE, CLEAN_STRATEGY, positionOf, SPLIT_STRATEGY_FILE, strategyWith } from '../support/strategies.js';

// The editor features of the bundled server over stdio: completion, hover, inlay hints, code lenses
// and the `smm/health` request, as an editor asks for them.

const clients: LspClient[] = [];
let documentCounter = 0;

function startServer(): LspClient {
    const client = LspClient.start(['--stdio']);
    clients.push(client);
    return client;
}

function untitledUri(): string {
    return `file:///virtual/editor${++documentCounter}/strategy.smm`;
}

/** Russian digit groups are separated by no-break spaces; the tests write plain ones. */
const plain = (text: string | undefined) => text?.replace(/[\u00A0\u202F]/g, ' ');
const typedSpace = { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: ' ' };

beforeAll(() => {
    requireBuilt(SERVER_BUNDLE);
});

afterEach(async () => {
    await Promise.all(clients.splice(0).map(client => client.dispose()));
});

describe('editor features over stdio', () => {
    it('advertises completion opening on a space and a dot, hover, inlay hints and code lenses', async () => {
        const { capabilities } = await startServer().initialize();

        expect(capabilities.completionProvider?.triggerCharacters).toEqual([' ', '.']);
        expect(capabilities.hoverProvider).toBe(true);
        expect(capabilities.inlayHintProvider).toBeTruthy();
        expect(capabilities.codeLensProvider).toBeTruthy();
    });

    it('completion opens on the space after `kpi ` with each metric once, in the client’s language', async () => {
        const client = startServer();
        await client.initialize({ initializationOptions: { settings: { locale: 'ru' } } });
        const uri = untitledUri();
        const text = strategyWith('  goal Draft "Draft" {\n    kpi \n  }\n');
        await client.openAndWait(uri, text);

        const items = await client.completion(uri, positionOf(text, 'kpi \n', 'kpi '.length), typedSpace);

        const orders = items.find(i => i.label === 'orders');
        expect(orders?.labelDetails?.description).toBe('Заказы · штуки');
        expect(orders?.filterText).toContain('заказы');
        expect(items.filter(i => i.label === 'заказы' || i.label === 'purchases')).toEqual([]);
        expect(items.filter(i => i.detail === 'стандартная метрика')).toHaveLength(37);
    });

    it('a space typed inside a title opens nothing', async () => {
        const client = startServer();
        await client.initialize();
        const uri = untitledUri();
        const text = strategyWith('  goal Draft "More orders from \n');
        await client.openAndWait(uri, text);

        expect(await client.completionList(uri, positionOf(text, 'from \n', 'from '.length), typedSpace)).toBeNull();
    });

    it('a client with snippet support gets the SMART goal as a snippet that refers to the strategy’s names', async () => {
        const client = startServer();
        await client.initialize({
            capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } }
        });
        const uri = untitledUri();
        const text = strategyWith('  go\n');
        await client.openAndWait(uri, text);

        const items: CompletionItem[] = await client.completion(uri, positionOf(text, '  go\n', '  go'.length));

        const goal = items.find(i => i.label === 'SMART goal with a KPI');
        expect(goal?.insertTextFormat).toBe(InsertTextFormat.Snippet);
        const body = goal?.textEdit && 'newText' in goal.textEdit ? goal.textEdit.newText : '';
        expect(body).toMatch(/^goal \$\{1:MoreOrders\} /);
        expect(body).toContain('segment Students');
        expect(body).toContain('owner SmmManager');
        expect(body).toContain('${4|>=,<=,>,<,=|}');
    });

    it('hover on a stage reference shows its forecast and cost per unit', async () => {
        const client = startServer();
        await client.initialize();
        const uri = untitledUri();
        await client.openAndWait(uri, CLEAN_STRATEGY);

        // Reach 1 200 000 × 2% × 40% × 16% = 1 536 orders; vk's 250 000 ÷ 1 536 = 162.76 an order.
        const hover = await client.hover(uri, positionOf(CLEAN_STRATEGY, 'from Orders.Order', 'from Orders.O'.length));

        expect(hover).toBe('**Orders.Order** — Orders\n\nForecast: ≈ 1,536 orders over the period (16% of the previous stage)\n\nCost per unit: 163 ₽/order (spent so far 250,000 ₽)');
    });

    it('inlay hints show the forecasts, and the setting turns them off', async () => {
        const client = startServer();
        await client.initialize({ initializationOptions: { settings: { locale: 'ru' } } });
        const uri = untitledUri();
        await client.openAndWait(uri, CLEAN_STRATEGY);
        const everything = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

        const hints = await client.inlayHints(uri, everything);

        // vk 250 000 ÷ 180 × 1 000 = 1 388 889 impressions; Click = 1 200 000 × 2% = 24 000 at 250 000 ÷ 24 000 = 10.42;
        // 1 536 orders over 181 days; March, the month to 31 March, brings 1 536 × 31 ÷ 181 = 263 against 250.
        const labels = hints.map(h => plain(String(h.label)));
        expect(labels).toContain('≈ 1 388 889 показов');
        expect(labels).toContain('≈ 24 000 кликов · 10,42 ₽/клик');
        expect(labels).toContain('✓ прогноз 263 / цель 250');
        const kpi = hints.find(h => String(h.label).startsWith('✓'))!;
        expect(kpi.position).toEqual(positionOf(CLEAN_STRATEGY, 'from Orders.Order', 'from Orders.Order'.length));

        await client.changeConfiguration({ smm: { locale: 'ru', inlayHints: { enabled: false } } });
        await expect.poll(() => client.inlayHints(uri, everything)).toEqual([]);
    });

    it('code lenses: the roadmap preview above the strategy, the KPI forecast above the goal', async () => {
        const client = startServer();
        await client.initialize();
        const uri = untitledUri();
        await client.openAndWait(uri, CLEAN_STRATEGY);

        const lenses = await client.codeLenses(uri);

        expect(lenses[0]).toEqual({
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            command: { title: 'Open roadmap preview', command: 'smm.showPreviewToSide', arguments: [uri] }
        });
        const goalLine = positionOf(CLEAN_STRATEGY, 'goal MoreOrders').line;
        expect(lenses.find(l => l.range.start.line === goalLine)?.command?.title).toContain('✓ forecast 263 / target 250');
    });

    it('answers smm/health with the numbers and the status bar text of the file’s strategy', async () => {
        const client = startServer();
        await client.initialize({ initializationOptions: { settings: { locale: 'ru' } } });
        const uri = untitledUri();
        await client.openAndWait(uri, CLEAN_STRATEGY);

        const health = await client.guard(client.connection.sendRequest(HealthRequest, { uri }), 'smm/health');

        // One goal, SMART 5/5; channels 400 000 + stage costs 0 of 600 000 = 66.7 % allocated; no product with a
        // price in the funnel, so no ROMI.
        expect(health).toMatchObject({ goals: 1, smartGoals: 1, errors: 0, warnings: 0 });
        expect(plain(health?.text)).toBe('Цели 1/1 SMART · бюджет 66,7 %');
        expect(await client.guard(client.connection.sendRequest(HealthRequest, { uri: 'file:///nowhere/none.smm' }), 'smm/health')).toBeNull();
    });

    it('asks the client to refresh the hints when another file of the strategy changes them', async () => {
        const client = startServer();
        await client.initialize({
            capabilities: { workspace: { inlayHint: { refreshSupport: true }, codeLens: { refreshSupport: true } } }
        });
        const refreshed: string[] = [];
        client.connection.onRequest('workspace/inlayHint/refresh', () => { refreshed.push('inlayHint'); return null; });
        client.connection.onRequest('workspace/codeLens/refresh', () => { refreshed.push('codeLens'); return null; });
        const folder = `file:///virtual/editor${++documentCounter}`;
        const strategy = `${folder}/strategy.smm`;
        const audience = `${folder}/audience.smm`;
        await client.openAndWait(audience, AUDIENCE_FILE);
        await client.openAndWait(strategy, SPLIT_STRATEGY_FILE);
        const everything = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
        // Reach 1 200 000 × 2% = 24 000 clicks, paid by vk's budget: 250 000 ÷ 24 000 = 10.42 a click; 20.83 at 500 000.
        expect((await client.inlayHints(strategy, everything)).map(h => h.label)).toContain('≈ 24,000 clicks · 10.42 ₽/click');
        refreshed.length = 0;

        const rechecked = client.nextDiagnostics(strategy);
        await client.change(audience, AUDIENCE_FILE.replace('budget 250 000', 'budget 500 000'), 2);
        await rechecked;

        await expect.poll(() => refreshed).toEqual(expect.arrayContaining(['inlayHint', 'codeLens']));
        expect((await client.inlayHints(strategy, everything)).map(h => h.label)).toContain('≈ 24,000 clicks · 20.83 ₽/click');
    });
});
