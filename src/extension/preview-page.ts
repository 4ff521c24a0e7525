import { html, trustedHtml } from '../shared/html.js';
import { ROADMAP_EXPORT_FORMATS } from '../shared/roadmap-formats.js';
import { contentSecurityPolicy } from './webview-security.js';

/** The words of the page around the roadmap, in the language of VS Code. */
export interface PreviewPageLabels {
    toolbar: string;
    exportAs: string;
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
    /**
     * The roadmap's own styles (theme colours through `var(--vscode-…)`), as the language server gives them
     * (`smm/roadmapStyles`), set in the nonced `<style>`.
     */
    roadmapStyles: string;
    lang: string;
    labels: PreviewPageLabels;
}

/**
 * The page of the preview panel, set once per webview. The roadmap itself arrives later by message and
 * goes into `#smm-roadmap`, so updates keep the scroll position; syntax errors go into `#smm-banner`.
 * Every value is escaped by the `html` template; the stylesheet is the one thing taken as it is.
 */
export function previewPage(options: PreviewPageOptions): string {
    const { nonce, labels } = options;
    const exportButtons = ROADMAP_EXPORT_FORMATS.map(format =>
        html`<button type="button" class="smm-export" data-export="${format.id}">${format.label}</button>`);
    return html`<!DOCTYPE html>
<html lang="${options.lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(options.cspSource, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${options.styleUri}">
<style nonce="${nonce}">${trustedHtml(options.roadmapStyles)}</style>
</head>
<body>
<nav id="smm-toolbar" aria-label="${labels.toolbar}">
<span class="smm-toolbar-label">${labels.exportAs}</span>${exportButtons}
<button type="button" id="smm-lock" aria-pressed="false" title="${labels.lockHint}">${labels.lock}</button>
</nav>
<div id="smm-banner" role="alert" hidden></div>
<main id="smm-roadmap" aria-busy="true"><p class="smm-loading">${labels.loading}</p></main>
<script nonce="${nonce}" src="${options.scriptUri}"></script>
</body>
</html>
`.markup;
}
