import { expectFoldings } from 'langium/test';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createTestServices } from '../support/services.js';
import { freshUri } from './navigation-support.js';

const t = createTestServices();
const Smm = t.services;

beforeAll(() => t.builtinMetrics());
afterEach(() => t.clear());

/** The folds of a text as `first-last (kind)` lines, 0-based as LSP counts. */
async function expectFolds(lines: string[], expected: string[]): Promise<void> {
    await expectFoldings(Smm)({
        text: lines.join('\n'),
        parseOptions: { documentUri: freshUri() },
        disposeAfterCheck: true,
        assert: (foldings: FoldingRange[]) => expect(foldings.map(f => `${f.startLine}-${f.endLine}${f.kind ? ` ${f.kind}` : ''}`)).toEqual(expected)
    });
}

describe('folding', () => {
    test('every block folds, keeping its closing brace visible; a funnel folds with its stages', async () => {
        await expectFolds([
            'strategy "S" {',                       // 0
            '    segment Students {',                // 1
            '        size 45 000',                   // 2
            '    }',                                 // 3
            '    funnel Orders {',                   // 4
            '        stage Reach volume 1000',       // 5
            '        stage Order conversion 5%',     // 6
            '    }',                                 // 7
            '    phase Launch {',                    // 8
            '        task "Shoot" owner A',          // 9
            '    }',                                 // 10
            '    content {',                         // 11
            '        rubric Bar on vk',              // 12
            '    }',                                 // 13
            '}'                                      // 14
        ], ['0-13', '1-2', '4-6', '8-9', '11-12']);
    });

    test('a task written over several lines folds to its first line', async () => {
        await expectFolds([
            'phase Launch {',                        // 0
            '    task Shoot "Product shoot"',        // 1
            '        owner Designer',                // 2
            '        due 2027-01-12',                // 3
            '    task Post "Post"',                  // 4
            '}'                                      // 5
        ], ['0-4', '1-3']);
    });

    test('block comments and runs of line comments fold; a comment after code does not join a run', async () => {
        await expectFolds([
            '// Dash Coffee strategy.',              // 0
            '// Segments live in audience.smm.',     // 1
            '//',                                    // 2
            '/**',                                   // 3
            ' * Students near the campus.',          // 4
            ' */',                                   // 5
            'segment Students // one line',          // 6
            '// another',                            // 7
            'role A',                                // 8
            '/* short */'                            // 9
        ], [`0-2 ${FoldingRangeKind.Comment}`, `3-5 ${FoldingRangeKind.Comment}`]);
    });

    test('a two-line block comment folds too', async () => {
        await expectFolds(['/* Impact is the money we lose;', '   probability × impact is the expected loss. */', 'role A'],
            [`0-1 ${FoldingRangeKind.Comment}`]);
    });
});
