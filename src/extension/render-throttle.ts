/** The shortest time between two renders of a preview while the user types. */
export const RENDER_DELAY_MS = 300;

/**
 * Paces the renders of a preview, as Markdown's preview does: a request renders at once when no render
 * happened within the delay (a lone keystroke shows without waiting), and requests made within the delay
 * after a render are folded into one render at its end (leading and trailing edge). While the user types,
 * the preview updates about every 300 ms instead of on every keystroke; when the user stops, the last
 * keystroke is rendered.
 */
export class RenderThrottle {
    /** Runs from a render until the end of its delay. */
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** A request came within the delay: render when it ends. */
    private wanted = false;

    constructor(private readonly render: () => void, private readonly delayMs = RENDER_DELAY_MS) {}

    /** A render is wanted: now if none happened within the delay, otherwise at the end of it. */
    request(): void {
        if (this.timer === undefined) {
            this.fire();
        } else {
            this.wanted = true;
        }
    }

    /** Renders at once, dropping a pending render (another file is shown, or the page was reloaded). */
    now(): void {
        this.cancel();
        this.fire();
    }

    /** Whether a render waits for the end of the delay. */
    get pending(): boolean {
        return this.wanted;
    }

    dispose(): void {
        this.cancel();
    }

    private fire(): void {
        this.wanted = false;
        this.render();
        this.timer = setTimeout(() => {
            this.timer = undefined;
            if (this.wanted) {
                this.fire();
            }
        }, this.delayMs);
    }

    private cancel(): void {
        clearTimeout(this.timer);
        this.timer = undefined;
        this.wanted = false;
    }
}
