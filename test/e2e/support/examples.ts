import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { join } from 'node:path';
import { EXAMPLES } from '../../support/artifacts.js';
import { runCli } from '../../support/run.js';
import { positionOf } from '../../support/strategies.js';
import { UI_TIMEOUT_MS, type Problem, type Workbench } from './workbench.js';

/** The examples the workbench opens, by their path in the workspace (a copy of examples/). */
export const MISTAKES = 'mistakes.smm';
export const COFFEE = 'coffee-en/strategy.smm';

export function exampleText(path: string): string {
    return readFileSync(join(EXAMPLES, path), 'utf8');
}

/** One-based line and column of `marker` (plus `offset`) in an example, as the editor counts them. */
export function exampleLocation(path: string, marker: string, offset = 0): { line: number; column: number } {
    const { line, character } = positionOf(exampleText(path), marker, offset);
    return { line: line + 1, column: character + 1 };
}

/** The diagnostics `smm check` reports for an example: what every editor has to show for it too. */
export async function cliDiagnostics(path: string, lang: 'en' | 'ru'): Promise<Omit<Problem, 'source'>[]> {
    const result = await runCli(['check', join(EXAMPLES, path), '--format', 'json', '--lang', lang]);
    const report = JSON.parse(result.stdout) as { diagnostics: Array<Omit<Problem, 'source'>> };
    return report.diagnostics.map(({ code, line, column, message }) => ({ code, line, column, message }));
}

/** Problems in a stable order, for comparisons that do not depend on how a panel sorts them. */
export function sortedProblems<T extends Omit<Problem, 'source'>>(problems: T[]): Omit<Problem, 'source'>[] {
    return problems
        .map(({ code, line, column, message }) => ({ code, line, column, message }))
        .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

/**
 * Waits until the Problems panel lists exactly the diagnostics `smm check --lang lang` reports for the
 * example, compared one code at a time: the panel renders only the rows that fit on the screen.
 */
export async function expectProblemsOf(workbench: Workbench, path: string, lang: 'en' | 'ru'): Promise<void> {
    const expected = sortedProblems(await cliDiagnostics(path, lang));
    expect(expected.length).toBeGreaterThan(0);
    for (const code of new Set(expected.map(problem => problem.code))) {
        await workbench.showProblems(code);
        await expect.poll(async () => sortedProblems(await workbench.problems()), { timeout: UI_TIMEOUT_MS })
            .toEqual(expected.filter(problem => problem.code === code));
    }
}
