// The standard metrics live in an in-memory document that no editor can open or change. Hovers show the
// catalog's text instead; go to definition (definition.ts) stops at the reference, and a rename that would
// have to edit it is refused (rename.ts).

import { AstUtils, type AstNode, type MaybePromise } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import { findCatalogMetric, type MetricUnit } from '../../analysis/metric-catalog.js';
import { isMetric } from '../generated/ast.js';
import { isBuiltinUri } from '../builtin-metrics.js';
import type { LocaleState } from '../locale.js';
import type { SmmServices } from '../smm-module.js';

function isStandard(node: AstNode): boolean {
    return isBuiltinUri(AstUtils.getDocument(node).uri.toString());
}

export class SmmHoverProvider extends MultilineCommentHoverProvider {
    private readonly locale: LocaleState;

    constructor(services: SmmServices) {
        super(services);
        this.locale = services.i18n.Locale;
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (!isMetric(node)) {
            return super.getAstNodeHoverContent(node);
        }
        const standard = isStandard(node) ? findCatalogMetric(node.name) : undefined;
        if (standard) {
            const lang = this.locale.current;
            return this.metricHover(standard.name[lang], standard.id, standard.description[lang], standard.unit, standard.formula);
        }
        // A custom metric: its doc comment if it has one, otherwise what its declaration says.
        return super.getAstNodeHoverContent(node) ?? this.metricHover(
            node.title ?? node.name, node.name, node.description, node.unit, node.formula?.$cstNode?.text);
    }

    private metricHover(title: string, id: string, description?: string, unit?: MetricUnit, formula?: string): string {
        return [
            `**${title}** (\`${id}\`)`,
            description,
            unit ? `${this.locale.t('hover.unit')}: ${this.locale.t(`unit.${unit}`)}` : undefined,
            formula ? `${this.locale.t('hover.formula')}: \`${formula}\`` : undefined
        ].filter(Boolean).join('\n\n');
    }
}
