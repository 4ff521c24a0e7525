import { AstUtils, CstUtils, GrammarUtils, type AstNode, type Properties, type ValidationAcceptor } from 'langium';
import {
    isStrategy, type DateRange, type Goal, type Kpi, type Milestone, type Model, type Money, type NumberRange,
    type Percent, type Task
} from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { parseIsoDate } from '../../analysis/dates.js';
import { currencyCode } from '../../analysis/money.js';
import { IssueCodes, issue } from './issue-codes.js';

/** Numbers, dates, percentages and money must mean what the writer meant. */
export function valueChecks(services: SmmServices) {
    const locale = services.i18n.Locale;
    const reflection = services.shared.AstReflection;

    function checkDate<N extends AstNode>(node: N, property: Properties<N>, accept: ValidationAcceptor): void {
        const text = (node as Record<string, unknown>)[property];
        if (typeof text === 'string' && !parseIsoDate(text)) {
            accept('error', locale.t('invalid-date', { date: text }), { node, property, ...issue(IssueCodes.InvalidDate) });
        }
    }

    return {
        checkDateRange(range: DateRange, accept: ValidationAcceptor): void {
            checkDate(range, 'start', accept);
            checkDate(range, 'end', accept);
            const start = parseIsoDate(range.start);
            const end = parseIsoDate(range.end);
            if (start && end && end < start) {
                accept('error', locale.t('invalid-range', { start: range.start, end: range.end }), {
                    node: range, ...issue(IssueCodes.InvalidRange)
                });
            }
        },
        checkNumberRange(range: NumberRange, accept: ValidationAcceptor): void {
            if (range.max < range.min) {
                accept('error', locale.t('invalid-range', { start: range.min, end: range.max }), {
                    node: range, ...issue(IssueCodes.InvalidRange)
                });
            }
        },
        checkKpiDeadline(kpi: Kpi, accept: ValidationAcceptor): void {
            checkDate(kpi, 'deadline', accept);
        },
        checkGoalDeadline(goal: Goal, accept: ValidationAcceptor): void {
            checkDate(goal, 'deadline', accept);
        },
        checkTaskDue(task: Task, accept: ValidationAcceptor): void {
            checkDate(task, 'due', accept);
        },
        checkMilestoneDate(milestone: Milestone, accept: ValidationAcceptor): void {
            checkDate(milestone, 'date', accept);
        },
        /** Margins, conversions, probabilities and CTRs are shares of a whole. */
        checkPercentIsShare(percent: Percent, accept: ValidationAcceptor): void {
            if (percent.value > 100) {
                accept('error', locale.t('invalid-percent', { value: percent.value }), {
                    node: percent, property: 'value', ...issue(IssueCodes.InvalidPercent)
                });
            }
        },
        checkMoneyCurrency(money: Money, accept: ValidationAcceptor): void {
            if (!money.currency) {
                return;
            }
            const strategy = AstUtils.getContainerOfType(money, isStrategy);
            const setting = strategy?.members.find(m => m.$type === 'CurrencySetting');
            const expected = setting?.$type === 'CurrencySetting' ? currencyCode(setting.code) : undefined;
            const found = currencyCode(money.currency);
            if (expected && found !== expected) {
                accept('warning', locale.t('currency-mismatch', { found, expected }), {
                    node: money, property: 'currency', ...issue(IssueCodes.CurrencyMismatch, { expected })
                });
            }
        },
        /** `1,500` may be one and a half or fifteen hundred: the writer must say which. */
        checkAmbiguousNumbers(model: Model, accept: ValidationAcceptor): void {
            for (const leaf of CstUtils.flattenCst(model.$cstNode!)) {
                const text = leaf.text;
                if (/^\d{1,3},\d{3}$/.test(text)) {
                    const readings = { thousands: text.replace(',', ''), decimal: String(Number(text.replace(',', '.'))) };
                    accept('error', locale.t('ambiguous-number', { text, ...readings }), {
                        node: leaf.astNode, range: leaf.range, ...issue(IssueCodes.AmbiguousNumber, readings)
                    });
                }
            }
        },
        /** In property blocks a repeated single-valued property silently overwrites the earlier one. */
        checkDuplicateProperties(node: AstNode, accept: ValidationAcceptor): void {
            const properties = reflection.getTypeMetaData(node.$type).properties;
            for (const [name, meta] of Object.entries(properties)) {
                if (Array.isArray(meta.defaultValue)) {
                    continue;
                }
                const occurrences = GrammarUtils.findNodesForProperty(node.$cstNode, name);
                for (const duplicate of occurrences.slice(0, -1)) {
                    const keyword = CstUtils.getPreviousNode(duplicate, false);
                    const range = keyword ? { start: keyword.range.start, end: duplicate.range.end } : duplicate.range;
                    accept('warning', locale.t('duplicate-property', { property: keyword?.text ?? name }), {
                        node, range, ...issue(IssueCodes.DuplicateProperty)
                    });
                }
            }
        }
    };
}
