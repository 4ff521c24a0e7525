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

/** Hovers: doc comments of declarations, and the catalog's text on standard metrics. */
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
