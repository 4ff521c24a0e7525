import { afterEach, describe, expect, test } from 'vitest';
import { analyzeStrategy, type StrategyAnalysis } from '../../src/analysis/analyze.js';
import { describeKpiForecast } from '../../src/analysis/kpi-forecast-text.js';
import { collectStrategy } from '../../src/analysis/strategy-parts.js';
import { createTestServices } from '../support/services.js';

const smm = createTestServices();
afterEach(() => smm.clear());

async function analyze(text: string): Promise<StrategyAnalysis> {
    const document = await smm.parseClean(text);
    return analyzeStrategy(collectStrategy([document.parseResult.value]));
}

function channel(analysis: StrategyAnalysis, name: string) {
    return [...analysis.channels.values()].find(forecast => forecast.channel.name === name)!;
}

function stage(analysis: StrategyAnalysis, name: string) {
    return [...analysis.stages.values()].find(forecast => forecast.stage.name === name)!;
}

describe('organic channels', () => {
    test('reach per post × the posts of the rubrics on the channel: the content plan feeds the forecast', async () => {
        const analysis = await analyze(`strategy «Зерно» {
    period 2027-01-01 .. 2027-06-30
    channel вк { organic 3 000 per post }
    content {
        rubric Кухня «На кухне» on вк 3 per week
        rubric Гости «Гости» on вк, тг 1 per 2 weeks
    }
    channel тг
    funnel Подписка {
        stage Охват via вк
        stage Подписка conversion 2%
    }
}`);
        const vk = channel(analysis, 'вк');
        // 181 days (Jan 31 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30): 3 per week is 3 ÷ 7 × 181 = 77.571
        // posts, 1 per 2 weeks is 1 ÷ 14 × 181 = 12.929: 90.5 posts in all.
        expect(vk.organic?.posts).toBeCloseTo(90.5, 6);
        // 90.5 posts × 3 000 = 271 500 people reached, with no budget
        expect(vk.organic?.reach).toBeCloseTo(271_500, 6);
        expect(vk.budget).toBeUndefined();
        expect(vk.primary).toEqual({ metric: 'reach', volume: vk.organic!.reach });
        // The funnel starts from that reach: 271 500 × 2 % = 5 430 subscribers, at no cost
        expect(stage(analysis, 'Охват')).toMatchObject({ source: 'channel', unit: 'reach' });
        expect(stage(analysis, 'Подписка').volume).toBeCloseTo(5_430, 6);
        expect(stage(analysis, 'Подписка').costPerUnit).toBeUndefined();
    });

    test('the KPI forecast says that the content plan feeds it', async () => {
        const analysis = await analyze(`strategy "S" {
    period 2027-01-01 .. 2027-06-30
    channel vk { organic 3 000 per post }
    content { rubric Kitchen on vk 3 per week }
    funnel Community {
        stage Seen via vk
        stage Follow conversion 2%
    }
    goal G { kpi subscriber_growth >= 4 000 from Community.Follow }
}`);
        const [assessment] = analysis.kpis.values();
        // 3 ÷ 7 × 181 = 77.57 posts × 3 000 = 232 714 reached × 2 % = 4 654 new subscribers
        expect(describeKpiForecast('en', assessment, 'USD')).toBe('forecast from stage “Community.Follow” (organic reach of vk: '
            + '77.6 posts of the content plan × 3,000 = 232,714 people reached): ≈ 4,654 subscriber_growth over the period');
    });

    test('a reach stated per month counts every month of the period', async () => {
        const analysis = await analyze(`strategy "S" {
    period 2027-01-01 .. 2027-06-30
    channel telegram { organic 20k per month }
}`);
        // 6 calendar months × 20 000 = 120 000
        expect(channel(analysis, 'telegram').organic).toEqual({ perUnit: { reach: 20_000, unit: 'month' }, reach: 120_000 });
    });

    test('organic alone, or per post with no rubric on the channel, forecasts no reach', async () => {
        const analysis = await analyze(`strategy "S" {
    period 2027-01-01 .. 2027-06-30
    channel blog { organic }
    channel vk { organic 3 000 per post }
}`);
        expect(channel(analysis, 'blog').organic).toEqual({});
        expect(channel(analysis, 'vk').organic).toEqual({ perPost: 3_000, posts: 0, reach: 0 });
        expect(channel(analysis, 'blog').primary).toBeUndefined();
    });
});

describe('a stage fed by several channels', () => {
    test('sums what each channel brings in the same unit, and counts each budget once', async () => {
        const analysis = await analyze(`strategy "S" {
    period 2027-01-01 .. 2027-06-30
    budget 150 000
    channel vk { budget 100 000  cpm 200 }
    channel tg { budget 50 000  cpm 400 }
    funnel F {
        stage Seen via vk, tg
        stage Click conversion 1%
    }
}`);
        // vk: 100 000 ÷ 200 × 1000 = 500 000 impressions; tg: 50 000 ÷ 400 × 1000 = 125 000; together 625 000
        expect(stage(analysis, 'Seen')).toMatchObject({ volume: 625_000, unit: 'impressions', spend: 150_000 });
        // 625 000 × 1 % = 6 250 clicks for 150 000: 24 a click
        expect(stage(analysis, 'Click').volume).toBeCloseTo(6_250, 6);
        expect(stage(analysis, 'Click').costPerUnit).toBeCloseTo(24, 6);
    });

    test('a paid and an organic channel: the unit of the stage says what is added', async () => {
        const analysis = await analyze(`strategy "S" {
    period 2027-01-01 .. 2027-06-30
    channel vk { budget 100 000  cpm 200 }
    channel tg { organic 20 000 per month }
    funnel F {
        stage Seen via tg, vk
    }
}`);
        // The first channel (tg) gives reach: 6 × 20 000 = 120 000; vk buys impressions, not reach, and adds nothing
        expect(stage(analysis, 'Seen')).toMatchObject({ volume: 120_000, unit: 'reach', spend: 100_000 });
    });
});
