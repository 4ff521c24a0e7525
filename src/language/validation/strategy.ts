import { AstUtils, GrammarUtils, type ValidationAcceptor } from 'langium';
import { isSetting, isStrategy, type Model, type Setting, type Strategy } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { alsoDeclaredHere, IssueCodes, issue } from './issue-codes.js';

/** One strategy per folder, with one period, one currency, one budget and one company goal. */
export function strategyChecks(services: SmmServices) {
    const locale = services.i18n.Locale;
    const analyzer = services.analysis.StrategyAnalyzer;
    return {
        /** A folder is one strategy; a second `strategy` block there would silently mix two plans. */
        checkOneStrategyPerFolder(model: Model, accept: ValidationAcceptor): void {
            const all = analyzer.forNode(model).parts.strategies;
            if (all.length < 2) {
                return;
            }
            for (const strategy of model.elements.filter(isStrategy)) {
                const others = all.filter(s => s !== strategy);
                accept('error', locale.t(IssueCodes.MultipleStrategies, { count: all.length }), {
                    node: strategy, property: 'title', ...issue(IssueCodes.MultipleStrategies),
                    relatedInformation: others.flatMap(other => {
                        const title = GrammarUtils.findNodeForProperty(other.$cstNode, 'title');
                        return title ? [alsoDeclaredHere(locale, AstUtils.getDocument(other).uri.toString(), title.range)] : [];
                    })
                });
            }
        },
        checkSingleSettings(strategy: Strategy, accept: ValidationAcceptor): void {
            const last = new Map<string, Setting>();
            for (const setting of strategy.members.filter(isSetting)) {
                const earlier = last.get(setting.$type);
                if (earlier?.$cstNode) {
                    const keyword = earlier.$cstNode.text.split(/\s/, 1)[0];
                    accept('warning', locale.t('duplicate-property', { property: keyword }), {
                        node: earlier, range: earlier.$cstNode.range, ...issue(IssueCodes.DuplicateProperty)
                    });
                }
                last.set(setting.$type, setting);
            }
        }
    };
}
