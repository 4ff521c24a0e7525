import { afterEach, describe, expect, test } from 'vitest';
import { AstUtils, isReference } from 'langium';
import {
    isMetricCall, type AdjustRule, type Competitor, type Funnel, type Goal, type Metric, type Product, type Rubric, type Segment, type Task
} from '../../../src/language/generated/ast.js';
import { BUILTIN_METRICS_URI } from '../../../src/language/references/builtin-metrics.js';
import { createTestServices, named, nodesOf } from '../../support/services.js';

const t = createTestServices({ review: false });
afterEach(() => t.clear());

const uriOf = (node: { $container?: unknown } & object): string =>
    AstUtils.getDocument(node as Parameters<typeof AstUtils.getDocument>[0]).uri.toString();

describe('within one file', () => {
    test('segment, channel, role and goal references', async () => {
        const doc = await t.parseClean(`
            role SmmManager
            channel vk
            segment Students { channels vk }
            goal MoreOrders { segment Students kpi orders >= 10 owner SmmManager }
            competitor Rival { channels vk }
            content { rubric Memes on vk owner SmmManager goal MoreOrders }`);
        const goal = named<Goal>(doc, 'Goal', 'MoreOrders');
        expect(goal.segments[0].ref).toBe(named<Segment>(doc, 'Segment', 'Students'));
        expect(goal.owner?.ref?.name).toBe('SmmManager');
        expect(named<Competitor>(doc, 'Competitor', 'Rival').channels[0].ref?.name).toBe('vk');
        const rubric = named<Rubric>(doc, 'Rubric', 'Memes');
        expect([rubric.channels[0].ref?.$type, rubric.owner?.ref?.$type, rubric.goal?.ref]).toEqual(['Channel', 'Role', goal]);
    });

    test('a reference may come before its declaration', async () => {
        const doc = await t.parseClean(`
            goal G { owner Later kpi orders >= 1 }
            role Later`);
        expect(named<Goal>(doc, 'Goal', 'G').owner?.ref?.name).toBe('Later');
    });

    test('a declaration nested in the strategy block is visible outside it', async () => {
        const doc = await t.parseClean(`
            strategy "S" { role Manager }
            goal G { owner Manager kpi orders >= 1 }`);
        expect(named<Goal>(doc, 'Goal', 'G').owner?.ref?.name).toBe('Manager');
    });

    test('a task comes after tasks of its own and of another phase', async () => {
        const doc = await t.parseClean(`
            phase Prepare { task Brief "Write the brief" }
            phase Launch {
              task Account "Set up the ad account" after Brief
              task Ads "Launch the ads" after Account, Brief
            }`);
        expect(named<Task>(doc, 'Task', 'Account').after.map(a => a.ref?.title)).toEqual(['Write the brief']);
        expect(named<Task>(doc, 'Task', 'Ads').after.map(a => a.ref?.name)).toEqual(['Account', 'Brief']);
    });
});

describe('funnel stages are referred to as Funnel.Stage', () => {
    const funnels = `
        funnel Orders { stage Reach volume 1000 stage Order conversion 8% }
        funnel Leads { stage Reach volume 500 stage Order conversion 2% }`;

    test('the stage of the named funnel, even when another funnel has a stage of that name', async () => {
        const doc = await t.parseClean(`${funnels}
            goal G { kpi orders >= 10 from Orders.Order  kpi leads >= 5 from Leads.Order }`);
        const [orders, leads] = named<Goal>(doc, 'Goal', 'G').kpis;
        expect(orders.sources[0]?.ref).toBe(named<Funnel>(doc, 'Funnel', 'Orders').stages[1]);
        expect(leads.sources[0]?.ref).toBe(named<Funnel>(doc, 'Funnel', 'Leads').stages[1]);
    });

    test('a stage name alone does not resolve', async () => {
        const unresolved = await t.issues(`${funnels}
            goal G { kpi orders >= 10 from Order }`, 'unresolved-reference');
        expect(unresolved.map(i => [i.line, i.text, i.message])).toEqual([[4, 'Order', 'Unknown funnel stage “Order”.']]);
    });

    test('a stage the funnel does not have does not resolve', async () => {
        const unresolved = await t.issues(`${funnels}
            goal G { kpi orders >= 10 from Orders.Payment }`, 'unresolved-reference');
        expect(unresolved.map(i => [i.line, i.text, i.message])).toEqual([[4, 'Orders.Payment', 'Unknown funnel stage “Orders.Payment”.']]);
    });

    test('a KPI counted from several stages links each of them', async () => {
        const doc = await t.parseClean(`
            funnel A { stage Order conversion 8% }
            funnel B { stage Order conversion 2% }
            goal G { kpi orders >= 10 from A.Order, B.Order per month }`);
        const [kpi] = named<Goal>(doc, 'Goal', 'G').kpis;
        expect(kpi.sources.map(s => s.ref)).toEqual([named<Funnel>(doc, 'Funnel', 'A').stages[0], named<Funnel>(doc, 'Funnel', 'B').stages[0]]);
        expect(kpi.per).toBe('month');
    });

    test('one unknown stage among several sources is reported alone', async () => {
        const unresolved = await t.issues(`${funnels}
            goal G { kpi orders >= 10 from Orders.Order, Leads.Payment, Leads.Order }`, 'unresolved-reference');
        expect(unresolved.map(i => [i.line, i.text])).toEqual([[4, 'Leads.Payment']]);
    });

    test('a funnel in another file of the folder', async () => {
        const docs = await t.addFiles({
            'file:///ws/funnels.smm': funnels,
            'file:///ws/goals.smm': 'goal G { kpi orders >= 10 from Orders.Reach }'
        });
        const source = named<Goal>(docs.get('file:///ws/goals.smm')!, 'Goal', 'G').kpis[0].sources[0]?.ref;
        expect(source?.name).toBe('Reach');
        expect(uriOf(source!)).toBe('file:///ws/funnels.smm');
    });
});

describe('products', () => {
    test('a funnel sells products and a goal is about products', async () => {
        const doc = await t.parseClean(`
            segment S
            product P "Coffee delivery"
            product Q "Beans by the kilo"
            funnel F for S sells P, Q { stage Order conversion 5% }
            goal G { product P  kpi orders >= 10 }`);
        const [p, q] = [named<Product>(doc, 'Product', 'P'), named<Product>(doc, 'Product', 'Q')];
        expect(named<Funnel>(doc, 'Funnel', 'F').sells.map(r => r.product.ref)).toEqual([p, q]);
        expect(named<Goal>(doc, 'Goal', 'G').products.map(r => r.ref)).toEqual([p]);
    });

    test('a product declared in another file of the folder', async () => {
        const docs = await t.addFiles({
            'file:///ws/market.smm': 'product Delivery { price 350 }',
            'file:///ws/strategy.smm': 'funnel F sells Delivery { }\ngoal G { product Delivery kpi orders >= 1 }'
        });
        const strategy = docs.get('file:///ws/strategy.smm')!;
        expect(uriOf(named<Funnel>(strategy, 'Funnel', 'F').sells[0].product.ref!)).toBe('file:///ws/market.smm');
        expect(named<Goal>(strategy, 'Goal', 'G').products[0].ref?.price?.amount).toBe(350);
        expect(t.issuesOf('file:///ws/strategy.smm')).toEqual([]);
    });

    test('an unknown product is reported as a product', async () => {
        const issues = await t.issues('product P\nfunnel F sells P, Nothing { }\ngoal G {\n  product Ghost\n  kpi orders >= 1\n}',
            'unresolved-reference');
        expect(issues.map(i => [i.line, i.text, i.message])).toEqual([
            [2, 'Nothing', 'Unknown product “Nothing”.'],
            [4, 'Ghost', 'Unknown product “Ghost”.']
        ]);
    });

    test('a name of another kind is not a product', async () => {
        const issues = await t.issues('segment Students\nfunnel F sells Students { }', 'unresolved-reference');
        expect(issues.map(i => i.message)).toEqual(['Unknown product “Students”.']);
    });
});

describe('the files of one folder form one strategy', () => {
    const audience = `
        segment Students "Students near campuses" { size 45000 }
        role SmmManager`;
    const strategy = `strategy "Coffee" {
          goal MoreOrders {
            segment Students
            kpi orders >= 1500
            owner SmmManager
          }
        }`;

    test('a segment declared in audience.smm is used in strategy.smm', async () => {
        const docs = await t.addFiles({ 'file:///ws/audience.smm': audience, 'file:///ws/strategy.smm': strategy });
        const goal = named<Goal>(docs.get('file:///ws/strategy.smm')!, 'Goal', 'MoreOrders');
        expect(goal.segments[0].ref?.title).toBe('Students near campuses');
        expect(uriOf(goal.segments[0].ref!)).toBe('file:///ws/audience.smm');
        expect(goal.owner?.ref?.name).toBe('SmmManager');
        expect([...t.issuesOf('file:///ws/strategy.smm'), ...t.issuesOf('file:///ws/audience.smm')]).toEqual([]);
    });

    test('a file in another folder does not see them', async () => {
        const issues = await t.validate({ 'file:///other/audience.smm': audience, 'file:///ws/strategy.smm': strategy });
        expect(issues.map(i => [i.uri, i.code, i.line, i.text, i.message])).toEqual([
            ['file:///ws/strategy.smm', 'unresolved-reference', 3, 'Students', 'Unknown segment “Students”.'],
            ['file:///ws/strategy.smm', 'unresolved-reference', 5, 'SmmManager', 'Unknown role “SmmManager”.']
        ]);
    });

    test('a subfolder is a strategy of its own', async () => {
        const issues = await t.issues({ 'file:///ws/audience.smm': audience, 'file:///ws/spring/strategy.smm': strategy },
            'unresolved-reference');
        expect(issues.map(i => i.text)).toEqual(['Students', 'SmmManager']);
    });

    test('a custom metric of another folder is unknown there', async () => {
        const issues = await t.issues({
            'file:///a/metrics.smm': 'metric repeat_orders { unit count }',
            'file:///b/goals.smm': 'goal G { kpi repeat_orders >= 10 }'
        }, 'kpi-unknown-metric');
        expect(issues.map(i => [i.uri, i.text])).toEqual([['file:///b/goals.smm', 'repeat_orders']]);
    });

    test('a file opened later resolves what was unknown before', async () => {
        await t.edit({ 'file:///ws/strategy.smm': strategy });
        expect(t.issuesOf('file:///ws/strategy.smm').map(i => i.text)).toEqual(['Students', 'SmmManager']);
        await t.edit({ 'file:///ws/audience.smm': audience });
        expect(t.issuesOf('file:///ws/strategy.smm')).toEqual([]);
    });

    test('a declaration removed from the other file becomes unknown again', async () => {
        await t.edit({ 'file:///ws/audience.smm': audience, 'file:///ws/strategy.smm': strategy });
        expect(t.issuesOf('file:///ws/strategy.smm')).toEqual([]);
        await t.edit({ 'file:///ws/audience.smm': 'role SmmManager' });
        expect(t.issuesOf('file:///ws/strategy.smm').map(i => [i.line, i.message])).toEqual([[3, 'Unknown segment “Students”.']]);
    });
});

describe('metrics', () => {
    test('a standard metric by its id', async () => {
        const doc = await t.parseClean('goal G { kpi orders >= 10 }');
        const metric = named<Goal>(doc, 'Goal', 'G').kpis[0].metric.ref;
        expect(metric?.name).toBe('orders');
        expect(uriOf(metric!)).toBe(BUILTIN_METRICS_URI);
    });

    test.each([
        ['заказы', 'orders'],
        ['покупки', 'orders'],
        ['purchases', 'orders'],
        ['охват', 'reach'],
        ['лиды', 'leads'],
        ['заявки', 'leads'],
        ['кликабельность', 'ctr'],
        ['цена_лида', 'cpl'],
        ['вовлечённость', 'er'],
        ['вовлеченность', 'er'],
        ['подписчики', 'subscribers'],
        ['выручка', 'revenue']
    ])('the alias %s is the standard metric %s', async (alias, id) => {
        const doc = await t.parseClean(`goal G { kpi ${alias} >= 10 }`);
        expect(named<Goal>(doc, 'Goal', 'G').kpis[0].metric.ref?.name).toBe(id);
    });

    test.each(['cpm', 'cpc', 'cpv', 'cpl', 'cpa', 'ctr'])('the cost-model name %s is a metric in a KPI', async id => {
        const doc = await t.parseClean(`goal G { kpi ${id} <= 120 }`);
        expect(named<Goal>(doc, 'Goal', 'G').kpis[0].metric.ref?.name).toBe(id);
    });

    test('cost-model names in the conditions of an adjust rule', async () => {
        const doc = await t.parseClean('adjust when ctr < 0.8% and cpl > 150 for 7 days then "Replace the creatives"');
        const [rule] = nodesOf<AdjustRule>(doc, 'AdjustRule');
        expect(rule.conditions.map(c => c.metric.ref?.name)).toEqual(['ctr', 'cpl']);
    });

    test('a stage volume counted in a standard metric', async () => {
        const doc = await t.parseClean('funnel F { stage Reach volume 1200000 impressions }');
        expect(named<Funnel>(doc, 'Funnel', 'F').stages[0].unit?.ref?.name).toBe('impressions');
    });

    test('a custom metric in a KPI, by its name and by its alias', async () => {
        const doc = await t.parseClean(`
            metric repeat_orders { aka repeats, повторы unit count }
            goal G { kpi repeat_orders >= 10  kpi repeats >= 10  kpi повторы >= 10 }`);
        const metric = named<Metric>(doc, 'Metric', 'repeat_orders');
        expect(named<Goal>(doc, 'Goal', 'G').kpis.map(k => k.metric.ref)).toEqual([metric, metric, metric]);
    });

    test('a custom metric in the formula of another metric', async () => {
        const doc = await t.parseClean(`
            metric repeat_orders { unit count }
            metric repeat_share { unit percent formula repeat_orders / orders * 100 }`);
        const formula = named<Metric>(doc, 'Metric', 'repeat_share').formula!;
        const calls = AstUtils.streamAst(formula).filter(isMetricCall).toArray();
        expect(calls.map(c => [c.metric.$refText, c.metric.ref?.name, uriOf(c.metric.ref!)])).toEqual([
            ['repeat_orders', 'repeat_orders', 'file:///ws/strategy.smm'],
            ['orders', 'orders', BUILTIN_METRICS_URI]
        ]);
    });

    test('standard metrics are known in every folder', async () => {
        const issues = await t.validate({
            'file:///a/s.smm': 'goal G { kpi reach >= 1 }',
            'file:///b/s.smm': 'goal G { kpi охват >= 1 }'
        });
        expect(issues).toEqual([]);
    });

    test('the standard metric declarations resolve every formula', async () => {
        const builtin = await t.builtinMetrics();
        expect(builtin.references.length).toBeGreaterThan(0);
        expect(builtin.references.filter(r => !isReference(r) || !r.ref).map(r => r.$refText)).toEqual([]);
    });

    test.each([
        ['CTR', 'ctr'],
        ['Ctr', 'ctr'],
        ['Orders', 'orders'],
        ['ORDERS', 'orders'],
        ['ЗАКАЗЫ', 'orders'],
        ['Заказы', 'orders'],
        ['ROMI', 'romi'],
        ['CPL', 'cpl']
    ])('metric names ignore letter case: %s is the standard metric %s', async (written, id) => {
        const uri = 'file:///case/goals.smm';
        const doc = (await t.addFiles({ [uri]: `goal G { kpi ${written} >= 1 }` })).get(uri)!;
        expect(named<Goal>(doc, 'Goal', 'G').kpis[0].metric.ref?.name).toBe(id);
        expect(t.issuesOf(uri)).toEqual([]);
    });

    test('letter case is ignored in adjust conditions, formulas and stage volumes too', async () => {
        const doc = await t.parseClean(`
            adjust when CTR < 1% and Cpl > 150 then "Replace the creatives"
            metric margin_share { formula Gross_Profit / REVENUE * 100 }
            funnel F { stage Reach volume 1000 Impressions }`);
        expect(nodesOf<AdjustRule>(doc, 'AdjustRule')[0].conditions.map(c => c.metric.ref?.name)).toEqual(['ctr', 'cpl']);
        const calls = AstUtils.streamAst(named<Metric>(doc, 'Metric', 'margin_share').formula!).filter(isMetricCall).toArray();
        expect(calls.map(c => c.metric.ref?.name)).toEqual(['gross_profit', 'revenue']);
        expect(named<Funnel>(doc, 'Funnel', 'F').stages[0].unit?.ref?.name).toBe('impressions');
    });

    test('a custom metric is found whatever the letter case, by name and by alias', async () => {
        const doc = await t.parseClean(`
            metric RepeatOrders { aka Повторы }
            goal G { kpi repeatorders >= 1  kpi REPEATORDERS >= 1  kpi повторы >= 1 }`);
        const metric = named<Metric>(doc, 'Metric', 'RepeatOrders');
        expect(named<Goal>(doc, 'Goal', 'G').kpis.map(k => k.metric.ref)).toEqual([metric, metric, metric]);
    });

    test('other names keep their letter case', async () => {
        const issues = await t.issues('role Manager\nsegment Students\ngoal G { kpi orders >= 1 owner manager segment STUDENTS }',
            'unresolved-reference');
        expect(issues.map(i => i.message)).toEqual(['Unknown role “manager”.', 'Unknown segment “STUDENTS”.']);
    });

    test('an unknown metric', async () => {
        const issues = await t.issues('goal G {\n  kpi ordrs >= 10\n}', 'kpi-unknown-metric');
        expect(issues.map(i => [i.line, i.text])).toEqual([[2, 'ordrs']]);
    });
});

describe('unsaved files', () => {
    test('each new, unsaved file is a strategy of its own', async () => {
        // As the editor opens them: no file name extension, the language comes with the text document.
        await t.edit({
            'untitled:Untitled-1': 'strategy "A" { role Manager }\ngoal G { kpi orders >= 1 owner Manager }',
            'untitled:Untitled-2': 'strategy "B" { role Manager }\ngoal G { kpi orders >= 1 owner Boss }'
        });
        expect(t.issuesOf('untitled:Untitled-1')).toEqual([]);
        expect(t.issuesOf('untitled:Untitled-2').map(i => [i.code, i.text])).toEqual([['unresolved-reference', 'Boss']]);
    });
});
