/**
 * What every section of the HTML roadmap is built with: the context (language, currency, labels) and the
 * shapes the sections share (a section, a definition list, a list, a table). Values are text unless built
 * by `html`: everything the strategy wrote is escaped where it is put, never before.
 */
import { t, type Locale, type MessageKey } from '../../../i18n/index.js';
import { html, joinHtml, type HtmlValue, type SafeHtml } from '../../../shared/html.js';
import type { NamedRef, Roadmap } from '../../model.js';
import type { RoadmapSection, RoadmapSectionId } from '../../sections.js';
import { sectionTitleKey } from '../../sections.js';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../format.js';

export interface HtmlContext {
    locale: Locale;
    currency?: string;
    /** A label of the catalog, as text. */
    label(key: MessageKey, args?: Record<string, string | number>): string;
    /** A label that quotes the language in backticks (`smm check`, a keyword): the quotes shown as code. */
    prose(key: MessageKey, args?: Record<string, string | number>): SafeHtml;
    /** An amount in the strategy's currency, as text; '' for none. */
    money(value: number | undefined): string;
    /**
     * Whether long lists are shown folded (the preview: the page lays out only what is open) or open (the
     * standalone document, which is also printed).
     */
    longLists: 'folded' | 'open';
}

/** The HTML of one section of the roadmap. */
export type HtmlSectionRenderer = (roadmap: Roadmap, context: HtmlContext, section: RoadmapSection) => SafeHtml;

export function htmlContext(roadmap: Roadmap, locale: Locale, longLists: HtmlContext['longLists']): HtmlContext {
    const currency = roadmap.header.currency;
    return {
        locale, currency, longLists,
        label: (key, args) => t(locale, key, args),
        prose: (key, args) => withCode(t(locale, key, args)),
        money: value => value === undefined ? '' : formatMoney(locale, value, currency)
    };
}

/** Text with spans in backticks shown as code; unpaired backticks are left as they are. */
export function withCode(text: string): SafeHtml {
    const parts = text.split('`');
    return parts.length % 2 === 0 ? html`${text}` : joinHtml(parts.map((part, index) => index % 2 === 1 ? html`<code>${part}</code>` : part), '');
}

/** The id of a section's element: the preview and the tests find the sections by it. */
export function sectionElementId(id: RoadmapSectionId): string {
    return `rm-${id}`;
}

export function section(id: Exclude<RoadmapSectionId, 'header'>, context: HtmlContext, body: HtmlValue): SafeHtml {
    return html`<section class="rm-section" id="${sectionElementId(id)}">\n<h2>${context.label(sectionTitleKey(id))}</h2>\n${body}\n</section>`;
}

export function none(context: HtmlContext): SafeHtml {
    return html`<p class="rm-empty">${context.label('roadmap.none')}</p>`;
}

export function nameOf(ref: NamedRef | undefined): string {
    return ref ? ref.title ?? ref.name : '';
}

/** Titles one after another; a semicolon between them, since a title may have commas of its own. */
export function names(refs: NamedRef[]): string {
    return refs.map(nameOf).join('; ');
}

export function dateOf(context: HtmlContext, iso: string | undefined): string {
    return iso ? formatDate(context.locale, iso) : '';
}

export function percentOf(context: HtmlContext, value: number | undefined): string {
    return value === undefined ? '' : formatPercent(context.locale, value);
}

export function numberOf(context: HtmlContext, value: number | undefined): string {
    return value === undefined ? '' : formatNumber(context.locale, value);
}

/** A definition list of the rows that have a value. */
export function facts(rows: Array<[string, HtmlValue]>): SafeHtml {
    const shown = rows.map(([term, value]) => [term, html`${value}`] as const).filter(([, value]) => value.markup !== '');
    return shown.length > 0 ? html`<dl class="rm-facts">${shown.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>` : html``;
}

export function list(items: HtmlValue[]): SafeHtml {
    return items.length > 0 ? html`<ul>${items.map(item => html`<li>${item}</li>`)}</ul>` : html``;
}

/**
 * A table; on a phone its rows become small cards (styles.ts), each cell under the name of its column, which
 * the cell carries as `data-label` when the column's heading is text.
 */
export function table(head: HtmlValue[], rows: HtmlValue[][], className = 'rm-table'): SafeHtml {
    const headRow = head.map(cell => html`<th>${cell}</th>`);
    const labels = head.map(cell => typeof cell === 'string' && cell !== '' ? html` data-label="${cell}"` : html``);
    const bodyRows = rows.map(row => html`<tr>${row.map((cell, index) => html`<td${labels[index] ?? ''}>${cell}</td>`)}</tr>`);
    return html`<table class="${className}"><thead><tr>${headRow}</tr></thead><tbody>${bodyRows}</tbody></table>`;
}

/** Lists longer than this are folded in the preview, behind a summary that says how long they are. */
export const LONG_LIST = 10;

/**
 * A list of `count` items that is folded under `summary` when it is long (see `HtmlContext.longLists`).
 * In the preview a folded list is only its summary: the page asks for the list (`fold`, which
 * `renderHtmlFold` answers) when it is opened, so a long plan costs the page neither the markup nor the
 * layout of lists nobody opened. The standalone document has every list open, for printing.
 */
export function foldable(context: HtmlContext, count: number, summary: HtmlValue, fold: string, content: () => HtmlValue): SafeHtml {
    if (count <= LONG_LIST) {
        return html`${content()}`;
    }
    return context.longLists === 'open'
        ? html`<details class="rm-fold" open><summary>${summary}</summary>${content()}</details>`
        : html`<details class="rm-fold" data-fold="${fold}"><summary>${summary}</summary></details>`;
}

/** The author's reasoning behind an item (its doc comment), paragraph by paragraph, under a label that says so. */
export function rationale(context: HtmlContext, text: string | undefined): SafeHtml {
    if (!text) {
        return html``;
    }
    const [first, ...rest] = text.split('\n\n');
    return html`<div class="rm-rationale"><p><span class="rm-rationale-label">${context.label('roadmap.rationale')}:</span> ${first}</p>${
        rest.map(paragraph => html`<p>${paragraph}</p>`)}</div>`;
}

/** Blocks one per line. */
export function lines(blocks: HtmlValue[]): SafeHtml {
    return joinHtml(blocks, '\n');
}

/** Cards side by side (segments, products and competitors, roles). */
export function cards(items: HtmlValue[]): SafeHtml {
    return html`<div class="rm-cards">${lines(items)}</div>`;
}
