import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFileName, isExportFormat, isStrategyFile } from '../../src/extension/export-formats.js';
import { ROADMAP_FORMATS } from '../../src/protocol.js';
import { RENDER_FORMATS } from '../../src/roadmap/render/index.js';

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

describe('export formats', () => {
    it('are the formats the roadmap renders to, and the server answers them and the preview body', () => {
        expect([...EXPORT_FORMATS]).toEqual([...RENDER_FORMATS]);
        expect([...ROADMAP_FORMATS]).toEqual(['preview', ...RENDER_FORMATS]);
    });

    it('are the five export formats, not the preview body', () => {
        expect(EXPORT_FORMATS.every(isExportFormat)).toBe(true);
        expect(isExportFormat('preview')).toBe(false);
        expect(isExportFormat('pdf')).toBe(false);
        expect(isExportFormat(undefined)).toBe(false);
    });
});
