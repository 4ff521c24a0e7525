import { randomBytes } from 'node:crypto';

/**
 * A fresh nonce for one webview page: 128 random bits from the operating system's generator, in base64.
 * Only the page's own `<style>` and `<script>` carry it, so nothing else can run or restyle the page.
 */
export function createNonce(): string {
    return randomBytes(16).toString('base64');
}

/**
 * The Content-Security-Policy of the preview: nothing is allowed unless listed. Styles come from the
 * extension's media folder or the nonced `<style>`, scripts only from the nonced `<script>`, images only
 * from the media folder or `data:` URLs; no remote content, no inline handlers, no `eval`.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
    return [
        `default-src 'none'`,
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        `img-src ${cspSource} data:`
    ].join('; ');
}
