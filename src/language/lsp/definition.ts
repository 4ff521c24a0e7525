import { GrammarUtils, type CstNode } from 'langium';
import { DefaultDefinitionProvider, type GoToLink } from 'langium/lsp';
import { isFunnel, isMetric, isStage } from '../generated/ast.js';
import { isBuiltinUri } from '../references/builtin-metrics.js';

/**
 * Go to definition lands on the very name that was written: a metric alias on the alias in `aka`, the
 * `Funnel` part of `Funnel.Stage` on the funnel (see SmmReferences). It never opens the in-memory file of
 * standard metrics (their hover explains them instead).
 */
export class SmmDefinitionProvider extends DefaultDefinitionProvider {
    protected override findLinks(source: CstNode): GoToLink[] {
        return super.findLinks(source)
            .filter(link => !isBuiltinUri(link.targetDocument.uri.toString()))
            .map(link => precise(link, source));
    }
}

function precise(link: GoToLink, source: CstNode): GoToLink {
    const target = link.target.astNode;
    if (isMetric(target)) {
        const alias = target.aliases.findIndex(a => a.toLowerCase() === source.text.toLowerCase());
        const aliasNode = alias >= 0 ? GrammarUtils.findNodesForProperty(target.$cstNode, 'aliases')[alias] : undefined;
        return aliasNode ? { ...link, target: aliasNode } : link;
    }
    // In `Orders.Order` each word links on its own.
    return isFunnel(target) || isStage(target) ? { ...link, source } : link;
}
