import { DefaultLangiumDocuments, isOperationCancelled, type Cancellation, type LangiumDocument, type URI } from 'langium';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';

/**
 * The documents the server knows. A request about a file it never saw and cannot read (a client that asks
 * about a closed or imaginary file) is refused with an error response instead of failing with the raw
 * file-system error, which the connection would report as an internal error of the server.
 */
export class SmmLangiumDocuments extends DefaultLangiumDocuments {
    override async getOrCreateDocument(uri: URI, cancellationToken?: Cancellation.CancellationToken): Promise<LangiumDocument> {
        try {
            return await super.getOrCreateDocument(uri, cancellationToken);
        } catch (error) {
            if (error instanceof ResponseError || isOperationCancelled(error) || this.hasDocument(uri)) {
                throw error;
            }
            throw new ResponseError(ErrorCodes.InvalidParams, `No strategy file is known at ${uri.toString()}: open it first.`);
        }
    }
}
