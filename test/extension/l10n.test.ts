import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/artifacts.js';

/** Every `vscode.l10n.t('…')` text of the client, read from its sources. */
function clientTexts(): string[] {
    const folder = join(ROOT, 'src', 'extension');
    const texts = new Set<string>();
    for (const file of readdirSync(folder).filter(name => name.endsWith('.ts'))) {
        const source = readFileSync(join(folder, file), 'utf8');
        for (const match of source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) {
            texts.add(match[1].replace(/\\'/g, '\''));
        }
    }
    return [...texts].sort();
}

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map(m => m[0]).sort();

describe('client translations', () => {
    const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.ru.json'), 'utf8')) as Record<string, string>;
    const texts = clientTexts();

    it('finds the client texts', () => {
        expect(texts).toContain('Roadmap: {0}');
        expect(texts.length).toBeGreaterThan(20);
    });

    it('has a Russian text with the same placeholders for every English one, and nothing else', () => {
        for (const text of texts) {
            expect(bundle[text], text).toMatch(/[а-яё]/i);
            expect(placeholders(bundle[text]), text).toEqual(placeholders(text));
        }
        expect(Object.keys(bundle).sort()).toEqual(texts);
    });
});
