import { replaceControlCharacters } from '../shared/control-characters.js';

/** `\x1b` for ESC: a control character shown instead of obeyed. */
function visible(char: string): string {
    return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/**
 * A text the command prints for a terminal, with its control characters shown as `\x1b` instead of
 * obeyed: a file name, or a strategy text a message quotes, could otherwise set the terminal's title,
 * colour the output, clear the screen or break a `path:line:col:` line in two. Tabs stay.
 */
export function printable(text: string): string {
    return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, visible);
}

/**
 * A whole rendered document shown on a terminal (`smm render -o -`): its lines stay lines (TAB, LF and CR,
 * which CSV and iCalendar end their lines with), every other C0 character, DEL and C1 is shown as `\x1b`.
 * A strategy text could otherwise write the clipboard (OSC 52), clear the screen or rename the window.
 * Escaping rather than refusing: every format is text, and reading a roadmap on the terminal is a use.
 */
export function terminalText(text: string): string {
    return replaceControlCharacters(text, visible);
}
