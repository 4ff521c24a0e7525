import type { Channel, ChannelBudget, CostRate, Funnel, Rubric, Stage } from '../language/generated/ast.js';
import { mixValue, productMixOf, type ProductMix } from './economics.js';
import { findCatalogMetric } from './metric-catalog.js';
import { postsPerDay, type Period } from './period.js';
import { amountBetween, budgetOnCalendar, evenOver, recurring, totalOf, type Stretch } from './schedule.js';

export interface ChannelForecast {
    channel: Channel;
    /** What the channel costs over the strategy period: its budgets added up (per month × the months…). */
    budget?: number;
    /**
     * When the budget is spent: each budget over its window, evenly, a monthly one month by month. Left out
     * when the strategy has no period, or when a budget cannot be placed (then `budget` is unknown too).
     */
    spending?: Stretch[];
    /** Share of the strategy budget, in percent. */
    budgetShare?: number;
    /**
     * What the budget buys under each priced cost model, by the standard metric bought (the catalog's
     * `costOf`): impressions = budget ÷ CPM × 1000, clicks = budget ÷ CPC…
     */
    volumes: Partial<Record<string, number>>;
    /**
     * The first priced cost model's volume, or an organic channel's reach: what a funnel stage fed by this
     * channel starts from.
     */
    primary?: { metric: string; volume: number };
    /** An organic channel's reach over the period and where it comes from (see `organicReach`). */
    organic?: OrganicForecast;
}

export interface OrganicForecast {
    /** Reach over the period; undefined when the channel states none, or states it per post and has no posts. */
    reach?: number;
    /** `organic 3 000 per post`: the reach of one post. */
    perPost?: number;
    /** Posts the content plan publishes on the channel over the period (Σ rubrics `on` it: frequency × days). */
    posts?: number;
    /** `organic 20 000 per month`: the reach stated per time unit. */
    perUnit?: { reach: number; unit: string };
}

/** The posts the rubrics plan on a channel over the period: Σ frequency × days (`3 per week` over 182 days: 78). */
export function postsOn(channel: Channel, rubrics: readonly Rubric[], period: Period | undefined): number | undefined {
    if (!period) {
        return undefined;
    }
    return rubrics.filter(rubric => rubric.frequency && rubric.channels.some(ref => ref.ref === channel))
        .reduce((sum, rubric) => {
            const { count, interval, per } = rubric.frequency!;
            return sum + (count !== undefined && per ? postsPerDay(count, interval ?? 1, per) * period.days : 0);
        }, 0);
}

/**
 * What an organic channel reaches, with no budget: posts × the reach of a post (the content plan feeds the
 * forecast), or the reach stated per time unit over the period (`per month`: every calendar month of it).
 */
export function organicReach(channel: Channel, period: Period | undefined, posts: number | undefined): OrganicForecast | undefined {
    const organic = channel.organic;
    if (!organic) {
        return undefined;
    }
    const stated = Number.isFinite(organic.reach) ? organic.reach : undefined;
    if (stated === undefined || !organic.per) {
        return {};
    }
    if (organic.per === 'post') {
        return { perPost: stated, posts, reach: posts !== undefined ? posts * stated : undefined };
    }
    return { perUnit: { reach: stated, unit: organic.per }, reach: period ? totalOf(recurring(period, stated, organic.per)) : undefined };
}

/** The channels a stage comes `via`: `via vk, telegram`. */
export function stageChannels(stage: Stage): Channel[] {
    return [...new Set([stage.channel, ...stage.alsoVia].map(ref => ref?.ref).filter((channel): channel is Channel => channel !== undefined))];
}

/**
 * What a channel costs over the period, and when: its budgets (each over its `during` window or the period,
 * `per month` for every month), or for a channel paid a flat fee (bloggers, seeding), that fee spread over
 * the period. Undefined when the channel states neither, or a budget cannot be placed on the calendar.
 */
export function channelSpending(channel: Channel, period: Period | undefined): { budget: number; spending?: Stretch[] } | undefined {
    if (channel.budgets.length === 0) {
        const fee = channel.costs.find(rate => rate.model === 'flat')?.price?.amount;
        return fee === undefined ? undefined : { budget: fee, spending: period ? evenOver(period, fee) : undefined };
    }
    const placed = effectiveBudgets(channel).map(budget => budgetOnCalendar(budget, period));
    if (placed.some(budget => budget === undefined)) {
        return undefined;
    }
    const dated = placed.every(budget => budget!.stretches !== undefined);
    const spending = dated ? placed.flatMap(budget => budget!.stretches!) : undefined;
    return { budget: spending ? totalOf(spending) : placed.reduce((sum, budget) => sum + budget!.amount, 0), spending };
}

/**
 * The budgets of a channel that count: every budget with a `during` window, and of those without one (over
 * the whole period) only the last, as for any property given twice (`duplicate-property` reports the others).
 */
export function effectiveBudgets(channel: Channel): ChannelBudget[] {
    const overPeriod = channel.budgets.filter(budget => !budget.phase && !budget.range);
    return channel.budgets.filter(budget => budget.phase || budget.range || budget === overPeriod.at(-1));
}

/** What a channel costs over the strategy period (see `channelSpending`). */
export function channelBudget(channel: Channel, period: Period | undefined): number | undefined {
    return channelSpending(channel, period)?.budget;
}

/**
 * What a channel's budget buys: impressions = budget ÷ CPM × 1000, clicks = budget ÷ CPC, …; an organic
 * channel reaches people without one (its reach over the period, from `posts` of the content plan).
 */
export function forecastChannel(channel: Channel, period: Period | undefined, strategyBudget?: number, posts?: number): ChannelForecast {
    const { budget, spending } = channelSpending(channel, period) ?? {};
    const volumes: Partial<Record<string, number>> = {};
    let primary: ChannelForecast['primary'];
    const organic = organicReach(channel, period, posts);
    for (const rate of channel.costs) {
        const bought = boughtBy(rate);
        if (bought && budget !== undefined && volumes[bought.metric] === undefined) {
            const volume = budget / rate.price.amount * bought.per;
            volumes[bought.metric] = volume;
            primary ??= { metric: bought.metric, volume };
        }
    }
    // Impressions and a click-through rate give clicks: clicks = impressions × CTR.
    if (volumes.impressions !== undefined && volumes.clicks === undefined && channel.ctr) {
        volumes.clicks = volumes.impressions * channel.ctr.value / 100;
    }
    if (organic?.reach !== undefined && volumes.reach === undefined) {
        volumes.reach = organic.reach;
        primary ??= { metric: 'reach', volume: organic.reach };
    }
    return {
        channel, budget, spending, volumes, primary, organic,
        budgetShare: budget !== undefined && strategyBudget ? budget / strategyBudget * 100 : undefined
    };
}

function boughtBy(rate: CostRate): { metric: string; per: number } | undefined {
    return rate.price?.amount > 0 ? findCatalogMetric(rate.model)?.costOf : undefined;
}

/** Whether a channel has a budget and a priced cost model, i.e. can feed a funnel. */
export function channelCanFeed(forecast: ChannelForecast): boolean {
    return forecast.primary !== undefined;
}

export type StageVolumeSource = 'given' | 'channel' | 'conversion';

/** An organic channel that feeds a funnel, and how its reach is made up. */
export interface OrganicSource {
    channel: Channel;
    forecast: OrganicForecast;
}

export interface StageForecast {
    stage: Stage;
    /** People or events at this stage over the strategy period. */
    volume?: number;
    source?: StageVolumeSource;
    /** Share of the previous stage that reaches this one, in percent (given, or derived from two volumes). */
    conversion?: number;
    /**
     * Money spent to bring people this far: over this and the earlier stages, each stage's `cost`, or for a
     * stage without one, the budget of the channel it comes `via` (counted once per channel).
     */
    spend: number;
    /** spend ÷ volume. */
    costPerUnit?: number;
    /** The organic channels whose reach this stage's volume comes from (at this stage or above it). */
    organic?: OrganicSource[];
    /**
     * What the volume counts: the stage's unit or its channel's (impressions, clicks…), else the standard
     * metric its name stands for (`stage Click` counts clicks, `stage Order` orders); a standard metric by
     * its id, another by its name.
     */
    unit?: string;
}

export interface FunnelEconomics {
    /** The last stage's volume: the customers the funnel brings. */
    purchases?: number;
    /** Price of one purchase (or one period of a subscription) of the products sold, weighted by the mix. */
    price?: number;
    /** Margin of the revenue, in percent, weighted by the mix and by each product's revenue per customer. */
    margin?: number;
    /** Revenue one customer brings over the lifetime (LTV), weighted by the mix: price × payments. */
    ltv?: number;
    /** The last stage's spend: what the whole funnel costs. */
    spend: number;
    /** purchases × LTV. */
    revenue?: number;
    /** revenue × margin. */
    grossProfit?: number;
    /** (gross profit − spend) ÷ spend, in percent. */
    romi?: number;
    /** revenue ÷ spend, in percent. */
    roas?: number;
    /** spend ÷ leads, where a stage counts leads. */
    cpl?: number;
    /** spend ÷ purchases. */
    cac?: number;
}

export interface FunnelForecast {
    funnel: Funnel;
    stages: StageForecast[];
    /** The products the funnel sells, with their shares and value per customer. */
    mix?: ProductMix;
    economics: FunnelEconomics;
    /**
     * When the funnel's volumes come in, as weights on the calendar: as the channel of its first stage fed by
     * a channel spends (people arrive as the ads run), else evenly over the period. Every stage follows it:
     * conversions are taken to happen in the day people arrive. Undefined without a period.
     */
    delivery?: Stretch[];
}

/**
 * Forecasts every stage: the top stage's volume is given or bought by its channel; each next stage is
 * the previous one × its conversion; cost per unit = spend so far ÷ volume.
 */
export function forecastFunnel(funnel: Funnel, channels: ReadonlyMap<Channel, ChannelForecast>, period?: Period): FunnelForecast {
    const stages: StageForecast[] = [];
    const paidChannels = new Set<Channel>();
    let spend = 0;
    let previous: StageForecast | undefined;
    for (const stage of funnel.stages) {
        const via = stageChannels(stage);
        if (stage.cost) {
            spend += stage.cost.amount;
        } else {
            spend += via.filter(channel => !paidChannels.has(channel)).reduce((sum, channel) => sum + (channels.get(channel)?.budget ?? 0), 0);
        }
        via.forEach(channel => paidChannels.add(channel));
        const fed = via.map(channel => channels.get(channel)).filter((channel): channel is ChannelForecast => channel !== undefined);
        const forecast = forecastStage(stage, previous, fed, spend);
        // The reach of organic channels flows down the funnel with the volume it starts.
        const organic = forecast.source === 'channel'
            ? fed.filter(channel => channel.organic?.reach).map(channel => ({ channel: channel.channel, forecast: channel.organic! }))
            : forecast.source === 'given' ? [] : previous?.organic ?? [];
        forecast.organic = organic.length > 0 ? organic : undefined;
        stages.push(forecast);
        previous = forecast;
    }
    const mix = productMixOf(funnel);
    const fedBy = funnel.stages.flatMap(stageChannels).map(channel => channels.get(channel)).find(channel => channel?.spending);
    const delivery = fedBy?.spending && totalOf(fedBy.spending) > 0 ? fedBy.spending : period && evenOver(period, 1);
    return { funnel, stages, mix, economics: economicsOf(mix, stages, spend), delivery };
}

/**
 * The share of a funnel's volumes over the period that comes in from day `from` to day `to` (day numbers,
 * fractions allowed); undefined when the funnel has no calendar (a strategy without a period).
 */
export function deliveredShare(funnel: FunnelForecast, from: number, to: number): number | undefined {
    return funnel.delivery && amountBetween(funnel.delivery, from, to) / totalOf(funnel.delivery);
}

/**
 * A stage's forecast. Fed by several channels (`via vk, telegram`), its volume is the sum of what each one
 * brings in the stage's unit (else in the first channel's unit: impressions of VK + impressions of Telegram);
 * a channel that gives no volume in that unit adds nothing.
 */
function forecastStage(stage: Stage, previous: StageForecast | undefined, channels: ChannelForecast[], spend: number): StageForecast {
    const unitName = stage.unit?.ref?.name ?? stage.unit?.$refText;
    let volume: number | undefined;
    let source: StageVolumeSource | undefined;
    let conversion = stage.conversion?.value;
    let unit = unitName;
    if (stage.volume !== undefined) {
        volume = stage.volume;
        source = 'given';
        if (conversion === undefined && previous?.volume) {
            conversion = volume / previous.volume * 100;
        }
    } else if (conversion !== undefined && previous?.volume !== undefined) {
        volume = previous.volume * conversion / 100;
        source = 'conversion';
    } else if (channels.some(channel => channel.primary) && (previous === undefined || conversion === undefined)) {
        const wantedId = unitName ? findCatalogMetric(unitName)?.id : undefined;
        const wanted = wantedId !== undefined && channels.some(channel => channel.volumes[wantedId] !== undefined) ? wantedId : undefined;
        const metric = wanted ?? channels.find(channel => channel.primary)!.primary!.metric;
        volume = channels.reduce((sum, channel) => sum + (channel.volumes[metric] ?? 0), 0);
        unit = wanted !== undefined ? unitName : metric;
        source = 'channel';
    }
    return {
        stage, volume, source, conversion, spend,
        unit: unit ? findCatalogMetric(unit)?.id ?? unit : metricNamed(stage.name),
        costPerUnit: volume && spend > 0 ? spend / volume : undefined
    };
}

/** The standard metric a stage's name stands for, in the singular or the plural: `Click`, `Orders`. */
function metricNamed(name: string | undefined): string | undefined {
    const lower = name?.toLowerCase();
    return lower ? (findCatalogMetric(lower) ?? findCatalogMetric(`${lower}s`))?.id : undefined;
}

const LEAD_STAGE = /^(leads?|лид|лиды|заявк)/iu;

function economicsOf(mix: ProductMix | undefined, stages: StageForecast[], spend: number): FunnelEconomics {
    const purchases = stages.at(-1)?.volume;
    const { price, ltv, margin } = mix ? mixValue(mix) : {};
    const revenue = purchases !== undefined && ltv !== undefined ? purchases * ltv : undefined;
    const grossProfit = revenue !== undefined && margin !== undefined ? revenue * margin / 100 : undefined;
    const leads = stages.find(s => s.unit === 'leads' || LEAD_STAGE.test(s.stage.name ?? ''))?.volume;
    const perSpend = (value: number | undefined) => value !== undefined && spend > 0 ? value / spend * 100 : undefined;
    return {
        purchases, price, margin, ltv, spend, revenue, grossProfit,
        romi: grossProfit !== undefined ? perSpend(grossProfit - spend) : undefined,
        roas: perSpend(revenue),
        cpl: leads && spend > 0 ? spend / leads : undefined,
        cac: purchases && spend > 0 ? spend / purchases : undefined
    };
}
