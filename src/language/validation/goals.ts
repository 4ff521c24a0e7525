import { AstUtils, GrammarUtils } from 'langium';
import { readStatement } from '../../analysis/vague-wording.js';
import type { Goal } from '../generated/ast.js';
import type { Checks } from './report.js';
import { leftOut } from './omissions.js';

/** Goals a strategist accepts: a statement that says how much, measured by KPIs, owned, aimed at an audience. */
export function goalChecks(): Checks {
    return {
        Goal: [
            function checkGoalHasKpi(goal, report) {
                if (goal.kpis.length === 0 && goal.name) {
                    report('goal-without-kpi', { goal: goal.name }, { node: goal, property: 'name' });
                }
            },
            /**
             * The statement itself must say how much: a wish is not a goal, whatever KPIs follow, and neither
             * is the team's own work (output) standing where the result it is for (outcome) should be.
             */
            function checkGoalStatement(goal, report) {
                const finding = goal.title ? readStatement(goal.title).finding : undefined;
                const title = GrammarUtils.findNodeForProperty(goal.$cstNode, 'title');
                if (!finding || !title) {
                    return;
                }
                // The phrase itself when the quoted text reads exactly as the title (no escapes), else the whole title.
                const exact = title.text.slice(1, -1) === goal.title;
                const document = AstUtils.getDocument(goal).textDocument;
                const start = title.offset + 1 + finding.offset;
                const range = exact
                    ? { start: document.positionAt(start), end: document.positionAt(start + finding.length) }
                    : title.range;
                const code = finding.kind === 'activity' ? 'goal-is-activity' : 'goal-vague-wording';
                report(code, { goal: goal.name, phrase: finding.phrase }, { node: goal, range, data: { language: finding.language } });
            },
            function checkGoalHasOwner(goal, report) {
                if (leftOut(goal, 'owner') && goal.name) {
                    report('goal-without-owner', { goal: goal.name }, { node: goal, property: 'name' });
                }
            },
            function checkGoalHasAudience(goal: Goal, report) {
                if (leftOut(goal, 'segments', 'segment') && goal.name) {
                    report('goal-without-segment', { goal: goal.name }, { node: goal, property: 'name' });
                }
            }
        ]
    };
}
