import { describe, expect, it } from 'vitest';
import { ROADMAP_FORMATS } from '../../src/protocol.js';
import { EXPORT_FORMATS, exportFormat, formatOfExtension, isExportFormat, ROADMAP_EXPORT_FORMATS } from '../../src/shared/roadmap-formats.js';

describe('the export formats of a roadmap', () => {
    it('are offered in one order: a page, text, the content calendar, a calendar, the model', () => {
        expect(ROADMAP_EXPORT_FORMATS.map(format => [format.id, format.extension, format.label])).toEqual([
            ['html', 'html', 'HTML'], ['md', 'md', 'Markdown'], ['csv', 'csv', 'CSV'], ['ics', 'ics', 'iCalendar'], ['json', 'json', 'JSON']
        ]);
    });

    it('are what the server answers, besides the preview body', () => {
        expect([...ROADMAP_FORMATS]).toEqual(['preview', ...EXPORT_FORMATS]);
    });

    it('are the five export formats, not the preview body', () => {
        expect(EXPORT_FORMATS.every(isExportFormat)).toBe(true);
        expect(isExportFormat('preview')).toBe(false);
        expect(isExportFormat('pdf')).toBe(false);
        expect(isExportFormat(undefined)).toBe(false);
    });

    it('are named by the extension of a file, in any letter case', () => {
        expect(formatOfExtension('MD')).toBe('md');
        expect(formatOfExtension('ical')).toBeUndefined();
        expect(formatOfExtension('')).toBeUndefined();
    });

    it('open a page in the browser and everything else in the editor', () => {
        expect(EXPORT_FORMATS.filter(format => exportFormat(format).opensIn === 'browser')).toEqual(['html']);
    });
});
