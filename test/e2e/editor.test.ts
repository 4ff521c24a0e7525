import { describe, expect, it } from 'vitest';
import { COFFEE, cliDiagnostics, MISTAKES, sortedProblems } from './support/examples.js';
import { useWorkbench } from './support/suite.js';
import { UI_TIMEOUT_MS } from './support/workbench.js';

const session = useWorkbench();

describe('the packaged extension in VS Code', () => {
    it('activates on an example: the language mode reads SMM Strategy and the grammar colours keywords', async () => {
        const { workbench } = session();
        await workbench.openFile(COFFEE);

        expect(await workbench.languageMode()).toBe('SMM Strategy');
        const keyword = await workbench.tokenColor('strategy');
        expect(await workbench.tokenColor('period')).toBe(keyword);
        expect(keyword).not.toBe(await workbench.editorForeground());
        expect(keyword).not.toBe(await workbench.tokenColor('60_000'));
    });

    it('lists the mistakes example in the Problems panel with the codes and positions `smm check` reports', async () => {
        const { workbench } = session();
        await workbench.openFile(MISTAKES);
        const expected = sortedProblems(await cliDiagnostics(MISTAKES, 'en'));
        expect(expected.length).toBeGreaterThan(10);

        // One code at a time: the panel renders only the rows that fit on the screen.
        for (const code of new Set(expected.map(problem => problem.code))) {
            await workbench.showProblems(code);
            await expect.poll(async () => sortedProblems(await workbench.problems()), { timeout: UI_TIMEOUT_MS })
                .toEqual(expected.filter(problem => problem.code === code));
        }
    });
});
