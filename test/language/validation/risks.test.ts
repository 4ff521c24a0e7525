import { afterEach, describe, expect, test } from 'vitest';
import { issueRows } from '../../support/issues.js';
import { createTestServices } from '../../support/services.js';

/** Risks with a plan B: `src/language/validation/risks.ts`. */
const t = createTestServices();
afterEach(() => t.clear());
const { found } = issueRows(t);

describe('risk-without-mitigation', () => {
    test('names the risk by its title', async () => {
        expect(await found('risk Ban "The account is blocked" probability 10% impact 50000', 'risk-without-mitigation')).toEqual([[
            1, 'Ban', 'warning', 'The risk “The account is blocked” has no mitigation: what will you do if it happens?'
        ]]);
    });

    test('a risk with a mitigation is silent', async () => {
        expect(await found('risk Ban mitigation "Keep a backup channel in Telegram"', 'risk-without-mitigation')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('risk Блокировка', 'risk-without-mitigation');
        expect(issue.message).toBe('У риска «Блокировка» нет плана снижения: что вы сделаете, если он случится?');
    });
});
