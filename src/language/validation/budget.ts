import { CstUtils } from 'langium';
import { effectiveBudgets } from '../../analysis/forecast.js';
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
            if (setting.per && !analysis.period && setting.amount) {
                report('budget-without-dates', { budget: formatMoney(locale.current, setting.amount.amount, analysis.parts.currency), phase: '' }, {
                    node: setting, property: 'per'
                });
            }
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
        ChannelBudget: function checkChannelBudgetHasDates(budget, report) {
            const period = analyzer.forNode(budget).period;
            const money = budget.amount && formatMoney(locale.current, budget.amount.amount, analyzer.forNode(budget).parts.currency);
            const phase = budget.phase?.ref;
            if (phase && !phase.range) {
                report('budget-without-dates', { budget: money ?? '', phase: phase.name }, { node: budget, property: 'phase', variant: 'phase' });
            } else if (budget.per && !period && !budget.phase && !budget.range) {
                report('budget-without-dates', { budget: money ?? '', phase: '' }, { node: budget, property: 'per' });
            }
        },
        Channel: [function checkChannelHasBudget(channel, report) {
            // A flat fee is the budget of a channel paid that way (bloggers, seeding); an organic one needs none.
            const flat = channel.costs.some(rate => rate.model === 'flat');
            if (leftOut(channel, 'budgets', 'budget') && !flat && !channel.organic && channel.name) {
                report('channel-without-budget', { channel: channel.name }, { node: channel, property: 'name' });
            }
        }, function checkChannelBudgetsOverPeriod(channel, report) {
            // Budgets with a `during` window add up; two for the whole period are the same property twice.
            const counted = new Set(effectiveBudgets(channel));
            for (const budget of channel.budgets.filter(budget => !counted.has(budget))) {
                report('duplicate-property', { property: 'budget' }, { node: budget, range: budget.$cstNode && {
                    start: (CstUtils.getPreviousNode(budget.$cstNode, false) ?? budget.$cstNode).range.start, end: budget.$cstNode.range.end
                } });
            }
        }]
    };
}