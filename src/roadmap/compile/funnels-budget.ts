/** The funnels' forecasts and the budget's balance, as the analysis computed them. */
import type { StrategyAnalysis } from '../../analysis/analyze.js';
import type { ProductMix } from '../../analysis/economics.js';
import type { FunnelForecast } from '../../analysis/forecast.js';
import { monthlyPlan } from '../../analysis/monthly-plan.js';
import type { Funnel } from '../../language/generated/ast.js';
import type { RoadmapBudget, RoadmapFunnel, RoadmapProductMix } from '../model.js';
import { named, namedRefs, rationaleOf, sourceOf } from './refs.js';

export function compileFunnel(forecast: FunnelForecast): RoadmapFunnel {
    const funnel: Funnel = forecast.funnel;
    return {
        name: funnel.name ?? '',
        title: funnel.title,
        rationale: rationaleOf(funnel),
        segment: funnel.segment ? named(funnel.segment.ref) ?? { name: funnel.segment.$refText } : undefined,
        products: namedRefs(funnel.sells.map(item => item.product)),
        stages: forecast.stages.map(stage => ({
            name: stage.stage.name ?? '',
            title: stage.stage.title,
            channel: stage.stage.channel ? named(stage.stage.channel.ref) ?? { name: stage.stage.channel.$refText } : undefined,
            volume: stage.volume,
            unit: stage.unit,
            volumeSource: stage.source,
            conversion: stage.conversion,
            spend: stage.spend,
            costPerUnit: stage.costPerUnit,
            source: sourceOf(stage.stage)
        })),
        economics: { ...forecast.economics },
        mix: forecast.mix ? compileMix(forecast.mix) : undefined,
        source: sourceOf(funnel)
    };
}

function compileMix(mix: ProductMix): RoadmapProductMix {
    return {
        basis: mix.basis,
        writtenTotal: mix.writtenTotal,
        products: mix.shares.map(({ product, share, written, value }) => ({
            name: product.name, title: product.title, share, written,
            price: value.price, per: value.per, payments: value.payments, basis: value.basis, value: value.value, margin: value.margin
        }))
    };
}

export function compileBudget(analysis: StrategyAnalysis): RoadmapBudget {
    const { budget } = analysis;
    return {
        currency: analysis.parts.currency,
        budget: budget.budget,
        allocated: budget.allocated,
        unallocated: budget.unallocated,
        allocatedShare: budget.allocatedShare,
        channels: budget.channels,
        tasks: budget.tasks,
        byChannel: budget.byChannel.map(line => ({
            name: line.item.name, title: line.item.title, amount: line.amount,
            share: analysis.channels.get(line.item)?.budgetShare, source: sourceOf(line.item)
        })),
        byPhase: budget.byPhase.map(line => ({
            name: line.item.name, title: line.item.title, amount: line.amount, source: sourceOf(line.item)
        })),
        riskLoss: budget.riskLoss,
        monthly: compileMonthlyPlan(analysis)
    };
}

function compileMonthlyPlan(analysis: StrategyAnalysis): RoadmapBudget['monthly'] {
    const plan = monthlyPlan(analysis.parts, analysis.period, analysis.channels, analysis.funnels);
    // An amount past the largest number a computer holds (a typo `number-too-large` reports) leaves no plan to draw.
    if (!plan || ![...plan.total, ...plan.volumes.flatMap(row => row.amounts)].every(Number.isFinite)) {
        return undefined;
    }
    return {
        months: plan.months,
        channels: plan.channels.map(row => ({ name: row.channel.name, title: row.channel.title, amounts: row.amounts, source: sourceOf(row.channel) })),
        tasks: plan.tasks,
        total: plan.total,
        volumes: plan.volumes.map(row => ({
            funnel: { name: row.funnel.name, title: row.funnel.title },
            stage: { name: row.stage.name, title: row.stage.title, source: sourceOf(row.stage) },
            unit: row.unit,
            amounts: row.amounts
        }))
    };
}
