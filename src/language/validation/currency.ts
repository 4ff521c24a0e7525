import { AstUtils, type AstNode, type Properties } from 'langium';
import { currencyCode } from '../../analysis/money.js';
import { isCurrencySetting, isStrategy, type Money, type Quantity, type Strategy } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import type { Checks, Report } from './report.js';

/**
 * The currency setting of a strategy block, looked up once per block rather than once per amount in it: a
 * block's members never change after parsing (a new text is a new syntax tree).
 */
const currencies = new WeakMap<Strategy, string | undefined>();

function strategyCurrency(strategy: Strategy): string | undefined {
    if (!currencies.has(strategy)) {
        const setting = strategy.members.find(isCurrencySetting);
        currencies.set(strategy, setting ? currencyCode(setting.code) : undefined);
    }
    return currencies.get(strategy);
}

/**
 * Amounts, targets and thresholds are in the strategy's currency: the enclosing strategy's, or for
 * declarations outside a strategy block, the currency of the strategy in the same folder.
 */
export function currencyChecks(services: SmmServices): Checks {
    const analyzer = services.analysis.StrategyAnalyzer;

    /** The currency of the folder's one strategy, for amounts written outside a strategy block. */
    const folderCurrency = (node: AstNode): string | undefined => {
        const found = new Set(analyzer.forNode(node).parts.strategies.map(strategyCurrency).filter(c => c !== undefined));
        return found.size === 1 ? [...found][0] : undefined;
    };

    const checkCurrency = <N extends Money | Quantity>(node: N, written: string | undefined, property: Properties<N>, report: Report): void => {
        if (!written) {
            return;
        }
        const strategy = AstUtils.getContainerOfType(node, isStrategy);
        const expected = strategy ? strategyCurrency(strategy) : folderCurrency(node);
        const found = currencyCode(written);
        if (expected && found !== expected) {
            report('currency-mismatch', { found, expected }, { node, property, data: { expected } });
        }
    };

    return {
        Money: (money, report) => checkCurrency(money, money.currency, 'currency', report),
        Quantity(quantity, report) {
            if (quantity.unit !== '%') {
                checkCurrency(quantity, quantity.unit, 'unit', report);
            }
        }
    };
}
