// The standard metrics live in an in-memory document that no editor can open or change. These providers
// keep it out of sight: go-to-definition stops at the reference, and a rename that would have to edit it
// is refused (hovers show the catalog's text instead: see hover.ts).

import { URI, type CstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import { DefaultDefinitionProvider, DefaultRenameProvider, type GoToLink } from 'langium/lsp';
import type { RenameParams, WorkspaceEdit } from 'vscode-languageserver';
import { isBuiltinUri } from '../builtin-metrics.js';
import type { SmmServices } from '../smm-module.js';

export class SmmDefinitionProvider extends DefaultDefinitionProvider {
    protected override findLinks(source: CstNode): GoToLink[] {
        return super.findLinks(source).filter(link => !isBuiltinUri(link.targetDocument.uri.toString()));
    }
}

export class SmmRenameProvider extends DefaultRenameProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: SmmServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const edit = await super.rename(document, params);
        const changes = edit?.changes ?? {};
        if (Object.keys(changes).some(isBuiltinUri)) {
            return undefined;
        }
        // A stage is referenced as `Funnel.Stage`: only the part after the dot is its name.
        for (const [uri, edits] of Object.entries(changes)) {
            const text = this.documents.getDocument(URI.parse(uri))?.textDocument;
            for (const change of edits) {
                const old = text?.getText(change.range) ?? '';
                change.newText = old.slice(0, old.lastIndexOf('.') + 1) + change.newText;
            }
        }
        return edit;
    }
}
