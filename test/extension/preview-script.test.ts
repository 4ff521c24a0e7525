/**
 * The preview's own script (media/preview.js) run in a DOM (happy-dom) on the real page, fed the messages
 * the extension sends, with strategy texts that attack it: the roadmap body as the language server renders
 * it for the preview, and syntax errors whose messages and file names quote the strategy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window, type Element, type HTMLElement } from 'happy-dom';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { previewPage } from '../../src/extension/preview-page.js';
import type { Roadmap } from '../../src/roadmap/model.js';
import { renderHtmlSections } from '../../src/roadmap/render/html.js';
import { createTestServices } from '../support/services.js';
import { roadmapOf } from '../roadmap/helpers.js';
import { ATTACKS, everyFieldStrategy, HOSTILE_STRATEGY } from '../roadmap/hostile.js';
import { ROOT } from '../support/artifacts.js';

const SCRIPT = readFileSync(join(ROOT, 'media', 'preview.js'), 'utf8');
const MEDIA = 'https://file+.vscode-resource.vscode-cdn.net/ext/media';

const smm = createTestServices();
let roadmap: Roadmap;

beforeAll(async () => {
    roadmap = await roadmapOf(smm, { 'file:///h/every.smm': everyFieldStrategy().text });
});
afterAll(() => smm.clear());

interface Page {
    window: Window;
    document: Window['document'];
    /** What the script posted to the extension. */
    posted: unknown[];
    send(message: unknown): void;
    /** Tells the page's intersection observers that `element` came near the screen (happy-dom lays nothing out). */
    cameNear(element: Element): void;
}

const pages: Window[] = [];
afterEach(async () => {
    await Promise.all(pages.splice(0).map(window => window.happyDOM.close()));
});

/** The preview page as the extension sets it, with its script running as the webview runs it. */
function openPage(saved?: { state: unknown }): Page {
    const window = new Window({
        url: `${MEDIA}/page.html`,
        settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true } }
    });
    pages.push(window);
    const posted: unknown[] = [];
    Object.assign(window, {
        acquireVsCodeApi: () => ({
            getState: () => saved?.state, setState: (state: unknown) => { if (saved) saved.state = state; },
            postMessage: (message: unknown) => posted.push(message)
        })
    });
    window.document.write(previewPage({
        cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'bm9uY2U=', scriptUri: `${MEDIA}/preview.js`,
        styleUri: `${MEDIA}/preview.css`, roadmapStyles: '', lang: 'en',
        labels: {
            toolbar: 'Roadmap', exportAs: 'Export:',
            lock: 'Lock', lockHint: 'Keep showing this file', loading: 'Rendering…'
        }
    }));
    const watched: Array<{ callback: (entries: Array<{ target: Element; isIntersecting: boolean }>) => void; targets: Set<Element> }> = [];
    Object.assign(window, {
        IntersectionObserver: class {
            private readonly own: (typeof watched)[number];
            constructor(callback: (typeof watched)[number]['callback']) {
                this.own = { callback, targets: new Set() };
                watched.push(this.own);
            }
            observe(target: Element) { this.own.targets.add(target); }
            unobserve(target: Element) { this.own.targets.delete(target); }
            disconnect() { this.own.targets.clear(); }
        }
    });
    window.eval(SCRIPT);
    return {
        window, document: window.document, posted,
        send: message => window.dispatchEvent(new window.MessageEvent('message', { data: message })),
        cameNear: element => watched.filter(w => w.targets.has(element)).forEach(w => w.callback([{ target: element, isIntersecting: true }]))
    };
}

/** A render of the whole roadmap, as the extension sends it to a new page. */
function fullRender(uri: string, locked: boolean, sections: Array<{ id: string; markup: string }>) {
    return { type: 'render', uri, locked, full: true, order: sections.map(section => section.id), changed: sections };
}

/** Everything in the page that could run or load something. */
function active(document: Window['document']): string[] {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
        const tag = element.tagName.toLowerCase();
        if (['iframe', 'img', 'a', 'form', 'input', 'object', 'embed', 'math', 'base', 'meta', 'link'].includes(tag) && !element.closest('head')) {
            found.push(tag);
        }
        if (tag === 'script' && element.getAttribute('src') !== `${MEDIA}/preview.js`) {
            found.push('script');
        }
        for (const attribute of element.getAttributeNames()) {
            const value = element.getAttribute(attribute) ?? '';
            if (attribute.startsWith('on') || /href$|^src$|^srcdoc$|^action$|^formaction$/.test(attribute) && !element.closest('head') && tag !== 'script'
                || /^\s*javascript:/i.test(value)) {
                found.push(`${tag}[${attribute}]`);
            }
        }
    }
    return found;
}

describe('the preview script', () => {
    it('announces itself ready and shows a hostile roadmap as the server rendered it, with nothing that runs', () => {
        const page = openPage();
        expect(page.posted).toEqual([{ type: 'ready' }]);
        page.send(fullRender('file:///h/every.smm', false, renderHtmlSections(roadmap, 'en')));
        const main = page.document.getElementById('smm-roadmap')!;
        expect(main.hasAttribute('aria-busy')).toBe(false);
        expect(main.querySelector('#rm-header')).not.toBeNull();
        expect(active(page.document)).toEqual([]);
        // happy-dom keeps carriage returns that a browser's parser turns into line feeds.
        const text = main.textContent!.replace(/\r\n?/g, '\n');
        for (const attack of ATTACKS) {
            expect(text, attack).toContain(attack.replace(/\r\n?/g, '\n'));
        }
    });

    it('puts the syntax errors in the banner as text: the strategy\'s words, quoted in messages and file names, stay words', () => {
        const page = openPage();
        const errors = ATTACKS.map((attack, line) => ({ uri: `file:///h/${encodeURIComponent(attack)}.smm`, line, character: 3, text: `Line ${line + 1}: Unexpected «${attack}»` }));
        page.send({ type: 'problem', uri: 'file:///h/every.smm', locked: false, title: ATTACKS[1], errors });
        const banner = page.document.getElementById('smm-banner') as HTMLElement;
        expect(banner.hidden).toBe(false);
        expect([...banner.querySelectorAll('*')].map(element => element.tagName.toLowerCase()))
            .toEqual(['strong', 'ul', ...errors.flatMap(() => ['li', 'button'])]);
        expect(banner.querySelector('strong')!.textContent).toBe(ATTACKS[1]);
        const buttons = [...banner.querySelectorAll('button')];
        expect(buttons.map(button => button.textContent)).toEqual(errors.map(error => error.text));
        expect(buttons.map(button => button.getAttribute('data-uri'))).toEqual(errors.map(error => error.uri));
        expect(active(page.document)).toEqual([]);
    });

    it('a click on an error or an item only asks the extension to reveal it, with the strategy\'s text as data', () => {
        const page = openPage();
        page.send({ type: 'problem', uri: 'file:///h/s.smm', locked: false, title: 'x', errors: [{ uri: 'javascript:alert(1)', line: 4, character: 2, text: '<b>x</b>' }] });
        (page.document.querySelector('#smm-banner button') as HTMLElement).click();
        expect(page.posted.at(-1)).toEqual({ type: 'reveal', uri: 'javascript:alert(1)', line: 4, character: 2 });
        expect(page.window.location.href).toBe(`${MEDIA}/page.html`);
    });

    it('a new roadmap hides the banner and replaces the old body; the lock state follows the message', () => {
        const page = openPage();
        page.send({ type: 'problem', uri: 'file:///h/s.smm', locked: false, title: 'x', errors: [] });
        page.send(fullRender('file:///h/s.smm', true, [{ id: 'goals', markup: '<p class="rm-empty">&lt;script&gt;</p>' }]));
        expect((page.document.getElementById('smm-banner') as HTMLElement).hidden).toBe(true);
        expect(page.document.getElementById('smm-roadmap')!.innerHTML).toBe('<p class="rm-empty">&lt;script&gt;</p>');
        expect(page.document.getElementById('smm-lock')!.getAttribute('aria-pressed')).toBe('true');
    });

    it('builds markup from one source only: what the server rendered and escaped (the body, the folded lists, the parts of the timeline)', () => {
        // Every other text goes through textContent and dataset; a new innerHTML, outerHTML,
        // insertAdjacentHTML, document.write or eval would need a test like the ones above.
        const sinks = SCRIPT.match(/\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval|new Function|setAttribute\('on)/g);
        expect(sinks).toEqual(['innerHTML']);
        expect(SCRIPT).toContain('parser.innerHTML = markup;');
        expect(SCRIPT.match(/fromServer\(\w+\.markup\)/g)).toEqual(['fromServer(section.markup)', 'fromServer(message.markup)', 'fromServer(message.markup)']);
    });

    it('the older hostile strategy renders inert too', async () => {
        const older = await roadmapOf(smm, { 'file:///o/s.smm': HOSTILE_STRATEGY });
        const page = openPage();
        page.send(fullRender('file:///o/s.smm', false, renderHtmlSections(older, 'en')));
        expect(active(page.document)).toEqual([]);
        expect(page.document.getElementById('smm-roadmap')!.textContent).toContain('</svg><script>alert(3)</script>');
    });

    it('an update replaces only the sections that changed; the others stay the very elements that were laid out', () => {
        const page = openPage();
        const main = page.document.getElementById('smm-roadmap')!;
        page.send(fullRender('file:///h/s.smm', false, [
            { id: 'header', markup: '<header id="rm-header">Plan</header>' },
            { id: 'goals', markup: '<section id="rm-goals">2 goals</section>' },
            { id: 'risks', markup: '<section id="rm-risks">1 risk</section>' }
        ]));
        const [header, goals, risks] = [...main.children];
        page.send({
            type: 'render', uri: 'file:///h/s.smm', locked: false, full: false,
            order: ['header', 'goals', 'timeline', 'risks'],
            changed: [{ id: 'goals', markup: '<section id="rm-goals">3 goals</section>' }, { id: 'timeline', markup: '<section id="rm-timeline">Q1</section>' }]
        });
        expect([...main.children].map(element => element.textContent)).toEqual(['Plan', '3 goals', 'Q1', '1 risk']);
        expect(main.children[0]).toBe(header);
        expect(main.children[1]).not.toBe(goals);
        expect(main.children[3]).toBe(risks);
        // a section left out of the order goes; a new file's roadmap replaces everything
        page.send({ type: 'render', uri: 'file:///h/s.smm', locked: false, full: false, order: ['header', 'risks'], changed: [] });
        expect([...main.children]).toEqual([header, risks]);
        page.send(fullRender('file:///h/other.smm', false, [{ id: 'header', markup: '<header id="rm-header">Other</header>' }]));
        expect(main.innerHTML).toBe('<header id="rm-header">Other</header>');
    });

    it('a long list comes folded and empty: opened, it is asked for, filled with what the server rendered, and stays open across an update', async () => {
        const page = openPage();
        const regulations = (count: number) => ({
            id: 'regulations',
            markup: `<section id="rm-regulations"><article class="rm-role" data-uri="file:///h/s.smm" data-line="2"><h3>SMM manager</h3>`
                + `<details class="rm-fold" data-fold="tasks:Smm"><summary>${count} tasks</summary></details></article></section>`
        });
        page.send(fullRender('file:///h/s.smm', false, [regulations(11)]));
        const fold = () => page.document.querySelector('details') as unknown as HTMLElement & { open: boolean };
        const opened = async () => {
            fold().open = true;
            // happy-dom, like a browser, tells of the change with a `toggle` event that does not bubble
            fold().dispatchEvent(new page.window.Event('toggle'));
            await new Promise(resolve => setTimeout(resolve, 0));
        };
        // a click on the summary opens the list: it does not reveal the role's card (which would keep the list closed)
        const click = new page.window.MouseEvent('click', { bubbles: true, cancelable: true });
        fold().querySelector('summary')!.dispatchEvent(click);
        expect(click.defaultPrevented).toBe(false);
        expect(page.posted.filter(message => (message as { type: string }).type === 'reveal')).toEqual([]);
        await opened();
        expect(page.posted.at(-1)).toEqual({ type: 'fold', fold: 'tasks:Smm' });
        expect(fold().getAttribute('aria-busy')).toBe('true');
        // asked once, however often the page tells of it
        fold().dispatchEvent(new page.window.Event('toggle'));
        expect(page.posted.filter(message => (message as { type: string }).type === 'fold')).toHaveLength(1);
        page.send({ type: 'fold', uri: 'file:///h/s.smm', locked: false, fold: 'tasks:Smm', markup: '<ol><li><span data-line="7"><b>&lt;img src=x onerror=alert(1)&gt;</b></span></li></ol>' });
        expect(fold().hasAttribute('aria-busy')).toBe(false);
        expect(fold().querySelector('b')!.textContent).toBe('<img src=x onerror=alert(1)>');
        expect(active(page.document)).toEqual([]);
        // an item of the list reveals its line in the file its role's card names
        fold().querySelector('span')!.dispatchEvent(new page.window.MouseEvent('click', { bubbles: true }));
        expect(page.posted.at(-1)).toEqual({ type: 'reveal', uri: 'file:///h/s.smm', line: 7, character: 0 });
        // the section changes (a 12th task): its list comes open again, and empty, so it is asked for again
        const before = page.posted.length;
        page.send({ type: 'render', uri: 'file:///h/s.smm', locked: false, full: false, order: ['regulations'], changed: [regulations(12)] });
        expect(fold().open).toBe(true);
        expect(fold().querySelector('li')).toBeNull();
        fold().dispatchEvent(new page.window.Event('toggle'));
        expect(page.posted.slice(before)).toEqual([{ type: 'fold', fold: 'tasks:Smm' }]);
        // a list the server could not render (the strategy changed meanwhile) is closed again, to be asked for at the next opening
        page.send({ type: 'fold', uri: 'file:///h/s.smm', locked: false, fold: 'tasks:Smm' });
        expect(fold().open).toBe(false);
        expect(fold().hasAttribute('aria-busy')).toBe(false);
    });

    it('a part of the timeline sent empty is replaced by the part the server drew; an update keeps the drawing until the new one comes', () => {
        const page = openPage();
        const timeline = (title: string) => ({
            id: 'timeline',
            markup: `<section id="rm-timeline"><h2>${title}</h2><div class="rm-gantt"><svg class="rm-gantt-part rm-gantt-full" viewBox="0 0 1000 550" data-uri="file:///h/s.smm">`
                + '<g class="rm-row" data-line="3"><text>Task 1</text></g></svg>'
                + '<svg class="rm-gantt-part" viewBox="0 0 1000 74" data-uri="file:///h/s.smm" data-fold="timeline:1"></svg></div></section>'
        });
        page.send(fullRender('file:///h/s.smm', false, [timeline('Timeline')]));
        const part = () => page.document.querySelector('[data-fold="timeline:1"]')!;
        expect(part().childElementCount).toBe(0);
        const drawn = '<svg class="rm-gantt-part" viewBox="0 0 1000 74" data-uri="file:///h/s.smm" data-fold="timeline:1">'
            + '<g class="rm-row" data-line="40"><title>&lt;script&gt;</title><text>Task 26</text></g></svg>';
        page.send({ type: 'fold', uri: 'file:///h/s.smm', locked: false, fold: 'timeline:1', markup: drawn });
        expect(part().querySelector('text')!.textContent).toBe('Task 26');
        // drawn in SVG, where it belongs, and clickable like the rows of the first part
        expect(part().querySelector('text')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
        part().querySelector('text')!.dispatchEvent(new page.window.MouseEvent('click', { bubbles: true }));
        expect(page.posted.at(-1)).toEqual({ type: 'reveal', uri: 'file:///h/s.smm', line: 40, character: 0 });
        expect(active(page.document)).toEqual([]);
        // the section changes: its new part comes empty, the old drawing stands in for it and the new one is asked for
        page.send({ type: 'render', uri: 'file:///h/s.smm', locked: false, full: false, order: ['timeline'], changed: [timeline('Timeline 2')] });
        expect(page.document.querySelector('h2')!.textContent).toBe('Timeline 2');
        expect(part().querySelector('text')!.textContent).toBe('Task 26');
        expect(page.posted.at(-1)).toEqual({ type: 'fold', fold: 'timeline:1' });
        page.send({ type: 'fold', uri: 'file:///h/s.smm', locked: false, fold: 'timeline:1', markup: drawn.replace('Task 26', 'Task 26, renamed') });
        expect(page.document.querySelectorAll('[data-fold="timeline:1"]')).toHaveLength(1);
        expect(part().querySelector('text')!.textContent).toBe('Task 26, renamed');
        // a drawn part far from the screen (happy-dom lays nothing out: the part says where it is) is not kept
        // nor asked for again: it comes empty, to be asked for when it is reached
        Object.assign(part(), { getBoundingClientRect: () => ({ top: 5000, bottom: 5700, left: 0, right: 1000, width: 1000, height: 700 }) });
        const asked = page.posted.length;
        page.send({ type: 'render', uri: 'file:///h/s.smm', locked: false, full: false, order: ['timeline'], changed: [timeline('Timeline 3')] });
        expect(part().childElementCount).toBe(0);
        expect(page.posted.slice(asked)).toEqual([]);
    });

    it('a part of the timeline left blank (its answer lost, or without a drawing) is asked for again after a while', async () => {
        const page = openPage();
        page.send(fullRender('file:///h/s.smm', false, [{
            id: 'timeline',
            markup: '<section id="rm-timeline"><h2>Timeline</h2><div class="rm-gantt">'
                + '<svg class="rm-gantt-part" viewBox="0 0 1000 74" data-uri="file:///h/s.smm" data-fold="timeline:1"></svg></div></section>'
        }]));
        const part = () => page.document.querySelector('[data-fold="timeline:1"]')!;
        const asks = () => page.posted.filter(message => (message as { type: string }).type === 'fold').length;
        const waitForRetry = () => new Promise(resolve => setTimeout(resolve, 3_200));
        page.cameNear(part());
        expect(asks()).toBe(1);
        // no answer comes: asked again once it is near the screen after the wait, not before
        page.cameNear(part());
        expect(asks()).toBe(1);
        await waitForRetry();
        page.cameNear(part());
        expect(asks()).toBe(2);
        // an answer without a drawing: the same
        page.send({ type: 'fold', uri: 'file:///h/s.smm', locked: false, fold: 'timeline:1' });
        expect(part().hasAttribute('aria-busy')).toBe(false);
        page.cameNear(part());
        expect(asks()).toBe(2);
        await waitForRetry();
        page.cameNear(part());
        expect(asks()).toBe(3);
        // drawn: nothing more is asked
        page.send({ type: 'fold', uri: 'file:///h/s.smm', locked: false, fold: 'timeline:1',
            markup: '<svg class="rm-gantt-part" viewBox="0 0 1000 74" data-fold="timeline:1"><g class="rm-row" data-line="4"><text>Task 26</text></g></svg>' });
        await waitForRetry();
        page.cameNear(part());
        expect([asks(), part().querySelector('text')!.textContent]).toEqual([3, 'Task 26']);
    }, 15_000);

    it('a click on an item that gives only its line reveals it in the file the element around it names', () => {
        const page = openPage();
        page.send(fullRender('file:///h/s.smm', false, [{
            id: 'timeline',
            markup: '<section id="rm-timeline"><svg data-uri="file:///h/s.smm"><g class="rm-row" data-line="12"><text>Shoot</text></g>'
                + '<g class="rm-row" data-uri="file:///h/audience.smm" data-line="3"><text>Students</text></g></svg></section>'
        }]));
        const [shoot, students] = [...page.document.querySelectorAll('text')] as unknown as HTMLElement[];
        shoot.dispatchEvent(new page.window.MouseEvent('click', { bubbles: true }));
        expect(page.posted.at(-1)).toEqual({ type: 'reveal', uri: 'file:///h/s.smm', line: 12, character: 0 });
        students.dispatchEvent(new page.window.MouseEvent('click', { bubbles: true }));
        expect(page.posted.at(-1)).toEqual({ type: 'reveal', uri: 'file:///h/audience.smm', line: 3, character: 0 });
    });

    it('a reloaded page scrolls back to the section that was at the top, as far into it as it was', async () => {
        const sections = [
            { id: 'header', markup: '<header id="rm-header">Plan</header>' },
            { id: 'goals', markup: '<section id="rm-goals">Goals</section>' },
            { id: 'risks', markup: '<section id="rm-risks">Risks</section>' }
        ];
        const box = (top: number, bottom: number) => () => ({ top, bottom, left: 0, right: 0, width: 0, height: bottom - top, x: 0, y: top });
        const saved = { state: undefined as unknown };
        const first = openPage(saved);
        first.send(fullRender('file:///h/s.smm', false, sections));
        const [header, goals, risks] = [...first.document.getElementById('smm-roadmap')!.children];
        // scrolled 500 px into the goals, whose top is above the screen
        Object.assign(header, { getBoundingClientRect: box(-900, -500) });
        Object.assign(goals, { getBoundingClientRect: box(-500, 300) });
        Object.assign(risks, { getBoundingClientRect: box(300, 700) });
        first.window.dispatchEvent(new first.window.Event('scroll'));
        await new Promise(resolve => setTimeout(resolve, 250));
        expect(saved.state).toMatchObject({ uri: 'file:///h/s.smm', anchor: { id: 'rm-goals', offset: 500 } });

        // The new page's sections above are not drawn yet: the goals start at 2,000 px, not where they were.
        const second = openPage(saved);
        const scrolls: number[] = [];
        Object.assign(second.window, { scrollTo: (_x: number, y: number) => scrolls.push(y) });
        const main = second.document.getElementById('smm-roadmap')!;
        const realInsertBefore = main.insertBefore.bind(main);
        Object.assign(main, {
            insertBefore: (element: HTMLElement, before: HTMLElement | null) => {
                if (element.id === 'rm-goals') {
                    Object.assign(element, { getBoundingClientRect: box(2000, 2800) });
                }
                return realInsertBefore(element, before);
            }
        });
        second.send(fullRender('file:///h/s.smm', false, sections));
        expect(scrolls).toEqual([2500]);
    });
});
