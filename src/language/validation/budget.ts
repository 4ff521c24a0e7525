import type { ValidationAcceptor } from 'langium';
import { channelBudget } from '../../analysis/forecast.js';
import { formatMoney } from '../../i18n/numbers.js';
import type { BudgetSetting, Channel } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { IssueCodes, issue } from './issue-codes.js';
import { leftOut } from './omissions.js';

/** The budget adds up: allocations within it, a reserve for the expected risk loss, every channel budgeted. */
export function budgetChecks(services: SmmServices) {
    const locale = services.i18n.Locale;
    const analyzer = services.analysis.StrategyAnalyzer;
    return {
        checkBudgetBalance(setting: BudgetSetting, accept: ValidationAcceptor): void {
            const analysis = analyzer.forNode(setting);
            if (analysis.parts.strategy !== setting.$container) {
                return;
            }
            const { budget } = analysis;
            const money = (value: number) => formatMoney(locale.current, value, analysis.parts.currency);
            if (budget.unallocated === undefined) {
                return;
            }
            if (budget.unallocated < 0) {
                accept('error', locale.t(IssueCodes.BudgetExceeded, {
                    allocated: money(budget.allocated), channels: money(budget.channels), tasks: money(budget.tasks),
                    budget: money(budget.budget!), over: money(-budget.unallocated)
                }), { node: setting, property: 'amount', ...issue(IssueCodes.BudgetExceeded) });
            } else if (budget.unallocated < budget.riskLoss) {
                accept('warning', locale.t(IssueCodes.BudgetReserveBelowRisk, {
                    reserve: money(budget.unallocated), loss: money(budget.riskLoss)
                }), { node: setting, property: 'amount', ...issue(IssueCodes.BudgetReserveBelowRisk) });
            }
        },
        checkChannelHasBudget(channel: Channel, accept: ValidationAcceptor): void {
            // A flat fee is the budget of a channel paid that way (bloggers, seeding).
            if (leftOut(channel, 'budget') && channelBudget(channel) === undefined && channel.name) {
                accept('warning', locale.t(IssueCodes.ChannelWithoutBudget, { channel: channel.name }), {
                    node: channel, property: 'name', ...issue(IssueCodes.ChannelWithoutBudget)
                });
            }
        }
    };
}
