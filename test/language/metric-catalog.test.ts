import { afterEach, describe, expect, test } from 'vitest';
import { GrammarAST, AstUtils } from 'langium';
import { COST_METRICS, METRIC_CATALOG, findCatalogMetric, forecastOf, formulaIn } from '../../src/analysis/metric-catalog.js';
import { BUILTIN_METRICS_URI } from '../../src/language/references/builtin-metrics.js';
import type { Goal, Metric } from '../../src/language/generated/ast.js';
import { SmmTerminals } from '../../src/language/generated/ast.js';
import { createTestServices, named, nodesOf } from '../support/services.js';

const t = createTestServices({ review: false });
afterEach(() => t.clear());

const ID = new RegExp(`^(?:${SmmTerminals.ID.source})$`);
/** Cost-model keywords that the grammar also accepts as metric names. */
const COST_MODEL_METRICS = ['cpm', 'cpc', 'cpv', 'cpl', 'cpa', 'ctr'];
const keywords = new Set(AstUtils.streamAllContents(t.services.Grammar).filter(GrammarAST.isKeyword).map(k => k.value));

const ids = METRIC_CATALOG.map(m => m.id);
const aliases = METRIC_CATALOG.flatMap(m => m.aliases.map(alias => [alias, m.id] as const));
const allNames = [...ids.map(id => [id, id] as const), ...aliases];

describe('the standard metric catalog', () => {
    test('has the metrics a marketer counts', () => {
        expect(ids).toEqual(expect.arrayContaining(['reach', 'impressions', 'clicks', 'ctr', 'cpm', 'cpc', 'cpl', 'cpa', 'leads',
            'orders', 'revenue', 'romi', 'er', 'subscribers']));
    });

    test.each(ids)('the id %s is a name the grammar accepts', id => {
        expect(ID.test(id) || COST_MODEL_METRICS.includes(id)).toBe(true);
    });

    test('no id is a keyword, except the cost models the grammar lets name a metric', () => {
        expect(ids.filter(id => keywords.has(id)).sort()).toEqual([...COST_MODEL_METRICS].sort());
    });

    test.each(aliases)('the alias %s (of %s) is a plain name and not a keyword', alias => {
        expect(ID.test(alias)).toBe(true);
        expect(keywords.has(alias)).toBe(false);
    });

    test('no two metrics share an id or an alias, whatever the letter case', () => {
        const seen = new Map<string, string>();
        const clashes: string[] = [];
        for (const [name, id] of allNames) {
            const key = name.toLowerCase();
            const owner = seen.get(key);
            if (owner && owner !== id) {
                clashes.push(`${name}: ${owner} and ${id}`);
            }
            seen.set(key, id);
        }
        expect(clashes).toEqual([]);
        expect(seen.size).toBe(allNames.length);
    });

    test('every metric has names and a description in both languages', () => {
        const missing = METRIC_CATALOG.filter(m => !m.name.en || !m.name.ru || !m.description.en || !m.description.ru).map(m => m.id);
        expect(missing).toEqual([]);
    });

    test('a formula refers only to metrics of the catalog', () => {
        const unknown = METRIC_CATALOG.flatMap(m => (m.formula?.match(/[^\s()+\-*/\d.]+/g) ?? []).filter(name => !ids.includes(name))
            .map(name => `${m.id}: ${name}`));
        expect(unknown).toEqual([]);
    });

    test('a percent metric computed from counts is multiplied by 100', () => {
        const wrong = METRIC_CATALOG.filter(m => m.unit === 'percent' && m.formula && !/\*\s*100\b/.test(m.formula)).map(m => m.id);
        expect(wrong).toEqual([]);
    });

    test('lookup by id or alias ignores letter case', () => {
        expect(findCatalogMetric('ORDERS')?.id).toBe('orders');
        expect(findCatalogMetric('Заказы')?.id).toBe('orders');
        expect(findCatalogMetric('CTR')?.id).toBe('ctr');
        expect(findCatalogMetric('no_such_metric')).toBeUndefined();
    });
});

describe('the standard metrics as declarations', () => {
    test('the built-in document parses without errors', async () => {
        const builtin = await t.builtinMetrics();
        expect(builtin.uri.toString()).toBe(BUILTIN_METRICS_URI);
        expect(builtin.parseResult.lexerErrors).toEqual([]);
        expect(builtin.parseResult.parserErrors).toEqual([]);
        expect(nodesOf<Metric>(builtin, 'Metric').map(m => m.name)).toEqual(ids);
    });

    test('each declaration carries the catalog’s title, aliases, unit, kind and description', async () => {
        const builtin = await t.builtinMetrics();
        const declared = nodesOf<Metric>(builtin, 'Metric').map(m => [m.name, m.title, m.aliases, m.unit, m.kind, m.description]);
        expect(declared).toEqual(METRIC_CATALOG.map(m => [m.id, m.name.en, m.aliases, m.unit, m.kind, m.description.en]));
    });

    test.each(allNames)('kpi %s >= 1 refers to the standard metric %s without any diagnostic', async (name, id) => {
        const uri = 'file:///catalog/goals.smm';
        const document = (await t.addFiles({ [uri]: `goal G { kpi ${name} >= 1 }` })).get(uri)!;
        expect(t.issuesOf(uri)).toEqual([]);
        expect(named<Goal>(document, 'Goal', 'G').kpis[0].metric.ref?.name).toBe(id);
    });
});

describe('metric semantics in the catalog', () => {
    test('every cost model a channel is paid by names what it buys, CPM a thousand impressions', () => {
        expect(COST_METRICS.map(m => [m.id, m.costOf])).toEqual([
            ['cpm', { metric: 'impressions', per: 1000 }], ['cpc', { metric: 'clicks', per: 1 }], ['cpv', { metric: 'views', per: 1 }],
            ['cpl', { metric: 'leads', per: 1 }], ['cpa', { metric: 'conversions', per: 1 }], ['cac', { metric: 'customers', per: 1 }]
        ]);
    });

    test('counts are forecast as volumes, shares as conversions, costs per unit as the stage cost', () => {
        for (const m of METRIC_CATALOG) {
            if (m.unit === 'count') {
                expect(m.forecast, m.id).toBe('volume');
            }
            if (m.costOf) {
                expect(m.forecast, m.id).toBe('costPerUnit');
            }
        }
        expect(['ctr', 'cr', 'er', 'err'].map(id => findCatalogMetric(id)?.forecast)).toEqual(['conversion', 'conversion', 'conversion', 'conversion']);
    });

    test('a custom metric is forecast by its unit', () => {
        expect(forecastOf('tastings', 'count')).toBe('volume');
        expect(forecastOf('tasting_rate', 'percent')).toBe('conversion');
        expect(forecastOf('spend', 'money')).toBeUndefined();
    });
});

describe('formulas in the reader\'s language', () => {
    test('CAC in Russian is `расход / клиенты`, and every formula names only Russian words and its acronyms', () => {
        expect(formulaIn('ru', 'spend / customers')).toBe('расход / клиенты');
        expect(formulaIn('en', 'spend / customers')).toBe('spend / customers');
        for (const metric of METRIC_CATALOG.filter(item => item.formula)) {
            const russian = formulaIn('ru', metric.formula!);
            expect(russian, metric.id).not.toMatch(/[a-z]/i);
            // each word of it is a name the Russian strategy can write: it finds the same metric as the English word
            const words = (text: string) => text.match(/[\p{L}_]+/gu) ?? [];
            expect(words(russian).map(word => findCatalogMetric(word)?.id), metric.id).toEqual(words(metric.formula!));
        }
    });
});
