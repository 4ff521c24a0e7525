import {
    AstUtils, CstUtils, GrammarUtils, type AstNode, type AstNodeDescription, type CstNode, type LangiumDocument,
    type LangiumDocuments, type NameProvider, type ServiceRegistry
} from 'langium';
import { DefaultWorkspaceSymbolProvider, type DocumentSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import { SymbolKind, type CancellationToken, type DocumentSymbol, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import {
    isAdjustRule, isCompanyGoalSetting, isContentPlan, isFunnel, isGoal, isKpi, isMetric, isMilestone, isModel, isPeriodSetting, isPhase, isSetting, isStrategy,
    isTask, type AdjustRule, type Kpi, type Setting
} from '../generated/ast.js';
import { isBuiltinUri } from '../references/builtin-metrics.js';
import type { LocaleState } from '../workspace/locale.js';
import type { SmmServices } from '../smm-module.js';

/** The outline icon of each kind of declaration, shared by the document outline and workspace symbols. */
const KINDS: Record<string, SymbolKind> = {
    Strategy: SymbolKind.Namespace,
    PeriodSetting: SymbolKind.Property,
    CurrencySetting: SymbolKind.Property,
    BudgetSetting: SymbolKind.Property,
    CompanyGoalSetting: SymbolKind.Property,
    Role: SymbolKind.Interface,
    Product: SymbolKind.Class,
    Competitor: SymbolKind.Struct,
    Segment: SymbolKind.Object,
    Channel: SymbolKind.Module,
    Funnel: SymbolKind.Array,
    Stage: SymbolKind.Field,
    Goal: SymbolKind.Event,
    Kpi: SymbolKind.Number,
    Metric: SymbolKind.Function,
    ContentPlan: SymbolKind.Package,
    Rubric: SymbolKind.EnumMember,
    Phase: SymbolKind.Enum,
    Task: SymbolKind.Method,
    Milestone: SymbolKind.Key,
    Risk: SymbolKind.Constant,
    AdjustRule: SymbolKind.Operator,
    Duty: SymbolKind.TypeParameter,
    Approval: SymbolKind.Boolean,
    ServiceLevel: SymbolKind.Variable
};

export function symbolKindOf(type: string): SymbolKind | undefined {
    return KINDS[type];
}

/** Whitespace of a piece of source collapsed, for a one-line label. */
function flat(node: CstNode | undefined): string {
    return node?.text.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * The outline of a strategy: the strategy with its settings and declarations, goals with their KPIs
 * (named after what they measure: `orders >= 1500`), funnels with their stages, phases with their tasks
 * and milestones, the content plan with its rubrics. Nodes without a name show their title.
 */
export class SmmDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly names: NameProvider;
    private readonly locale: LocaleState;

    constructor(services: SmmServices) {
        this.names = services.references.NameProvider;
        this.locale = services.i18n.Locale;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const model = document.parseResult.value;
        return isModel(model) ? this.symbolsOf(model.elements) : [];
    }

    private symbolsOf(nodes: readonly AstNode[]): DocumentSymbol[] {
        return nodes.flatMap(node => this.symbolOf(node) ?? []);
    }

    private symbolOf(node: AstNode): DocumentSymbol | undefined {
        const kind = symbolKindOf(node.$type);
        const cst = node.$cstNode;
        if (kind === undefined || !cst) {
            return undefined;
        }
        const label = this.label(node);
        // An empty title (`strategy "" { … }`) still needs a name in the outline: the keyword.
        const name = label.name.trim() || CstUtils.flattenCst(cst).head()?.text || node.$type;
        const selection = this.names.getNameNode(node) ?? GrammarUtils.findNodeForProperty(cst, 'title') ?? cst;
        const children = this.symbolsOf(this.childrenOf(node));
        return {
            name,
            detail: label.detail || undefined,
            kind,
            range: cst.range,
            selectionRange: selection.range,
            children: children.length > 0 ? children : undefined
        };
    }

    private childrenOf(node: AstNode): readonly AstNode[] {
        return isStrategy(node) ? node.members
            : isGoal(node) ? node.kpis
                : isFunnel(node) ? node.stages
                    : isPhase(node) ? node.items
                        : isContentPlan(node) ? node.rubrics
                            : [];
    }

    private label(node: AstNode): { name: string; detail?: string } {
        if (isStrategy(node)) {
            // A strategy being typed (`strategy` alone) has no title yet.
            return { name: node.title ?? '', detail: flat(GrammarUtils.findNodeForProperty(node.members.find(isPeriodSetting)?.$cstNode, 'range')) };
        }
        if (isSetting(node)) {
            return settingLabel(node);
        }
        if (isKpi(node)) {
            return kpiLabel(node);
        }
        if (isContentPlan(node)) {
            return { name: this.locale.t('navigation.symbol.content') };
        }
        if (isAdjustRule(node) && !node.name) {
            return { name: this.locale.t('navigation.symbol.adjust', { conditions: conditionsOf(node) }), detail: node.action };
        }
        const title = 'title' in node && typeof node.title === 'string' ? node.title : undefined;
        const name = this.names.getName(node);
        if ((isTask(node) || isMilestone(node)) && !name) {
            return { name: title ?? '' };
        }
        return { name: name ?? title ?? '', detail: isAdjustRule(node) ? node.action : title };
    }
}

/** `period` — `2027-01-01 .. 2027-06-30`, `company-goal` — its text. */
function settingLabel(setting: Setting): { name: string; detail: string } {
    const [keyword, ...value] = setting.$cstNode?.text.split(/\s+/) ?? [];
    return { name: keyword ?? '', detail: isCompanyGoalSetting(setting) ? setting.text : value.join(' ') };
}

/** `orders >= 1500` or `sales +20%`, detailed by its period and deadline: `per month by 2027-03-31`. */
function kpiLabel(kpi: Kpi): { name: string; detail?: string } {
    // `kpi` alone, as it is being typed, has no metric yet.
    const name = [kpi.metric?.$refText, kpi.comparator, flat(kpi.target?.$cstNode), flat(kpi.growth?.$cstNode)].filter(Boolean).join(' ');
    const detail = [kpi.per && `per ${kpi.per}`, kpi.deadline && `by ${kpi.deadline}`].filter(Boolean).join(' ');
    return { name, detail };
}

function conditionsOf(rule: AdjustRule): string {
    return rule.conditions.map(c => flat(c.$cstNode)).join(' and ');
}

/**
 * Every named declaration of the workspace, a stage as `Stage` in its funnel, a task in its phase, a
 * metric alias in its metric. The standard metrics are left out: they live in a document no editor can
 * open, so a result there would lead nowhere, and completion and hover already explain them.
 */
export class SmmWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;
    private readonly registry: ServiceRegistry;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
        this.registry = services.ServiceRegistry;
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken?: CancellationToken): Promise<WorkspaceSymbol[]> {
        // The index knows a stage as `Funnel.Stage`; match what is shown, the stage's own name.
        const query = params.query.toLowerCase();
        return (await super.getSymbols(params, cancelToken)).filter(s => this.fuzzyMatcher.match(query, s.name));
    }

    protected override getWorkspaceSymbol(description: AstNodeDescription): WorkspaceSymbol | undefined {
        const symbol = super.getWorkspaceSymbol(description);
        if (!symbol || isBuiltinUri(description.documentUri.toString())) {
            return undefined;
        }
        const node = this.nodeOf(description);
        const name = description.name.slice(description.name.lastIndexOf('.') + 1);
        return {
            ...symbol,
            name,
            kind: symbolKindOf(description.type) ?? symbol.kind,
            containerName: node && containerNameOf(node, name)
        };
    }

    private nodeOf(description: AstNodeDescription): AstNode | undefined {
        const root = this.documents.getDocument(description.documentUri)?.parseResult.value;
        return root && this.registry.getServices(description.documentUri).workspace.AstNodeLocator.getAstNode(root, description.path);
    }
}

/** The funnel of a stage, the phase of a task, the metric of an alias, the strategy of a declaration. */
function containerNameOf(node: AstNode, name: string): string | undefined {
    if (isMetric(node) && node.name.toLowerCase() !== name.toLowerCase()) {
        return node.name;
    }
    const container = AstUtils.getContainerOfType(node.$container, n => isFunnel(n) || isPhase(n) || isStrategy(n));
    return isStrategy(container) ? container.title : isFunnel(container) || isPhase(container) ? container.name : undefined;
}
