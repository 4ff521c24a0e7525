/**
 * A short framing run with a fixed seed: the bundled server, fed wrongly framed bytes, answers or exits
 * with a reason, and reads good frames cut into pieces. `npm run fuzz -- --frames N` runs longer ones.
 */
import { beforeAll, expect, test } from 'vitest';
import { BUNDLE_NODE, SERVER_BUNDLE, requireBuilt } from '../support/artifacts.js';
import { fuzzFraming } from './framing.js';

beforeAll(() => {
    requireBuilt(SERVER_BUNDLE);
});

test('30 wrongly framed inputs: each one answered, or the server exits with a reason', async () => {
    const failures = await fuzzFraming({ cases: 30, seed: 20_270_101, server: SERVER_BUNDLE, node: BUNDLE_NODE, timeoutMs: 10_000 });
    expect(failures.map(f => `case ${f.case} (${f.mutation}): ${f.message}`)).toEqual([]);
}, 180_000);
