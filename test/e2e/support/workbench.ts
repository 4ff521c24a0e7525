import { chromium, type Browser, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { chromiumExecutable } from './paths.js';

/** Generous for a 2-core machine that also runs the language server and the extension host. */
export const UI_TIMEOUT_MS = 20_000;

const CHROMIUM_ARGS = [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'
];

/** One line of the Problems panel. */
export interface Problem {
    message: string;
    source: string;
    code: string;
    line: number;
    column: number;
}

/** A Chromium of Debian's, headless. */
export function launchBrowser(): Promise<Browser> {
    return chromium.launch({ executablePath: chromiumExecutable(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * The VS Code workbench in a page, driven the way a user drives it: keyboard shortcuts, the command
 * palette, quick open. Every wait is for a selector or an event, never for a fixed time.
 */
export class Workbench {
    constructor(readonly page: Page) {
        page.setDefaultTimeout(UI_TIMEOUT_MS);
    }

    /** Loads the workbench at `url` into a new page of `browser` and waits until it is laid out. */
    static async open(browser: Browser, url: string): Promise<Workbench> {
        const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
        const workbench = new Workbench(page);
        await page.goto(url);
        await page.locator('.monaco-workbench').waitFor();
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
        return workbench;
    }

    /**
     * Loads the workbench at `url`, whose payload names an extension tests module, and resolves with the
     * exit code the extension host reports when that module's `run()` has settled.
     */
    static async runExtensionTests(browser: Browser, url: string, timeoutMs: number): Promise<number> {
        const page = await browser.newPage();
        try {
            const exitCode = new Promise<number>(resolve => {
                void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
            });
            await page.goto(url);
            let timer: NodeJS.Timeout | undefined;
            const timeout = new Promise<never>((_, reject) => {
                timer = setTimeout(() => reject(new Error(`the extension tests did not finish within ${timeoutMs} ms`)), timeoutMs);
            });
            try {
                return await Promise.race([exitCode, timeout]);
            } finally {
                clearTimeout(timer);
            }
        } finally {
            await page.close();
        }
    }

    /** Runs a command of the command palette by its title, e.g. `View: Toggle Maximized Panel`. */
    async runCommand(title: string): Promise<void> {
        await this.quickInput(`>${title}`);
        await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
        await this.page.keyboard.press('Enter');
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    }

    /** Opens a file of the workspace through quick open and waits until its editor shows it. */
    async openFile(relativePath: string): Promise<void> {
        const name = relativePath.split('/').pop()!;
        await this.quickInput(relativePath);
        await this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
        await this.page.keyboard.press('Enter');
        // By the file's name: a preview's tab reads `Roadmap: <name>`.
        await this.page.locator(`.editor-group-container.active .tab.active[data-resource-name="${name}"]`).waitFor();
        await this.editor().locator('.view-lines').waitFor();
    }

    /** The active editor. */
    editor(): Locator {
        return this.page.locator('.editor-group-container.active .monaco-editor').first();
    }

    /** The language mode shown in the status bar. */
    async languageMode(): Promise<string> {
        return (await this.page.locator('#status\\.editor\\.mode').innerText()).trim();
    }

    /** The text colour the editor gives to the first token that reads exactly `text`. */
    async tokenColor(text: string): Promise<string> {
        const token = this.editor().locator('.view-line span > span').filter({ hasText: new RegExp(`^${escapeRegExp(text)}$`) }).first();
        return token.evaluate(element => element.ownerDocument.defaultView!.getComputedStyle(element).color);
    }

    /** The colour of text the grammar gives no scope to. */
    async editorForeground(): Promise<string> {
        return this.editor().locator('.view-lines').evaluate(element => element.ownerDocument.defaultView!.getComputedStyle(element).color);
    }

    /** Puts the cursor at a one-based line and column through Go to Line; the editor has the focus after it. */
    async goTo(line: number, column: number): Promise<void> {
        // Go to Line gives the focus back to where it was, which may be a panel.
        await this.runCommand('View: Focus Active Editor Group');
        await this.quickInput(`:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        await this.page.locator('#status\\.editor\\.selection', { hasText: `Ln ${line}, Col ${column}` }).waitFor();
    }

    /** Replaces the text of a one-based line by typing over it, as a user would. */
    async replaceLine(line: number, text: string): Promise<void> {
        await this.goTo(line, 1);
        await this.page.keyboard.press('Shift+End');
        await this.page.keyboard.insertText(text);
        await this.editor().locator('.view-line', { hasText: text.trim() }).first().waitFor();
    }

    /**
     * Replaces `length` characters from a one-based line and column by `text`, selecting them with the
     * keyboard. Unlike `replaceLine` it leaves the brackets of the line alone: typing an opening bracket
     * makes the editor add the closing one.
     */
    async replaceText(line: number, column: number, length: number, text: string): Promise<void> {
        await this.goTo(line, column);
        for (let i = 0; i < length; i++) {
            await this.page.keyboard.press('Shift+ArrowRight');
        }
        await this.page.keyboard.insertText(text);
        await this.editor().locator('.view-line', { hasText: text.trim() }).first().waitFor();
    }

    /** Undoes the last edit of the active editor. */
    async undo(): Promise<void> {
        await this.page.keyboard.press('Control+Z');
    }

    /** The one-based line of the cursor, as the status bar shows it; none while no text editor has the focus. */
    async cursorLine(): Promise<number | undefined> {
        const status = this.page.locator('#status\\.editor\\.selection');
        if (!await status.isVisible()) {
            return undefined;
        }
        const text = await status.innerText();
        const line = /Ln (\d+),/.exec(text)?.[1];
        return line === undefined ? undefined : Number(line);
    }

    /**
     * Accepts the file a save dialog proposes, once its path ends with `/fileName` (in the browser VS Code's
     * dialog is a path in the quick input, filled in steps: the folder first), and returns that path.
     */
    async acceptSaveDialog(fileName: string): Promise<string> {
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor();
        await expect.poll(() => input.inputValue(), { timeout: UI_TIMEOUT_MS }).toMatch(new RegExp(`/${escapeRegExp(fileName)}$`));
        const path = await input.inputValue();
        await this.page.keyboard.press('Enter');
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        return path;
    }

    /** The notification toast that contains `text`. */
    notification(text: string): Locator {
        return this.page.locator('.notifications-toasts .notification-toast', { hasText: text });
    }

    /** Types at the cursor, key by key, so that the editor reacts as to a user (completion, auto-closing). */
    async type(text: string): Promise<void> {
        await this.page.keyboard.type(text);
    }

    /** Shows the hover at the cursor and returns its text. */
    async hoverAtCursor(): Promise<string> {
        await this.runCommand('Show or Focus Hover');
        const hover = this.page.locator('.monaco-hover:visible .hover-contents').first();
        await hover.waitFor();
        return hover.innerText();
    }

    /** Triggers completion at the cursor and returns the labels of the suggestions. */
    async suggestions(): Promise<string[]> {
        await this.page.keyboard.press('Control+Space');
        const rows = this.page.locator('.suggest-widget.visible .monaco-list-row .label-name');
        await rows.first().waitFor();
        return rows.allInnerTexts();
    }

    /** Opens the quick fixes at the cursor (the light bulb's menu) and returns their titles. */
    async quickFixes(): Promise<string[]> {
        await this.page.keyboard.press('Control+.');
        const rows = this.page.locator('.action-widget .monaco-list-row.action');
        await rows.first().waitFor();
        return (await rows.allInnerTexts()).map(title => title.trim());
    }

    /**
     * Applies the quick fix titled `title` from the menu that `quickFixes` opened, with the keyboard: the
     * arrow keys move the focus to it, Enter applies it. (A mouse click on a row waits for the menu to stop
     * moving, which it may not do while the editor scrolls.)
     */
    async applyQuickFix(title: string): Promise<void> {
        const rows = this.page.locator('.action-widget .monaco-list-row.action');
        const titles = (await rows.allInnerTexts()).map(text => text.trim());
        if (!titles.includes(title)) {
            throw new Error(`no quick fix “${title}” among ${titles.map(text => `“${text}”`).join(', ')}`);
        }
        const focused = this.page.locator('.action-widget .monaco-list-row.action.focused');
        for (let step = 0; step < titles.length && (await focused.innerText()).trim() !== title; step++) {
            await this.page.keyboard.press('ArrowDown');
        }
        await this.page.locator('.action-widget .monaco-list-row.action.focused', { hasText: title }).waitFor();
        await this.page.keyboard.press('Enter');
        await this.page.locator('.action-widget').waitFor({ state: 'hidden' });
    }

    /** The content of the active webview panel (a preview opened by the extension). */
    webview(): FrameLocator {
        return this.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    }

    /** Closes hovers, suggestions and menus. */
    async dismiss(): Promise<void> {
        await this.page.keyboard.press('Escape');
    }

    /** Opens the Problems panel and shows only the problems that match `filter` (all of them when empty). */
    async showProblems(filter = ''): Promise<void> {
        if (!await this.page.locator('.markers-panel').isVisible()) {
            await this.page.keyboard.press('Control+Shift+M');
            await this.page.locator('.markers-panel').waitFor();
        }
        const input = this.page.locator('.panel .viewpane-filter input');
        await input.fill(filter);
    }

    /** The problems the Problems panel shows now (rows of related information left out). */
    async problems(): Promise<Problem[]> {
        const rows = await this.page.locator('.markers-panel .monaco-list-row').allInnerTexts();
        return rows.flatMap(parseProblem);
    }

    async screenshot(path: string): Promise<void> {
        await this.page.screenshot({ path });
    }

    /** Opens the command palette and replaces its text: `>` runs commands, `:` goes to a line, else quick open. */
    private async quickInput(value: string): Promise<void> {
        await this.page.keyboard.press('F1');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(value);
    }
}

/** A Problems row reads `message`, `source`, `code`, `[Ln 12, Col 5]` on separate lines. */
function parseProblem(row: string): Problem[] {
    const lines = row.split('\n').map(line => line.trim()).filter(Boolean);
    const position = /^\[Ln (\d+), Col (\d+)\]$/.exec(lines.at(-1) ?? '');
    if (!position || lines.length < 4) {
        return [];
    }
    return [{
        message: lines.slice(0, -3).join(' '),
        source: lines.at(-3)!,
        code: lines.at(-2)!,
        line: Number(position[1]),
        column: Number(position[2])
    }];
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
