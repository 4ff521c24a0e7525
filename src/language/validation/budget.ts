import { channelBudget } from '../../analysis/forecast.js';
import { formatMoney } from '../../i18n/numbers.js';
import type { SmmServices } from '../smm-module.js';
import type { Checks } from './report.js';
import { leftOut } from './omissions.js';

/** The budget adds up: allocations within it, a reserve for the expected risk loss, every channel budgeted. */
export function budgetChecks(services: SmmServices): Checks {
    const locale = services.i18n.Locale;
    const analyzer = services.analysis.StrategyAnalyzer;
    return {
        BudgetSetting: function checkBudgetBalance(setting, report) {
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
                report('budget-exceeded', {
                    allocated: money(budget.allocated), channels: money(budget.channels), tasks: money(budget.tasks),
                    budget: money(budget.budget!), over: money(-budget.unallocated)
                }, { node: setting, property: 'amount' });
            } else if (budget.unallocated < budget.riskLoss) {
                report('budget-reserve-below-risk', {
                    reserve: money(budget.unallocated), loss: money(budget.riskLoss)
                }, { node: setting, property: 'amount' });
            }
        },
        Channel: function checkChannelHasBudget(channel, report) {
            // A flat fee is the budget of a channel paid that way (bloggers, seeding).
            if (leftOut(channel, 'budget') && channelBudget(channel) === undefined && channel.name) {
                report('channel-without-budget', { channel: channel.name }, { node: channel, property: 'name' });
            }
        }
    };
}
