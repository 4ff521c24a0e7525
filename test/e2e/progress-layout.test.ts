import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../support/run.js';
import { launchBrowser } from './support/workbench.js';

/**
 * Plan against actual laid out in Chromium: the roadmap's section and the status report of the worked example,
 * in both languages, from a phone's 360 px to 1920 px, never wider than the window (wide tables scroll inside
 * their own box), with a chart per KPI.
 */
let browser: Browser;
const folder = mkdtempSync(join(tmpdir(), 'smm-progress-layout-'));

beforeAll(async () => {
    browser = await launchBrowser();
});
afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
});

const PAGES = [
    ['roadmap', 'en', ['render', 'examples/school-actuals-en', '--today', '2027-03-31']],
    ['roadmap', 'ru', ['render', 'examples/school-actuals-ru', '--today', '2027-03-31', '--lang', 'ru']],
    ['report', 'en', ['report', 'examples/school-actuals-en']],
    ['report', 'ru', ['report', 'examples/school-actuals-ru', '--lang', 'ru']]
] as const;

describe.each(PAGES)('the %s (%s)', (kind, language, args) => {
    let file: string;
    beforeAll(async () => {
        file = join(folder, `${kind}-${language}.html`);
        const result = await runCli([...args, '-o', file]);
        expect(result.code).toBe(0);
    });

    test.each([360, 768, 1920])('fits a window %i px wide', async width => {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        try {
            await page.goto(`file://${file}`);
            const layout = await page.locator('#rm-progress').evaluate(section => {
                const root = section.ownerDocument.documentElement;
                // Every element of the section inside the window, unless a scrolling box holds it.
                const outside = [...section.querySelectorAll('*')].filter(element => {
                    if (element.closest('.rm-scroll')) {
                        return false;
                    }
                    const box = element.getBoundingClientRect();
                    return box.width > 0 && (box.left < -1 || box.right > root.clientWidth + 1);
                }).map(element => `${element.tagName}.${element.className}`);
                return {
                    overflow: root.scrollWidth - root.clientWidth,
                    outside,
                    charts: section.querySelectorAll('svg.rm-months').length,
                    rows: section.querySelectorAll('.rm-scroll table tbody tr').length
                };
            });
            expect(layout.overflow).toBeLessThanOrEqual(0);
            expect(layout.outside).toEqual([]);
            // Four KPIs, each with a chart; four KPI rows, three stages and one correction due.
            expect(layout.charts).toBe(4);
            expect(layout.rows).toBe(4 + 3 + 1);
        } finally {
            await page.close();
        }
    });
});

