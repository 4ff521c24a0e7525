import { escapeHtml } from '../roadmap/render/escape.js';
import { EXPORT_FORMATS, type ExportFormat } from './export-formats.js';
import { contentSecurityPolicy } from './webview-security.js';

/** The words of the page around the roadmap, in the language of VS Code. */
export interface PreviewPageLabels {
    toolbar: string;
    exportAs: string;
    formats: Record<ExportFormat, string>;
    lock: string;
    lockHint: string;
    loading: string;
}

export interface PreviewPageOptions {
    /** `webview.cspSource`: the origin of the extension's media folder inside the webview. */
    cspSource: string;
    nonce: string;
    /** Webview URIs of `media/preview.js` and `media/preview.css`. */
    scriptUri: string;
    styleUri: string;
    /** The roadmap's own styles (theme colours through `var(--vscode-…)`), set in the nonced `<style>`. */
    roadmapStyles: string;
    lang: string;
    labels: PreviewPageLabels;
}

/**
 * The page of the preview panel, set once per webview. The roadmap itself arrives later by message and
 * goes into `#smm-roadmap`, so updates keep the scroll position; syntax errors go into `#smm-banner`.
 */
export function previewPage(options: PreviewPageOptions): string {
    const { nonce, labels } = options;
    const attribute = (text: string) => `"${escapeHtml(text)}"`;
    const exportButtons = EXPORT_FORMATS.map(format =>
        `<button type="button" class="smm-export" data-export=${attribute(format)}>${escapeHtml(labels.formats[format])}</button>`
    ).join('');
    return `<!DOCTYPE html>
<html lang=${attribute(options.lang)}>
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content=${attribute(contentSecurityPolicy(options.cspSource, nonce))}>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href=${attribute(options.styleUri)}>
<style nonce=${attribute(nonce)}>${options.roadmapStyles}</style>
</head>
<body>
<nav id="smm-toolbar" aria-label=${attribute(labels.toolbar)}>
<span class="smm-toolbar-label">${escapeHtml(labels.exportAs)}</span>${exportButtons}
<button type="button" id="smm-lock" aria-pressed="false" title=${attribute(labels.lockHint)}>${escapeHtml(labels.lock)}</button>
</nav>
<div id="smm-banner" role="alert" hidden></div>
<main id="smm-roadmap" aria-busy="true"><p class="smm-loading">${escapeHtml(labels.loading)}</p></main>
<script nonce=${attribute(nonce)} src=${attribute(options.scriptUri)}></script>
</body>
</html>
`;
}
