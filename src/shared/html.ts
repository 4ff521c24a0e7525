/**
 * HTML that is escaped by default. Every value put into an `html` template is escaped for HTML and SVG
 * content and for attribute values, unless it is markup already built by `html` (or `joinHtml`), or
 * markup the program itself owns and says so with `trustedHtml` (a stylesheet, never a text from a
 * strategy or a user). Forgetting to escape a value is not possible; escaping twice would take a
 * `trustedHtml(escapeHtml(…))`, which reads as what it is.
 */
import { CONTROL_CHARACTERS, replaceControlCharacters } from './control-characters.js';

/**
 * Escapes text for HTML and SVG content and for attribute values (quoted with `"`); control characters
 * become U+FFFD (control-characters.ts).
 */
export function escapeHtml(text: string | number): string {
    return escapeText(String(text));
}

function escapeText(text: string): string {
    // Most texts have nothing to escape and no control character: one test finds that out for both.
    if (!SPECIAL_OR_CONTROL.test(text)) {
        return text;
    }
    const value = replaceControlCharacters(text);
    return SPECIAL.test(value) ? value.replace(SPECIALS, char => ENTITIES[char]) : value;
}

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;
/** A special character or a control character (the set control-characters.ts replaces). */
const SPECIAL_OR_CONTROL = new RegExp(`[&<>"'${CONTROL_CHARACTERS}]`);

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Markup that is safe to put into a page as it is. Only this module makes one: the class is not exported.
 * A template keeps its parts until its markup is asked for, and then writes itself and every template in
 * it into one list of strings, joined once: a page of thousands of nested templates is written once,
 * not copied again into each template around it.
 */
class SafeHtml {
    private text: string | undefined;

    constructor(
        text: string | undefined,
        /** A template's own strings, with its values between them; or the items of a join. */
        private readonly strings?: readonly string[],
        private readonly values?: readonly HtmlValue[],
        private readonly separator?: string
    ) {
        this.text = text;
    }

    get markup(): string {
        if (this.text === undefined) {
            const out: string[] = [];
            this.write(out);
            this.text = out.join('');
        }
        return this.text;
    }

    /** Adds the markup to `out`, part by part. */
    write(out: string[]): void {
        if (this.text !== undefined) {
            out.push(this.text);
            return;
        }
        const values = this.values!;
        if (this.strings) {
            out.push(this.strings[0]);
            for (let index = 0; index < values.length; index++) {
                writeValue(values[index], out);
                out.push(this.strings[index + 1]);
            }
            return;
        }
        for (let index = 0; index < values.length; index++) {
            if (index > 0) {
                out.push(this.separator!);
            }
            writeValue(values[index], out);
        }
    }

    toString(): string {
        return this.markup;
    }
}

export type { SafeHtml };

/** What an `html` template takes: markup, or text and numbers to escape; nothing for absent values. */
export type HtmlValue = SafeHtml | string | number | undefined | readonly HtmlValue[];

function writeValue(value: HtmlValue, out: string[]): void {
    if (typeof value === 'string') {
        out.push(escapeText(value));
    } else if (value instanceof SafeHtml) {
        value.write(out);
    } else if (typeof value === 'number') {
        out.push(String(value));
    } else if (value !== undefined) {
        for (const item of value) {
            writeValue(item, out);
        }
    }
}

/**
 * `html\`<b>${text}</b>\``: the template's own markup as written, every value escaped unless it is
 * `SafeHtml`; an array of values is joined without a separator.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
    return new SafeHtml(undefined, strings, values);
}

/** The items (each escaped unless it is `SafeHtml`) with a separator of markup between them. */
export function joinHtml(items: readonly HtmlValue[], separator: string): SafeHtml {
    return new SafeHtml(undefined, undefined, items, separator);
}

/** Markup the program owns (a stylesheet, a chart it drew), taken as it is: never a text from outside. */
export function trustedHtml(markup: string): SafeHtml {
    return new SafeHtml(markup);
}
