/** The RACI matrix: one row per item that has an owner or a RACI, one column per role. */
import { html } from '../../../shared/html.js';
import { raciMatrix } from '../raci-matrix.js';
import { sourceAttributes as src } from '../svg.js';
import { none, section, table, type HtmlSectionRenderer } from './kit.js';

export const renderRaci: HtmlSectionRenderer = (roadmap, context, { hasContent }) => {
    if (!hasContent) {
        return section('raci', context, none(context));
    }
    const matrix = raciMatrix(roadmap);
    return section('raci', context, html`${table(
        [context.label('roadmap.raci.item'), ...matrix.roles.map(role => role.title ?? role.name)],
        matrix.rows.map(row => [
            html`<span${src(row.item)}>${row.item.title ?? row.item.name} <small>(${context.label(`roadmap.raci.kind.${row.item.kind}`)})</small></span>`,
            ...row.cells
        ]),
        'rm-table rm-raci')}
<p class="rm-note">${context.label('roadmap.raci.legend')}</p>`);
};
