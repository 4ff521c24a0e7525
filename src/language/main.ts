import '../polyfill.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createSmmServices } from './smm-module.js';
import { watchSettings } from './workspace/settings.js';
import { registerRoadmapRequest } from './lsp/roadmap-request.js';
import { registerHealthRequest } from './lsp/health.js';

// The transport (--stdio, --node-ipc, --socket=N) is chosen from the command line.
const connection = createConnection(ProposedFeatures.all);
const { shared, Smm } = createSmmServices({ connection, ...NodeFileSystem });
watchSettings(shared, Smm);
registerRoadmapRequest(connection, Smm);
registerHealthRequest(shared, Smm);
startLanguageServer(shared);
