import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ALL_ISSUE_CODES, ISSUES } from '../../src/language/validation/issue-catalog.js';
import { GENERATED_FILES, generateDiagnosticsReference } from '../../scripts/generated-files.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the files generated from the issue catalog', () => {
    test.each(GENERATED_FILES.map(file => [file.path, file] as const))('%s is current (else run `npm run generate`)', (path, file) => {
        const text = read(path);
        expect(file.generate(text)).toBe(text);
    });

    test('the diagnostics reference has one row per code, with its default severity', () => {
        const text = read('docs/diagnostics.md');
        for (const code of ALL_ISSUE_CODES) {
            expect(text).toContain(`| \`${code}\` | ${ISSUES[code].severity} |`);
        }
    });

    test('a reference without the marker lines is refused, not overwritten', () => {
        expect(() => generateDiagnosticsReference('# Diagnostics\n\nProse only.\n')).toThrow(/diagnostics:begin/);
    });

    test('the text around the markers is kept', () => {
        const generated = generateDiagnosticsReference('Before.\n<!-- diagnostics:begin -->\nstale\n<!-- diagnostics:end -->\nAfter.\n');
        expect(generated.startsWith('Before.\n<!-- diagnostics:begin -->\n')).toBe(true);
        expect(generated.endsWith('<!-- diagnostics:end -->\nAfter.\n')).toBe(true);
        expect(generated).not.toContain('stale');
    });
});
