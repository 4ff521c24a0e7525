import { afterEach, describe, expect, test } from 'vitest';
import { issueRows } from '../../support/issues.js';
import { createTestServices } from '../../support/services.js';
import { twoProductStrategy } from '../../support/strategies.js';

/** A funnel's economics and the plausibility of its numbers: `src/language/validation/economics.ts`. */
const t = createTestServices();
afterEach(() => t.clear());
const { found: foundAsIs, where } = issueRows(t);

/** The rows of `found`, with the no-break spaces of Russian numbers (`1 290 ₽`, tested by the formatter's spec) as plain spaces. */
async function found(input: string, code: string): Promise<Array<[number, string, string, string]>> {
    return (await foundAsIs(input, code)).map(([line, text, severity, message]) => [line, text, severity, message.replace(/\u00a0/g, ' ')]);
}

/** $5 at 60 % and $20 at 40 %; 10 000 ÷ 5 × 1 000 = 2 000 000 impressions × 1 % × 10 % = 2 000 orders for $10 000. */
const coffee = twoProductStrategy;

/** 690 ₽ beans and a 1 290 ₽ subscription; 300 000 ÷ 200 × 1 000 = 1 500 000 impressions × 1 % × 5 % = 750 orders. */
const zerno = (sells: string, extra = '') => `strategy «Зерно» {
    period 2027-03-01 .. 2027-08-31
    currency RUB
    product Зерно250 { price 690 ₽  margin 55% }
    product Подписка { price 1 290 ₽ per month  lifetime 6 months  margin 50% }
    segment Кофеманы { size 380 000 }
    channel вк { budget 300 000 cpm 200 }
    funnel ВоронкаВК for Кофеманы sells ${sells} {
        stage Показ via вк
        stage Клик conversion 1%
        stage Заказ conversion 5%
    }
    ${extra}
}`;

const watched = 'goal G { kpi romi >= 0% from F.Order }';

describe('mix-not-stated', () => {
    test('several products without shares: equal shares, with the mean price and margin they give', async () => {
        // price = (5 + 20) ÷ 2 = $12.50; margin = (5 × 60 % + 20 × 40 %) ÷ 25 = 11 ÷ 25 = 44 %
        expect(await found(coffee('Cup, Bundle', watched), 'mix-not-stated')).toEqual([[8, 'Cup, Bundle', 'warning',
            'The funnel “F” sells Cup, Bundle without a mix: the forecast assumes equal shares, a mean price of $12.50 and a margin of 44%. '
            + 'Say what share of the customers buys each, e.g. `sells Cup 50%, Bundle 50%`.']]);
    });

    test('in Russian, with a subscription: the price is of one payment, the margin weighted by the revenue over the lifetime', async () => {
        t.setLocale('ru');
        // price = (690 + 1 290) ÷ 2 = 990 ₽; revenue per customer: 690 and 6 × 1 290 = 7 740;
        // margin = (690 × 55 % + 7 740 × 50 %) ÷ (690 + 7 740) = (379.5 + 3 870) ÷ 8 430 = 50.4 %
        expect(await found(zerno('Зерно250, Подписка'), 'mix-not-stated')).toEqual([[8, 'Зерно250, Подписка', 'warning',
            'Воронка «ВоронкаВК» продаёт Зерно250, Подписка без доли каждого: прогноз считает доли равными, средняя цена 990 ₽, маржа 50,4 %. '
            + 'Укажите, какая доля клиентов покупает каждый продукт, например `продаёт Зерно250 50%, Подписка 50%`.']]);
    });

    test('without margins or prices the message says less', async () => {
        expect((await t.issues('product A { price 10 } product B { price 30 }\nfunnel F sells A, B, B { stage O volume 1 }', 'mix-not-stated'))[0].message).toBe(
            // (10 + 30 + 30) ÷ 3 = 23.33
            'The funnel “F” sells A, B, B without a mix: the forecast assumes equal shares and a mean price of 23.3. '
            + 'Say what share of the customers buys each, e.g. `sells A 33.3%, B 33.3%, B 33.4%`.');
        await t.clear();
        expect((await t.issues('product A product B\nfunnel G sells A, B { stage O volume 1 }', 'mix-not-stated'))[0].message).toBe(
            'The funnel “G” sells A, B without a mix: the forecast assumes equal shares. Say what share of the customers buys each, e.g. `sells A 50%, B 50%`.');
    });

    test('one product, or a stated mix, is silent', async () => {
        expect(await found(coffee('Cup', watched), 'mix-not-stated')).toEqual([]);
        await t.clear();
        expect(await found(coffee('Cup 70%, Bundle 30%', watched), 'mix-not-stated')).toEqual([]);
    });
});

describe('mix-shares-not-hundred', () => {
    test('shares adding up to 110 % are scaled, and the message gives the shares used', async () => {
        // 70 ÷ 110 = 63.6 %, 40 ÷ 110 = 36.4 %
        expect(await found(coffee('Cup 70%, Bundle 40%', watched), 'mix-shares-not-hundred')).toEqual([[8, 'Cup 70%, Bundle 40%', 'warning',
            'The shares of the funnel “F” add up to 110%, not 100%: the forecast scales them to Cup 63.6%, Bundle 36.4%. Correct the shares.']]);
    });

    test('in Russian; one product with a share below 100 % too', async () => {
        t.setLocale('ru');
        // 45 + 45 = 90 %: 50 % each
        expect(await found(zerno('Зерно250 45%, Подписка 45%'), 'mix-shares-not-hundred')).toEqual([[8, 'Зерно250 45%, Подписка 45%', 'warning',
            'Доли продуктов воронки «ВоронкаВК» в сумме дают 90 %, а не 100 %: прогноз пересчитывает их в Зерно250 50 %, Подписка 50 %. Исправьте доли.']]);
        await t.clear();
        expect(await where(zerno('Подписка 60%'), 'mix-shares-not-hundred')).toEqual([[8, 'Подписка 60%']]);
    });

    test('three thirds of 33.3 % pass', async () => {
        expect(await found(`product A { price 1 } product B { price 2 } product C { price 3 }
funnel F sells A 33.3%, B 33.3%, C 33.3% { stage O volume 1 }`, 'mix-shares-not-hundred')).toEqual([]);
    });
});

describe('mix-share-missing', () => {
    test('a product without a share gets what the others leave', async () => {
        expect(await found(coffee('Cup 70%, Bundle', watched), 'mix-share-missing')).toEqual([[8, 'Bundle', 'warning',
            'The product “Bundle” has no share in the mix of the funnel “F” (Cup 70%): the forecast gives it what is left, 30%. Give every product its share.']]);
    });

    test('in Russian: two products without a share split the rest', async () => {
        t.setLocale('ru');
        const text = `product А { price 10 } product Б { price 20 } product В { price 40 }
funnel Ф sells А 50%, Б, В { stage Заказ volume 100 }`;
        // (100 − 50) ÷ 2 = 25 % each
        expect(await found(text, 'mix-share-missing')).toEqual([
            [2, 'Б', 'warning', 'У продукта «Б» нет доли в воронке «Ф» (А 50 %): прогноз отдаёт ему остаток, 25 %. Укажите долю каждого продукта.'],
            [2, 'В', 'warning', 'У продукта «В» нет доли в воронке «Ф» (А 50 %): прогноз отдаёт ему остаток, 25 %. Укажите долю каждого продукта.']
        ]);
    });
});

describe('subscription-without-lifetime', () => {
    test('a price per month without a lifetime counts one payment', async () => {
        expect(await found('strategy "S" { currency RUB\nproduct Box { price 990 per month } }', 'subscription-without-lifetime')).toEqual([[2, 'month', 'warning',
            'The product “Box” costs 990 ₽ a month, but has no `lifetime`: the forecast counts one payment per customer. Say how long a customer stays, e.g. `lifetime 6 months`.']]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        expect(await found('product Подписка { price 1 290 ₽ per month }', 'subscription-without-lifetime')).toEqual([[1, 'month', 'warning',
            'Продукт «Подписка» стоит 1 290 ₽ в месяц, но у него нет `срок-жизни`: прогноз считает один платёж на клиента. Укажите, сколько клиент остаётся с вами, например `срок-жизни 6 месяцев`.']]);
    });

    test('a lifetime, or a one-off price, is silent', async () => {
        expect(await found('product Box { price 990 per month lifetime 6 months } product Cup { price 5 }', 'subscription-without-lifetime')).toEqual([]);
    });

    test('a lifetime typed halfway is a syntax error only', async () => {
        const issues = await t.validate('product Box { price 990 per month lifetime }');
        expect(issues.map(i => i.code)).toEqual(['syntax-error']);
    });
});

describe('lifetime-without-period-price', () => {
    test('a lifetime beside a one-off price changes nothing', async () => {
        expect(await found('product Beans { price 690 lifetime 6 months }', 'lifetime-without-period-price')).toEqual([[1, '6 months', 'warning',
            'The product “Beans” has a `lifetime`, but its price is not per period, so the forecast ignores it. '
            + 'Write the price per period (`price 690 per month`) or the purchases a customer makes (`purchases-per-customer 3`).']]);
        await t.clear();
        t.setLocale('ru');
        expect((await t.issues('product Зерно { price 690 lifetime 1 year }', 'lifetime-without-period-price'))[0].message).toBe(
            'У продукта «Зерно» указан `срок-жизни`, но цена не за период, поэтому прогноз его не учитывает. '
            + 'Укажите цену за период (`цена 690 в месяц`) или число покупок клиента (`покупок-на-клиента 3`).');
    });

    test('a lifetime beside a price per period is what it is for', async () => {
        expect(await found('product Box { price 990 per month lifetime 6 months }', 'lifetime-without-period-price')).toEqual([]);
    });
});

describe('funnel-exceeds-segment', () => {
    test('2 000 customers from a segment of 500 people', async () => {
        // Reach 100 000 > 500, but the deepest stage past the segment is named: Customers = 100 000 × 10 % × 20 % = 2 000
        expect(await found(`segment Tiny { size 500 }
funnel F for Tiny { stage Reach volume 100 000 reach  stage Click conversion 10%  stage Customers conversion 20% }`, 'funnel-exceeds-segment')).toEqual([[2, 'Customers', 'warning',
            'The stage “F.Customers” forecasts ≈ 2,000 customers over the period, more than the segment “Tiny” has people (500). Check the segment’s size, the volumes and the conversions.']]);
    });

    test('in Russian: a stage counts customers when a KPI on customers is measured at it', async () => {
        t.setLocale('ru');
        // Оплата: 1 000 × 62 % = 620 > 500 people of the segment
        expect(await found(`segment Офисы { size 500 }
funnel Ф for Офисы { stage Заявка volume 1 000 leads  stage Оплата conversion 62% }
goal Ц { kpi клиенты >= 380 from Ф.Оплата }`, 'funnel-exceeds-segment')).toEqual([[2, 'Оплата', 'warning',
            // Заявка (1 000 leads) is past the segment too, but the deepest stage past it is named
            'Этап «Ф.Оплата» прогнозирует ≈ 620 клиентов за период — больше, чем людей в сегменте «Офисы» (500). Проверьте размер сегмента, объёмы и конверсии.']]);
    });

    test('clicks and impressions are not people; a segment without a size says nothing', async () => {
        expect(await found(`segment Tiny { size 500 }
funnel F for Tiny { stage Seen volume 100 000 impressions  stage Click conversion 10% }
segment Any
funnel G for Any { stage Reach volume 100 000 reach }`, 'funnel-exceeds-segment')).toEqual([]);
    });
});

describe('implausible-ad-frequency', () => {
    const offices = (impressions: string) => `strategy "S" {
    period 2026-09-01 .. 2027-02-28
    segment Offices { size 6 500 }
    funnel F for Offices { stage Seen volume ${impressions} impressions  stage Lead conversion 0.5% }
}`;

    test('666 000 impressions to 6 500 people over September–February', async () => {
        // 181 days = 181 ÷ 30.4375 = 5.95 months; 666 000 ÷ 6 500 = 102.5 each; ÷ 5.95 = 17.2 a month > 12
        expect(await found(offices('666 000'), 'implausible-ad-frequency')).toEqual([[4, '666 000', 'warning',
            'The stage “F.Seen” shows 666,000 impressions to the 6,500 people of the segment “Offices”: ≈ 102 each over the period, ≈ 17.2 a month, '
            + 'more than the 12 a month (about three a week) an audience bears before it burns out. Widen the segment or buy fewer impressions.']]);
    });

    test('in Russian, with the impressions bought by the channel', async () => {
        t.setLocale('ru');
        // 120 000 ÷ 150 × 1 000 = 800 000 impressions ÷ 6 500 = 123 each; ÷ 5.95 months = 20.7 a month
        expect(await found(`strategy «С» {
    period 2026-09-01 .. 2027-02-28
    segment Офисы { size 6 500 }
    channel вк { budget 120 000 cpm 150 }
    funnel Ф for Офисы { stage Показ via вк  stage Заявка conversion 0,5% }
}`, 'implausible-ad-frequency')).toEqual([[5, 'Показ', 'warning',
            'Этап «Ф.Показ» показывает 800 000 показов сегменту «Офисы» из 6 500 человек: ≈ 123 на человека за период, ≈ 20,7 в месяц — '
            + 'больше 12 в месяц (около трёх в неделю), после которых аудитория выгорает. Расширьте сегмент или купите меньше показов.']]);
    });

    test('300 000 impressions are 7.8 a month each: silent; so is a strategy without a period', async () => {
        // 300 000 ÷ 6 500 = 46.2 ÷ 5.95 = 7.8 ≤ 12
        expect(await found(offices('300 000'), 'implausible-ad-frequency')).toEqual([]);
        await t.clear();
        expect(await found('segment O { size 10 }\nfunnel F for O { stage Seen volume 1 000 000 impressions }', 'implausible-ad-frequency')).toEqual([]);
    });
});

describe('funnel-loses-money', () => {
    test('gross profit below spend and no KPI on ROMI, ROAS or ROI', async () => {
        // 2 000 orders × (0.7 × $5 × 60 % + 0.3 × $20 × 40 %) = 2 000 × 4.5 = $9,000 < $10,000: ROMI = −10 %
        expect(await found(coffee('Cup 70%, Bundle 30%'), 'funnel-loses-money')).toEqual([[8, 'F', 'warning',
            'The funnel “F” loses money: its gross profit $9,000 does not cover its spend $10,000 (ROMI -10%), and no KPI on ROMI, ROAS or ROI watches it. '
            + 'Add one, e.g. `kpi romi >= 0% from F.Order`, or revise the funnel.']]);
    });

    test('in Russian: one purchase each loses money, three purchases a customer pay back', async () => {
        t.setLocale('ru');
        // 750 orders × 690 ₽ × 55 % = 284 625 ₽ < 300 000 ₽: ROMI = (284 625 − 300 000) ÷ 300 000 = −5.1 %
        expect(await found(zerno('Зерно250'), 'funnel-loses-money')).toEqual([[8, 'ВоронкаВК', 'warning',
            'Воронка «ВоронкаВК» убыточна: валовая прибыль 284 625 ₽ не покрывает расход 300 000 ₽ (ROMI -5,1 %), и ни один KPI по ROMI, ROAS или ROI за ней не следит. '
            + 'Добавьте его, например `показатель romi >= 0% из ВоронкаВК.Заказ`, или пересмотрите воронку.']]);
        await t.clear();
        t.setLocale('ru');
        // 3 purchases: 750 × 3 × 690 × 55 % = 853 875 ₽ > 300 000 ₽
        expect(await found(zerno('Зерно250').replace('margin 55%', 'margin 55% purchases-per-customer 3'), 'funnel-loses-money')).toEqual([]);
    });

    test('a KPI on the return at a stage of the funnel, or in a goal about its segment or product, watches it', async () => {
        expect(await found(coffee('Cup 70%, Bundle 30%', watched), 'funnel-loses-money')).toEqual([]);
        await t.clear();
        expect(await found(coffee('Cup 70%, Bundle 30%', 'goal G { segment Office kpi roas >= 200% }'), 'funnel-loses-money')).toEqual([]);
        await t.clear();
        expect(await found(coffee('Cup 70%, Bundle 30%', 'goal G { product Cup kpi roi >= 0% }'), 'funnel-loses-money')).toEqual([]);
    });
});
