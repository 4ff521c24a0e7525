import { writeFileSync } from 'node:fs';

/**
 * A minimal test runner for the extension host. The test modules receive the `vscode` API as an argument
 * instead of importing it: `vscode` exists only inside an extension host, and this way the test suite
 * outside can import the same modules to know the tests by name.
 */

export type VSCode = typeof import('vscode');

export interface InHostTest {
    name: string;
    run(vscode: VSCode): Promise<void>;
}

export interface InHostResult {
    name: string;
    passed: boolean;
    durationMs: number;
    error?: string;
}

/** The environment variable naming the JSON file `runInHost` writes its results to. */
export const REPORT_VARIABLE = 'SMM_IN_HOST_REPORT';

/**
 * Runs the tests one after the other, prints a line per test, writes the results to the report file when
 * one is named, and rejects when a test failed: the extension host then exits with a non-zero code.
 */
export async function runInHost(tests: readonly InHostTest[], vscode: VSCode): Promise<void> {
    const results: InHostResult[] = [];
    for (const test of tests) {
        const started = Date.now();
        try {
            await test.run(vscode);
            results.push({ name: test.name, passed: true, durationMs: Date.now() - started });
        } catch (error) {
            const text = error instanceof Error ? error.stack ?? error.message : String(error);
            results.push({ name: test.name, passed: false, durationMs: Date.now() - started, error: text });
        }
        const result = results[results.length - 1];
        console.log(`${result.passed ? 'ok' : 'FAILED'} ${test.name} (${result.durationMs} ms)${result.error ? `\n${result.error}` : ''}`);
    }
    const report = process.env[REPORT_VARIABLE];
    if (report) {
        writeFileSync(report, JSON.stringify(results, null, 2));
    }
    const failed = results.filter(result => !result.passed);
    if (failed.length > 0) {
        throw new Error(`${failed.length} of ${results.length} in-host tests failed: ${failed.map(result => result.name).join('; ')}`);
    }
}
