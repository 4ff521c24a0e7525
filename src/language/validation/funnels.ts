import { stageChannels } from '../../analysis/forecast.js';
import type { SmmServices } from '../smm-module.js';
import type { Checks } from './report.js';
import { leftOut } from './omissions.js';

/** Funnels that can be forecast: every stage has a volume, a conversion or a channel that buys one. */
export function funnelChecks(services: SmmServices): Checks {
    const analyzer = services.analysis.StrategyAnalyzer;
    return {
        Stage: [
            function checkStageHasVolume(stage, report) {
                if (leftOut(stage, 'volume') && leftOut(stage, 'conversion') && leftOut(stage, 'channel', 'via') && stage.name) {
                    report('stage-without-volume', { stage: stage.name }, { node: stage, property: 'name' });
                }
            },
            function checkTopStageChannelHasCost(stage, report) {
                if (stage.volume !== undefined || stage.$container.stages[0] !== stage) {
                    return;
                }
                const channels = analyzer.forNode(stage).channels;
                for (const [index, channel] of stageChannels(stage).entries()) {
                    if (!channels.get(channel)?.primary) {
                        const target = index === 0 ? { node: stage, property: 'channel' as const } : { node: stage, property: 'alsoVia' as const, index: index - 1 };
                        report('funnel-channel-without-cost', { channel: channel.name, funnel: stage.$container.name }, target);
                    }
                }
            }
        ],
        /** A funnel no KPI is measured at forecasts numbers nobody looks at. */
        Funnel: function checkFunnelIsUsed(funnel, report) {
            if (!analyzer.forNode(funnel).measuredFunnels.has(funnel) && funnel.name) {
                report('funnel-unused', { funnel: funnel.name }, { node: funnel, property: 'name' });
            }
        }
    };
}
