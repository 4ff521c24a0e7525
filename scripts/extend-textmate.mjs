// Langium generates the TextMate grammar's keywords, strings and comments; this adds what it cannot
// derive from the grammar: the Russian forms of the keywords, dates, numbers (with the separators the
// language accepts), percentages, currency symbols and comparison operators. Safe to run more than once.
import { readFileSync, writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

const path = new URL('../syntaxes/smm.tmLanguage.json', import.meta.url);
const grammar = JSON.parse(readFileSync(path, 'utf8'));

const extra = [
    { name: 'constant.numeric.date.smm', match: '\\b\\d{4}-\\d{2}-\\d{2}\\b' },
    {
        name: 'constant.numeric.smm',
        match: '\\b(?:\\d{1,3}(?:,\\d{3}){2,}(?:\\.\\d+)?|(?:\\d{1,3}(?:[ \\u00A0\\u202F_]\\d{3})+|\\d+)(?:[.,]\\d+)?)(?:\\s?%)?'
    },
    { name: 'support.constant.currency.smm', match: '[₽$€£₸]' },
    { name: 'keyword.operator.comparison.smm', match: '>=|<=|≥|≤|>|<|=' },
    { name: 'keyword.operator.range.smm', match: '\\.\\.|(?<=\\d\\s?)[-–](?=\\s?\\d)' }
];

const names = new Set(extra.map(p => p.name));
// «…» strings have no escapes in the language: a backslash there is an ordinary character.
for (const pattern of grammar.patterns) {
    if (pattern.begin === '«') {
        delete pattern.patterns;
    }
}
// The table of Russian keywords is TypeScript without imports: compiled on the fly and imported as a module.
const tableSource = readFileSync(new URL('../src/language/parsing/russian-keywords.ts', import.meta.url), 'utf8');
const { code } = await esbuild.transform(tableSource, { loader: 'ts', format: 'esm' });
const { RUSSIAN_KEYWORD_TABLE } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const keywords = grammar.patterns.find(p => p.name === 'keyword.control.smm' && p.match?.startsWith('\\b('));
const words = keywords.match.slice('\\b('.length, -')\\b'.length).split('|');
const russian = Object.values(RUSSIAN_KEYWORD_TABLE).flat().map(form => form.split(/\s+/).join('\\s+'));
// Longest first, so that `срок-жизни` is one keyword, not `срок` and a name.
const all = [...new Set([...words, ...russian])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
keywords.match = `\\b(${all.join('|')})\\b`;

const [comments, ...rest] = grammar.patterns.filter(p => !names.has(p.name));
// Strings first so that numbers inside quotes stay part of the string; keywords last.
const strings = rest.filter(p => p.name?.startsWith('string.'));
const others = rest.filter(p => !p.name?.startsWith('string.'));
grammar.patterns = [comments, ...strings, ...extra, ...others];
writeFileSync(path, JSON.stringify(grammar, null, 2) + '\n');
