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
 * The measurement, run in the page (layout-measure.js: plain JavaScript, injected through the driver, since
 * the roadmap's CSP forbids scripts of its own): one line per problem, saying where, what, and the start of
 * the text concerned.
 */
const MEASURE = readFileSync(join(ROOT, 'test', 'roadmap', 'layout-measure.js'), 'utf8');

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
        const problems = await page.evaluate(MEASURE) as string[];
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
        expect(problems).toEqual([]);
    }, 60_000);

    test('prints on A4', async () => {
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: A4_PRINT_WIDTH, height: 1000 });
        await page.setContent(html);
        const problems = await page.evaluate(MEASURE) as string[];
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-print.png`), fullPage: true });
        writeFileSync(join(SCREENSHOTS, `${name}.pdf`), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        expect(problems).toEqual([]);
    }, 60_000);
});
