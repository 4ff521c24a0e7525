import type { Checks } from './report.js';
import { leftOut } from './omissions.js';

/** Every risk has a plan B. */
export function riskChecks(): Checks {
    return {
        Risk: function checkRiskHasMitigation(risk, report) {
            if (leftOut(risk, 'mitigation') && risk.name) {
                report('risk-without-mitigation', { risk: risk.title ?? risk.name }, { node: risk, property: 'name' });
            }
        }
    };
}
