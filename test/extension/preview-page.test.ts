import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/shared/roadmap-formats.js';
import { previewPage, type PreviewPageOptions } from '../../src/extension/preview-page.js';
import { attributeOf, parseDocument, textOf, type HtmlElement } from '../support/html.js';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const MEDIA = `${CSP_SOURCE}/ext/media`;

function options(overrides: Partial<PreviewPageOptions> = {}): PreviewPageOptions {
    return {
        cspSource: CSP_SOURCE,
        nonce: 'bm9uY2Utb2YtdGhpcy1wYWdl',
        scriptUri: `${MEDIA}/preview.js`,
        styleUri: `${MEDIA}/preview.css`,
        roadmapStyles: 'section { color: var(--vscode-foreground); }',
        lang: 'ru',
        labels: {
            toolbar: 'Дорожная карта',
            exportAs: 'Экспорт:',
            lock: 'Закрепить',
            lockHint: 'Показывать только этот файл',
            loading: 'Строим дорожную карту…'
        },
        ...overrides
    };
}

const byTag = (elements: HtmlElement[], tag: string) => elements.filter(e => e.tagName === tag);
const byId = (elements: HtmlElement[], id: string) => elements.find(e => attributeOf(e, 'id') === id);

describe('preview page', () => {
    const page = parseDocument(previewPage(options()));

    it('declares the strict policy in its head, with the nonce of this page', () => {
        const [policy] = byTag(page, 'meta').filter(m => attributeOf(m, 'http-equiv') === 'Content-Security-Policy');
        expect(attributeOf(policy, 'content')).toBe(
            `default-src 'none'; style-src ${CSP_SOURCE} 'nonce-bm9uY2Utb2YtdGhpcy1wYWdl'; `
            + `script-src 'nonce-bm9uY2Utb2YtdGhpcy1wYWdl'; img-src ${CSP_SOURCE} data:`);
    });

    it('runs one script, from the media folder, carrying the nonce', () => {
        const scripts = byTag(page, 'script');
        expect(scripts.map(s => [attributeOf(s, 'src'), attributeOf(s, 'nonce')]))
            .toEqual([[`${MEDIA}/preview.js`, 'bm9uY2Utb2YtdGhpcy1wYWdl']]);
    });

    it('takes its styles from the media folder and the nonced roadmap styles only', () => {
        expect(byTag(page, 'link').map(l => attributeOf(l, 'href'))).toEqual([`${MEDIA}/preview.css`]);
        const styles = byTag(page, 'style');
        expect(styles.map(s => attributeOf(s, 'nonce'))).toEqual(['bm9uY2Utb2YtdGhpcy1wYWdl']);
        expect(textOf(styles[0])).toBe('section { color: var(--vscode-foreground); }');
        expect(page.filter(e => attributeOf(e, 'style') !== undefined)).toEqual([]);
    });

    it('refers to nothing outside the extension', () => {
        const urls = page.flatMap(e => e.attrs.filter(a => a.name === 'src' || a.name === 'href').map(a => a.value));
        expect(urls.every(url => url.startsWith(MEDIA))).toBe(true);
    });

    it('has the places the roadmap and the banner go, the banner hidden', () => {
        expect(byId(page, 'smm-roadmap')?.tagName).toBe('main');
        const banner = byId(page, 'smm-banner');
        expect(attributeOf(banner!, 'hidden')).toBe('');
        expect(attributeOf(banner!, 'role')).toBe('alert');
    });

    it('offers an export button per format and a lock button, in the language of VS Code', () => {
        const exports = page.filter(e => attributeOf(e, 'data-export') !== undefined);
        expect(exports.map(b => attributeOf(b, 'data-export'))).toEqual([...EXPORT_FORMATS]);
        expect(exports.map(textOf)).toEqual(['HTML', 'Markdown', 'CSV', 'iCalendar', 'JSON']);
        expect(textOf(byId(page, 'smm-lock')!)).toBe('Закрепить');
        expect(attributeOf(byTag(page, 'html')[0], 'lang')).toBe('ru');
    });

    it('escapes its labels', () => {
        const hostile = parseDocument(previewPage(options({
            labels: { ...options().labels, exportAs: '<img src=x onerror=alert(1)>', lockHint: '"><script>alert(1)</script>' }
        })));
        expect(byTag(hostile, 'img')).toEqual([]);
        expect(byTag(hostile, 'script')).toHaveLength(1);
        expect(textOf(hostile.find(e => attributeOf(e, 'class') === 'smm-toolbar-label')!)).toBe('<img src=x onerror=alert(1)>');
        expect(attributeOf(byId(hostile, 'smm-lock')!, 'title')).toBe('"><script>alert(1)</script>');
    });
});
