import { AstUtils, type AstNodeDescription, type ValidationAcceptor } from 'langium';
import type { Model } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import type { MessageKey } from '../../i18n/index.js';
import { isBuiltinUri } from '../builtin-metrics.js';
import { isVisibleFrom, strategyFolderOf } from '../scope.js';
import { IssueCodes, issue } from './issue-codes.js';

/**
 * Two declarations of one kind with one name (in any file of the strategy's folder) make every reference
 * to that name ambiguous.
 */
export function nameChecks(services: SmmServices) {
    const locale = services.i18n.Locale;
    const index = services.shared.workspace.IndexManager;
    const locator = services.workspace.AstNodeLocator;
    return {
        checkUniqueNames(model: Model, accept: ValidationAcceptor): void {
            const document = AstUtils.getDocument(model);
            const folder = strategyFolderOf(document.uri);
            const byKindAndName = new Map<string, AstNodeDescription[]>();
            for (const description of index.allElements().filter(d => isVisibleFrom(d, folder))) {
                const key = `${description.type}|${description.name}`;
                const group = byKindAndName.get(key);
                if (group) {
                    group.push(description);
                } else {
                    byKindAndName.set(key, [description]);
                }
            }
            const own = document.uri.toString();
            for (const group of byKindAndName.values()) {
                if (group.length < 2) {
                    continue;
                }
                for (const description of group.filter(d => d.documentUri.toString() === own)) {
                    const node = locator.getAstNode(model, description.path);
                    if (!node) {
                        continue;
                    }
                    const others = group.filter(d => d !== description);
                    const standard = others.some(d => isBuiltinUri(d.documentUri.toString()));
                    const key: MessageKey = standard ? 'duplicate-name.standardMetric' : 'duplicate-name';
                    accept('error', locale.t(key, { name: description.name, kind: locale.t(`kind.${description.type}` as MessageKey) }), {
                        node,
                        range: description.nameSegment?.range,
                        ...issue(IssueCodes.DuplicateName),
                        relatedInformation: others
                            .filter(d => !isBuiltinUri(d.documentUri.toString()) && d.nameSegment)
                            .map(d => ({
                                location: { uri: d.documentUri.toString(), range: d.nameSegment!.range },
                                message: locale.t('duplicate-name.related')
                            }))
                    });
                }
            }
        }
    };
}
