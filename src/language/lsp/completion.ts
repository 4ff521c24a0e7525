import {
    AstUtils, GrammarAST, TextDocument, type AstNode, type AstNodeDescription, type LangiumDocument, type MaybePromise
} from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionBacktrackingInformation, type CompletionContext,
    type CompletionProviderOptions, type CompletionValueItem, type NextFeature
} from 'langium/lsp';
import {
    CompletionItemKind, CompletionList, CompletionTriggerKind, InsertTextFormat, type CancellationToken,
    type CompletionParams, type TextEdit
} from 'vscode-languageserver';
import { USUAL_CHANNELS } from '../../analysis/channel-catalog.js';
import { localIsoDate } from '../../analysis/dates.js';
import { formulaIn } from '../../analysis/metric-catalog.js';
import { catalogs, type MessageKey } from '../../i18n/index.js';
import { escapeMarkdown } from '../../roadmap/render/markdown-text.js';
import { isMetric, isStrategy, type Metric, type Model } from '../generated/ast.js';
import type { LocaleState } from '../workspace/locale.js';
import type { SmmServices } from '../smm-module.js';
import type { StrategyAnalyzer } from '../workspace/strategy-analyzer.js';
import { metricMarkdown, standardMetricOf } from './metric-docs.js';
import { keywordForms, keywordIn, type KeywordLanguage } from '../parsing/keywords.js';
import { keywordLanguageOf, withKeywordsIn } from './keyword-language.js';
import { FUNNEL_PRESETS, funnelSnippet, goalSnippet, strategySnippet, withDefaults, type SnippetContext } from './snippets.js';

/**
 * The words after which a space opens completion, because what follows is a name to pick or a value to
 * choose: `kpi `, `via `, `owner `, `segment `, a comparator after `kpi orders `, a date after `by `…, in
 * English or in Russian (`показатель `, `через `, `ответственный `, `в `).
 * After any other space (in a title, between the digit groups of `1 500`) the server answers nothing.
 */
const OPENS_ON_SPACE = opensOnSpace([
    'kpi', 'via', 'owner', 'segment', 'for', 'sells', 'product', 'from', 'channels', 'on', 'goal', 'after', 'channel',
    'currency', 'when', 'and', 'per', 'by', 'due', 'deadline', 'period', 'every', 'to', 'accountable', 'consulted',
    'informed', 'prepare', 'approve', 'measure'
]);

function opensOnSpace(keywords: string[]): RegExp {
    const pattern = (form: string) => form.split(/\s+/).map(word => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    const words = keywords.flatMap(keywordForms).map(pattern).join('|');
    const kpi = keywordForms('kpi').map(pattern).join('|');
    return new RegExp(`(?:^|[\\s{(,])(?:${words}|(?:${kpi})\\s+[\\p{L}_][\\p{L}\\d_]*)\\s$|,\\s$`, 'u');
}
/** A dot right after a name: `Funnel.` before a stage. */
const OPENS_ON_DOT = /[\p{L}_][\p{L}\d_]*\.$/u;

/** The grammar rules whose first keyword also offers snippets. */
const SNIPPET_RULES = new Set(['Strategy', 'Goal', 'Funnel']);

/**
 * Completion that knows the domain: keywords valid at the cursor, references with their descriptions,
 * each standard metric once with its name, unit and formula, the usual channels, comparators, dates of
 * the strategy, and snippets for a whole strategy, a SMART goal and funnel presets.
 */
export class SmmCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: [' ', '.'] };
    private readonly locale: LocaleState;
    private readonly analyzer: StrategyAnalyzer;
    /** The syntax tree of the text being completed: Langium's methods below get only the text. */
    private parsed?: { text: string; model: Model };
    /** The language the file writes its keywords in, for the keywords and snippets proposed. */
    private keywordLanguage: KeywordLanguage = 'en';

    constructor(services: SmmServices) {
        super(services);
        this.locale = services.i18n.Locale;
        this.analyzer = services.analysis.StrategyAnalyzer;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, token?: CancellationToken): Promise<CompletionList | undefined> {
        const trigger = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? params.context.triggerCharacter : undefined;
        if (trigger && !opensOn(trigger, document, params)) {
            return undefined;
        }
        const text = document.textDocument.getText();
        const model = document.parseResult.value as Model;
        if (readUpTo(model) < document.textDocument.offsetAt(params.position)) {
            // The parser gave up before the cursor (too many syntax errors): nothing there was understood,
            // and finding what may come next would mean parsing all of it again.
            return trigger ? undefined : CompletionList.create([]);
        }
        this.parsed = { text, model };
        this.keywordLanguage = keywordLanguageOf(model.$cstNode, this.locale.current);
        let list: CompletionList | undefined;
        try {
            list = await super.getCompletion(document, params, token);
        } catch (error) {
            // Parentheses hundreds deep exhaust the stack of Langium's completion parser, which recurses
            // deeper per parenthesis than the document's parser: there is nothing sensible to propose there.
            if (error instanceof RangeError) {
                return undefined;
            }
            throw error;
        }
        // Typing goes on undisturbed where nothing fits (a new name after `goal `).
        return trigger && list?.items.length === 0 ? undefined : list;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const feature = next.feature;
        if (GrammarAST.isCrossReference(feature) && !this.mayReferFrom(context.node, next)) {
            return;
        }
        if (GrammarAST.isCrossReference(feature) && feature.type.ref?.name === 'Metric') {
            return this.completeMetrics(context, next, acceptor);
        }
        if (GrammarAST.isRuleCall(feature) && feature.rule.ref?.name === 'DATE') {
            return this.completeDates(context, acceptor);
        }
        if (GrammarAST.isRuleCall(feature) && isNameOf(feature, 'Channel')) {
            return this.completeUsualChannels(context, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    /**
     * Langium also completes the token before the cursor as if it were a name being typed. After a closing
     * `}` (`stage A volume 3000 }`) the stage's unit would be next, yet that token belongs to the funnel,
     * which has no unit to refer from: there is no name to propose, and asking the scope would fail.
     */
    private mayReferFrom(node: AstNode | undefined, next: NextFeature): boolean {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        return !node || !assignment || !!next.type
            || this.astReflection.getTypeMetaData(node.$type).properties[assignment.feature]?.referenceType !== undefined;
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) {
            return;
        }
        const comparator = ruleOf(keyword) === 'Comparator';
        const meaning = `keyword.${keyword.value}`;
        const language = this.languageTyped(context);
        const label = keywordIn(keyword.value, language);
        acceptor(context, {
            label,
            kind: comparator ? CompletionItemKind.Operator : CompletionItemKind.Keyword,
            detail: comparator
                ? this.locale.t(`completion.comparator.${keyword.value}` as MessageKey)
                : this.locale.t('completion.keyword'),
            documentation: meaning in catalogs.en ? { kind: 'markdown', value: this.locale.t(meaning as MessageKey) } : undefined,
            sortText: comparator ? '0' : '1'
        });
        const rule = ruleOf(keyword);
        if (rule && SNIPPET_RULES.has(rule) && isFirstOf(keyword)) {
            this.completeSnippets(context, rule, label, language, acceptor);
        }
    }

    /**
     * The language of the keyword being typed: the one of its first letters (`бю` is `бюджет`, `bu` is
     * `budget`), else the one the file writes its keywords in.
     */
    private languageTyped(context: CompletionContext): KeywordLanguage {
        const typed = context.textDocument.getText().substring(context.tokenOffset, context.offset);
        return /[\u0400-\u04FF]/.test(typed) ? 'ru' : /[a-z]/i.test(typed) ? 'en' : this.keywordLanguage;
    }

    /**
     * Langium finds what may come next by parsing the text from its start to the cursor: 60 ms at the
     * end of a 5,000-line strategy. Parsing from the start of the declaration the cursor is in reaches
     * the same parser state, because a declaration starts where the parser expects any declaration.
     */
    protected override findFeaturesAt(textDocument: TextDocument, offset: number): NextFeature[] {
        const whole = textDocument.getText();
        const restart = this.restartPoint(whole, offset);
        if (!restart) {
            return super.findFeaturesAt(textDocument, offset);
        }
        const text = restart.prefix + whole.substring(restart.offset, offset);
        return super.findFeaturesAt(TextDocument.create(textDocument.uri, textDocument.languageId, 0, text), text.length);
    }

    /**
     * Langium finds the tokens around the cursor by lexing the whole text. Lexing from the declaration the
     * cursor is in to the next one (or the end of the cursor's line, if that is later) finds the same tokens.
     */
    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const restart = this.restartPoint(text, offset);
        if (!restart) {
            return super.backtrackToAnyToken(text, offset);
        }
        const start = restart.offset;
        const lineEnd = text.indexOf('\n', offset);
        const end = Math.max(lineEnd < 0 ? text.length : lineEnd, restart.end ?? text.length);
        const found = super.backtrackToAnyToken(text.substring(start, end), offset - start);
        const shift = (value: number | undefined) => value === undefined ? undefined : value + start;
        return {
            nextTokenStart: found.nextTokenStart + start,
            nextTokenEnd: found.nextTokenEnd + start,
            previousTokenStart: shift(found.previousTokenStart),
            previousTokenEnd: shift(found.previousTokenEnd)
        };
    }

    /** Where parsing and lexing may start, when `text` is the text whose syntax tree is at hand. */
    private restartPoint(text: string, offset: number): RestartPoint | undefined {
        return this.parsed?.text === text ? restartPoint(this.parsed.model, offset) : undefined;
    }

    /** Comparators have no letters but are worth proposing; other symbols are not. */
    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        return ruleOf(keyword) === 'Comparator' || super.filterKeyword(context, keyword);
    }

    /** Every reference with its kind and title, and its title (as text) and doc comment (Markdown) as documentation. */
    protected override createReferenceCompletionItem(description: AstNodeDescription): CompletionValueItem {
        const node = description.node;
        const title = node && 'title' in node && typeof node.title === 'string' ? node.title : undefined;
        const doc = node ? this.documentationProvider.getDocumentation(node) : undefined;
        const documentation = [title && escapeMarkdown(title), doc].filter(Boolean).join('\n\n');
        return {
            nodeDescription: description,
            kind: this.nodeKindProvider.getCompletionItemKind(description),
            detail: this.locale.t(`kind.${description.type}` as MessageKey),
            labelDetails: title ? { description: title } : undefined,
            documentation: documentation ? { kind: 'markdown', value: documentation } : undefined,
            sortText: '0'
        };
    }

    /**
     * Each metric once, under its id, found by any of its names: `зак` finds `orders`. The default would
     * list every alias of every standard metric in both languages.
     */
    private async completeMetrics(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): Promise<void> {
        const metrics = new Set<Metric>();
        await super.completionFor(context, next, (_, value) => {
            if ('nodeDescription' in value && isMetric(value.nodeDescription.node)) {
                metrics.add(value.nodeDescription.node);
            }
        });
        const lang = this.locale.current;
        for (const metric of metrics) {
            const standard = standardMetricOf(metric);
            const label = standard?.id ?? metric.name;
            const names = standard ? [standard.id, ...standard.aliases, standard.name.en, standard.name.ru] : [metric.name, ...metric.aliases];
            const textEdit = this.editFor(context, names, label);
            if (!textEdit) {
                continue;
            }
            const name = standard?.name[lang] ?? metric.title;
            acceptor(context, {
                label,
                kind: CompletionItemKind.Value,
                textEdit,
                filterText: names.join(' '),
                detail: this.locale.t(standard ? 'completion.metric.standard' : 'completion.metric.custom'),
                labelDetails: {
                    detail: standard?.formula ? ` = ${formulaIn(lang, standard.formula)}` : undefined,
                    description: [name, standard ? this.locale.t(`unit.${standard.unit}`) : undefined].filter(Boolean).join(' · ') || undefined
                },
                documentation: { kind: 'markdown', value: metricMarkdown(metric, this.locale) },
                sortText: standard ? '0' : '00'
            });
        }
    }

    /** The strategy's start and end, and today. */
    private completeDates(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const period = this.analyzer.forDocument(context.document).parts.period;
        const dates: Array<[string | undefined, MessageKey]> = [
            [period?.start, 'completion.date.start'],
            [period?.end, 'completion.date.end'],
            [localIsoDate(new Date()), 'completion.date.today']
        ];
        dates.forEach(([date, key], i) => {
            if (date) {
                acceptor(context, {
                    label: date, kind: CompletionItemKind.Constant,
                    labelDetails: { description: this.locale.t(key) }, detail: this.locale.t(key), sortText: `0${i}`
                });
            }
        });
    }

    /** The usual social networks, except those the strategy already declares. */
    private completeUsualChannels(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const declared = new Set(this.analyzer.forDocument(context.document).parts.channels.map(c => c.name));
        const lang = this.locale.current;
        USUAL_CHANNELS.filter(channel => !declared.has(channel.id)).forEach((channel, i) => {
            acceptor(context, {
                label: channel.id,
                kind: CompletionItemKind.Module,
                insertText: `${channel.id} "${channel.name[lang]}"`,
                detail: this.locale.t('completion.channel'),
                labelDetails: { description: channel.name[lang] },
                documentation: channel.description[lang],
                sortText: String(i).padStart(2, '0')
            });
        });
    }

    private completeSnippets(context: CompletionContext, rule: string, keyword: string, language: KeywordLanguage, acceptor: CompletionAcceptor): void {
        const snippets = this.snippetsFor(rule, this.snippetContext(context.document));
        const snippetSupport = this.clientCapabilities?.completionItem?.snippetSupport === true;
        for (const { label, doc, body: english } of snippets) {
            const body = withKeywordsIn(english, language);
            const textEdit = this.editFor(context, [keyword, label], snippetSupport ? body : withDefaults(body));
            if (textEdit) {
                acceptor(context, {
                    label, kind: CompletionItemKind.Snippet, textEdit,
                    filterText: `${keyword} ${label}`,
                    insertTextFormat: snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
                    detail: this.locale.t('completion.snippet'),
                    documentation: { kind: 'markdown', value: `${doc}\n\n\`\`\`smm\n${withDefaults(body)}\n\`\`\`` },
                    sortText: '2'
                });
            }
        }
    }

    private snippetsFor(rule: string, context: SnippetContext): Array<{ label: string; doc: string; body: string }> {
        const t = this.locale.t.bind(this.locale);
        switch (rule) {
            case 'Strategy':
                return [{ label: t('snippet.strategy'), doc: t('snippet.strategy.doc'), body: strategySnippet(context) }];
            case 'Goal':
                return [{ label: t('snippet.goal'), doc: t('snippet.goal.doc'), body: goalSnippet(context) }];
            default:
                return FUNNEL_PRESETS.map(preset => ({
                    label: t(`snippet.funnel.${preset}`), doc: t(`snippet.funnel.${preset}.doc`), body: funnelSnippet(preset, context)
                }));
        }
    }

    /** What the strategy already declares, so a snippet can refer to it. */
    private snippetContext(document: LangiumDocument): SnippetContext {
        const { parts } = this.analyzer.forDocument(document);
        const lastStage = parts.funnels.flatMap(funnel => funnel.stages.slice(-1).map(stage => `${funnel.name}.${stage.name}`)).at(0);
        return {
            locale: this.locale.current,
            t: this.locale.t.bind(this.locale),
            today: new Date(),
            period: parts.period?.start && parts.period.end ? { start: parts.period.start, end: parts.period.end } : undefined,
            segment: parts.segments[0]?.name,
            role: parts.roles[0]?.name,
            channel: parts.channels[0]?.name,
            stage: lastStage
        };
    }

    /** An edit replacing the typed word with `newText` when the word matches one of `names`. */
    private editFor(context: CompletionContext, names: string[], newText: string): TextEdit | undefined {
        const typed = context.textDocument.getText().substring(context.tokenOffset, context.offset);
        if (!names.some(name => this.fuzzyMatcher.match(typed, name))) {
            return undefined;
        }
        return { newText, range: { start: context.textDocument.positionAt(context.tokenOffset), end: context.position } };
    }
}

function opensOn(trigger: string, document: LangiumDocument, params: CompletionParams): boolean {
    const text = document.textDocument;
    const offset = text.offsetAt(params.position);
    // A line is enough to tell what the space or dot follows.
    const before = text.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
    if (insideText(before)) {
        return false;
    }
    if (trigger === '.') {
        return OPENS_ON_DOT.test(before);
    }
    return offset > 0 && OPENS_ON_SPACE.test(before);
}

/** Whether the line so far ends inside a `"…"` or `«…»` text: `"More orders from ` is prose. */
function insideText(line: string): boolean {
    return /["«]/.test(line.replace(/"(?:[^"\\]|\\.)*"|«[^»]*»/g, ''));
}

/**
 * Where parsing may start instead of the beginning of the file: the last declaration that starts before
 * `offset`, at the top level or inside the strategy block (then behind a stand-in `strategy "" {`).
 * `end` is where the next declaration starts (or the text ends): a comment before it belongs to no one.
 */
interface RestartPoint {
    offset: number;
    end?: number;
    prefix: string;
}

function restartPoint(model: Model, offset: number): RestartPoint | undefined {
    const elements = model.elements ?? [];
    const element = lastStartingBefore(elements, offset);
    if (!element?.$cstNode) {
        return undefined;
    }
    const members = isStrategy(element) ? element.members : [];
    const member = lastStartingBefore(members, offset);
    if (member?.$cstNode) {
        return { offset: member.$cstNode.offset, end: nextStart(members, member), prefix: 'strategy "" {\n' };
    }
    return { offset: element.$cstNode.offset, end: nextStart(elements, element), prefix: '' };
}

/** How much of the text the parse read: all of it, unless it gave up at too many syntax errors. */
function readUpTo(model: Model): number {
    return model.$cstNode?.root.fullText.length ?? 0;
}

function nextStart(siblings: readonly AstNode[], node: AstNode): number | undefined {
    return siblings[siblings.indexOf(node) + 1]?.$cstNode?.offset;
}

function lastStartingBefore<T extends AstNode>(nodes: readonly T[], offset: number): T | undefined {
    for (let i = nodes.length - 1; i >= 0; i--) {
        const start = nodes[i].$cstNode?.offset;
        if (start !== undefined && start < offset) {
            return nodes[i];
        }
    }
    return undefined;
}

function ruleOf(element: GrammarAST.AbstractElement): string | undefined {
    return AstUtils.getContainerOfType(element, GrammarAST.isParserRule)?.name;
}

/** Whether the element is the first thing its rule matches (`goal` in `goal Name …`). */
function isFirstOf(element: GrammarAST.AbstractElement): boolean {
    const rule = AstUtils.getContainerOfType(element, GrammarAST.isParserRule);
    const definition = rule?.definition;
    return GrammarAST.isGroup(definition) ? definition.elements[0] === element : definition === element;
}

/** Whether a rule call is the `name=ID` of a declaration of the given rule. */
function isNameOf(call: GrammarAST.RuleCall, rule: string): boolean {
    const assignment = AstUtils.getContainerOfType(call, GrammarAST.isAssignment);
    return assignment?.feature === 'name' && ruleOf(call) === rule;
}
