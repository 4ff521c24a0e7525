/** How long the preview waits after an edit before it asks for a new render. */
export const RENDER_DELAY_MS = 300;

/**
 * Paces the renders of a preview: the first one happens at once, later requests made while a render is
 * pending are folded into one render at the end of the delay. While the user types, the preview updates
 * about every 300 ms instead of on every keystroke.
 */
export class RenderThrottle {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private started = false;

    constructor(private readonly render: () => void, private readonly delayMs = RENDER_DELAY_MS) {}

    /** A render is wanted: now if none happened yet, otherwise at the end of the current delay. */
    request(): void {
        if (!this.started) {
            this.now();
        } else if (this.timer === undefined) {
            this.timer = setTimeout(() => {
                this.timer = undefined;
                this.render();
            }, this.delayMs);
        }
    }

    /** Renders at once, dropping a pending render (another file is shown, or the page was reloaded). */
    now(): void {
        this.cancel();
        this.started = true;
        this.render();
    }

    get pending(): boolean {
        return this.timer !== undefined;
    }

    dispose(): void {
        this.cancel();
    }

    private cancel(): void {
        clearTimeout(this.timer);
        this.timer = undefined;
    }
}
