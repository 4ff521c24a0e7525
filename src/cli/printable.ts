/**
 * A text the command prints for a terminal, with its control characters shown as `\x1b` instead of
 * obeyed: a file name, or a strategy text a message quotes, could otherwise set the terminal's title,
 * colour the output, clear the screen or break a `path:line:col:` line in two. Tabs stay.
 */
export function printable(text: string): string {
    return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, char => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
