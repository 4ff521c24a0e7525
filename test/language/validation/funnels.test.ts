import { afterEach, describe, expect, test } from 'vitest';
import { issueRows } from '../../support/issues.js';
import { createTestServices } from '../../support/services.js';

/** Funnels that can be forecast: `src/language/validation/funnels.ts`. */
const t = createTestServices();
afterEach(() => t.clear());
const { found } = issueRows(t);

describe('stage-without-volume', () => {
    test('a stage with nothing to count from fires on its name', async () => {
        expect(await found('funnel F {\n  stage Reach volume 1000\n  stage Click\n}', 'stage-without-volume')).toEqual([[
            3, 'Click', 'warning', 'The stage “Click” has neither a volume nor a conversion, so the funnel cannot be forecast from here on.'
        ]]);
    });

    test('a conversion or a channel is enough', async () => {
        expect(await found('channel vk { budget 100 cpc 1 }\nfunnel F { stage Reach via vk stage Click conversion 10% }', 'stage-without-volume')).toEqual([]);
    });
});

describe('funnel-channel-without-cost', () => {
    test('a top stage via a channel with a budget but no cost model', async () => {
        expect(await found('channel vk { budget 1000 }\nfunnel F {\n  stage Reach via vk\n}', 'funnel-channel-without-cost')).toEqual([[
            3, 'vk', 'warning',
            'The channel “vk” feeds the top of the funnel “F” but has no budget or no cost model (cpm, cpc, …), so its volume is unknown. A channel of your own states its reach: `organic 3 000 per post`.'
        ]]);
    });

    test('each channel of a stage fed by several is checked, on its own name', async () => {
        expect(await found('channel vk { budget 1000 cpm 100 }\nchannel tg { organic }\nfunnel F {\n  stage Reach via vk, tg\n}', 'funnel-channel-without-cost'))
            .toEqual([[4, 'tg', 'warning', expect.stringContaining('“tg”')]]);
    });

    test('an organic channel with a reach feeds the top of a funnel', async () => {
        expect(await found('strategy "S" { period 2027-01-01 .. 2027-06-30 }\nchannel tg { organic 20 000 per month }\nfunnel F {\n  stage Reach via tg\n}', 'funnel-channel-without-cost')).toEqual([]);
    });

    test('a cost model, a given volume, or a channel below the top stage is silent', async () => {
        expect(await found(`channel vk { budget 1000 cpc 10 }
channel tg { budget 1000 }
funnel A { stage Click via vk }
funnel B { stage Reach via tg volume 5000 }
funnel C { stage Reach volume 5000 stage Click via tg conversion 2% }`, 'funnel-channel-without-cost')).toEqual([]);
    });
});

describe('funnel-unused', () => {
    test('a funnel no KPI is measured at gets a hint', async () => {
        expect(await found('funnel Leads { stage Reach volume 1000 }', 'funnel-unused')).toEqual([[
            1, 'Leads', 'hint', 'No KPI is measured at the funnel “Leads” (`kpi … from Leads.Stage`).'
        ]]);
    });

    test('one KPI measured at any of its stages is enough', async () => {
        expect(await found('funnel Leads { stage Reach volume 1000 }\ngoal G { kpi reach >= 10 from Leads.Reach }', 'funnel-unused')).toEqual([]);
    });
});
