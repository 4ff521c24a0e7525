/**
 * Keeps a preview from going back in time. Renders are asked for one after another, but their answers may
 * arrive in any order; an answer is shown only if it was asked for after the one on screen and, for the
 * same file, was computed from a version at least as new.
 */
export class RenderOrder {
    private issued = 0;
    private shown: { ticket: number; uri: string; version: number } | undefined;

    /** The ticket of a request about to be sent; later requests get greater tickets. */
    issue(): number {
        return ++this.issued;
    }

    /**
     * Whether the answer to the request `ticket`, computed from `version` of `uri`, may replace what is on
     * screen. If so, it counts as shown from now on.
     */
    accept(ticket: number, uri: string, version: number): boolean {
        const shown = this.shown;
        if (shown && (ticket <= shown.ticket || (shown.uri === uri && version < shown.version))) {
            return false;
        }
        this.shown = { ticket, uri, version };
        return true;
    }
}
