import type { ValidationAcceptor } from 'langium';
import type { Funnel, Stage } from '../generated/ast.js';
import type { SmmServices } from '../smm-module.js';
import { IssueCodes, issue } from './issue-codes.js';
import { leftOut } from './omissions.js';

/** Funnels that can be forecast: every stage has a volume, a conversion or a channel that buys one. */
export function funnelChecks(services: SmmServices) {
    const locale = services.i18n.Locale;
    const analyzer = services.analysis.StrategyAnalyzer;
    return {
        checkStageHasVolume(stage: Stage, accept: ValidationAcceptor): void {
            if (leftOut(stage, 'volume') && leftOut(stage, 'conversion') && leftOut(stage, 'channel', 'via') && stage.name) {
                accept('warning', locale.t(IssueCodes.StageWithoutVolume, { stage: stage.name }), {
                    node: stage, property: 'name', ...issue(IssueCodes.StageWithoutVolume)
                });
            }
        },
        checkTopStageChannelHasCost(stage: Stage, accept: ValidationAcceptor): void {
            const channel = stage.channel?.ref;
            if (!channel || stage.volume !== undefined || stage.$container.stages[0] !== stage) {
                return;
            }
            if (!analyzer.forNode(stage).channels.get(channel)?.primary) {
                accept('warning', locale.t(IssueCodes.FunnelChannelWithoutCost, { channel: channel.name, funnel: stage.$container.name }), {
                    node: stage, property: 'channel', ...issue(IssueCodes.FunnelChannelWithoutCost)
                });
            }
        },
        /** A funnel no KPI is measured at forecasts numbers nobody looks at. */
        checkFunnelIsUsed(funnel: Funnel, accept: ValidationAcceptor): void {
            if (!analyzer.forNode(funnel).measuredFunnels.has(funnel) && funnel.name) {
                accept('hint', locale.t(IssueCodes.FunnelUnused, { funnel: funnel.name }), {
                    node: funnel, property: 'name', ...issue(IssueCodes.FunnelUnused)
                });
            }
        }
    };
}
