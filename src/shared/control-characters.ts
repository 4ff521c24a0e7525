/**
 * What the roadmap's outputs do with the control characters a strategy's text may hold (a `"\0"` escape,
 * a character pasted from a terminal): the C0 controls but TAB, LF and CR, DEL and the C1 controls. No
 * output may carry them as they are. RFC 5545 forbids them in iCalendar; an HTML parser drops a NUL and
 * reports the others; Markdown passes them on to its HTML; a spreadsheet shows boxes; and any output
 * printed on a terminal (`smm render -o -`) would obey an ESC or a CSI. HTML, Markdown, CSV and
 * iCalendar show each as U+FFFD, the mark of a character that cannot be shown, where it stood; JSON, the
 * model for other tools, keeps the text exactly, as `\u001b` escapes. TAB, LF and CR are kept: every
 * format writes them in its own way (iCalendar's `\n`, a quoted CSV cell, a space in Markdown).
 */

/** The control characters as the inside of a character class of a regular expression. */
export const CONTROL_CHARACTERS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';
const CONTROL = new RegExp(`[${CONTROL_CHARACTERS}]`);
const CONTROLS = new RegExp(CONTROL.source, 'g');
const replacementCharacter = () => '\uFFFD';

/**
 * The text with each control character replaced by U+FFFD, or by what `replacement` makes of it (a
 * visible escape on a terminal, a `\u` escape in JSON).
 */
export function replaceControlCharacters(text: string, replacement: (char: string) => string = replacementCharacter): string {
    // Most texts have none: finding that out is cheaper than a replace that finds nothing.
    return CONTROL.test(text) ? text.replace(CONTROLS, replacement) : text;
}

/**
 * JSON text with the control characters JSON.stringify leaves as they are (DEL and C1; it escapes C0
 * itself) written as `\u` escapes: the same JSON value, with no control character in the file.
 */
export function escapeControlCharactersInJson(json: string): string {
    return replaceControlCharacters(json, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
