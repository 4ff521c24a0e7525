import { DefaultDocumentBuilder, type LangiumDocument } from 'langium';
import { isBuiltinUri } from './builtin-metrics.js';
import { strategyFolderOf } from './strategy-folder.js';

/**
 * The built-in metric declarations are trusted: never validated, so no diagnostics are published for them.
 */
export class SmmDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldValidate(document: LangiumDocument): boolean {
        return !isBuiltinUri(document.uri.toString()) && super.shouldValidate(document);
    }

    /** A change to one file of a strategy can change what every other file of its folder means. */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const folder = strategyFolderOf(document.uri);
        return super.shouldRelink(document, changedUris) || [...changedUris].some(uri => strategyFolderOf(uri) === folder);
    }
}
