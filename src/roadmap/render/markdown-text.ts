/**
 * Markdown that is escaped by default, as `html` is for HTML: every value put into an `md` template is
 * escaped with escapeMarkdown unless it is Markdown already built by `md` (or `joinMarkdown`), or text of
 * the roadmap's own catalog marked with `trustedMarkdown` (labels may hold `code` on purpose).
 */
import { replaceControlCharacters } from '../../shared/control-characters.js';

/**
 * Backslash-escapes the Markdown punctuation that makes code, emphasis, links, HTML, entities and table
 * cells (CommonMark allows a backslash before any ASCII punctuation), and what would start a list or a
 * heading; breaks `://`, `//`, `www.` and `@` so that URLs, protocol-relative URLs and e-mail addresses
 * are not linked by viewers that link them in plain text (GitHub's autolinks, markdown-it's linkify);
 * turns line breaks into spaces so that a text stays in its table cell or list item; escapes a leading `-`,
 * `+` or `=`, so that a text alone on its line (`---`, `--`, `===`) is neither a list item, nor a thematic
 * break, nor the underline of a heading. Without `[` and `]` no link or image can form, so `(` and `!` stay.
 * Control characters become U+FFFD (control-characters.ts).
 */
export function escapeMarkdown(text: string | number): string {
    return replaceControlCharacters(String(text))
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .replace(/[\\`*_[\]<>#|~&@]/g, '\\$&')
        .replace(/:\/\//g, '\\://')
        .replace(/(^|[^:])\/\//g, '$1/\\/')
        .replace(/\b(www)\./gi, '$1\\.')
        .replace(/^(\s*)([-+=])/, '$1\\$2')
        .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Markdown that is safe to put into the text as it is. Only this module makes one: the class is not exported. */
class SafeMarkdown {
    constructor(readonly text: string) {}

    toString(): string {
        return this.text;
    }
}

export type { SafeMarkdown };

/** What an `md` template takes: Markdown, or text and numbers to escape; nothing for absent values. */
export type MarkdownValue = SafeMarkdown | string | number | undefined;

/** The Markdown of a value: text escaped, Markdown as it is, '' for nothing. */
export function markdownOf(value: MarkdownValue): string {
    if (typeof value === 'string') {
        return escapeMarkdown(value);
    }
    if (value instanceof SafeMarkdown) {
        return value.text;
    }
    return value === undefined ? '' : String(value);
}

/** `md\`**${text}**\``: the template's own Markdown as written, every value escaped unless it is `SafeMarkdown`. */
export function md(strings: TemplateStringsArray, ...values: MarkdownValue[]): SafeMarkdown {
    // A template has a handful of parts: adding them up is what a template literal does too.
    let text = strings[0];
    for (let index = 0; index < values.length; index++) {
        text += markdownOf(values[index]) + strings[index + 1];
    }
    return new SafeMarkdown(text);
}

/** The items (each escaped unless it is `SafeMarkdown`) with a separator between them, joined once; `skipEmpty` leaves out the empty ones. */
export function joinMarkdown(items: readonly MarkdownValue[], separator: string, skipEmpty = false): SafeMarkdown {
    const texts = items.map(markdownOf);
    return new SafeMarkdown((skipEmpty ? texts.filter(text => text !== '') : texts).join(separator));
}

/** Markdown the roadmap itself owns (a label of its catalog), taken as it is: never a text from the strategy. */
export function trustedMarkdown(text: string): SafeMarkdown {
    return new SafeMarkdown(text);
}
