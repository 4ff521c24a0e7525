import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { createSmmServices } from '../src/language/smm-module.js';
import { fileUri, LspClient } from '../test/support/lsp-client.js';
import { generateStrategy } from './strategy-generator.js';

// npm run build && npx vitest bench --run bench/completion.bench.ts
// Completion on a 5,000-line strategy near its end: answered in-process by the completion provider (the
// server's own time), and over stdio by the bundled server (what an editor waits for).

const text = generateStrategy(5000);
const lines = text.split('\n').length;
const targets = {
    kpi: positionAfter('kpi ', text.length - 2000),
    owner: positionAfter('owner ', text.length - 2000),
    from: positionAfter(' from ', text.length - 2000)
};

function positionAfter(piece: string, from: number): { line: number; character: number } {
    const before = text.slice(0, text.indexOf(piece, from) + piece.length).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

const { shared, Smm } = createSmmServices(EmptyFileSystem);
let document: LangiumDocument;
const client = LspClient.start();
const uri = fileUri('/tmp/smm-bench/strategy.smm');

beforeAll(async () => {
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///bench/strategy.smm'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    await client.initialize();
    await client.openAndWait(uri, text, undefined, 60_000);
});

afterAll(() => client.dispose());

for (const [where, position] of Object.entries(targets)) {
    describe(`completion after \`${where} \` near the end of a ${lines}-line strategy`, () => {
        bench('in-process (provider)', async () => {
            await Smm.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
        }, { time: 2000 });
        bench('over stdio (bundled server)', async () => {
            await client.completion(uri, position);
        }, { time: 2000 });
    });
}
