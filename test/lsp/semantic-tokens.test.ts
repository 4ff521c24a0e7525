import { expectSemanticToken, highlightHelper, type DecodedSemanticTokensWithRanges } from 'langium/test';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createTestServices } from '../support/services.js';
import { freshUri } from './navigation-support.js';

const t = createTestServices();
const Smm = t.services;

beforeAll(() => t.builtinMetrics());
afterEach(() => t.clear());

/**
 * The token stream as `text type modifiers` lines. Langium's decoder undoes the relative encoding
 * (line and character deltas) and names the type; the modifier bit set is decoded here.
 */
function describeTokens({ tokens }: DecodedSemanticTokensWithRanges): string[] {
    const modifiers = Object.entries(Smm.lsp.SemanticTokenProvider!.tokenModifiers);
    return tokens.map(token => [
        token.text,
        token.tokenType,
        ...modifiers.filter(([, bit]) => token.tokenModifiers & bit).map(([name]) => name)
    ].join(' '));
}

async function tokensOf(text: string): Promise<string[]> {
    return describeTokens(await highlightHelper(Smm)(text, { documentUri: freshUri() }));
}

describe('semantic tokens', () => {
    test('declarations carry `declaration`, references are coloured by what they name', async () => {
        expect(await tokensOf([
            'role Smm',
            'channel vk',
            'segment Students { channels vk }',
            'product Cup',
            'funnel Orders for Students sells Cup { stage Reach via vk volume 100 }',
            'goal G { segment Students kpi orders >= 1 from Orders.Reach owner Smm }'
        ].join('\n'))).toEqual([
            'Smm parameter declaration',
            'vk interface declaration',
            'Students type declaration',
            'vk interface',
            'Cup class declaration',
            'Orders enum declaration',
            'Students type',
            'Cup class',
            'Reach enumMember declaration',
            'vk interface',
            'G event declaration',
            'Students type',
            'orders function defaultLibrary',
            'Orders enum',
            'Reach enumMember',
            'Smm parameter'
        ]);
    });

    test('a custom metric and its alias are not `defaultLibrary`; a standard one is', async () => {
        expect(await tokensOf('metric tastings { aka visits formula orders / 10 }\nadjust when Visits < 2 and ctr < 1% then "x"')).toEqual([
            'tastings function declaration',
            'visits function declaration',
            'orders function defaultLibrary',
            'Visits function',
            'ctr function defaultLibrary'
        ]);
    });

    test('tasks, goals and phases; an unknown name gets no colour', async () => {
        expect(await tokensOf('phase P { task Shoot "Shoot" task Post "Post" after Shoot, Unknown }\ngoal G\ncontent { rubric R goal G }')).toEqual([
            'P namespace declaration',
            'Shoot method declaration',
            'Post method declaration',
            'Shoot method',
            'G event declaration',
            'R property declaration',
            'G event'
        ]);
    });

    test('the token positions decode to the right places across lines', async () => {
        const result = await highlightHelper(Smm)('segment <|Students|>\n\ngoal G {\n    segment <|Students|>\n}', { documentUri: freshUri() });
        const students = result.tokens.filter(token => token.text === 'Students').map(token => token.offset);
        expect(students).toEqual(result.ranges.map(([start]) => start));
        expectSemanticToken(result, { rangeIndex: 0, tokenType: SemanticTokenTypes.type });
        expectSemanticToken(result, { rangeIndex: 1, tokenType: SemanticTokenTypes.type });
    });

    test('in `Funnel.Stage` the funnel and the stage are separate tokens', async () => {
        const result = await highlightHelper(Smm)('funnel F { stage A volume 1 }\ngoal G { kpi leads >= 1 from <|F|>.<|A|> }', { documentUri: freshUri() });
        expectSemanticToken(result, { rangeIndex: 0, tokenType: SemanticTokenTypes.enum });
        expectSemanticToken(result, { rangeIndex: 1, tokenType: SemanticTokenTypes.enumMember });
    });
});

describe('semantic tokens of the team regulations', () => {
    test('duties, approvals and response times are declared; the roles they name are references', async () => {
        expect(await tokensOf([
            'role Smm',
            'duty Report every monday owner Smm to Smm',
            'approval Posts { approve Smm }',
            'response Comments within 2 hours owner Smm accountable Smm'
        ].join('\n'))).toEqual([
            'Smm parameter declaration',
            'Report method declaration', 'Smm parameter', 'Smm parameter',
            'Posts decorator declaration', 'Smm parameter',
            'Comments variable declaration', 'Smm parameter', 'Smm parameter'
        ]);
    });
});
