/**
 * The roadmap as people see it: each example and a strategy of deliberately long texts (in both languages)
 * rendered in Chromium at the widths of a phone, a tablet, a laptop and two desktops, and in print emulation
 * on A4. A box whose content is wider than the box (outside a box meant to scroll sideways), text outside its
 * card or cell, and a page that scrolls sideways are failures. Every page is saved as a screenshot (and the
 * print as a PDF) in test/roadmap/.screenshots/ for people to look at.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/index.js';
import { renderHtmlDocument } from '../../src/roadmap/render/html.js';
import { chromiumExecutable } from '../e2e/support/paths.js';
import { ROOT } from '../support/artifacts.js';
import { createTestServices } from '../support/services.js';
import { exampleFiles, roadmapOf } from './helpers.js';

/** Where the screenshots go (ignored by git). */
const SCREENSHOTS = join(ROOT, 'test', 'roadmap', '.screenshots');
const FIXTURES = join(ROOT, 'test', 'roadmap', 'fixtures');

const WIDTHS = [360, 768, 1024, 1400, 1920];
/** The printable width of A4 portrait with the print stylesheet's margins (210 − 2 × 14 mm) in CSS pixels. */
const A4_PRINT_WIDTH = Math.floor((210 - 2 * 14) / 25.4 * 96);

function fixtureFiles(folder: string): Record<string, string> {
    const path = join(FIXTURES, folder);
    return Object.fromEntries(readdirSync(path).filter(name => name.endsWith('.smm')).sort()
        .map(name => [`file:///fixtures/${folder}/${name}`, readFileSync(join(path, name), 'utf8')]));
}

const STRATEGIES: Array<{ name: string; locale: Locale; files: () => Record<string, string> }> = [
    { name: 'coffee-en', locale: 'en', files: () => exampleFiles('coffee-en') },
    { name: 'zerno-ru', locale: 'ru', files: () => exampleFiles('zerno-ru') },
    { name: 'long-en', locale: 'en', files: () => fixtureFiles('long-en') },
    { name: 'long-ru', locale: 'ru', files: () => fixtureFiles('long-ru') }
];

/**
 * Measured in the page (injected through the driver: the roadmap's CSP forbids scripts of its own). Sections
 * off screen are skipped by `content-visibility: auto`, so the measurement lays every one of them out first.
 * Returns one line per problem: where, what, and the start of the text concerned.
 */
function measureInPage(): string[] {
    for (const element of document.querySelectorAll<HTMLElement>('.rm-section, .rm-gantt-full')) {
        element.style.contentVisibility = 'visible';
    }
    const problems: string[] = [];
    const scrolls = (element: Element): boolean => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
    const inScrollBox = (element: Element): boolean => {
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
            if (scrolls(parent)) {
                return true;
            }
        }
        return false;
    };
    const where = (element: Element): string => {
        const section = element.closest('section, header')?.id || element.closest('section, header')?.className || 'page';
        const classes = element.getAttribute('class') ? `.${element.getAttribute('class')!.trim().split(/\s+/).join('.')}` : '';
        return `${section} ${element.tagName.toLowerCase()}${classes} «${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}»`;
    };
    const viewport = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > viewport + 1) {
        problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px of content in ${viewport} px`);
    }
    for (const element of document.body.querySelectorAll('*')) {
        if (element.closest('svg') && element.tagName.toLowerCase() !== 'svg') {
            continue;
        }
        const style = getComputedStyle(element);
        if (style.display === 'inline' || style.display === 'none' || style.display === 'contents' || scrolls(element) || inScrollBox(element)) {
            continue;
        }
        const box = element as HTMLElement;
        if (box.clientWidth > 0 && box.scrollWidth > box.clientWidth + 1) {
            problems.push(`${where(element)}: content ${box.scrollWidth} px wide in a box of ${box.clientWidth} px`);
        }
        if (['hidden', 'clip'].includes(style.overflowY) && box.clientHeight > 0 && box.scrollHeight > box.clientHeight + 1) {
            problems.push(`${where(element)}: text clipped, ${box.scrollHeight} px high in a box of ${box.clientHeight} px`);
        }
    }
    // Text outside the card, cell or block that holds it.
    const CONTAINERS = 'article, .rm-card, .rm-goal, .rm-funnel, td, th, dd, dt, li, p, h1, h2, h3, summary, section, header';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim() || parent.closest('svg, style, title') || inScrollBox(parent)) {
            continue;
        }
        const container = parent.closest(CONTAINERS);
        if (!container) {
            continue;
        }
        const outer = container.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
            if (rect.width > 0 && (rect.left < outer.left - 1 || rect.right > outer.right + 1)) {
                problems.push(`${where(container)}: text «${node.textContent.trim().slice(0, 40)}» spans ${Math.round(rect.left)}–${Math.round(rect.right)} px, its box ${Math.round(outer.left)}–${Math.round(outer.right)} px`);
                break;
            }
        }
    }
    return [...new Set(problems)];
}

const smm = createTestServices();
let browser: Browser;
let page: Page;

beforeAll(async () => {
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({
        executablePath: chromiumExecutable(), headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update']
    });
    page = await browser.newPage();
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

describe.each(STRATEGIES)('the roadmap of $name', ({ name, locale, files }) => {
    let html = '';

    beforeAll(async () => {
        const roadmap = await roadmapOf(smm, files(), locale);
        smm.clear();
        html = renderHtmlDocument(roadmap, locale);
    });

    test.each(WIDTHS)('fits a %i px wide window', async width => {
        await page.emulateMedia({ media: 'screen' });
        await page.setViewportSize({ width, height: 900 });
        await page.setContent(html);
        const problems = await page.evaluate(measureInPage);
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
        expect(problems).toEqual([]);
    }, 60_000);

    test('prints on A4', async () => {
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: A4_PRINT_WIDTH, height: 1000 });
        await page.setContent(html);
        const problems = await page.evaluate(measureInPage);
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-print.png`), fullPage: true });
        writeFileSync(join(SCREENSHOTS, `${name}.pdf`), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        expect(problems).toEqual([]);
    }, 60_000);
});
