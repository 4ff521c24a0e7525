import { afterEach, describe, expect, test } from 'vitest';
import type {
    AdjustRule, BinaryExpression, Channel, Competitor, ContentPlan, Funnel, Goal, Metric, MetricCall, Milestone,
    NumberLiteral, Phase, Product, Risk, Role, Rubric, Segment, Task
} from '../../../src/language/generated/ast.js';
import { createTestServices, named, nodesOf, strategyOf, syntaxErrors } from '../../support/services.js';

const t = createTestServices({ review: false });
afterEach(() => t.clear());

describe('strategy settings', () => {
    test('period, currency, budget and company goal', async () => {
        const strategy = strategyOf(await t.parseClean(`
            strategy "Coffee delivery, H1 2027" {
              period 2027-01-01 .. 2027-06-30
              currency RUB
              budget 600000
              company-goal "Online-order revenue +25% in 2027"
            }`));
        expect(strategy.title).toBe('Coffee delivery, H1 2027');
        const [period, currency, budget, companyGoal] = strategy.members;
        expect(period).toMatchObject({ $type: 'PeriodSetting', range: { start: '2027-01-01', end: '2027-06-30' } });
        expect(currency).toMatchObject({ $type: 'CurrencySetting', code: 'RUB' });
        expect(budget).toMatchObject({ $type: 'BudgetSetting', amount: { amount: 600000 } });
        expect(companyGoal).toMatchObject({ $type: 'CompanyGoalSetting', text: 'Online-order revenue +25% in 2027' });
    });

    test('a budget may name its currency by code or by symbol', async () => {
        const strategy = strategyOf(await t.parseClean('strategy "S" { budget 600 000 ₽ }'));
        expect(strategy.members[0]).toMatchObject({ amount: { amount: 600000, currency: '₽' } });
    });

    test('a budget may put the currency symbol before the amount', async () => {
        const strategy = strategyOf(await t.parseClean('strategy "S" { budget $60000 }'));
        expect(strategy.members[0]).toMatchObject({ amount: { amount: 60000, currency: '$' } });
    });

    test('a budget is never negative: a minus before it is a syntax error', async () => {
        expect(syntaxErrors(await t.parse('strategy "S" { budget -5 }'))).toEqual([
            'Strategy: a number or a currency must stand here, not “-”. The whole budget for the period (in a channel: the channel’s budget).'
        ]);
        expect(syntaxErrors(await t.parse('strategy "T" { budget $-5 }', 'file:///ws/other.smm'))).toEqual([
            'Strategy: a number must stand here, not “-”. The whole budget for the period (in a channel: the channel’s budget).'
        ]);
    });

    test('an empty strategy has no members', async () => {
        expect(strategyOf(await t.parseClean('strategy "Empty" {}')).members).toEqual([]);
    });
});

describe('people and market', () => {
    test('a role with and without a title', async () => {
        const doc = await t.parseClean(`
            role SmmManager "SMM manager"
            role Designer`);
        expect(named<Role>(doc, 'Role', 'SmmManager').title).toBe('SMM manager');
        expect(named<Role>(doc, 'Role', 'Designer').title).toBeUndefined();
    });

    test('a product with price, margin and USP', async () => {
        const doc = await t.parseClean(`
            product Delivery "Coffee delivered in 30 minutes" { price 350  margin 40%
              usp "Roasted the same day, hot in 30 minutes or free" }`);
        const product = named<Product>(doc, 'Product', 'Delivery');
        expect(product.title).toBe('Coffee delivered in 30 minutes');
        expect(product.price).toMatchObject({ amount: 350 });
        expect(product.price?.currency).toBeUndefined();
        expect(product.margin?.value).toBe(40);
        expect(product.usp).toBe('Roasted the same day, hot in 30 minutes or free');
    });

    test('a subscription: a price per period and a lifetime; a one-off product bought several times', async () => {
        const doc = await t.parseClean(`
            product Box "Coffee box" { price 990 ₽ per month  lifetime 6 months }
            product Beans { price 690  purchases-per-customer 3 }`);
        const box = named<Product>(doc, 'Product', 'Box');
        expect([box.price?.amount, box.pricePer, box.lifetime?.count, box.lifetime?.unit]).toEqual([990, 'month', 6, 'months']);
        expect(named<Product>(doc, 'Product', 'Beans').purchasesPerCustomer).toBe(3);
    });

    test('a product price with the currency before the amount', async () => {
        const product = named<Product>(await t.parseClean('product Pass { price €5 }'), 'Product', 'Pass');
        expect(product.price).toMatchObject({ amount: 5, currency: '€' });
    });

    test('a price is never negative', async () => {
        expect(syntaxErrors(await t.parse('product P { price -5 }'))).not.toEqual([]);
    });

    test('a competitor with strengths, weaknesses, USP, price and channels', async () => {
        const doc = await t.parseClean(`
            channel vk
            channel telegram
            competitor CoffeeLike "Coffee Like" {
              strength "Low prices" strength "Everywhere"
              weakness "No delivery"
              usp "Coffee for 99"
              price 99
              channels vk, telegram
            }`);
        const competitor = named<Competitor>(doc, 'Competitor', 'CoffeeLike');
        expect(competitor.title).toBe('Coffee Like');
        expect(competitor.strengths).toEqual(['Low prices', 'Everywhere']);
        expect(competitor.weaknesses).toEqual(['No delivery']);
        expect(competitor.usp).toBe('Coffee for 99');
        expect(competitor.price?.amount).toBe(99);
        expect(competitor.channels.map(c => c.ref?.name)).toEqual(['vk', 'telegram']);
    });

    test('a segment with every property', async () => {
        const doc = await t.parseClean(`
            channel vk
            channel telegram
            segment Students "Students near campuses" {
              size 45000  age 18..24  geo "Moscow"  gender "any"  income "low"
              interest "coffee" interest "exams"
              pain "Needs cheap coffee before lectures" pain "Queues"
              motive "Convenience"
              objection "Too expensive"
              channels vk, telegram
            }`);
        const segment = named<Segment>(doc, 'Segment', 'Students');
        expect(segment).toMatchObject({
            title: 'Students near campuses',
            size: 45000,
            age: { min: 18, max: 24 },
            geo: 'Moscow',
            gender: 'any',
            income: 'low',
            interests: ['coffee', 'exams'],
            pains: ['Needs cheap coffee before lectures', 'Queues'],
            motives: ['Convenience'],
            objections: ['Too expensive']
        });
        expect(segment.channels.map(c => c.ref?.name)).toEqual(['vk', 'telegram']);
    });

    test('a segment without a block is only a name', async () => {
        const segment = named<Segment>(await t.parseClean('segment Everyone'), 'Segment', 'Everyone');
        expect(segment.size).toBeUndefined();
        expect(segment.pains).toEqual([]);
    });
});

describe('channels', () => {
    test.each([
        ['cpm', 180],
        ['cpc', 25],
        ['cpv', 1.5],
        ['cpl', 120],
        ['cpa', 300],
        ['flat', 50000]
    ])('cost model %s', async (model, price) => {
        const doc = await t.parseClean(`channel vk { ${model} ${String(price).replace('.', ',')} }`);
        expect(named<Channel>(doc, 'Channel', 'vk').costs).toMatchObject([{ model, price: { amount: price } }]);
    });

    test('budgets per month, over a phase and over dates', async () => {
        const doc = await t.parseClean(`
            phase Launch 2027-01-01 .. 2027-01-31 { }
            channel vk {
              budget 10 000 per month during Launch
              budget 30 000 per month during 2027-02-01 .. 2027-06-30
              budget 5 000
            }
            strategy "S" { budget 50 000 per month }`);
        const channel = named<Channel>(doc, 'Channel', 'vk');
        expect(channel.budgets.map(b => [b.amount.amount, b.per, b.phase?.$refText, b.range?.start, b.range?.end])).toEqual([
            [10000, 'month', 'Launch', undefined, undefined],
            [30000, 'month', undefined, '2027-02-01', '2027-06-30'],
            [5000, undefined, undefined, undefined, undefined]
        ]);
    });

    test('budget, several cost models and CTR in one channel', async () => {
        const doc = await t.parseClean(`
            channel vk "VK Ads" { budget 250000 RUB  cpm 180  cpc 25 ₽  ctr 0.9% }`);
        const channel = named<Channel>(doc, 'Channel', 'vk');
        expect(channel.title).toBe('VK Ads');
        expect(channel.budgets).toMatchObject([{ amount: { amount: 250000, currency: 'RUB' } }]);
        expect(channel.costs.map(c => [c.model, c.price.amount, c.price.currency])).toEqual([
            ['cpm', 180, undefined],
            ['cpc', 25, '₽']
        ]);
        expect(channel.ctr?.value).toBe(0.9);
    });
});

describe('funnels', () => {
    test('stages with channel, volume with a unit, conversion and cost', async () => {
        const doc = await t.parseClean(`
            channel vk
            segment Students
            funnel Orders "Orders from students" for Students {
              stage Reach "Sees the ad" via vk volume 1200000 impressions
              stage Click "Clicks"      conversion 1.2%
              stage Menu  "Opens menu"  conversion 40%  cost 15000
              stage Order "Orders"      conversion 8%
            }`);
        const funnel = named<Funnel>(doc, 'Funnel', 'Orders');
        expect(funnel.title).toBe('Orders from students');
        expect(funnel.segment?.ref?.name).toBe('Students');
        expect(funnel.stages.map(s => s.name)).toEqual(['Reach', 'Click', 'Menu', 'Order']);
        const [reach, click, menu, order] = funnel.stages;
        expect(reach.title).toBe('Sees the ad');
        expect(reach.channel?.ref?.name).toBe('vk');
        expect(reach.volume).toBe(1200000);
        expect(reach.unit?.ref?.name).toBe('impressions');
        expect(click.conversion?.value).toBe(1.2);
        expect(menu.cost?.amount).toBe(15000);
        expect(order.conversion?.value).toBe(8);
    });

    test('a funnel sells one product or several', async () => {
        const doc = await t.parseClean(`
            segment Students
            product Delivery
            product Beans
            funnel Orders for Students sells Delivery, Beans { stage Order conversion 8% }
            funnel Pickup sells Beans { }`);
        expect(named<Funnel>(doc, 'Funnel', 'Orders').sells.map(p => p.product.$refText)).toEqual(['Delivery', 'Beans']);
        expect(named<Funnel>(doc, 'Funnel', 'Orders').segment?.$refText).toBe('Students');
        expect(named<Funnel>(doc, 'Funnel', 'Pickup').sells.map(p => p.product.$refText)).toEqual(['Beans']);
    });

    test('a funnel states the mix of the products it sells', async () => {
        const doc = await t.parseClean(`
            product Delivery
            product Beans
            funnel Orders sells Delivery 70%, Beans 30 % { stage Order volume 10 }
            funnel Partial sells Delivery 60,5%, Beans { }`);
        expect(named<Funnel>(doc, 'Funnel', 'Orders').sells.map(p => [p.product.$refText, p.share?.value])).toEqual([['Delivery', 70], ['Beans', 30]]);
        expect(named<Funnel>(doc, 'Funnel', 'Partial').sells.map(p => [p.product.$refText, p.share?.value])).toEqual([['Delivery', 60.5], ['Beans', undefined]]);
    });

    test('a funnel need not name its segment', async () => {
        const funnel = named<Funnel>(await t.parseClean('funnel Empty { }'), 'Funnel', 'Empty');
        expect(funnel.segment).toBeUndefined();
        expect(funnel.sells).toEqual([]);
        expect(funnel.stages).toEqual([]);
    });
});

describe('goals and KPIs', () => {
    const goalSnippet = `
        role SmmManager
        segment Students
        segment Teachers
        funnel Orders { stage Order "Orders" conversion 8% }
        goal MoreOrders "1,500 online orders a month from students by the end of March" {
          segment Students, Teachers
          kpi orders >= 1500 per month by 2027-03-31 baseline 300 from Orders.Order
          kpi cpl <= 120
          kpi romi >= 150%
          kpi revenue > 2 000 000 RUB
          kpi ctr = 1,2 %
          owner SmmManager
          deadline 2027-06-30
        }`;

    test('a goal names the products it is about', async () => {
        const doc = await t.parseClean(`
            product Delivery
            product Beans
            goal G { product Delivery, Beans  kpi orders >= 1 }
            goal H { kpi orders >= 1 }`);
        expect(named<Goal>(doc, 'Goal', 'G').products.map(p => p.$refText)).toEqual(['Delivery', 'Beans']);
        expect(named<Goal>(doc, 'Goal', 'H').products).toEqual([]);
    });

    test('goal title, segments, owner and deadline', async () => {
        const goal = named<Goal>(await t.parseClean(goalSnippet), 'Goal', 'MoreOrders');
        expect(goal.title).toBe('1,500 online orders a month from students by the end of March');
        expect(goal.segments.map(s => s.ref?.name)).toEqual(['Students', 'Teachers']);
        expect(goal.owner?.ref?.name).toBe('SmmManager');
        expect(goal.deadline).toBe('2027-06-30');
        expect(goal.kpis).toHaveLength(5);
    });

    test('a KPI with target, period, deadline, baseline and source stage', async () => {
        const [kpi] = named<Goal>(await t.parseClean(goalSnippet), 'Goal', 'MoreOrders').kpis;
        expect(kpi.metric.$refText).toBe('orders');
        expect(kpi.comparator).toBe('>=');
        expect(kpi.target).toMatchObject({ value: 1500 });
        expect(kpi.target?.unit).toBeUndefined();
        expect(kpi.per).toBe('month');
        expect(kpi.deadline).toBe('2027-03-31');
        expect(kpi.baseline?.value).toBe(300);
        expect(kpi.sources[0]?.$refText).toBe('Orders.Order');
        expect(kpi.sources[0]?.ref?.name).toBe('Order');
    });

    test('KPI targets in percent and in a currency', async () => {
        const kpis = named<Goal>(await t.parseClean(goalSnippet), 'Goal', 'MoreOrders').kpis;
        expect(kpis.map(k => [k.metric.$refText, k.comparator, k.target?.value, k.target?.unit])).toEqual([
            ['orders', '>=', 1500, undefined],
            ['cpl', '<=', 120, undefined],
            ['romi', '>=', 150, '%'],
            ['revenue', '>', 2000000, 'RUB'],
            ['ctr', '=', 1.2, '%']
        ]);
    });

    test('a KPI target and baseline may be negative', async () => {
        const [romi, growth] = named<Goal>(await t.parseClean(`
            goal Launch { kpi romi >= -20% baseline -35%  kpi subscriber_growth >= 0 baseline -10 }`), 'Goal', 'Launch').kpis;
        expect([romi.target?.value, romi.target?.unit, romi.baseline?.value, romi.baseline?.unit]).toEqual([-20, '%', -35, '%']);
        expect([growth.target?.value, growth.baseline?.value, growth.baseline?.unit]).toEqual([0, -10, undefined]);
    });

    test('a KPI target may put the currency before the amount or after it', async () => {
        const kpis = named<Goal>(await t.parseClean(`
            goal G { kpi cac <= $15  kpi cpl <= €2,5  kpi cpc <= 15 USD  kpi cpa <= 300 ₽ }`), 'Goal', 'G').kpis;
        expect(kpis.map(k => [k.metric.$refText, k.target?.value, k.target?.unit])).toEqual([
            ['cac', 15, '$'],
            ['cpl', 2.5, '€'],
            ['cpc', 15, 'USD'],
            ['cpa', 300, '₽']
        ]);
    });

    test('a currency comes before the amount or after it, not on both sides', async () => {
        expect(syntaxErrors(await t.parse('goal G { kpi cac <= $15 USD }'))).not.toEqual([]);
    });

    test('the typographic comparators ≥ and ≤', async () => {
        const kpis = named<Goal>(await t.parseClean(`
            goal G { kpi orders ≥ 10  kpi cpl ≤ 90 }`), 'Goal', 'G').kpis;
        expect(kpis.map(k => k.comparator)).toEqual(['≥', '≤']);
    });

    test('KPI clauses may come in any order', async () => {
        const [kpi] = named<Goal>(await t.parseClean(`
            goal G { kpi leads >= 40 by 2027-02-01 per week baseline 10 }`), 'Goal', 'G').kpis;
        expect([kpi.deadline, kpi.per, kpi.baseline?.value]).toEqual(['2027-02-01', 'week', 10]);
    });

    test('a KPI may omit the target', async () => {
        const [kpi] = named<Goal>(await t.parseClean('goal G { kpi reach per month }'), 'Goal', 'G').kpis;
        expect(kpi.metric.$refText).toBe('reach');
        expect(kpi.comparator).toBeUndefined();
        expect(kpi.target).toBeUndefined();
        expect(kpi.per).toBe('month');
    });

    test('a goal without a block', async () => {
        const goal = named<Goal>(await t.parseClean('goal Awareness "Неплохо бы, чтобы нас узнали"'), 'Goal', 'Awareness');
        expect(goal.title).toBe('Неплохо бы, чтобы нас узнали');
        expect(goal.kpis).toEqual([]);
    });
});

describe('custom metrics', () => {
    test('aliases, unit, formula, kind and description', async () => {
        const doc = await t.parseClean(`
            metric repeat_orders "Repeat orders" {
              aka repeats, повторные_заказы
              unit count
              formula orders - customers
              outcome
              description "Orders from customers who ordered before"
            }`);
        const metric = named<Metric>(doc, 'Metric', 'repeat_orders');
        expect(metric).toMatchObject({
            title: 'Repeat orders',
            aliases: ['repeats', 'повторные_заказы'],
            unit: 'count',
            kind: 'outcome',
            description: 'Orders from customers who ordered before'
        });
        const formula = metric.formula as BinaryExpression;
        expect(formula.operator).toBe('-');
        expect((formula.left as MetricCall).metric.ref?.name).toBe('orders');
        expect((formula.right as MetricCall).metric.ref?.name).toBe('customers');
    });

    test.each(['count', 'money', 'percent', 'ratio'])('unit %s', async unit => {
        expect(named<Metric>(await t.parseClean(`metric m { unit ${unit} }`), 'Metric', 'm').unit).toBe(unit);
    });

    test('output is a kind too', async () => {
        expect(named<Metric>(await t.parseClean('metric drafts { output }'), 'Metric', 'drafts').kind).toBe('output');
    });

    test('a formula multiplies before it adds and honours parentheses', async () => {
        const doc = await t.parseClean(`
            metric a { formula revenue - spend * 2 }
            metric b { formula (revenue - spend) / spend * 100 }`);
        const a = named<Metric>(doc, 'Metric', 'a').formula as BinaryExpression;
        expect(a.operator).toBe('-');
        expect((a.right as BinaryExpression).operator).toBe('*');
        expect(((a.right as BinaryExpression).right as NumberLiteral).value).toBe(2);

        const b = named<Metric>(doc, 'Metric', 'b').formula as BinaryExpression;
        expect(b.operator).toBe('*');
        expect((b.right as NumberLiteral).value).toBe(100);
        const division = b.left as BinaryExpression;
        expect(division.operator).toBe('/');
        expect((division.left as BinaryExpression).operator).toBe('-');
    });

    test('a metric may be named like a cost model', async () => {
        const doc = await t.parseClean('metric cpv { unit money }', 'file:///own/metrics.smm');
        expect(nodesOf<Metric>(doc, 'Metric').map(m => m.name)).toEqual(['cpv']);
    });
});

describe('content plan', () => {
    test('rubrics with channels, frequency, formats, owner and goal', async () => {
        const doc = await t.parseClean(`
            role SmmManager
            channel vk
            channel telegram
            goal MoreOrders { kpi orders >= 1 }
            content {
              rubric BehindTheBar "Behind the bar" on vk, telegram 3 per week format clips, "photo carousel"
                owner SmmManager goal MoreOrders
              rubric Reviews 1 per month
            }`);
        const [plan] = nodesOf<ContentPlan>(doc, 'ContentPlan');
        expect(plan.rubrics.map(r => r.name)).toEqual(['BehindTheBar', 'Reviews']);
        const rubric = named<Rubric>(doc, 'Rubric', 'BehindTheBar');
        expect(rubric.title).toBe('Behind the bar');
        expect(rubric.channels.map(c => c.ref?.name)).toEqual(['vk', 'telegram']);
        expect(rubric.frequency).toMatchObject({ count: 3, per: 'week' });
        expect(rubric.formats).toEqual(['clips', 'photo carousel']);
        expect(rubric.owner?.ref?.name).toBe('SmmManager');
        expect(rubric.goal?.ref?.name).toBe('MoreOrders');
        expect(named<Rubric>(doc, 'Rubric', 'Reviews').frequency).toMatchObject({ count: 1, per: 'month' });
    });

    test('a frequency with an interval: 1 per 2 weeks', async () => {
        const doc = await t.parseClean(`
            content {
              rubric Digest "Digest of the fortnight" 1 per 2 weeks
              rubric Memes 3 per week
            }`);
        expect(named<Rubric>(doc, 'Rubric', 'Digest').frequency).toMatchObject({ count: 1, interval: 2, per: 'weeks' });
        const memes = named<Rubric>(doc, 'Rubric', 'Memes').frequency;
        expect(memes).toMatchObject({ count: 3, per: 'week' });
        expect(memes?.interval).toBeUndefined();
    });
});

describe('phases, tasks and milestones', () => {
    const phaseSnippet = `
        role Targetologist
        phase Launch "Launch" 2027-01-01 .. 2027-01-31 {
          task Account "Set up the VK ad account" owner Targetologist format "account + 5 creatives"
            deliverable "Ad account with pixel" due 2027-01-10 step 1 cost 5 000
          task Creatives "Draw the creatives" step 2 after Account
          task "Launch the ads" after Account, Creatives
          milestone First "First 100 orders" by 2027-01-31
          milestone "Team hired"
        }`;

    test('a phase with a title and a date range', async () => {
        const phase = named<Phase>(await t.parseClean(phaseSnippet), 'Phase', 'Launch');
        expect(phase.title).toBe('Launch');
        expect(phase.range).toMatchObject({ start: '2027-01-01', end: '2027-01-31' });
        expect(phase.items.map(i => i.$type)).toEqual(['Task', 'Task', 'Task', 'Milestone', 'Milestone']);
    });

    test('a task with owner, format, deliverable, due date, step and cost', async () => {
        const task = named<Task>(await t.parseClean(phaseSnippet), 'Task', 'Account');
        expect(task).toMatchObject({
            title: 'Set up the VK ad account',
            format: 'account + 5 creatives',
            deliverable: 'Ad account with pixel',
            due: '2027-01-10',
            step: 1,
            cost: { amount: 5000 }
        });
        expect(task.owner?.ref?.name).toBe('Targetologist');
    });

    test('tasks come after other tasks', async () => {
        const tasks = nodesOf<Task>(await t.parseClean(phaseSnippet), 'Task');
        expect(tasks[1].after.map(a => a.ref?.title)).toEqual(['Set up the VK ad account']);
        expect(tasks[2].name).toBeUndefined();
        expect(tasks[2].after.map(a => a.ref?.name)).toEqual(['Account', 'Creatives']);
    });

    test('milestones with and without a name and a date', async () => {
        const milestones = nodesOf<Milestone>(await t.parseClean(phaseSnippet), 'Milestone');
        expect(milestones.map(m => [m.name, m.title, m.date])).toEqual([
            ['First', 'First 100 orders', '2027-01-31'],
            [undefined, 'Team hired', undefined]
        ]);
    });

    test('a phase without dates', async () => {
        const phase = named<Phase>(await t.parseClean('phase Later { }'), 'Phase', 'Later');
        expect(phase.range).toBeUndefined();
        expect(phase.items).toEqual([]);
    });
});

describe('risks and corrections', () => {
    test('a risk with probability, impact, mitigation and owner', async () => {
        const doc = await t.parseClean(`
            role Targetologist
            risk AdPrices "VK ad prices grow 30%" probability 40% impact 90000
              mitigation "Move budget to Telegram Ads" owner Targetologist`);
        const risk = named<Risk>(doc, 'Risk', 'AdPrices');
        expect(risk).toMatchObject({
            title: 'VK ad prices grow 30%',
            probability: { value: 40 },
            impact: { amount: 90000 },
            mitigation: 'Move budget to Telegram Ads'
        });
        expect(risk.owner?.ref?.name).toBe('Targetologist');
    });

    test('an adjust rule with one condition, a duration and an owner', async () => {
        const doc = await t.parseClean(`
            role Targetologist
            adjust when ctr < 0.8% for 7 days then "Replace the creatives" owner Targetologist`);
        const [rule] = nodesOf<AdjustRule>(doc, 'AdjustRule');
        expect(rule.name).toBeUndefined();
        expect(rule.conditions.map(c => [c.metric.$refText, c.comparator, c.threshold.value, c.threshold.unit]))
            .toEqual([['ctr', '<', 0.8, '%']]);
        expect([rule.duration, rule.durationUnit]).toEqual([7, 'days']);
        expect(rule.action).toBe('Replace the creatives');
        expect(rule.owner?.ref?.name).toBe('Targetologist');
    });

    test('an adjust threshold may be negative', async () => {
        const doc = await t.parseClean(`
            adjust when subscriber_growth < -50 and romi < -20% then "Stop the giveaway"`);
        const [rule] = nodesOf<AdjustRule>(doc, 'AdjustRule');
        expect(rule.conditions.map(c => [c.metric.$refText, c.threshold.value, c.threshold.unit])).toEqual([
            ['subscriber_growth', -50, undefined],
            ['romi', -20, '%']
        ]);
    });

    test('an adjust threshold in a currency written before the amount', async () => {
        const [rule] = nodesOf<AdjustRule>(await t.parseClean('adjust when cpl > $3 then "Pause"'), 'AdjustRule');
        expect(rule.conditions[0].threshold).toMatchObject({ value: 3, unit: '$' });
    });

    test('an adjust rule with a name and conditions joined by "and"', async () => {
        const doc = await t.parseClean(`
            adjust ExpensiveLeads when cpl > 150 RUB and leads < 20 and ctr < 1% then "Pause the campaign"`);
        const [rule] = nodesOf<AdjustRule>(doc, 'AdjustRule');
        expect(rule.name).toBe('ExpensiveLeads');
        expect(rule.conditions.map(c => [c.metric.$refText, c.comparator, c.threshold.value, c.threshold.unit])).toEqual([
            ['cpl', '>', 150, 'RUB'],
            ['leads', '<', 20, undefined],
            ['ctr', '<', 1, '%']
        ]);
        expect(rule.duration).toBeUndefined();
        expect(rule.owner).toBeUndefined();
    });
});

describe('where declarations stand', () => {
    test('declarations, a content plan and an adjust rule outside any strategy block', async () => {
        const doc = await t.parseClean(`
            segment Students
            channel vk
            content { rubric Memes on vk }
            adjust when reach < 1000 then "Boost a post"`);
        expect(doc.parseResult.value.elements.map(e => e.$type)).toEqual(['Segment', 'Channel', 'ContentPlan', 'AdjustRule']);
        expect(named<Rubric>(doc, 'Rubric', 'Memes').channels[0].ref?.name).toBe('vk');
    });

    test('declarations inside the strategy block are its members', async () => {
        const doc = await t.parseClean(`
            strategy "S" {
              role Manager
              goal G { kpi orders >= 1 }
              content { }
              adjust when ctr < 1% then "Fix"
            }
            role Outsider`);
        expect(strategyOf(doc).members.map(m => m.$type)).toEqual(['Role', 'Goal', 'ContentPlan', 'AdjustRule']);
        expect(doc.parseResult.value.elements.map(e => e.$type)).toEqual(['Strategy', 'Role']);
    });

    test('the whole example strategy of the design parses without syntax errors', async () => {
        const doc = await t.parseClean(`
strategy "Зерно — кофе с доставкой, 1-е полугодие 2027" {
  period 2027-01-01 .. 2027-06-30
  currency RUB
  budget 600000
  company-goal "Online-order revenue +25% in 2027"

  role SmmManager "SMM manager"
  role Targetologist "Targeting specialist"

  product Delivery "Coffee delivered in 30 minutes" { price 350  margin 40%
    usp "Roasted the same day, hot in 30 minutes or free" }

  competitor CoffeeLike { strength "Low prices"  weakness "No delivery"  channels vk }

  segment Students "Students near campuses" { size 45000  age 18..24  geo "Moscow"
    pain "Needs cheap coffee before lectures"  motive "Convenience"  channels vk, telegram }

  channel vk { budget 250000  cpm 180 }
  channel telegram { budget 150000  cpm 400 }

  funnel Orders for Students {
    stage Reach "Sees the ad" via vk volume 1200000 impressions
    stage Click "Clicks"      conversion 1.2%
    stage Menu  "Opens menu"  conversion 40%
    stage Order "Orders"      conversion 8%
  }

  goal MoreOrders "1,500 online orders a month from students by the end of March" {
    segment Students
    kpi orders >= 1500 per month by 2027-03-31 baseline 300 from Orders.Order
    kpi cpl <= 120
    owner SmmManager
  }
  goal Awareness "Неплохо бы, чтобы нас узнали"

  content {
    rubric BehindTheBar "Behind the bar" on vk, telegram 3 per week format clips
      owner SmmManager goal MoreOrders
  }

  phase Launch 2027-01-01 .. 2027-01-31 {
    task "Set up the VK ad account" owner Targetologist format "account + 5 creatives" due 2027-01-10
    milestone "First 100 orders" by 2027-01-31
  }

  risk AdPrices "VK ad prices grow 30%" probability 40% impact 90000
    mitigation "Move budget to Telegram Ads"

  adjust when ctr < 0.8% for 7 days then "Replace the creatives" owner Targetologist
}`);
        expect(strategyOf(doc).members).toHaveLength(18);
    });
});
