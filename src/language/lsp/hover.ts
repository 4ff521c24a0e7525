import type { AstNode, MaybePromise } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import { isMetric } from '../generated/ast.js';
import type { LocaleState } from '../locale.js';
import type { SmmServices } from '../smm-module.js';
import { metricMarkdown, standardMetricOf } from './metric-docs.js';

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
        if (standardMetricOf(node)) {
            return metricMarkdown(node, this.locale);
        }
        // A custom metric: its doc comment if it has one, otherwise what its declaration says.
        return super.getAstNodeHoverContent(node) ?? metricMarkdown(node, this.locale);
    }
}
