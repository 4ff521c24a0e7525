// The layout test's measurement (layout.test.ts), evaluated in the roadmap's page as an expression.
// Sections off screen are skipped by `content-visibility: auto`, so it lays every one of them out first.
// Its value: one line per problem (a page that scrolls sideways, a box whose content is wider than the box
// outside a box meant to scroll, text clipped, a cell squeezed to a few letters a line, text outside the card
// or cell that holds it).
(() => {
    for (const element of document.querySelectorAll('.rm-section, .rm-gantt-full')) {
        element.style.contentVisibility = 'visible';
    }
    const problems = [];
    const scrolls = (element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
    const inScrollBox = (element) => {
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
            if (scrolls(parent)) {
                return true;
            }
        }
        return false;
    };
    const where = (element) => {
        const section = element.closest('section, header')?.id || element.closest('section, header')?.className || 'page';
        const classes = element.getAttribute('class') ? `.${element.getAttribute('class').trim().split(/\s+/).join('.')}` : '';
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
        const box = element;
        if (box.clientWidth > 0 && box.scrollWidth > box.clientWidth + 1) {
            problems.push(`${where(element)}: content ${box.scrollWidth} px wide in a box of ${box.clientWidth} px`);
        }
        if (['hidden', 'clip'].includes(style.overflowY) && box.clientHeight > 0 && box.scrollHeight > box.clientHeight + 1) {
            problems.push(`${where(element)}: text clipped, ${box.scrollHeight} px high in a box of ${box.clientHeight} px`);
        }
    }
    // A cell or value squeezed so narrow that its words fall apart a few letters a line.
    for (const element of document.body.querySelectorAll('td, th, dd, li')) {
        const text = (element.textContent ?? '').trim();
        // A heading written vertically (the calendar's weeks) is narrow by design.
        if ([element, ...element.children].some(part => getComputedStyle(part).writingMode.startsWith('vertical'))) {
            continue;
        }
        const fontSize = parseFloat(getComputedStyle(element).fontSize);
        if (text.length >= 6 && !inScrollBox(element) && element.clientWidth > 0 && element.clientWidth < 4 * fontSize) {
            problems.push(`${where(element)}: squeezed to ${element.clientWidth} px, a few letters a line`);
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
})()
