import type { LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver';

let folder = 0;

/** A file in a strategy folder of its own, so that tests never see each other's names. */
export function freshUri(file = 's.smm'): string {
    return `file:///nav${folder++}/${file}`;
}

/** The position of the `nth` (0-based) occurrence of `piece` in the document. */
export function at(document: LangiumDocument, piece: string, nth = 0): Position {
    const text = document.textDocument.getText();
    let offset = -1;
    for (let i = 0; i <= nth; i++) {
        offset = text.indexOf(piece, offset + 1);
        if (offset < 0) {
            throw new Error(`“${piece}” occurs fewer than ${nth + 1} times`);
        }
    }
    return document.textDocument.positionAt(offset);
}
