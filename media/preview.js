// The script of the roadmap preview. It shows what the extension sends (a body rendered and escaped by
// the language server, or the syntax errors that kept it from rendering) and reports clicks back; it
// never builds HTML from strategy text itself.
// @ts-check
(function () {
    // @ts-ignore: provided by VS Code inside webviews
    const vscode = acquireVsCodeApi();
    const roadmap = /** @type {HTMLElement} */ (document.getElementById('smm-roadmap'));
    const banner = /** @type {HTMLElement} */ (document.getElementById('smm-banner'));
    const lock = /** @type {HTMLButtonElement} */ (document.getElementById('smm-lock'));

    /**
     * What the page remembers across reloads. `anchor` is the section at the top of the screen and how far it
     * was scrolled into: sections off screen are not laid out until they are reached (their height is an
     * estimate), so a reloaded page finds the place again by that section rather than by `scrollY` alone.
     * @typedef {{ id: string, offset: number }} Anchor
     * @typedef {{ uri?: string, locked?: boolean, scrollY?: number, anchor?: Anchor }} State
     */
    /** @type {State} */
    let state = vscode.getState() || {};
    /**
     * After the page was reloaded (hidden tab, window reload), the first render goes back to where the user was.
     * @type {{ y: number, anchor?: Anchor } | undefined}
     */
    let pendingScroll = state.scrollY === undefined ? undefined : { y: state.scrollY, anchor: state.anchor };

    /** @param {State} change */
    function save(change) {
        state = { ...state, ...change };
        vscode.setState(state);
    }

    /** @param {{ uri: string, locked: boolean }} message */
    function follow(message) {
        if (state.uri !== undefined && state.uri !== message.uri) {
            pendingScroll = { y: 0 };
        }
        lock.setAttribute('aria-pressed', String(message.locked));
        save({ uri: message.uri, locked: message.locked });
    }

    /** The sections shown, by id: an update replaces only those that changed, and the rest stay as they are laid out. */
    /** @type {Map<string, Element>} */
    const sections = new Map();
    const parser = document.createElement('template');

    /**
     * Markup the language server rendered (its renderer escapes every strategy text), as nodes: the one place
     * the page turns a string into elements.
     * @param {string} markup
     */
    function fromServer(markup) {
        parser.innerHTML = markup;
        return parser.content;
    }

    /**
     * @param {{ full: boolean, order: string[], changed: { id: string, markup: string }[] }} message
     */
    function showRoadmap(message) {
        const scroll = pendingScroll ?? { y: window.scrollY };
        if (message.full) {
            nearScreen.disconnect();
            roadmap.replaceChildren();
            sections.clear();
        }
        for (const section of message.changed) {
            const element = fromServer(section.markup).firstElementChild;
            if (element) {
                const before = sections.get(section.id);
                const near = before ? drawnNearScreen(before) : new Set();
                before?.replaceWith(element);
                sections.set(section.id, element);
                if (before) {
                    carryFolds(before, element, near);
                }
                watchParts(element);
            }
        }
        for (const [id, element] of sections) {
            if (!message.order.includes(id)) {
                element.remove();
                sections.delete(id);
            }
        }
        // The sections in the order of the message; those already in place are not moved.
        /** @type {Element | null} */
        let previous = null;
        for (const id of message.order) {
            const element = sections.get(id);
            if (element) {
                const expected = previous ? previous.nextElementSibling : roadmap.firstElementChild;
                if (element !== expected) {
                    roadmap.insertBefore(element, expected);
                }
                previous = element;
            }
        }
        roadmap.removeAttribute('aria-busy');
        // A new page goes back to where the user was; an update leaves the scroll alone, and the browser keeps
        // what is on screen in place when a section above it changes height.
        if (message.full) {
            const anchor = scroll.anchor && document.getElementById(scroll.anchor.id);
            const y = anchor && scroll.anchor ? anchor.getBoundingClientRect().top + window.scrollY + scroll.anchor.offset : scroll.y;
            window.scrollTo(window.scrollX, y);
        }
        pendingScroll = undefined;
        hideBanner();
    }

    /**
     * What a long roadmap sends the page without its content (`data-fold="name"`), for the page to ask the
     * extension for it, which the language server renders then: a long list, folded (`<details>`), asked for
     * when it is opened; a part of the timeline, empty but of its size, asked for when it comes near the screen.
     * A list not yet filled has its summary alone; a part not yet drawn has no content at all.
     * @param {Element} element
     */
    function isEmptyFold(element) {
        return element instanceof HTMLDetailsElement ? element.childElementCount <= 1 : element.childElementCount === 0;
    }

    /**
     * The elements of `within` (the whole roadmap by default) sent without their content under that name.
     * @param {string} fold
     * @param {ParentNode} [within]
     */
    function foldsNamed(fold, within = roadmap) {
        return [...within.querySelectorAll('[data-fold]')].filter(element => element.getAttribute('data-fold') === fold);
    }

    /** How long a part of the timeline waits for its drawing before it is asked for again. */
    const PART_RETRY_MS = 3000;

    /** @param {Element} element */
    function askFor(element) {
        const fold = element.getAttribute('data-fold');
        if (fold !== null && isEmptyFold(element) && !element.hasAttribute('aria-busy')) {
            element.setAttribute('aria-busy', 'true');
            vscode.postMessage({ type: 'fold', fold });
            if (!(element instanceof HTMLDetailsElement)) {
                // A part still blank after a while (its answer lost while the preview switched files, or not
                // drawn because the text did not parse then) is asked for again once it is near the screen.
                setTimeout(() => {
                    if (element.isConnected && isEmptyFold(element)) {
                        element.removeAttribute('aria-busy');
                        nearScreen.observe(element);
                    }
                }, PART_RETRY_MS);
            }
        }
    }

    // `toggle` does not bubble: the page listens in the capture phase.
    document.addEventListener('toggle', event => {
        if (event.target instanceof HTMLDetailsElement && event.target.open) {
            askFor(event.target);
        }
    }, true);

    // A part of the timeline is asked for a screen before it comes into view, so that scrolling finds it drawn.
    const nearScreen = new IntersectionObserver(entries => {
        for (const entry of entries) {
            if (entry.isIntersecting) {
                nearScreen.unobserve(entry.target);
                askFor(entry.target);
            }
        }
    }, { rootMargin: '100% 0px' });

    /** @param {Element} section */
    function watchParts(section) {
        for (const element of section.querySelectorAll('[data-fold]')) {
            if (!(element instanceof HTMLDetailsElement) && isEmptyFold(element)) {
                nearScreen.observe(element);
            }
        }
    }

    /**
     * Fills what was sent without its content under that name: a list gets its items (or, when the extension
     * could not get them, is closed again, to be asked for at the next opening); a part of the timeline is
     * replaced by the part drawn.
     * @param {{ fold: string, markup?: string }} message
     */
    function showFold(message) {
        for (const element of foldsNamed(message.fold)) {
            element.removeAttribute('aria-busy');
            if (element instanceof HTMLDetailsElement) {
                if (!isEmptyFold(element)) {
                    continue;
                }
                if (typeof message.markup === 'string') {
                    element.append(fromServer(message.markup));
                } else {
                    element.open = false;
                }
            } else if (typeof message.markup === 'string') {
                const drawn = fromServer(message.markup).firstElementChild;
                if (drawn) {
                    element.replaceWith(drawn);
                }
            }
        }
    }

    /**
     * The names of the parts of the timeline in `section` that are drawn and within a screen of the view.
     * @param {Element} section
     * @returns {Set<string>}
     */
    function drawnNearScreen(section) {
        const near = new Set();
        for (const element of section.querySelectorAll('[data-fold]')) {
            const fold = element.getAttribute('data-fold');
            if (fold === null || element instanceof HTMLDetailsElement || isEmptyFold(element)) {
                continue;
            }
            const box = element.getBoundingClientRect();
            if (box.bottom > -window.innerHeight && box.top < 2 * window.innerHeight) {
                near.add(fold);
            }
        }
        return near;
    }

    /**
     * A section replaced by an update keeps what the user had opened open, and the parts of the timeline
     * drawn near the screen (`near`) stand in for the new ones until those are drawn: each asks for its new
     * content. The parts further away come empty and are asked for when they are reached again.
     * @param {Element} before
     * @param {Element} after
     * @param {Set<string>} near
     */
    function carryFolds(before, after, near) {
        for (const element of before.querySelectorAll('[data-fold]')) {
            nearScreen.unobserve(element);
            const fold = element.getAttribute('data-fold');
            if (fold === null || isEmptyFold(element)) {
                continue;
            }
            for (const again of foldsNamed(fold, after)) {
                if (again instanceof HTMLDetailsElement) {
                    again.open = element instanceof HTMLDetailsElement && element.open;
                } else if (near.has(fold) && again.getAttribute('viewBox') === element.getAttribute('viewBox')) {
                    // The old drawing, of the same size, until the new one comes.
                    again.replaceWith(element);
                    element.setAttribute('aria-busy', 'true');
                    vscode.postMessage({ type: 'fold', fold });
                }
            }
        }
    }

    /**
     * The last good roadmap stays; the banner above it names what is wrong.
     * @param {string} title
     * @param {{ uri: string, line: number, character: number, text: string }[]} errors
     */
    function showBanner(title, errors) {
        const heading = document.createElement('strong');
        heading.textContent = title;
        const list = document.createElement('ul');
        for (const error of errors) {
            const item = document.createElement('li');
            // A button, not a link: the webview host scrolls to the top on a click on `href="#"`.
            const link = document.createElement('button');
            link.type = 'button';
            link.className = 'smm-link';
            link.textContent = error.text;
            link.dataset.uri = error.uri;
            link.dataset.line = String(error.line);
            link.dataset.character = String(error.character);
            item.append(link);
            list.append(item);
        }
        banner.replaceChildren(heading, list);
        banner.hidden = false;
        roadmap.removeAttribute('aria-busy');
    }

    function hideBanner() {
        banner.hidden = true;
        banner.replaceChildren();
    }

    window.addEventListener('message', event => {
        const message = event.data;
        switch (message.type) {
            case 'render':
                follow(message);
                showRoadmap(message);
                break;
            case 'problem':
                follow(message);
                showBanner(message.title, message.errors);
                break;
            case 'lock':
                follow(message);
                break;
            case 'fold':
                showFold(message);
                break;
        }
    });

    /**
     * Buttons and links of the page also answer the keyboard: Enter and Space on them arrive as clicks.
     * @param {EventTarget | null} target
     */
    function activate(target) {
        if (!(target instanceof Element)) {
            return false;
        }
        const exportButton = target.closest('button[data-export]');
        if (exportButton instanceof HTMLElement) {
            vscode.postMessage({ type: 'export', format: exportButton.dataset.export });
            return true;
        }
        if (target.closest('#smm-lock')) {
            vscode.postMessage({ type: 'toggleLock' });
            return true;
        }
        // The summary of a folded list opens it: it is not its card's item.
        if (target.closest('summary')) {
            return false;
        }
        // Items may be HTML or SVG elements (the timeline), so the attributes are read without `dataset`. An item
        // names its file, or the nearest element around it does (a part of the timeline, a role's card).
        const item = target.closest('[data-line]');
        const file = item?.closest('[data-uri]');
        if (item && file) {
            vscode.postMessage({
                type: 'reveal',
                uri: file.getAttribute('data-uri'),
                line: Number(item.getAttribute('data-line')),
                character: Number(item.getAttribute('data-character') ?? 0)
            });
            return true;
        }
        return false;
    }

    document.addEventListener('click', event => {
        if (activate(event.target)) {
            event.preventDefault();
        }
    });

    /**
     * The first section whose bottom is below the top of the screen, and how far it is scrolled into.
     * @returns {Anchor | undefined}
     */
    function topSection() {
        for (const element of roadmap.children) {
            const box = element.getBoundingClientRect();
            if (element.id && box.bottom > 0) {
                return { id: element.id, offset: -box.top };
            }
        }
        return undefined;
    }

    let scrollSaved = 0;
    window.addEventListener('scroll', () => {
        // A scroll fires many events; the position is saved at most every 100 ms, and once more at the end.
        clearTimeout(scrollSaved);
        scrollSaved = setTimeout(() => save({ scrollY: window.scrollY, anchor: topSection() }), 100);
    }, { passive: true });

    vscode.postMessage({ type: 'ready' });
}());
