import {
    Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, type AstNode, type AstReflection,
    type IndexManager, type LangiumDocument, type LangiumDocuments, type ValidationAcceptor, type ValidationOptions
} from 'langium';
import { closestName } from '../../analysis/suggest.js';
import { visibleDeclarations } from '../workspace/strategy-folder.js';
import { isSuppressed, suppressions } from './suppression.js';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { MessageArgs, MessageKey } from '../../i18n/index.js';
import type { SmmServices } from '../smm-module.js';
import type { LocaleState } from '../workspace/locale.js';
import { issueMessage, type IssueCode, type IssueSeverity } from './issue-catalog.js';
import { documentNodes, NODES_PER_INTERRUPT_CHECK } from '../parsing/ast-walk.js';
import type { SmmValidationRegistry } from './validation-registry.js';

/** A code's severity as the `smm.diagnostics.severity` setting gives it: one of the catalog's, or off. */
export type SeveritySetting = IssueSeverity | 'off';
export type SeverityName = IssueSeverity;

const SEVERITIES: Record<SeverityName, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint
};

/**
 * Syntax errors reported per file. Text that is not a strategy at all (a pasted log, a binary file) makes
 * an error every few words: 20,000 lines of it made 126,680 diagnostics, 18 s of work and a list nobody
 * reads. The first ones say what is wrong; one more diagnostic says that the rest are not shown.
 */
export const MAX_SYNTAX_ERRORS = 100;

const SEVERITY_NAMES = Object.fromEntries(Object.entries(SEVERITIES).map(([name, severity]) => [severity, name])) as
    Record<DiagnosticSeverity, SeverityName>;

/** `error`, `warning`, `info` or `hint`, as settings, the CLI and the roadmap name a severity (none is an error). */
export function severityName(severity: DiagnosticSeverity | undefined): SeverityName {
    return SEVERITY_NAMES[severity ?? DiagnosticSeverity.Error];
}

function isSyntaxError(diagnostic: Diagnostic): boolean {
    const code = (diagnostic.data as { code?: string } | undefined)?.code;
    return code === DocumentValidator.LexingError || code === DocumentValidator.ParsingError;
}

/**
 * Gives Langium's own syntax and reference diagnostics stable codes and words in the user's language, and
 * applies the user's per-code severities to every diagnostic.
 */
export class SmmDocumentValidator extends DefaultDocumentValidator {
    private readonly locale: LocaleState;
    private readonly reflection: AstReflection;
    private readonly index: IndexManager;
    private readonly documents: LangiumDocuments;
    private readonly registry: SmmValidationRegistry;
    /** Per-code severities from the `smm.diagnostics.severity` setting. */
    severityOverrides: Record<string, SeveritySetting> = {};

    constructor(services: SmmServices) {
        super(services);
        this.locale = services.i18n.Locale;
        this.reflection = services.shared.AstReflection;
        this.index = services.shared.workspace.IndexManager;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.registry = services.validation.ValidationRegistry;
    }

    /**
     * What Langium's own loop does, with the checks of each type listed once, synchronous checks not
     * awaited and the cancellation token looked at every few dozen nodes instead of before each one.
     */
    protected override async validateAstNodes(
        rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: CancellationToken = Cancellation.CancellationToken.None
    ): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        // Every node is checked (this validator keeps Langium's `validateSingleNodeOptions`, which skips
        // none), in the list of the file's nodes that the build's other passes went through.
        const nodes = documentNodes(rootNode);
        for (let i = 0; i < nodes.length; i++) {
            if (i % NODES_PER_INTERRUPT_CHECK === 0) {
                await interruptAndCheck(cancelToken);
            }
            const node = nodes[i];
            for (const check of this.registry.checksOf(node.$type, options.categories)) {
                const pending = check(node, acceptor, cancelToken);
                if (pending) {
                    await pending;
                }
            }
        }
    }

    override async validateDocument(
        document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken
    ): Promise<Diagnostic[]> {
        const diagnostics = this.capSyntaxErrors(await super.validateDocument(document, options, cancelToken));
        const suppressed = suppressions(document);
        return diagnostics.map(d => this.localize(d, document))
            .filter(d => !isSuppressed(d, suppressed))
            .flatMap(d => this.applySeverity(d));
    }

    /** The first `MAX_SYNTAX_ERRORS` syntax errors of the file and, where more follow, one that says so. */
    private capSyntaxErrors(diagnostics: Diagnostic[]): Diagnostic[] {
        const syntax = diagnostics.filter(isSyntaxError);
        if (syntax.length <= MAX_SYNTAX_ERRORS) {
            return diagnostics;
        }
        syntax.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        const shown = new Set(syntax.slice(0, MAX_SYNTAX_ERRORS));
        const firstHidden = syntax[MAX_SYNTAX_ERRORS]!;
        const code = 'too-many-syntax-errors';
        const summary: Diagnostic = {
            severity: DiagnosticSeverity.Error,
            range: firstHidden.range,
            code,
            message: this.message(code, { shown: MAX_SYNTAX_ERRORS, hidden: syntax.length - MAX_SYNTAX_ERRORS }),
            data: { code, hidden: syntax.length - MAX_SYNTAX_ERRORS },
            source: firstHidden.source
        };
        return [...diagnostics.filter(d => !isSyntaxError(d) || shown.has(d)), summary];
    }

    private localize(diagnostic: Diagnostic, document: LangiumDocument): Diagnostic {
        const builtinCode = (diagnostic.data as { code?: string } | undefined)?.code;
        if (builtinCode === DocumentValidator.LexingError || builtinCode === DocumentValidator.ParsingError) {
            return {
                ...diagnostic,
                code: 'syntax-error',
                message: this.message('syntax-error', { detail: String(diagnostic.message) }),
                data: { ...diagnostic.data, code: 'syntax-error' }
            };
        }
        if (builtinCode === DocumentValidator.LinkingError) {
            const data = diagnostic.data as { refText?: string; containerType?: string; property?: string };
            const name = data.refText ?? '';
            const kind = this.referenceKind(data.containerType, data.property);
            if (kind === 'Metric' && (data.containerType === 'Kpi' || data.containerType === 'Condition')) {
                return this.unknownMetric(diagnostic, document, name, data.containerType === 'Kpi'
                    ? 'kpi-unknown-metric'
                    : 'adjust-unknown-metric');
            }
            return {
                ...diagnostic,
                code: 'unresolved-reference',
                message: kind === 'Metric'
                    ? this.message('unresolved-reference', { name }, 'metricHint')
                    : this.message('unresolved-reference', { name, kind: this.locale.t(`kind.${kind}` as MessageKey) }),
                data: { ...diagnostic.data, code: 'unresolved-reference', kind }
            };
        }
        return diagnostic;
    }

    /** An unknown metric in a KPI or a correction rule, with the closest known metric as a suggestion. */
    private unknownMetric(diagnostic: Diagnostic, document: LangiumDocument, name: string, code: IssueCode): Diagnostic {
        const known = visibleDeclarations(this.index, this.documents, document.uri, 'Metric')
            .map(d => d.name); // aliases are indexed as names of their own
        const suggestion = closestName(name, known);
        const message = code === 'adjust-unknown-metric'
            ? this.message(code, { name })
            : suggestion
                ? this.message(code, { name, suggestion })
                : this.message(code, { name }, 'noSuggestion');
        return { ...diagnostic, code, message, data: { ...diagnostic.data, code, name, suggestion } };
    }

    private message(code: IssueCode, args: MessageArgs, variant?: string): string {
        return issueMessage(code, this.locale.current, args, variant);
    }

    private referenceKind(containerType: string | undefined, property: string | undefined): string {
        if (!containerType || !property) {
            return 'Metric';
        }
        const meta = this.reflection.getTypeMetaData(containerType).properties[property];
        return meta?.referenceType ?? 'Metric';
    }

    private applySeverity(diagnostic: Diagnostic): Diagnostic[] {
        const setting = typeof diagnostic.code === 'string' ? this.severityOverrides[diagnostic.code] : undefined;
        if (!setting) {
            return [diagnostic];
        }
        return setting === 'off' ? [] : [{ ...diagnostic, severity: SEVERITIES[setting] }];
    }
}
