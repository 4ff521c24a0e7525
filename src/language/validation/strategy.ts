import type { ValidationAcceptor } from 'langium';
import { isSetting, type Setting, type Strategy } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { IssueCodes, issue } from './issue-codes.js';

/** A strategy has one period, one currency, one budget and one company goal. */
export function strategyChecks(services: SmmServices) {
    const locale = services.i18n.Locale;
    return {
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
