import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices } from '../support/services.js';
import { quickFixes } from './quick-fixes.js';

/** The quick fix of `mix-not-stated`: equal shares written after the products, and the warning gone. */
const t = createTestServices();
afterEach(() => t.clear());

const { open, fixesFor, apply } = quickFixes(t, 'economics-fixes');

async function fixMix(before: string, title: string, after: string): Promise<void> {
    const document = await open(before);
    const actions = await fixesFor(document, 'mix-not-stated');
    expect(actions.map(a => [a.title, a.isPreferred])).toEqual([[title, true]]);
    const fixed = apply(document, actions[0]);
    expect(fixed).toBe(after);
    expect(((await open(fixed)).diagnostics ?? []).map(d => String(d.code))).not.toContain('mix-not-stated');
}

describe('write equal shares', () => {
    test('two products: 50 % each', async () => {
        await fixMix('product A { price 10 } product B { price 20 }\nfunnel F sells A, B { stage O volume 1 }',
            'Write equal shares: A 50%, B 50%',
            'product A { price 10 } product B { price 20 }\nfunnel F sells A 50%, B 50% { stage O volume 1 }');
    });

    test('three products, in Russian: 33.3 %, 33.3 % and 33.4 %, which add up to 100 %', async () => {
        t.setLocale('ru');
        await fixMix('product А product Б product В\nfunnel Ф sells А,\n  Б,  В { stage З volume 1 }',
            'Указать равные доли: А 33.3%, Б 33.3%, В 33.4%',
            'product А product Б product В\nfunnel Ф sells А 33.3%, Б 33.3%, В 33.4% { stage З volume 1 }');
    });
});
