import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { analyzeStrategy, type StrategyAnalysis } from '../../src/analysis/analyze.js';
import type { KpiProgress } from '../../src/analysis/progress.js';
import { collectStrategy } from '../../src/analysis/strategy-parts.js';
import type { Model } from '../../src/language/generated/ast.js';
import { createTestServices } from '../support/services.js';

/**
 * Progress against the plan, read from the worked example `examples/school-actuals-en` (its header comment
 * works every number out by hand) and from small snippets.
 */
const smm = createTestServices();
afterEach(() => smm.clear());

async function analyzeFolder(folder: string): Promise<StrategyAnalysis> {
    const files = Object.fromEntries(readdirSync(folder).filter(name => name.endsWith('.smm'))
        .map(name => [`file:///ws/${name}`, readFileSync(`${folder}/${name}`, 'utf8')]));
    const documents = await smm.addFiles(files);
    return analyzeStrategy(collectStrategy([...documents.values()].map(document => document.parseResult.value as Model)));
}

async function analyze(files: Record<string, string>): Promise<StrategyAnalysis> {
    const documents = await smm.addFiles(Object.fromEntries(Object.entries(files).map(([name, text]) => [`file:///ws/${name}`, text])));
    return analyzeStrategy(collectStrategy([...documents.values()].map(document => document.parseResult.value as Model)));
}

const byMetric = (analysis: StrategyAnalysis, metric: string): KpiProgress =>
    analysis.progress!.kpis.find(progress => progress.kpi.metric.$refText === metric)!;

describe.each(['en', 'ru'])('the worked example (%s)', language => {
    const folder = `examples/school-actuals-${language}`;
    const metric = (en: string) => language === 'en' ? en : { leads: 'лиды', sales: 'продажи', subscribers: 'подписчики', cpl: 'цена_лида' }[en]!;

    test('as of the last day of the actuals, 90 of 181 days gone', async () => {
        const analysis = await analyzeFolder(folder);
        expect(analysis.progress!.to.toISOString().slice(0, 10)).toBe('2027-03-31');
        for (const progress of analysis.progress!.kpis) {
            expect(progress.elapsed).toBeCloseTo(90 / 181 * 100, 6);
        }
    });

    test('leads: 280 of 600 against 300 planned, the forecast rescaled to 560, off track', async () => {
        const leads = byMetric(await analyzeFolder(folder), metric('leads'));
        expect(leads.actual).toBeCloseTo(280, 6);
        expect(leads.planned).toBeCloseTo(300, 6);
        expect(leads.reached).toBeCloseTo(280 / 600 * 100, 6);
        expect(leads.pace).toBeCloseTo((280 / 600) / (90 / 181), 6);
        expect(leads.method).toBe('forecast');
        expect(leads.projection).toBeCloseTo(560, 6);
        expect(leads.onTrack).toBe(false);
        expect(leads.months.map(m => [m.month, Math.round(m.actual!), Math.round(m.planned!)])).toEqual([
            ['2027-01', 80, 100], ['2027-02', 95, 100], ['2027-03', 105, 100]
        ]);
    });

    test('sales a month: 22 in March from a baseline of 10, a linear trend to 34 in June, on track', async () => {
        const sales = byMetric(await analyzeFolder(folder), metric('sales'));
        expect(sales.actual).toBeCloseTo(22, 6);
        expect(sales.reached).toBeCloseTo(120, 6);
        expect(sales.method).toBe('linearTrend');
        expect(sales.projection).toBeCloseTo(34, 6);
        expect(sales.onTrack).toBe(true);
    });

    test('sales a month: the forecast for June, the calendar month to 30 June, is what the monthly plan gives, 20', async () => {
        const sales = byMetric(await analyzeFolder(folder), metric('sales'));
        // 120 sales over the period, June's 30 000 of the 180 000 budget: 120 × 30 000 ÷ 180 000 = 20, as the
        // month-by-month plan gives March (30 000 a month). The last 30.44 days took 0.4375 of a May day too:
        // 20 + 20 × 0.4375 ÷ 31 = 20.28.
        expect(sales.assessment.forecast).toBeCloseTo(20, 9);
        expect(sales.planned).toBeCloseTo(20, 9);
    });

    test('subscribers: 3,500 of 5,000 from 2,000, run rate to 5,016.67, on track', async () => {
        const subscribers = byMetric(await analyzeFolder(folder), metric('subscribers'));
        expect(subscribers.baseline).toBe(2000);
        expect(subscribers.actual).toBe(3500);
        expect(subscribers.reached).toBeCloseTo(50, 6);
        expect(subscribers.pace).toBeCloseTo(50 / (90 / 181 * 100), 6);
        expect(subscribers.method).toBe('runRate');
        expect(subscribers.projection).toBeCloseTo(2000 + 1500 * 181 / 90, 6);
        expect(subscribers.onTrack).toBe(true);
    });

    test('CPL: 91,000 ÷ 280 = 325 against ≤ 320, off track', async () => {
        const cpl = byMetric(await analyzeFolder(folder), metric('cpl'));
        expect(cpl.actual).toBeCloseTo(325, 6);
        expect(cpl.planned).toBeCloseTo(300, 6);
        expect(cpl.onTrack).toBe(false);
    });

    test('the funnel: actual conversions against planned ones, and the re-forecast', async () => {
        const [main] = (await analyzeFolder(folder)).progress!.funnels;
        expect(main.stages.map(s => [Math.round(s.planned!), Math.round(s.actual!)])).toEqual([[3000, 2950], [300, 280], [60, 54]]);
        expect(main.stages[1].actualConversion).toBeCloseTo(280 / 2950 * 100, 6);
        expect(main.stages[1].plannedConversion).toBe(10);
        expect(main.stages[2].actualConversion).toBeCloseTo(54 / 280 * 100, 6);
        expect(main.stages.map(s => s.reforecast)).toEqual([
            expect.closeTo(5900, 6), expect.closeTo(560, 6), expect.closeTo(108, 6)
        ]);
    });

    test('the creatives rule fires at CTR 0.875 % for the last 7 days; the budget rule does not', async () => {
        const { fired } = (await analyzeFolder(folder)).progress!;
        expect(fired.map(f => f.rule.name)).toEqual([language === 'en' ? 'Creatives' : 'Креативы']);
        expect(fired[0].to - fired[0].from + 1).toBe(7);
        expect(fired[0].values.map(v => [v.metric.name, v.value])).toEqual([['ctr', expect.closeTo(0.875, 9)]]);
    });
});

describe('actuals', () => {
    const plan = `strategy "S" {
        period 2027-01-01 .. 2027-01-31
        metric signups { unit count }
        goal G "100 signups by 31 January" { kpi signups >= 100 by 2027-01-31 }
        adjust Slow when signups < 3 for 3 days then "Post a reminder"
    }`;

    test('a week spreads its amount over its seven days; a day without actuals leaves the sum unknown', async () => {
        const analysis = await analyze({
            'strategy.smm': plan,
            'actuals.smm': 'actuals week 2027-01-01 { signups 21 }\nactuals 2027-01-08 .. 2027-01-09 { signups 4 }'
        });
        const [signups] = analysis.progress!.kpis;
        // 21 + 4 = 25 by 9 January, 9 of 31 days: the run rate is 25 × 31 ÷ 9 = 86.1 < 100
        expect(signups.actual).toBe(25);
        expect(signups.method).toBe('runRate');
        expect(signups.projection).toBeCloseTo(25 * 31 / 9, 9);
        expect(signups.onTrack).toBe(false);
        // 2 a day on the 8th and 9th, 3 a day the week before: the last 3 days are 3, 2, 2 → not each < 3
        expect(analysis.progress!.fired).toEqual([]);
    });

    test('a rule fires only when every one of its days held', async () => {
        const analysis = await analyze({
            'strategy.smm': plan,
            'actuals.smm': 'actuals week 2027-01-01 { signups 21 }\nactuals 2027-01-08 .. 2027-01-10 { signups 6 }'
        });
        const [fired] = analysis.progress!.fired;
        // 8, 9 and 10 January at 2 a day, each < 3
        expect(fired.rule.name).toBe('Slow');
        expect(fired.values[0].value).toBe(2);
        expect(fired.values[0].perDay).toBe(true);
    });

    test('a KPI per quarter reads calendar quarters: 30 in the first (90 days), 36 in the second, a trend to 48 in the fourth', async () => {
        const analysis = await analyze({
            'strategy.smm': `strategy "S" {
                period 2027-01-01 .. 2027-12-31
                metric signups { unit count }
                goal G "40 signups a quarter by the end of 2027" { kpi signups >= 40 per quarter by 2027-12-31 }
            }`,
            'actuals.smm': ['01', '02', '03', '04', '05', '06'].map((month, i) => `actuals month 2027-${month}-01 { signups ${i < 3 ? 10 : 12} }`).join('\n')
        });
        const [signups] = analysis.progress!.kpis;
        // As of 30 June: the quarter to that day is April – June (36); the one before, January – March (30,
        // 90 days: 91-day stretches would have missed it). The line through (0, 30) and (1, 36) rises 6 a
        // quarter; 31 December is in the fourth quarter (index 3): 30 + 6 × 3 = 48 ≥ 40.
        expect(signups.actual).toBeCloseTo(36, 9);
        expect(signups.method).toBe('linearTrend');
        expect(signups.projection).toBeCloseTo(48, 9);
        expect(signups.onTrack).toBe(true);
    });

    test('a month from its first day is the calendar month', async () => {
        const analysis = await analyze({ 'strategy.smm': plan, 'actuals.smm': 'actuals month 2027-01-01 { signups 124 }' });
        // 124 over the whole of January: the KPI's time is over, the value final
        expect(analysis.progress!.kpis[0]).toMatchObject({ actual: 124, method: 'final', projection: 124, onTrack: true, elapsed: 100 });
    });
});
