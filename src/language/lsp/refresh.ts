import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/**
 * Inlay hints and code lenses show numbers of the whole strategy folder: a budget changed in
 * `audience.smm` changes the hints of `strategy.smm`, which its editor would not ask for again. After
 * every build, and when a setting changes what they show, the client is asked to fetch them again, if it
 * says it can. Returns the function that asks.
 */
export function watchClientRefresh(shared: LangiumSharedServices): () => void {
    let support = { inlayHints: false, codeLenses: false };
    shared.lsp.LanguageServer.onInitialize(params => {
        support = {
            inlayHints: params.capabilities.workspace?.inlayHint?.refreshSupport === true,
            codeLenses: params.capabilities.workspace?.codeLens?.refreshSupport === true
        };
    });
    const refresh = (): void => {
        const connection = shared.lsp.Connection;
        if (support.inlayHints) {
            void connection?.languages.inlayHint.refresh();
        }
        if (support.codeLenses) {
            void connection?.sendRequest('workspace/codeLens/refresh');
        }
    };
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, refresh);
    return refresh;
}
