import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce } from '../../src/extension/webview-security.js';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
    return new Map(policy.split(';').map(part => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

describe('nonce', () => {
    it('is 128 random bits in base64, different every time', () => {
        const nonces = Array.from({ length: 1000 }, createNonce);
        expect(new Set(nonces).size).toBe(1000);
        for (const nonce of nonces) {
            expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
            expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
        }
    });
});

describe('content security policy', () => {
    const policy = directives(contentSecurityPolicy(CSP_SOURCE, 'abc123=='));

    it('forbids everything not listed', () => {
        expect(policy.get('default-src')).toEqual([`'none'`]);
        expect([...policy.keys()].sort()).toEqual(['default-src', 'img-src', 'script-src', 'style-src']);
    });

    it('runs only the script carrying the nonce: no inline handlers, no eval, no other origin', () => {
        expect(policy.get('script-src')).toEqual([`'nonce-abc123=='`]);
    });

    it('takes styles from the extension or the nonced style element, never inline attributes', () => {
        expect(policy.get('style-src')).toEqual([CSP_SOURCE, `'nonce-abc123=='`]);
    });

    it('loads images only from the extension or data: URLs', () => {
        expect(policy.get('img-src')).toEqual([CSP_SOURCE, 'data:']);
    });

    it('allows nothing remote and nothing unsafe', () => {
        const text = contentSecurityPolicy(CSP_SOURCE, createNonce());
        expect(text).not.toMatch(/unsafe|\*|http:|https:(?!\/\/file\+)/);
    });
});
