import { localIsoDate } from '../../analysis/dates.js';
import type { Locale, MessageArgs, MessageKey } from '../../i18n/index.js';

/**
 * Completion snippets: a whole strategy in the textbook's order, a SMART goal and the usual funnel
 * presets. Written in LSP snippet syntax (`${1:default}`, `${2|a,b|}`); `withDefaults` turns one into
 * the plain text a client without snippet support inserts.
 */

export type FunnelPreset = 'aida' | 'tofu' | 'aarrr';
export const FUNNEL_PRESETS: readonly FunnelPreset[] = ['aida', 'tofu', 'aarrr'];

/** What a snippet may refer to: names the strategy already declares and its period. */
export interface SnippetContext {
    locale: Locale;
    t: (key: MessageKey, args?: MessageArgs) => string;
    /** Today, for a default period when the strategy has none. */
    today: Date;
    period?: { start: string; end: string };
    segment?: string;
    role?: string;
    channel?: string;
    /** A stage a KPI may be measured at (`Funnel.Stage`). */
    stage?: string;
}

/** Numbers that look like a real strategy in each market. */
const FIGURES = {
    en: { currency: 'USD', budget: '60 000', channelBudget: '30 000', cpm: '6', price: '20', cac: '15', impact: '5 000', volume: '1 000 000', impressions: 'impressions', orders: 'orders', target: '500', baseline: '100', size: '50 000' },
    ru: { currency: 'RUB', budget: '600 000', channelBudget: '300 000', cpm: '200', price: '1 500', cac: '1 000', impact: '50 000', volume: '1 000 000', impressions: 'показы', orders: 'заказы', target: '500', baseline: '100', size: '50 000' }
} as const;

/** Typical conversion of each stage after the first. */
const PRESET_CONVERSIONS: Record<FunnelPreset, string[]> = {
    aida: ['2%', '30%', '10%'],
    tofu: ['5%', '10%'],
    aarrr: ['20%', '40%', '30%', '50%']
};

const INDENT = '    ';

/** A snippet with every placeholder replaced by its default (the first choice of a choice). */
export function withDefaults(snippet: string): string {
    let text = snippet;
    let previous: string;
    // Placeholders may nest (`${1:a ${2:b}}`): replace the innermost until none is left.
    do {
        previous = text;
        text = text
            .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
            .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1');
    } while (text !== previous);
    return text.replace(/\$\{\d+\}|\$\d+/g, '');
}

/** The strategy's period, or the half-year that starts on the first day of next month. */
function periodOf(context: SnippetContext): { start: string; end: string } {
    if (context.period) {
        return context.period;
    }
    const { today } = context;
    return {
        start: localIsoDate(new Date(today.getFullYear(), today.getMonth() + 1, 1)),
        end: localIsoDate(new Date(today.getFullYear(), today.getMonth() + 7, 0))
    };
}

function addDays(isoDate: string, days: number): string {
    const [y, m, d] = isoDate.split('-').map(Number);
    return localIsoDate(new Date(y, m - 1, d + days));
}

function stagesOf(preset: FunnelPreset, context: SnippetContext, first: number, channel?: string): { lines: string[]; last: string } {
    const { t } = context;
    const figures = FIGURES[context.locale];
    const conversions = PRESET_CONVERSIONS[preset];
    const names = [0, ...conversions.map((_, i) => i + 1)].map(i => `snippet.stage.${preset}.${i + 1}` as MessageKey);
    const lines = names.map((key, i) => {
        const head = `stage ${t(key)} "${t(`${key}.text` as MessageKey)}"`;
        if (i === 0) {
            const via = channel ? ` via ${channel}` : '';
            return `${head}${via} volume \${${first}:${figures.volume}} ${figures.impressions}`;
        }
        return `${head} conversion \${${first + i}:${conversions[i - 1]}}`;
    });
    return { lines, last: t(names[names.length - 1]) };
}

/** A funnel preset; names the strategy's first segment and channel when it has them. */
export function funnelSnippet(preset: FunnelPreset, context: SnippetContext): string {
    const { t } = context;
    const forSegment = context.segment ? ` for ${context.segment}` : '';
    const { lines } = stagesOf(preset, context, 3, context.channel);
    return [
        `funnel \${1:${t('snippet.name.funnel')}} "\${2:${t('snippet.text.funnel')}}"${forSegment} {`,
        ...lines.map(line => INDENT + line),
        '}$0'
    ].join('\n');
}

/**
 * A SMART goal: a segment (specific), a KPI with a target (measurable) and a baseline to judge it by
 * (achievable), an owner, and a deadline (time-bound).
 */
export function goalSnippet(context: SnippetContext): string {
    const { t } = context;
    const figures = FIGURES[context.locale];
    const { end } = periodOf(context);
    const from = context.stage ? ` from ${context.stage}` : '';
    return [
        `goal \${1:${t('snippet.name.goal')}} "\${2:${t('snippet.text.goal')}}" {`,
        ...(context.segment ? [`${INDENT}segment ${context.segment}`] : []),
        `${INDENT}kpi \${3:${figures.orders}} \${4|>=,<=,>,<,=|} \${5:${figures.target}} per \${6|month,week,quarter|} by \${7:${end}} baseline \${8:${figures.baseline}}${from}`,
        ...(context.role ? [`${INDENT}owner ${context.role}`] : []),
        `${INDENT}deadline \${7:${end}}`,
        '}$0'
    ].join('\n');
}

/**
 * A whole strategy in the order the textbook builds one: period, currency, budget, the company goal it
 * serves, roles, product and USP, competitor, segment, channel, funnel, a SMART goal, content plan,
 * phase with tasks, risk and a correction rule. Every name it uses, it declares.
 */
export function strategySnippet(context: SnippetContext): string {
    const { t } = context;
    const figures = FIGURES[context.locale];
    const { start, end } = periodOf(context);
    const manager = t('snippet.name.manager');
    const ads = t('snippet.name.targetologist');
    const product = t('snippet.name.product');
    const segment = '${7:' + t('snippet.name.segment') + '}';
    const channel = '${8:vk}';
    const funnel = t('snippet.name.funnel');
    const goal = t('snippet.name.goal');
    const stages = stagesOf('aida', context, 11, channel);
    const launchEnd = addDays(start, 30);
    const body = [
        `period \${2:${start}} .. \${3:${end}}`,
        `currency \${4:${figures.currency}}`,
        `budget \${5:${figures.budget}}`,
        `company-goal "\${6:${t('snippet.text.companyGoal')}}"`,
        '',
        `role ${manager} "${t('snippet.text.manager')}"`,
        `role ${ads} "${t('snippet.text.targetologist')}"`,
        '',
        `product ${product} "${t('snippet.text.product')}" {`,
        `${INDENT}price ${figures.price}`,
        `${INDENT}margin 40%`,
        `${INDENT}usp "${t('snippet.text.usp')}"`,
        '}',
        '',
        `competitor ${t('snippet.name.competitor')} { strength "${t('snippet.text.strength')}" weakness "${t('snippet.text.weakness')}" }`,
        '',
        `segment ${segment} "${t('snippet.text.segment')}" {`,
        `${INDENT}size ${figures.size}`,
        `${INDENT}age 25..44`,
        `${INDENT}geo "${t('snippet.text.geo')}"`,
        `${INDENT}pain "${t('snippet.text.pain')}"`,
        `${INDENT}motive "${t('snippet.text.motive')}"`,
        `${INDENT}channels ${channel}`,
        '}',
        '',
        `channel ${channel} { budget \${9:${figures.channelBudget}} cpm \${10:${figures.cpm}} ctr 1% }`,
        '',
        `funnel ${funnel} "${t('snippet.text.funnel')}" for ${segment} sells ${product} {`,
        ...stages.lines.map(line => INDENT + line),
        '}',
        '',
        `goal ${goal} "\${15:${t('snippet.text.goal')}}" {`,
        `${INDENT}segment ${segment}`,
        `${INDENT}product ${product}`,
        `${INDENT}kpi ${figures.orders} >= \${16:${figures.target}} per month by \${3:${end}} baseline ${figures.baseline} from ${funnel}.${stages.last}`,
        `${INDENT}kpi cac <= ${figures.cac}`,
        `${INDENT}owner ${manager}`,
        `${INDENT}deadline \${3:${end}}`,
        '}',
        '',
        'content {',
        `${INDENT}rubric ${t('snippet.name.rubric')} "${t('snippet.text.rubric')}" on ${channel} 2 per week format "reels" owner ${manager} goal ${goal}`,
        '}',
        '',
        `phase ${t('snippet.name.phase')} "${t('snippet.text.phase')}" \${2:${start}} .. ${launchEnd} {`,
        `${INDENT}task "${t('snippet.text.task')}" owner ${ads} format "${t('snippet.text.taskFormat')}" due ${addDays(start, 9)}`,
        `${INDENT}milestone "${t('snippet.text.milestone')}" by ${launchEnd}`,
        '}',
        '',
        `risk ${t('snippet.name.risk')} "${t('snippet.text.risk')}" probability 30% impact ${figures.impact} mitigation "${t('snippet.text.mitigation')}" owner ${manager}`,
        '',
        `adjust when ctr < 0.8% for 7 days then "${t('snippet.text.adjust')}" owner ${ads}$0`
    ];
    return [
        `strategy "\${1:${t('snippet.text.strategy')}}" {`,
        ...body.map(line => line ? INDENT + line : line),
        '}'
    ].join('\n');
}
