import { CstUtils, GrammarUtils, type AstNode, type GrammarAST, type LangiumDocument, type MaybePromise } from 'langium';
import { MarkupContent, type Hover, type HoverParams } from 'vscode-languageserver';
import { describeKpiForecast, describeOrganicReach } from '../../analysis/kpi-forecast-text.js';
import { kpiProgressFigures } from '../../analysis/kpi-progress-text.js';
import { amountBetween, monthsOf } from '../../analysis/schedule.js';
import { formatMonth } from '../../i18n/numbers.js';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import { customerValueOf } from '../../analysis/economics.js';
import type { ChannelForecast, StageForecast } from '../../analysis/forecast.js';
import { smartReason } from '../../analysis/smart.js';
import { formatCustomerValue } from '../../i18n/customer-value.js';
import { catalogs, type MessageKey } from '../../i18n/index.js';
import { compileFunnel } from '../../roadmap/compile/funnels-budget.js';
import { customerFacts } from '../../roadmap/render/customers.js';
import { escapeMarkdown } from '../../roadmap/render/markdown-text.js';
import {
    isChannel, isFunnel, isGoal, isKpi, isMetric, isProduct, isStage,
    type Channel, type Funnel, type Goal, type Kpi, type Product, type Stage
} from '../generated/ast.js';
import type { LocaleState } from '../workspace/locale.js';
import type { SmmServices } from '../smm-module.js';
import type { StrategyAnalyzer } from '../workspace/strategy-analyzer.js';
import { formatsFor, type NumberFormats } from './format-numbers.js';
import { metricMarkdown, standardMetricOf } from './metric-docs.js';

/**
 * Hovers: the doc comment of every declaration; on a standard metric the catalog's text; on a goal its
 * SMART assessment; on a funnel stage its forecast volume and cost per unit; on a channel what its budget
 * buys and its share of the strategy budget. The numbers come from the strategy's analysis. The strategy's
 * texts (names, titles, what a message quotes) are escaped: a link or an image in a title is shown as
 * written, not rendered (and loaded) by the editor. A doc comment is Markdown by intent and stays so.
 */
export class SmmHoverProvider extends MultilineCommentHoverProvider {
    private readonly locale: LocaleState;
    private readonly analyzer: StrategyAnalyzer;

    constructor(services: SmmServices) {
        super(services);
        this.locale = services.i18n.Locale;
        this.analyzer = services.analysis.StrategyAnalyzer;
    }

    /**
     * On a KPI's metric: what the KPI is compared with (its forecast, window and verdict), its progress by the
     * actuals, then the metric's text.
     */
    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const hover = await super.getHoverContent(document, params);
        const kpi = kpiMetricAt(document, document.textDocument.offsetAt(params.position));
        const lines = kpi ? [this.kpiLine(kpi), this.kpiProgressLine(kpi)].filter(Boolean) : [];
        if (lines.length === 0) {
            return hover;
        }
        const text = hover && MarkupContent.is(hover.contents) ? hover.contents.value : undefined;
        return { contents: { kind: 'markdown', value: [lines.join('\n\n'), text].filter(Boolean).join('\n\n---\n\n') } };
    }

    /** `✗ The forecast falls short of the target: forecast from stage “F.Pay”: ≈ 60 customers by Sep 30, 2026 …` */
    private kpiLine(kpi: Kpi): string | undefined {
        const analysis = this.analyzer.forNode(kpi);
        const assessment = analysis.kpis.get(kpi);
        const how = assessment && describeKpiForecast(this.locale.current, assessment, analysis.parts.currency, escapeMarkdown);
        if (!how) {
            return undefined;
        }
        const verdict = assessment.met === undefined ? '' : `${assessment.met ? '✓' : '✗'} ${this.locale.t(assessment.met ? 'hover.kpi.met' : 'hover.kpi.notMet')}: `;
        return `${verdict}${how}`;
    }

    /** `✗ Off track by the actuals: 280 as of Mar 31, 2027, 46.7% of the way with 49.7% of the time gone; 560 by …` */
    private kpiProgressLine(kpi: Kpi): string | undefined {
        const analysis = this.analyzer.forNode(kpi);
        const progress = analysis.progress?.kpis.find(p => p.kpi === kpi);
        if (progress?.actual === undefined) {
            return undefined;
        }
        const figures = kpiProgressFigures(this.locale.current, progress, analysis.parts.currency, analysis.period);
        const verdict = this.locale.t(progress.onTrack === undefined ? 'hover.kpi.progress.unknown' : progress.onTrack ? 'hover.kpi.progress.on' : 'hover.kpi.progress.off');
        const key = progress.projection === undefined ? 'hover.kpi.progress.noProjection' : progress.reached === undefined ? 'hover.kpi.progress.rate' : 'hover.kpi.progress';
        return this.locale.t(key, { verdict, ...figures });
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (isMetric(node)) {
            // A custom metric: its doc comment if it has one, otherwise what its declaration says.
            return standardMetricOf(node) ? metricMarkdown(node, this.locale) : super.getAstNodeHoverContent(node) ?? metricMarkdown(node, this.locale);
        }
        const doc = super.getAstNodeHoverContent(node) as string | undefined;
        const numbers = isStage(node) ? this.stageHover(node)
            : isChannel(node) ? this.channelHover(node)
                : isGoal(node) ? this.goalHover(node)
                    : isFunnel(node) ? this.funnelHover(node)
                        : isProduct(node) ? this.productHover(node)
                            : undefined;
        return numbers ? [numbers, doc].filter(Boolean).join('\n\n---\n\n') : doc;
    }

    /** A keyword: what it means, in the user's language, as completion describes it. */
    protected override getKeywordHoverContent(keyword: GrammarAST.Keyword): MaybePromise<Hover | undefined> {
        const key = `keyword.${keyword.value}`;
        return key in catalogs.en ? { contents: { kind: 'markdown', value: this.locale.t(key as MessageKey) } } : undefined;
    }

    private stageHover(stage: Stage): string {
        const analysis = this.analyzer.forNode(stage);
        const forecast = analysis.stages.get(stage);
        const heading = headingOf(`${stage.$container.name}.${stage.name}`, stage.title);
        return [heading, ...(forecast ? this.stageLines(forecast, formatsFor(analysis, this.locale.current)) : [])].join('\n\n');
    }

    private stageLines(forecast: StageForecast, formats: NumberFormats): string[] {
        if (forecast.volume === undefined) {
            return [this.locale.t('hover.stage.unknown')];
        }
        const source = forecast.source === 'conversion' && forecast.conversion !== undefined
            ? this.locale.t('hover.stage.source.conversion', { conversion: formats.percent(forecast.conversion) })
            : forecast.source === 'channel' && forecast.organic && forecast.stage.$container.stages[0] === forecast.stage
                ? this.locale.t('hover.stage.source.organic')
                : forecast.source ? this.locale.t(`hover.stage.source.${forecast.source}`) : undefined;
        const { unit } = forecast;
        const volume = `${this.locale.t('hover.stage.volume', { volume: `≈ ${formats.count(forecast.volume, unit)}` })}${source ? ` (${source})` : ''}`;
        const cost = forecast.costPerUnit !== undefined
            ? this.locale.t('hover.stage.cost', {
                cost: formats.costPer(forecast.costPerUnit, unit),
                spend: formats.money(forecast.spend)
            })
            : undefined;
        return [volume, cost].filter((line): line is string => line !== undefined);
    }

    /** The goal's SMART assessment: which of S, M, A, R and T hold, and why. */
    private goalHover(goal: Goal): string {
        const analysis = this.analyzer.forNode(goal);
        const assessment = analysis.goals.get(goal);
        const heading = headingOf(goal.name, goal.title);
        if (!assessment) {
            return heading;
        }
        const criteria = assessment.criteria.map(c =>
            `- ${c.holds ? '✓' : '✗'} ${smartReason(this.locale.current, c, analysis.parts.currency, escapeMarkdown)}`);
        return [heading, this.locale.t('hover.goal.smart', { score: assessment.score, total: assessment.criteria.length }), criteria.join('\n')].join('\n\n');
    }

    /** What a customer of the funnel brings (the mix, the value per customer) and what the funnel earns. */
    private funnelHover(funnel: Funnel): string {
        const analysis = this.analyzer.forNode(funnel);
        const forecast = analysis.funnels.get(funnel);
        const heading = headingOf(funnel.name, funnel.title);
        if (!forecast) {
            return heading;
        }
        const formats = formatsFor(analysis, this.locale.current);
        const { economics } = forecast;
        const rows: Array<[string, string | undefined]> = [
            ...customerFacts(compileFunnel(forecast), this.locale.current, analysis.parts.currency)
                .map(([key, value]): [string, string] => [this.locale.t(key), escapeMarkdown(value)]),
            [this.locale.t('roadmap.funnel.revenue'), economics.revenue !== undefined ? `≈ ${formats.money(economics.revenue)}` : undefined],
            [this.locale.t('economics.label.grossProfit'), economics.grossProfit !== undefined ? `≈ ${formats.money(economics.grossProfit)}` : undefined],
            [this.locale.t('roadmap.funnel.spend'), economics.spend > 0 ? formats.money(economics.spend) : undefined],
            [this.locale.t('roadmap.funnel.romiValue'), economics.romi !== undefined ? formats.percent(economics.romi) : undefined]
        ];
        const lines = rows.filter((row): row is [string, string] => row[1] !== undefined).map(([label, value]) => `- ${label}: ${value}`);
        return lines.length > 0 ? [heading, lines.join('\n')].join('\n\n') : heading;
    }

    /** What one customer of the product brings, and how: one purchase, several, or a subscription over its lifetime. */
    private productHover(product: Product): string {
        const analysis = this.analyzer.forNode(product);
        const heading = headingOf(product.name, product.title);
        const value = formatCustomerValue(this.locale.current, customerValueOf(product), analysis.parts.currency);
        const margin = product.margin ? ` · ${this.locale.t('economics.label.margin')} ${formatsFor(analysis, this.locale.current).percent(product.margin.value)}` : '';
        return value ? [heading, `${this.locale.t('economics.label.perCustomer')}: ${escapeMarkdown(value)}${margin}`].join('\n\n') : heading;
    }

    private channelHover(channel: Channel): string {
        const analysis = this.analyzer.forNode(channel);
        const forecast = analysis.channels.get(channel);
        const heading = headingOf(channel.name, channel.title);
        return [heading, ...(forecast ? this.channelLines(forecast, formatsFor(analysis, this.locale.current)) : [])].join('\n\n');
    }

    /**
     * When the budget is spent: `By month: Jan $2,000 · Feb $4,000 · …` for budgets that change over the
     * period; nothing for one spent evenly, the same amount every month or every day.
     */
    private spendByMonth(forecast: ChannelForecast, formats: NumberFormats): string | undefined {
        const period = this.analyzer.forNode(forecast.channel).period;
        if (!forecast.spending || !period) {
            return undefined;
        }
        const months = monthsOf(period).map(month => ({ month, amount: amountBetween(forecast.spending!, month.start, month.end) }));
        const same = (values: number[]) => Math.max(...values) - Math.min(...values) <= Math.max(...values) * 1e-9;
        // The same amount every month (`per month`), or every day (a budget for the period).
        if (same(months.map(({ amount }) => amount)) || same(months.map(({ month, amount }) => amount / (month.end - month.start + 1)))) {
            return undefined;
        }
        const list = months.map(({ month, amount }) => `${formatMonth(this.locale.current, month.month)} ${formats.money(amount)}`);
        return this.locale.t('hover.channel.months', { months: list.join(' · ') });
    }

    private channelLines(forecast: ChannelForecast, formats: NumberFormats): string[] {
        const lines: string[] = [];
        if (forecast.budget !== undefined) {
            lines.push(forecast.budgetShare !== undefined
                ? this.locale.t('hover.channel.budget', { budget: formats.money(forecast.budget), share: formats.percent(forecast.budgetShare) })
                : this.locale.t('hover.channel.budgetOnly', { budget: formats.money(forecast.budget) }));
        }
        const months = this.spendByMonth(forecast, formats);
        if (months) {
            lines.push(months);
        }
        if (forecast.organic) {
            // An organic channel reaches people without a budget: say from what.
            lines.push(forecast.organic.reach !== undefined
                ? capitalized(describeOrganicReach(this.locale.current, { channel: forecast.channel, forecast: forecast.organic }, escapeMarkdown))
                : this.locale.t('hover.channel.organicUnknown'));
            return lines;
        }
        const volumes = formats.volumes(forecast);
        const flat = forecast.channel.costs.some(cost => cost.model === 'flat');
        lines.push(volumes ? this.locale.t('hover.channel.buys', { volumes })
            : this.locale.t(flat ? 'hover.channel.flat' : 'hover.channel.unknown'));
        return lines;
    }
}

/** The KPI whose metric is written at `offset`, if any. */
function kpiMetricAt(document: LangiumDocument, offset: number): Kpi | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
    const node = leaf?.astNode;
    const metric = isKpi(node) ? GrammarUtils.findNodeForProperty(node.$cstNode, 'metric') : undefined;
    return metric && metric.offset <= offset && offset <= metric.end ? node as Kpi : undefined;
}

function headingOf(name: string, title: string | undefined): string {
    return title ? `**${escapeMarkdown(name)}** — ${escapeMarkdown(title)}` : `**${escapeMarkdown(name)}**`;
}


function capitalized(text: string): string {
    return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
