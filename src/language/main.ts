import '../polyfill.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { combineFeatures, createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createSmmServices } from './smm-module.js';
import { watchSettings } from './workspace/settings.js';
import { registerRoadmapRequest } from './lsp/roadmap-request.js';
import { registerHealthRequest } from './lsp/health.js';
import { registerImportActualsRequest } from './lsp/import-actuals.js';
import { exitOnUnreadableInput } from './connection/unreadable-input.js';
import { LifecycleOrder } from './connection/lifecycle-order.js';

// The transport (--stdio, --node-ipc, --socket=N) is chosen from the command line.
const locale = () => Smm.i18n.Locale.current;
const lifecycle = new LifecycleOrder(locale);
const connection = createConnection(combineFeatures(ProposedFeatures.all, exitOnUnreadableInput(locale)),
    { messageStrategy: lifecycle.messageStrategy });
lifecycle.register(connection);
const { shared, Smm } = createSmmServices({ connection, ...NodeFileSystem });
watchSettings(shared, Smm);
registerRoadmapRequest(connection, Smm);
registerHealthRequest(shared, Smm);
registerImportActualsRequest(shared, Smm);
startLanguageServer(shared);
