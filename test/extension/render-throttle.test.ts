import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RENDER_DELAY_MS, RenderThrottle } from '../../src/extension/render-throttle.js';

beforeEach(() => {
    vi.useFakeTimers();
});

afterEach(() => {
    vi.useRealTimers();
});

function counted(): { throttle: RenderThrottle; renders: () => number } {
    let count = 0;
    const throttle = new RenderThrottle(() => count++);
    return { throttle, renders: () => count };
}

describe('render throttle', () => {
    it('renders the first request at once', () => {
        const { throttle, renders } = counted();
        throttle.request();
        expect(renders()).toBe(1);
        expect(throttle.pending).toBe(false);
    });

    it('folds the keystrokes of 300 ms into one render at the end of the delay', () => {
        const { throttle, renders } = counted();
        throttle.request();
        for (let i = 0; i < 10; i++) {
            throttle.request();
            vi.advanceTimersByTime(20);
        }
        // 10 edits in 200 ms: nothing yet, the render waits for the end of the 300 ms delay.
        expect(renders()).toBe(1);
        vi.advanceTimersByTime(RENDER_DELAY_MS - 200 - 1);
        expect(renders()).toBe(1);
        vi.advanceTimersByTime(1);
        expect(renders()).toBe(2);
    });

    it('keeps updating about every 300 ms while the user types, instead of waiting for a pause', () => {
        const { throttle, renders } = counted();
        throttle.request();
        // A keystroke every 50 ms for 1.2 s: renders at 300, 600, 900 and 1200 ms.
        for (let t = 0; t < 1200; t += 50) {
            throttle.request();
            vi.advanceTimersByTime(50);
        }
        expect(renders()).toBe(1 + 4);
    });

    it('renders a lone keystroke at once: a request after a quiet delay does not wait', () => {
        const { throttle, renders } = counted();
        throttle.request();
        vi.advanceTimersByTime(1000);
        throttle.request();
        expect(renders()).toBe(2);
        // and the next keystroke of a burst, 100 ms later, waits for the end of the delay (300 ms after the render)
        vi.advanceTimersByTime(100);
        throttle.request();
        expect(renders()).toBe(2);
        expect(throttle.pending).toBe(true);
        vi.advanceTimersByTime(RENDER_DELAY_MS - 100);
        expect(renders()).toBe(3);
        expect(throttle.pending).toBe(false);
    });

    it('a render at the end of the delay starts a new one: a keystroke right after it waits too', () => {
        const { throttle, renders } = counted();
        throttle.request();
        throttle.request();
        vi.advanceTimersByTime(RENDER_DELAY_MS);
        expect(renders()).toBe(2);
        throttle.request();
        expect(renders()).toBe(2);
        vi.advanceTimersByTime(RENDER_DELAY_MS);
        expect(renders()).toBe(3);
        // nothing more was asked: the delay ends without a render, and the next keystroke renders at once
        vi.advanceTimersByTime(RENDER_DELAY_MS);
        expect(renders()).toBe(3);
        throttle.request();
        expect(renders()).toBe(4);
    });

    it('renders at once when told to, dropping the pending render', () => {
        const { throttle, renders } = counted();
        throttle.request();
        throttle.request();
        throttle.now();
        expect(renders()).toBe(2);
        vi.advanceTimersByTime(RENDER_DELAY_MS * 2);
        expect(renders()).toBe(2);
    });

    it('renders nothing after it is disposed', () => {
        const { throttle, renders } = counted();
        throttle.request();
        throttle.request();
        throttle.dispose();
        vi.advanceTimersByTime(RENDER_DELAY_MS * 2);
        expect(renders()).toBe(1);
    });
});
