import type { AstNode, ValidationAcceptor, ValidationCheck, ValidationChecks } from 'langium';
import type { SmmAstType } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { audienceChecks } from './audience.js';
import { budgetChecks } from './budget.js';
import { currencyChecks } from './currency.js';
import { dateChecks } from './dates.js';
import { duplicatePropertyChecks } from './duplicate-properties.js';
import { economicsChecks } from './economics.js';
import { funnelChecks } from './funnels.js';
import { goalChecks } from './goals.js';
import { kpiChecks } from './kpis.js';
import { nameChecks } from './names.js';
import { numberChecks } from './numbers.js';
import { progressChecks } from './progress.js';
import { regulationChecks } from './regulations.js';
import { reporter, type Check, type Checks, type Report } from './report.js';
import { riskChecks } from './risks.js';
import { scheduleChecks } from './schedule.js';
import { strategyChecks } from './strategy.js';
import { teamChecks } from './team.js';

/**
 * Registers the checks of every concern, one concern per file. The order of the concerns is the order in
 * which the checks of one node run (e.g. a goal's own checks before the dates of its deadline).
 */
export function registerValidationChecks(services: SmmServices): void {
    const concerns: Checks[] = [
        nameChecks(services), numberChecks(), strategyChecks(services), duplicatePropertyChecks(services),
        budgetChecks(services), goalChecks(), kpiChecks(services), dateChecks(), scheduleChecks(services),
        funnelChecks(services), economicsChecks(services), regulationChecks(services), audienceChecks(services), riskChecks(),
        currencyChecks(services), teamChecks(services), progressChecks(services)
    ];
    // Langium hands every check of one document the same acceptor: one `Report` per document, not per call.
    let lastAccept: ValidationAcceptor | undefined;
    let lastReport: Report | undefined;
    const reportFor = (accept: ValidationAcceptor): Report => {
        if (accept !== lastAccept) {
            lastAccept = accept;
            lastReport = reporter(services.i18n.Locale, accept);
        }
        return lastReport!;
    };
    const registered: Record<string, ValidationCheck[]> = {};
    for (const concern of concerns) {
        for (const [type, checks] of Object.entries(concern) as Array<[string, Check<AstNode> | Array<Check<AstNode>>]>) {
            for (const check of [checks].flat()) {
                (registered[type] ??= []).push((node, accept, cancelToken) => check(node, reportFor(accept), cancelToken));
            }
        }
    }
    services.validation.ValidationRegistry.register(registered as ValidationChecks<SmmAstType>);
}
