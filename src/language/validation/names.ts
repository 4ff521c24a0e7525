import { AstUtils, type AstNodeDescription } from 'langium';
import { Metric, type Model } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import type { MessageKey } from '../../i18n/index.js';
import { isBuiltinUri } from '../references/builtin-metrics.js';
import { visibleDeclarations } from '../workspace/strategy-folder.js';
import { alsoDeclaredHere, type Checks } from './report.js';

/** Pointing at a few other declarations is enough; a pasted block may repeat one name thousands of times. */
const MAX_RELATED = 3;

/**
 * Two declarations of one kind with one name (in any file of the strategy's folder) make every reference
 * to that name ambiguous.
 */
export function nameChecks(services: SmmServices): Checks {
    const locale = services.i18n.Locale;
    const index = services.shared.workspace.IndexManager;
    const documents = services.shared.workspace.LangiumDocuments;
    const locator = services.workspace.AstNodeLocator;
    return {
        Model: function checkUniqueNames(model: Model, report) {
            const document = AstUtils.getDocument(model);
            const byKindAndName = new Map<string, AstNodeDescription[]>();
            for (const description of visibleDeclarations(index, documents, document.uri)) {
                // Metric names are case-insensitive (CTR is ctr), every other name is exact.
                const name = description.type === Metric.$type ? description.name.toLowerCase() : description.name;
                const key = `${description.type}|${name}`;
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
                const standard = group.some(d => isBuiltinUri(d.documentUri.toString()));
                const declarations = group.filter(d => !isBuiltinUri(d.documentUri.toString()) && d.nameSegment);
                for (const description of group.filter(d => d.documentUri.toString() === own)) {
                    const node = locator.getAstNode(model, description.path);
                    if (!node) {
                        continue;
                    }
                    report('duplicate-name', { name: description.name, kind: locale.t(`kind.${description.type}` as MessageKey) }, {
                        node,
                        range: description.nameSegment?.range,
                        variant: standard ? 'standardMetric' : undefined,
                        relatedInformation: declarations
                            .slice(0, MAX_RELATED + 1)
                            .filter(d => d !== description)
                            .slice(0, MAX_RELATED)
                            .map(d => alsoDeclaredHere(locale, d.documentUri.toString(), d.nameSegment!.range))
                    });
                }
            }
        }
    };
}
