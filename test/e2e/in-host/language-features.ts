import { strict as assert } from 'node:assert';
import { commentedMistakesIn, diagnostics, MISTAKES, openExample, positionOf, withCode } from './documents.js';
import type { InHostTest } from './harness.js';

/**
 * The language features of the extension through the `vscode` API, in the extension host of a real
 * VS Code whose workspace is a copy of examples/. The quick fixes are in quick-fixes.ts.
 */

const EXTENSION_ID = 'smm-strategy.smm-strategy';

export const tests: readonly InHostTest[] = [
    {
        name: 'opening a .smm file activates the extension and gives the document the smm language',
        async run(vscode) {
            const document = await openExample(vscode, MISTAKES);
            assert.equal(document.languageId, 'smm');
            await diagnostics(vscode, document.uri, found => found.length > 0);
            assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
        }
    },
    {
        name: 'the mistakes example gets its diagnostics with codes, source and severities',
        async run(vscode) {
            const document = await openExample(vscode, MISTAKES);
            const found = await diagnostics(vscode, document.uri, commentedMistakesIn(document));
            assert.ok(found.every(diagnostic => diagnostic.source === 'smm'));
            assert.equal(withCode(found, 'invalid-date')[0].severity, vscode.DiagnosticSeverity.Error);
            assert.equal(withCode(found, 'goal-without-kpi')[0].severity, vscode.DiagnosticSeverity.Warning);
        }
    },
    {
        name: 'completion after the kpi keyword lists the standard metrics',
        async run(vscode) {
            const document = await openExample(vscode, MISTAKES);
            const list = await vscode.commands.executeCommand<import('vscode').CompletionList>(
                'vscode.executeCompletionItemProvider', document.uri, positionOf(document, 'kpi posts', 'kpi '.length));
            const labels = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
            for (const metric of ['cpl', 'romi', 'ctr', 'orders', 'reach']) {
                assert.ok(labels.includes(metric), `${metric} is not among ${labels.join(', ')}`);
            }
        }
    },
    {
        name: 'the hover of a standard metric shows its formula',
        async run(vscode) {
            const document = await openExample(vscode, MISTAKES);
            const hovers = await vscode.commands.executeCommand<import('vscode').Hover[]>(
                'vscode.executeHoverProvider', document.uri, positionOf(document, 'kpi cpl', 'kpi '.length));
            const text = hovers.flatMap(hover => hover.contents)
                .map(content => typeof content === 'string' ? content : content.value).join('\n');
            assert.match(text, /Cost per lead\./);
            assert.match(text, /Formula: `spend \/ leads`/);
        }
    },
    {
        name: 'the restart command restarts the language server, which publishes the diagnostics again',
        async run(vscode) {
            const document = await openExample(vscode, MISTAKES);
            assert.ok((await vscode.commands.getCommands(true)).includes('smm.restartServer'));
            const republished = diagnostics(vscode, document.uri, commentedMistakesIn(document), { changedOnly: true });
            await vscode.commands.executeCommand('smm.restartServer');
            await republished;
        }
    }
];
