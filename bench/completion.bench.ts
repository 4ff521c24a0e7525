import { URI, type LangiumDocument } from 'langium';
import { beforeAll, bench, describe } from 'vitest';
import { createSmmServices } from '../src/language/smm-module.js';
import { EmptyFileSystem } from 'langium';
import { generateStrategy } from './strategy-generator.js';

// npx vitest bench --run bench/completion.bench.ts
// Completion requests on a 5,000-line strategy, answered in-process by the completion provider (what
// the server does for a request, without the transport).

const { shared, Smm } = createSmmServices(EmptyFileSystem);
const text = generateStrategy(5000);
let document: LangiumDocument;

const positionAfter = (piece: string, from: number) => {
    const offset = text.indexOf(piece, from) + piece.length;
    return document.textDocument.positionAt(offset);
};

beforeAll(async () => {
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///bench/strategy.smm'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
});

const request = (position: () => { line: number; character: number }) => async () => {
    await Smm.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: position() });
};

describe(`completion in a strategy of ${text.split('\n').length} lines`, () => {
    bench('after `kpi ` near the end', request(() => positionAfter('kpi ', text.length - 3000)), { time: 2000 });
    bench('after `owner ` near the end', request(() => positionAfter('owner ', text.length - 3000)), { time: 2000 });
    bench('after `kpi ` near the start', request(() => positionAfter('kpi ', 0)), { time: 2000 });
});
