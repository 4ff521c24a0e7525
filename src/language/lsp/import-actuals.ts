import { AstUtils, DocumentState, URI, UriUtils, type LangiumDocuments } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { actualsText } from '../../analysis/actuals-csv.js';
import { ACTUALS_FILE, checkImport } from '../../analysis/actuals-import.js';
import { ImportActualsRequest, type ImportActualsParams, type ImportActualsResult } from '../../protocol.js';
import type { SmmServices } from '../smm-module.js';

/** Answers `smm/importActuals` once the document's folder is checked. */
export function registerImportActualsRequest(shared: LangiumSharedServices, smm: SmmServices): void {
    const documents = shared.workspace.LangiumDocuments;
    shared.lsp.Connection?.onRequest(ImportActualsRequest, async (params, token) => {
        const uri = URI.parse(params.uri);
        if (!documents.hasDocument(uri)) {
            return null;
        }
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        return importActuals(params, smm, documents);
    });
}

/**
 * A CSV of actuals against the strategy of `params.uri`: its problems in the user's language, or the blocks to
 * append to the folder's `actuals.smm` (at the end of the file when the workspace has it, else in a new file).
 */
export function importActuals(params: ImportActualsParams, smm: SmmServices, documents: LangiumDocuments): ImportActualsResult | null {
    const document = documents.getDocument(URI.parse(params.uri));
    if (!document) {
        return null;
    }
    const analysis = smm.analysis.StrategyAnalyzer.forDocument(document);
    const { rows, problems } = checkImport(params.csv, analysis, record => UriUtils.basename(AstUtils.getDocument(record.entry).uri));
    const target = UriUtils.joinPath(UriUtils.dirname(document.uri), ACTUALS_FILE);
    const existing = documents.getDocument(target)?.textDocument;
    const text = existing?.getText() ?? '';
    const end = existing ? existing.positionAt(text.length) : { line: 0, character: 0 };
    const separator = existing === undefined || text === '' ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return {
        problems: problems.map(problem => ({ line: problem.line, message: smm.i18n.Locale.t(problem.key, problem.args) })),
        target: target.toString(),
        create: existing === undefined,
        position: end,
        text: problems.length > 0 || rows.length === 0 ? '' : separator + actualsText(rows, params.source),
        values: problems.length > 0 ? 0 : rows.length
    };
}
