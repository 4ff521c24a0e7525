import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keywordForms } from '../src/language/parsing/keywords.js';

/** What the benchmark measures: the files of one strategy folder and the one a user opens and edits. */
export interface BenchInput {
    name: string;
    files: Array<{ name: string; text: string }>;
    /** The file opened in the editor (its name in `files`). */
    main: string;
    /** Lines of all the files together. */
    lines: number;
}

export function singleFile(name: string, text: string): BenchInput {
    return { name, files: [{ name: 'strategy.smm', text }], main: 'strategy.smm', lines: countLines(text) };
}

/** A strategy with a file of actuals beside it; the strategy stays the file opened and edited. */
export function withActuals(input: BenchInput, actuals: string): BenchInput {
    return { ...input, files: [...input.files, { name: 'actuals.smm', text: actuals }], lines: input.lines + countLines(actuals) };
}

/** A line that opens a `strategy` block, in either language of the keywords (`стратегия`). */
const STRATEGY_BLOCK = new RegExp(`^\\s*(?:${keywordForms('strategy').join('|')})\\s`, 'm');

/** An example folder as it is on disk; `main` is the file with the `strategy` block. */
export function exampleFolder(folder: string, name: string): BenchInput {
    const files = readdirSync(folder).filter(file => file.endsWith('.smm')).sort()
        .map(file => ({ name: file, text: readFileSync(join(folder, file), 'utf8') }));
    const main = files.find(file => STRATEGY_BLOCK.test(file.text))?.name ?? files[0].name;
    return { name, files, main, lines: files.reduce((total, file) => total + countLines(file.text), 0) };
}

export function mainText(input: BenchInput): string {
    return input.files.find(file => file.name === input.main)!.text;
}

function countLines(text: string): number {
    return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}
