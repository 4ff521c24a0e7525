import { describe, expect, it } from 'vitest';
import { escapeHtml, html, joinHtml, trustedHtml } from '../../src/shared/html.js';

const ATTACK = `"><script>alert('x')</script>&amp;`;
const ESCAPED = '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;';

describe('HTML escaped by default', () => {
    it('escapes every text put into a template, in content and in attributes', () => {
        expect(html`<b title="${ATTACK}">${ATTACK}</b>`.markup).toBe(`<b title="${ESCAPED}">${ESCAPED}</b>`);
        expect(escapeHtml(ATTACK)).toBe(ESCAPED);
    });

    it('keeps markup built by a template as it is: nothing is escaped twice', () => {
        const inner = html`<i>${ATTACK}</i>`;
        expect(html`<b>${inner}</b>`.markup).toBe(`<b><i>${ESCAPED}</i></b>`);
    });

    it('escapes each item of a list and joins them', () => {
        expect(html`<p>${['<a>', html`<br>`, 3]}</p>`.markup).toBe('<p>&lt;a&gt;<br>3</p>');
        expect(joinHtml(['a&b', html`<hr>`], '\n').markup).toBe('a&amp;b\n<hr>');
    });

    it('shows nothing for an absent value, and numbers as they are', () => {
        expect(html`[${undefined}|${0}|${-1.5}]`.markup).toBe('[|0|-1.5]');
    });

    it('takes markup as it is only when the program says it owns it', () => {
        expect(html`<style>${trustedHtml('a > b { color: red; }')}</style>`.markup).toBe('<style>a > b { color: red; }</style>');
        expect(html`<style>${'a > b'}</style>`.markup).toBe('<style>a &gt; b</style>');
    });

    it('a text that looks like markup is still text: only the template makes markup', () => {
        const lookalike = { markup: '<script>' } as unknown as string;
        // Templates are written when their markup is read: that is where the lookalike is refused.
        expect(() => html`${lookalike}`.markup).toThrow();
    });
});
