import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

export type HtmlElement = DefaultTreeAdapterMap['element'];
type HtmlNode = DefaultTreeAdapterMap['node'];

/**
 * HTML as a browser reads it (parse5 implements the WHATWG parsing algorithm), for tests that must see a
 * page the way the webview will, not the way a regular expression would.
 */
export function parseDocument(html: string): HtmlElement[] {
    return elementsIn(parse(html));
}

/** The elements of a body fragment, as `element.innerHTML = html` would create them. */
export function parseBody(html: string): HtmlElement[] {
    return elementsIn(parseFragment(html));
}

function elementsIn(root: HtmlNode): HtmlElement[] {
    const found: HtmlElement[] = [];
    const visit = (node: HtmlNode) => {
        if ('tagName' in node) {
            found.push(node);
        }
        const children = 'content' in node && node.content ? node.content.childNodes
            : 'childNodes' in node ? node.childNodes : [];
        children.forEach(visit);
    };
    visit(root);
    return found;
}

export function attributeOf(element: HtmlElement, name: string): string | undefined {
    return element.attrs.find(attribute => attribute.name === name)?.value;
}

/** The text content of an element, as `textContent` reads it. */
export function textOf(node: HtmlNode): string {
    if (node.nodeName === '#text') {
        return (node as DefaultTreeAdapterMap['textNode']).value;
    }
    return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}
