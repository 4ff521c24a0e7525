import { AstUtils, GrammarUtils } from 'langium';
import { isSetting, isStrategy, type Setting } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { alsoDeclaredHere, type Checks } from './report.js';

/** One strategy per folder, with one period, one currency, one budget and one company goal. */
export function strategyChecks(services: SmmServices): Checks {
    const locale = services.i18n.Locale;
    const analyzer = services.analysis.StrategyAnalyzer;
    return {
        /** A folder is one strategy; a second `strategy` block there would silently mix two plans. */
        Model: function checkOneStrategyPerFolder(model, report) {
            const all = analyzer.forNode(model).parts.strategies;
            if (all.length < 2) {
                return;
            }
            for (const strategy of model.elements.filter(isStrategy)) {
                const others = all.filter(s => s !== strategy);
                report('multiple-strategies', { count: all.length }, {
                    node: strategy, property: 'title',
                    relatedInformation: others.flatMap(other => {
                        const title = GrammarUtils.findNodeForProperty(other.$cstNode, 'title');
                        return title ? [alsoDeclaredHere(locale, AstUtils.getDocument(other).uri.toString(), title.range)] : [];
                    })
                });
            }
        },
        Strategy: function checkSingleSettings(strategy, report) {
            const last = new Map<string, Setting>();
            for (const setting of strategy.members.filter(isSetting)) {
                const earlier = last.get(setting.$type);
                if (earlier?.$cstNode) {
                    const keyword = earlier.$cstNode.text.split(/\s/, 1)[0];
                    report('duplicate-property', { property: keyword }, { node: earlier, range: earlier.$cstNode.range });
                }
                last.set(setting.$type, setting);
            }
        }
    };
}
