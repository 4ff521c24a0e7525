/**
 * HTML that is escaped by default. Every value put into an `html` template is escaped for HTML and SVG
 * content and for attribute values, unless it is markup already built by `html` (or `joinHtml`), or
 * markup the program itself owns and says so with `trustedHtml` (a stylesheet, never a text from a
 * strategy or a user). Forgetting to escape a value is not possible; escaping twice would take a
 * `trustedHtml(escapeHtml(…))`, which reads as what it is.
 */
import { replaceControlCharacters } from './control-characters.js';

/**
 * Escapes text for HTML and SVG content and for attribute values (quoted with `"`); control characters
 * become U+FFFD (control-characters.ts).
 */
export function escapeHtml(text: string | number): string {
    return escapeText(String(text));
}

function escapeText(text: string): string {
    const value = replaceControlCharacters(text);
    // Most texts have nothing to escape: finding that out is cheaper than a replace that finds nothing.
    return SPECIAL.test(value) ? value.replace(SPECIALS, char => ENTITIES[char]) : value;
}

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Markup that is safe to put into a page as it is. Only this module makes one: the class is not exported. */
class SafeHtml {
    constructor(readonly markup: string) {}

    toString(): string {
        return this.markup;
    }
}

export type { SafeHtml };

/** What an `html` template takes: markup, or text and numbers to escape; nothing for absent values. */
export type HtmlValue = SafeHtml | string | number | undefined | readonly HtmlValue[];

function markupOf(value: HtmlValue): string {
    if (typeof value === 'string') {
        return escapeText(value);
    }
    if (value instanceof SafeHtml) {
        return value.markup;
    }
    if (typeof value === 'number') {
        return String(value);
    }
    return value === undefined ? '' : value.map(markupOf).join('');
}

/**
 * `html\`<b>${text}</b>\``: the template's own markup as written, every value escaped unless it is
 * `SafeHtml`; an array of values is joined without a separator.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
    // A template has a handful of parts: adding them up is what a template literal does too.
    let markup = strings[0];
    for (let index = 0; index < values.length; index++) {
        markup += markupOf(values[index]) + strings[index + 1];
    }
    return new SafeHtml(markup);
}

/** The items (each escaped unless it is `SafeHtml`) with a separator of markup between them, joined once. */
export function joinHtml(items: readonly HtmlValue[], separator: string): SafeHtml {
    return new SafeHtml(items.map(markupOf).join(separator));
}

/** Markup the program owns (a stylesheet, a chart it drew), taken as it is: never a text from outside. */
export function trustedHtml(markup: string): SafeHtml {
    return new SafeHtml(markup);
}
