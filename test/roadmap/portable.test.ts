import { describe, expect, it } from 'vitest';
import type { Roadmap } from '../../src/roadmap/model.js';
import { portableRoadmap } from '../../src/roadmap/portable.js';

const range = { start: { line: 3, character: 2 }, end: { line: 3, character: 9 } };

function model(uri: string, other = uri): Roadmap {
    return {
        goals: [{ name: 'G', source: { uri, range } }, { name: 'H', source: { uri: other, range } }],
        health: { diagnostics: [{ severity: 'error', code: 'x', message: 'm', line: 3, uri }] }
    } as unknown as Roadmap;
}

describe('portableRoadmap', () => {
    it('names the files of the strategy\'s folder by their decoded names', () => {
        const folder = 'file:///home/anna/%D0%BA%D0%BB%D0%B8%D0%B5%D0%BD%D1%82/';
        const portable = portableRoadmap(model(`${folder}strategy.smm`, `${folder}%D0%B0%D1%83%D0%B4.smm`), `${folder}strategy.smm`);
        expect(JSON.stringify(portable)).not.toContain('anna');
        expect(portable).toEqual({
            goals: [{ name: 'G', source: { uri: 'strategy.smm', range } }, { name: 'H', source: { uri: 'ауд.smm', range } }],
            health: { diagnostics: [{ severity: 'error', code: 'x', message: 'm', line: 3, uri: 'strategy.smm' }] }
        });
    });

    it('leaves out a source outside the folder and the URI of an unsaved file', () => {
        const portable = portableRoadmap(model('file:///home/anna/plan/strategy.smm', 'file:///home/anna/other/x.smm'),
            'file:///home/anna/plan/strategy.smm');
        expect(portable.goals[1]).toEqual({ name: 'H' });
        const untitled = portableRoadmap(model('untitled:Untitled-1'), 'untitled:Untitled-1');
        expect(untitled.goals[0]).toEqual({ name: 'G' });
    });
});
