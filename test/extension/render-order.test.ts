import { describe, expect, it } from 'vitest';
import { RenderOrder } from '../../src/extension/render-order.js';

const A = 'file:///zerno/zerno.smm';
const B = 'file:///coffee/strategy.smm';

describe('render order', () => {
    it('shows answers that arrive in the order they were asked for', () => {
        const order = new RenderOrder();
        const first = order.issue();
        const second = order.issue();
        expect(order.accept(first, A, 1)).toBe(true);
        expect(order.accept(second, A, 2)).toBe(true);
    });

    it('drops an answer that arrives after the answer to a later request', () => {
        const order = new RenderOrder();
        const slow = order.issue();
        const fast = order.issue();
        expect(order.accept(fast, A, 3)).toBe(true);
        expect(order.accept(slow, A, 2)).toBe(false);
    });

    it('drops an answer computed from an older version of the same file, even if asked for later', () => {
        const order = new RenderOrder();
        expect(order.accept(order.issue(), A, 5)).toBe(true);
        expect(order.accept(order.issue(), A, 4)).toBe(false);
        expect(order.accept(order.issue(), A, 5)).toBe(true);
    });

    it('compares versions only within one file: another file starts at its own version', () => {
        const order = new RenderOrder();
        expect(order.accept(order.issue(), A, 40)).toBe(true);
        expect(order.accept(order.issue(), B, 1)).toBe(true);
        expect(order.accept(order.issue(), A, 2)).toBe(true);
    });

    it('shows one answer only once', () => {
        const order = new RenderOrder();
        const ticket = order.issue();
        expect(order.accept(ticket, A, 1)).toBe(true);
        expect(order.accept(ticket, A, 1)).toBe(false);
    });
});
