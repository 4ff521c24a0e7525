import { AstUtils, CstUtils, type AstNode, type CstNode } from 'langium';
import { afterEach, describe, expect, test } from 'vitest';
import { allNodes, forEachCstNode, referencesOf } from '../../../src/language/parsing/ast-walk.js';
import { exampleFiles } from '../../roadmap/helpers.js';
import { createTestServices } from '../../support/services.js';

const t = createTestServices();
afterEach(() => t.clear());

const EXAMPLES = ['coffee-en', 'zerno-ru'];

describe('the plain walk over the syntax tree', () => {
    test.each(EXAMPLES)('visits the nodes of %s that Langium streams, in the same order', async example => {
        let total = 0;
        for (const document of (await t.addFiles(exampleFiles(example))).values()) {
            const root = document.parseResult.value;
            const streamed = AstUtils.streamAst(root).toArray();
            total += streamed.length;
            expect(allNodes(root)).toEqual(streamed);
        }
        expect(total).toBeGreaterThan(200);
    });

    test.each(EXAMPLES)('lists the references of each node of %s that Langium streams', async example => {
        let total = 0;
        for (const document of (await t.addFiles(exampleFiles(example))).values()) {
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                const streamed = AstUtils.streamReferences(node).toArray();
                total += streamed.length;
                expect(referencesOf(node)).toEqual(streamed);
            }
        }
        expect(total).toBeGreaterThan(50);
    });

    test.each(EXAMPLES)('visits the syntax nodes of %s that Langium streams, in the same order', async example => {
        for (const document of (await t.addFiles(exampleFiles(example))).values()) {
            const root = document.parseResult.value.$cstNode!;
            const visited: CstNode[] = [];
            forEachCstNode(root, node => visited.push(node));
            expect(visited).toEqual(CstUtils.streamCst(root).toArray());
        }
    });

    test('a tree 100,000 nodes deep is walked without running out of stack', () => {
        const root: AstNode = { $type: 'Model' };
        let leaf: Record<string, unknown> = root as unknown as Record<string, unknown>;
        for (let depth = 0; depth < 100_000; depth++) {
            const child = { $type: 'Group', $container: leaf };
            leaf.inner = child;
            leaf = child;
        }
        const nodes = allNodes(root);
        expect(nodes).toHaveLength(100_001);
        expect(nodes.at(-1)).toBe(leaf);
    });
});
