import { describe, expect, it } from 'vitest';
import { exportFileName, handbookFileName, isStrategyFile } from '../../src/extension/export-files.js';
import { EXPORT_FORMATS } from '../../src/shared/roadmap-formats.js';

describe('export file names', () => {
    it('proposes <file>.roadmap.<ext> for each format', () => {
        expect(EXPORT_FORMATS.map(format => exportFileName('zerno.smm', format))).toEqual([
            'zerno.roadmap.html', 'zerno.roadmap.md', 'zerno.roadmap.csv', 'zerno.roadmap.ics', 'zerno.roadmap.json'
        ]);
    });

    it('keeps Russian names and dots inside the name, and drops the extension in any letter case', () => {
        expect(exportFileName('стратегия.v2.SMM', 'md')).toBe('стратегия.v2.roadmap.md');
    });

    it('names an untitled or extension-only file "strategy"', () => {
        expect(exportFileName('.smm', 'csv')).toBe('strategy.roadmap.csv');
    });
});

describe('export targets', () => {
    it('refuses a strategy file, whatever the letter case', () => {
        expect(isStrategyFile('/work/zerno/zerno.smm')).toBe(true);
        expect(isStrategyFile('C:\\plans\\Zerno.SMM')).toBe(true);
    });

    it('accepts the export formats, including a name that merely contains .smm', () => {
        expect(isStrategyFile('/work/zerno/zerno.roadmap.html')).toBe(false);
        expect(isStrategyFile('/work/zerno.smm.md')).toBe(false);
    });
});

describe('handbook file names', () => {
    it('proposes <file>.handbook.<role>.<ext>, keeping a Russian role and replacing what a file name cannot hold', () => {
        expect(handbookFileName('zerno.smm', 'СММ', 'md')).toBe('zerno.handbook.СММ.md');
        expect(handbookFileName('strategy.smm', 'SMM manager / lead', 'html')).toBe('strategy.handbook.SMM-manager-lead.html');
    });
});
