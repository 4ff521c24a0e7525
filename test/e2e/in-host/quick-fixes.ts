import { strict as assert } from 'node:assert';
import type { CodeAction, Diagnostic, TextDocument } from 'vscode';
import { commentedMistakesIn, diagnostics, MISTAKES, openExample, positionOf, withCode } from './documents.js';
import type { InHostTest, VSCode } from './harness.js';

/**
 * The quick fixes of the extension through the `vscode` API: the actions offered for a diagnostic of
 * examples/mistakes.smm, and applying one removes that diagnostic. Each test puts the file back as it was.
 */

export const tests: readonly InHostTest[] = [
    {
        name: 'an ambiguous number has two quick fixes, and applying one removes the error',
        async run(vscode) {
            const document = await openExample(vscode, MISTAKES);
            const [ambiguous] = withCode(await diagnostics(vscode, document.uri, commentedMistakesIn(document)), 'ambiguous-number');
            const actions = await quickFixes(vscode, document, ambiguous);
            const titles = actions.map(action => action.title);
            assert.deepEqual(titles.filter(title => /^Write /.test(title)).sort(), ['Write 1.5 (decimal)', 'Write 1500 (thousands)']);

            const thousands = actions.find(action => action.title === 'Write 1500 (thousands)')!;
            await applyUntil(vscode, document, thousands, found => withCode(found, 'ambiguous-number').length === 0);
            assert.match(document.lineAt(ambiguous.range.start.line).text, /kpi orders >= 1500 per month/);

            await revert(vscode, document);
        }
    },
    {
        name: 'a goal without KPI has the quick fix “Add a KPI”, and applying it removes the warning from that goal only',
        async run(vscode) {
            const document = await openExample(vscode, MISTAKES);
            const { line } = positionOf(document, 'goal Awareness');
            const [periodEnd] = /(?<=period \S+ \.\. )\S+/.exec(document.getText())!;
            const before = withCode(await diagnostics(vscode, document.uri, commentedMistakesIn(document)), 'goal-without-kpi');
            const warning = before.find(diagnostic => diagnostic.range.start.line === line);
            assert.ok(warning, `no goal-without-kpi on line ${line + 1}: ${before.map(d => d.range.start.line + 1).join(', ')}`);
            assert.ok(before.length > 1, 'the example should have another goal without KPI, to check it keeps its warning');

            const actions = await quickFixes(vscode, document, warning);
            const addKpi = actions.find(action => action.title === 'Add a KPI to “Awareness”');
            assert.ok(addKpi, `no “Add a KPI” among ${actions.map(action => action.title).join('; ')}`);
            assert.equal(addKpi.isPreferred, true);

            const after = await applyUntil(vscode, document, addKpi,
                found => !withCode(found, 'goal-without-kpi').some(diagnostic => diagnostic.range.start.line === line));
            // The period of the example ends on 2027-05-31: the new KPI is due then.
            assert.equal(periodEnd, '2027-05-31');
            assert.equal(document.lineAt(line).text.trim(), `goal Awareness "Grow awareness" { kpi orders >= 100 per month by ${periodEnd} }`);
            assert.equal(withCode(after, 'goal-without-kpi').length, before.length - 1);

            await revert(vscode, document);
        }
    },
    {
        name: 'work named as a goal has the quick fix “Say how much”, which writes the statement from its KPI and removes the warning',
        async run(vscode) {
            const document = await openExample(vscode, MISTAKES);
            const { line } = positionOf(document, 'goal Community');
            const [activity] = withCode(await diagnostics(vscode, document.uri, commentedMistakesIn(document)), 'goal-is-activity');
            assert.equal(activity?.range.start.line, line);

            const actions = await quickFixes(vscode, document, activity);
            // `kpi orders >= 1 000 per month by 2027-05-31`, in the year of the period: no year written.
            const precise = actions.find(action => action.title === 'Say how much: “1,000 orders a month by May 31”');
            assert.ok(precise, `no “Say how much” among ${actions.map(action => action.title).join('; ')}`);
            assert.equal(precise.isPreferred, true);

            await applyUntil(vscode, document, precise, found => withCode(found, 'goal-is-activity').length === 0);
            assert.equal(document.lineAt(line).text.trim(), 'goal Community "1,000 orders a month by May 31" {');

            await revert(vscode, document);
        }
    }
];

/** The quick fixes VS Code collects for `diagnostic`, as the light bulb would show them. */
function quickFixes(vscode: VSCode, document: TextDocument, diagnostic: Diagnostic): Thenable<CodeAction[]> {
    return vscode.commands.executeCommand<CodeAction[]>(
        'vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
}

/** Applies the edit of `action` and resolves with the diagnostics once they satisfy `predicate`. */
async function applyUntil(
    vscode: VSCode, document: TextDocument, action: CodeAction, predicate: (found: Diagnostic[]) => boolean
): Promise<Diagnostic[]> {
    assert.ok(action.edit, `the action “${action.title}” has no edit`);
    const changed = diagnostics(vscode, document.uri, predicate, { changedOnly: true });
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    return changed;
}

/** Puts the example back as it is on disk, with its diagnostics. */
async function revert(vscode: VSCode, document: TextDocument): Promise<void> {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await diagnostics(vscode, document.uri, commentedMistakesIn(document));
}
