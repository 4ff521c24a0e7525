import {
    Cancellation, DefaultLinker, DefaultReferenceDescriptionProvider, type LangiumDocument, type ReferenceDescription
} from 'langium';
import { forEachNodeOf, referencesOf } from '../parsing/ast-walk.js';

/** Langium's linking, over the plain tree walk of `ast-walk.ts`. */
export class SmmLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        await forEachNodeOf(document, cancelToken, node => {
            for (const reference of referencesOf(node)) {
                this.doLink(reference, document);
            }
        });
    }
}

/** Langium's index of the references a document makes, over the plain tree walk of `ast-walk.ts`. */
export class SmmReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await forEachNodeOf(document, cancelToken, node => {
            for (const reference of referencesOf(node)) {
                if (!reference.reference.error) {
                    descriptions.push(...this.createInfoDescriptions(reference));
                }
            }
        });
        return descriptions;
    }
}
