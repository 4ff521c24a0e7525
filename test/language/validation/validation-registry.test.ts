import { Cancellation, OperationCancelled } from 'langium';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Role } from '../../../src/language/generated/ast.js';
import { createTestServices } from '../../support/services.js';

// Each test registers checks of its own: fresh services per test.
let t = createTestServices({ review: false });
afterEach(async () => {
    await t.clear();
    vi.restoreAllMocks();
    t = createTestServices({ review: false });
});

const STRATEGY = 'role Manager "SMM manager"\nrole Designer "Designer"';

describe('checks of the validation registry', () => {
    test('a synchronous check reports on every node of its type', async () => {
        t.services.validation.ValidationRegistry.register({
            Role: (role: Role, accept) => accept('warning', `role ${role.name}`, { node: role, property: 'name' })
        });
        const issues = await t.validate(STRATEGY);
        expect(issues.map(i => [i.line, i.text, i.message])).toEqual([[1, 'Manager', 'role Manager'], [2, 'Designer', 'role Designer']]);
    });

    test('an asynchronous check is awaited', async () => {
        t.services.validation.ValidationRegistry.register({
            Role: async (role: Role, accept) => {
                await new Promise(resolve => setTimeout(resolve, 1));
                accept('warning', `later ${role.name}`, { node: role });
            }
        });
        const issues = await t.validate(STRATEGY);
        expect(issues.map(i => i.message)).toEqual(['later Manager', 'later Designer']);
    });

    test('a check that throws, at once or later, becomes an error on its node and the other checks still run', async () => {
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        t.services.validation.ValidationRegistry.register({
            Role: [
                (role: Role) => {
                    if (role.name === 'Manager') {
                        throw new Error('boom');
                    }
                },
                async (role: Role) => {
                    if (role.name === 'Designer') {
                        throw new Error('late boom');
                    }
                },
                (role: Role, accept) => accept('info', `checked ${role.name}`, { node: role, property: 'name' })
            ]
        });
        const issues = await t.validate(STRATEGY);
        expect(issues.map(i => [i.line, i.severity, i.message])).toEqual([
            [1, 'error', 'An error occurred during validation: boom'],
            [1, 'info', 'checked Manager'],
            [2, 'error', 'An error occurred during validation: late boom'],
            [2, 'info', 'checked Designer']
        ]);
        expect(logged).toHaveBeenCalled();
    });

    test('checks registered after a first validation run from the next one on', async () => {
        expect(await t.validate(STRATEGY)).toEqual([]);
        t.services.validation.ValidationRegistry.register({
            Role: (role: Role, accept) => accept('hint', 'new check', { node: role })
        });
        await t.clear();
        expect((await t.validate(STRATEGY)).map(i => i.message)).toEqual(['new check', 'new check']);
    });

    test('a cancelled validation stops with the cancellation, not with diagnostics', async () => {
        const document = await t.parse(STRATEGY);
        const source = new Cancellation.CancellationTokenSource();
        source.cancel();
        await expect(t.services.validation.DocumentValidator.validateDocument(document, {}, source.token)).rejects.toBe(OperationCancelled);
    });
});
