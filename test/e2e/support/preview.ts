import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator } from 'playwright-core';
import { ROOT } from '../../support/artifacts.js';
import type { Workbench } from './workbench.js';

/** The extension's texts in Russian, keyed by the English ones. */
export const RUSSIAN_TEXTS = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.ru.json'), 'utf8')) as Record<string, string>;

/**
 * The roadmap preview of the extension as the user sees it: its tab, its toolbar and banner, and the
 * sections the language server rendered into it. Waits for selectors, never for a time.
 */
export class PreviewPage {
    /** `locale`: the language of the extension's words (the `smm.locale` setting), which names the tab. */
    constructor(private readonly workbench: Workbench, private readonly locale: 'en' | 'ru' = 'en') {}

    /** The content of the preview's webview. */
    get frame(): FrameLocator {
        return this.workbench.webview();
    }

    /**
     * Opens the preview of the active `.smm` editor beside it, through the command palette, and waits until
     * the roadmap is rendered (the goals section is there).
     */
    async openToSide(fileName: string, locked = false): Promise<void> {
        await this.workbench.runCommand('SMM: Open Roadmap Preview to the Side');
        await this.tab(fileName, locked).waitFor();
        await this.section('rm-goals').waitFor();
    }

    /** The tab of the preview: `Roadmap: file` or `[Locked] Roadmap: file`. */
    tab(fileName: string, locked = false): Locator {
        const english = locked ? '[Locked] Roadmap: {0}' : 'Roadmap: {0}';
        const title = (this.locale === 'ru' ? RUSSIAN_TEXTS[english] : english).replace('{0}', fileName);
        return this.workbench.page.locator('.tabs-container .tab', { hasText: title });
    }

    /** A section of the rendered roadmap by its id, e.g. `rm-goals`. */
    section(id: string): Locator {
        return this.frame.locator(`main#smm-roadmap section#${id}`);
    }

    /** The heading of a section of the roadmap. */
    async heading(id: string): Promise<string> {
        return normalized(await this.section(id).locator('h2').textContent() ?? '');
    }

    /** The goal cards of the roadmap. */
    goals(): Locator {
        return this.section('rm-goals').locator('article.rm-goal');
    }

    /** The goal card whose title reads `title`. */
    goal(title: string): Locator {
        return this.goals().filter({ has: this.frame.locator('h3', { hasText: title }) });
    }

    /** The titles of the goal cards, without the SMART badges that follow them. */
    async goalTitles(): Promise<string[]> {
        const titles = await this.goals().locator('h3').evaluateAll(headings =>
            headings.map(heading => [...heading.childNodes].filter(node => node.nodeType === 3 /* a text node */)
                .map(node => node.textContent ?? '').join('')));
        return titles.map(normalized);
    }

    /** The banner above the roadmap that lists syntax errors; hidden while the strategy parses. */
    banner(): Locator {
        return this.frame.locator('#smm-banner');
    }

    /** The toolbar above the roadmap: the export buttons and the lock. */
    toolbar(): Locator {
        return this.frame.locator('#smm-toolbar');
    }

    /** The export button of a format (`html`, `md`, `csv`, `ics`, `json`) in the toolbar. */
    exportButton(format: string): Locator {
        return this.frame.locator(`#smm-toolbar button[data-export="${format}"]`);
    }

    /**
     * Scrolls the preview so that a section of the roadmap starts just below the toolbar, which stays on top.
     * Sections laid out only once near the screen (`content-visibility`) take their real size a few frames
     * after the view reaches them, which moves the section: the view follows it until it has stayed put
     * for several frames.
     */
    async scrollTo(id: string): Promise<void> {
        await this.section(id).evaluate(async section => {
            const view = section.ownerDocument.defaultView!;
            const toolbar = section.ownerDocument.getElementById('smm-toolbar')?.getBoundingClientRect().height ?? 0;
            const frame = () => new Promise(resolve => view.requestAnimationFrame(resolve));
            for (let still = 0, step = 0; still < 5 && step < 100; step++) {
                const offset = section.getBoundingClientRect().top - toolbar;
                if (Math.abs(offset) < 1) {
                    still++;
                } else {
                    still = 0;
                    view.scrollTo(0, view.scrollY + offset);
                }
                await frame();
            }
        });
    }
}

/** Spaces as the page shows them (`&nbsp;`, line breaks) made plain and single. */
export function normalized(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}
