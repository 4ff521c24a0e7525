import { afterEach, describe, expect, test } from 'vitest';
import { issueMessage } from '../../../src/language/validation/issue-catalog.js';
import { issueRows } from '../../support/issues.js';
import { createTestServices } from '../../support/services.js';

/** A budget that adds up: `src/language/validation/budget.ts`. */
const t = createTestServices();
afterEach(() => t.clear());
const { found } = issueRows(t);

describe('budget-exceeded', () => {
    test('channels 80 000 + tasks 30 000 = 110 000 against 100 000: over by 10 000', async () => {
        expect(await found(`strategy "S" {
  currency RUB
  budget 100000
  channel vk { budget 80000 cpc 10 }
  phase Launch { task "Shoot" cost 30000 }
}`, 'budget-exceeded')).toEqual([[
            3, '100000', 'error',
            'Allocations exceed the budget: 110,000 ₽ (channels 80,000 ₽, tasks 30,000 ₽) against 100,000 ₽, over by 10,000 ₽.'
        ]]);
    });

    test('a budget exactly equal to the allocations is silent', async () => {
        // 80 000 + 30 000 = 110 000
        expect(await found(`strategy "S" { budget 110000
  channel vk { budget 80000 } phase Launch { task "Shoot" cost 30000 } }`, 'budget-exceeded')).toEqual([]);
    });

    test('in Russian: amounts with a no-break space', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('strategy "S" { currency RUB budget 1000 channel vk { budget 1500 } }', 'budget-exceeded');
        // 1 500 − 1 000 = 500 over
        expect(issue.message).toBe('Распределено больше бюджета: 1\u00a0500\u00a0₽ (каналы 1\u00a0500\u00a0₽, задачи 0\u00a0₽) при бюджете 1\u00a0000\u00a0₽, перерасход 500\u00a0₽.');
    });
});

describe('budget-reserve-below-risk', () => {
    test('a reserve of 10 000 against an expected loss of 50 % × 30 000 = 15 000', async () => {
        expect(await found(`strategy "S" {
  budget 100000
  channel vk { budget 90000 }
  risk Ban probability 50% impact 30000 mitigation "Move to tg"
}`, 'budget-reserve-below-risk')).toEqual([[
            2, '100000', 'warning',
            'The unallocated reserve 10,000 is smaller than the expected loss from risks 15,000 (Σ probability × impact).'
        ]]);
    });

    test('a reserve exactly equal to the risk loss is silent', async () => {
        // 100 000 − 90 000 = 10 000 = 50 % × 20 000
        expect(await found(`strategy "S" { budget 100000 channel vk { budget 90000 }
  risk Ban probability 50% impact 20000 mitigation "Move to tg" }`, 'budget-reserve-below-risk')).toEqual([]);
    });

    test('an exceeded budget is reported as exceeded only', async () => {
        const codes = (await t.validate(`strategy "S" { budget 100 channel vk { budget 200 }
  risk Ban probability 50% impact 30000 mitigation "m" }`)).map(i => i.code);
        expect(codes).toContain('budget-exceeded');
        expect(codes).not.toContain('budget-reserve-below-risk');
    });
});

describe('channel-without-budget', () => {
    test('fires on the channel name', async () => {
        expect(await found('channel ok { cpm 100 }', 'channel-without-budget')).toEqual([[
            1, 'ok', 'warning', 'The channel “ok” has no budget: its share of the plan and what it buys are unknown. Give it a `budget`, or write `organic` for a community or channel of your own.'
        ]]);
    });

    test('an organic channel is silent: a community of one\'s own needs no budget', async () => {
        expect(await found('channel vk { organic 3 000 per post }\nchannel blog { organic }', 'channel-without-budget')).toEqual([]);
    });

    test('a channel with a budget is silent', async () => {
        expect(await found('channel ok { budget 1000 cpm 100 }', 'channel-without-budget')).toEqual([]);
    });

    test('a channel paid a flat fee is silent: the fee is its budget', async () => {
        expect(await found('channel bloggers { flat 90000 }', 'channel-without-budget')).toEqual([]);
    });

    test('in Russian, what it suggests is written in the Russian keywords, and does what it says', async () => {
        t.setLocale('ru');
        const [[, , , message]] = await found('канал ок { cpm 100 }', 'channel-without-budget');
        expect(message).toBe('У канала «ок» нет бюджета: неизвестны его доля в плане и что он даст. Укажите `бюджет` или напишите `органика`, если это ваше сообщество или канал.');
        await t.clear();
        t.setLocale('ru');
        // The reach `funnel-channel-without-cost` suggests for a channel of one's own.
        const reach = /`(органика [^`]+)`/.exec(issueMessage('funnel-channel-without-cost', 'ru', { channel: 'вк', funnel: 'F' }))![1];
        expect(reach).toBe('органика 3 000 в месяц');
        const issues = await t.validate(`канал вк { ${reach} }\nканал блог { органика }\nканал ок { бюджет 1000 cpm 100 }`);
        expect(issues.map(issue => issue.code)).toEqual([]);
    });
});

describe('budget-without-dates', () => {
    test('a monthly budget in a strategy without a period', async () => {
        const rows = await found('strategy "S" {\n  currency RUB\n  budget 50 000 per month\n  channel vk { budget 10 000 per month cpc 10 }\n}', 'budget-without-dates');
        expect(rows).toEqual([
            [3, 'month', 'warning', 'The budget 50,000 ₽ cannot be placed on the calendar: the strategy has no `period` to count its months. Add `period 2027-01-01 .. 2027-06-30`.'],
            [4, 'month', 'warning', 'The budget 10,000 ₽ cannot be placed on the calendar: the strategy has no `period` to count its months. Add `period 2027-01-01 .. 2027-06-30`.']
        ]);
    });

    test('a budget during a phase without dates', async () => {
        expect(await found('strategy "S" {\n  period 2027-01-01 .. 2027-06-30\n  phase Prep { }\n  channel vk { budget 10 000 during Prep }\n}', 'budget-without-dates')).toEqual([[
            4, 'Prep', 'warning',
            'The budget 10,000 cannot be placed on the calendar: the phase “Prep” has no dates. Give the phase its dates (`phase Prep 2027-01-01 .. 2027-01-31`).'
        ]]);
    });

    test('a monthly budget with a period, or over dated phases and dates, is silent', async () => {
        expect(await found(`strategy "S" {
  period 2027-01-01 .. 2027-06-30
  budget 50 000 per month
  phase Launch 2027-01-01 .. 2027-01-31 { }
  channel vk { budget 10 000 per month during Launch budget 5 000 during 2027-02-01 .. 2027-02-28 }
}`, 'budget-without-dates')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('strategy "S" {\n  period 2027-01-01 .. 2027-06-30\n  currency RUB\n  phase Prep { }\n  channel vk { budget 10 000 per month during Prep }\n}', 'budget-without-dates');
        expect(issue.message).toBe('Бюджет 10\u00a0000\u00a0₽ нельзя разложить по календарю: у фазы «Prep» нет дат. Укажите даты фазы (`фаза Prep 2027-01-01 .. 2027-01-31`).');
    });
});
