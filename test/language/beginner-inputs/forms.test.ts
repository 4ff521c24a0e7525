import { readFileSync } from 'node:fs';
import type { AstNode, LangiumDocument } from 'langium';
import { afterEach, describe, expect, test } from 'vitest';
import { currencyCode } from '../../../src/analysis/money.js';
import { stageChannels } from '../../../src/analysis/forecast.js';
import { ownersOf } from '../../../src/analysis/team.js';
import { t as translate, type Locale } from '../../../src/i18n/index.js';
import type { Stage } from '../../../src/language/generated/ast.js';
import { createTestServices, nodesOf, type Issue } from '../../support/services.js';

/**
 * The everyday forms a beginner types, each with what must happen: accepted with the value the canonical
 * spelling has, or an error whose message names the allowed forms. The cases are data (forms.json), so
 * that anyone can add the next one a user tries.
 */
interface Case {
    id: string;
    lang: Locale;
    /** `ru` and `en` put the text inside a small strategy in that language; `file` takes it as the whole file. */
    wrap: 'ru' | 'en' | 'file';
    text: string;
    /** [node type, path, value]: the first node of that type in the file has that value. */
    accepted?: Array<[string, string, unknown]>;
    /** Diagnostics that must be reported, with words their message must contain. */
    errors?: Array<{ code: string; says: string[] }>;
    /** Codes that must not be reported: an erroneous value feeds no other check. */
    absent?: string[];
}

const cases = JSON.parse(readFileSync(new URL('./forms.json', import.meta.url), 'utf8')) as Case[];

const WRAPPERS = {
    ru: (text: string) => `strategy «Проверка» {\n    period 2027-01-01 .. 2027-06-30\n    currency RUB\n    role СММ «SMM-менеджер»\n${indent(text)}\n}\n`,
    en: (text: string) => `strategy "Check" {\n    period 2027-01-01 .. 2027-06-30\n    currency USD\n    role Manager "SMM manager"\n${indent(text)}\n}\n`,
    file: (text: string) => text
};

function indent(text: string): string {
    return text.split('\n').map(line => `    ${line}`).join('\n');
}

/**
 * A value as the analysis reads it: owners and a stage's channels through their accessors, a currency
 * (`руб.`, `$`) as its ISO code.
 */
function valueAt(node: AstNode, path: string): unknown {
    let value: unknown = node;
    for (const key of path.split('.')) {
        if (key === 'owners') {
            value = ownersOf(value as Parameters<typeof ownersOf>[0]).map(role => role.name);
        } else if (key === 'channels' && (value as AstNode).$type === 'Stage') {
            value = stageChannels(value as Stage).map(channel => channel.name);
        } else {
            value = (value as Record<string, unknown> | undefined)?.[key];
        }
        if ((key === 'currency' || key === 'unit') && typeof value === 'string' && value !== '%') {
            value = currencyCode(value);
        }
    }
    return value;
}

/** "expected X but found Y" in either language: a syntax message that names neither the problem nor a remedy. */
function isGeneric(message: string): boolean {
    return (['en', 'ru'] as const).some(locale => {
        const template = translate(locale, 'syntax.expected', { expected: '\u0000', found: '\u0001' });
        const pattern = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\u0000', '.+').replace('\u0001', '.+');
        return new RegExp(pattern).test(message);
    });
}

const t = createTestServices();
afterEach(() => t.clear());

async function check(input: Case): Promise<{ document: LangiumDocument; issues: Issue[] }> {
    t.setLocale(input.lang);
    const text = WRAPPERS[input.wrap](input.text);
    const issues = await t.validate(text);
    const document = t.services.shared.workspace.LangiumDocuments.all.find(d => d.uri.toString() === 'file:///ws/strategy.smm')!;
    return { document, issues };
}

describe('the everyday forms of beginners (test/language/beginner-inputs/forms.json)', () => {
    test('the corpus has at least 25 inputs, in Russian and in English', () => {
        expect(cases.length).toBeGreaterThanOrEqual(25);
        expect(cases.filter(c => c.lang === 'ru').length).toBeGreaterThanOrEqual(10);
        expect(cases.filter(c => c.lang === 'en').length).toBeGreaterThanOrEqual(10);
    });

    test.each(cases.filter(c => c.accepted).map(c => [c.id, c] as const))('accepted: %s', async (_, input) => {
        const { document, issues } = await check(input);
        expect(issues.filter(i => i.severity === 'error').map(i => `${i.code}: ${i.message}`)).toEqual([]);
        for (const [type, path, expected] of input.accepted!) {
            const node = nodesOf(document, type)[0];
            expect(node, `a ${type} in the file`).toBeDefined();
            expect(valueAt(node, path), `${type}.${path}`).toEqual(expected);
        }
    });

    test.each(cases.filter(c => c.errors).map(c => [c.id, c] as const))('an error that says what to write: %s', async (_, input) => {
        const { issues } = await check(input);
        for (const { code, says } of input.errors!) {
            const found = issues.filter(i => i.code === code);
            expect(found.map(i => i.message), code).not.toEqual([]);
            for (const words of says) {
                expect(found.some(i => i.message.includes(words)), `${code} mentions “${words}”: ${found.map(i => i.message).join(' | ')}`).toBe(true);
            }
        }
        expect(issues.filter(i => input.absent?.includes(i.code ?? '')).map(i => i.message)).toEqual([]);
    });

    test('no input of the corpus gets a generic “expected X but found Y”', async () => {
        const generic: string[] = [];
        for (const input of cases) {
            const { issues } = await check(input);
            generic.push(...issues.filter(i => i.code === 'syntax-error' && isGeneric(i.message)).map(i => `${input.id}: ${i.message}`));
            await t.clear();
        }
        expect(generic).toEqual([]);
    });
});
