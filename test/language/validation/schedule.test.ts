import { afterEach, describe, expect, test } from 'vitest';
import { issueRows } from '../../support/issues.js';
import { createTestServices } from '../../support/services.js';

/** Dates within the period and an order of tasks that can be followed: `src/language/validation/schedule.ts`. */
const t = createTestServices();
afterEach(() => t.clear());

const PERIOD = 'period 2027-01-01 .. 2027-06-30';
const { found, where } = issueRows(t);

describe('date-outside-period', () => {
    test('a task due the day after the period ends', async () => {
        expect(await found(`strategy "S" {
  ${PERIOD}
  phase Launch {
    task shoot "Shoot" due 2027-07-01 owner Smm format "reels"
  }
  role Smm
}`, 'date-outside-period')).toEqual([[
            4, '2027-07-01', 'warning', 'The date 2027-07-01 (task “shoot”) falls outside the strategy period 2027-01-01 .. 2027-06-30.'
        ]]);
    });

    test('goal deadlines, milestones and phase starts are checked too', async () => {
        expect(await where(`strategy "S" { ${PERIOD}
  goal G { kpi orders >= 1 deadline 2026-12-31 }
  phase Early 2026-12-01 .. 2027-01-31 { milestone "Go" by 2027-08-01 }
} `, 'date-outside-period')).toEqual([[2, '2026-12-31'], [3, '2026-12-01 .. 2027-01-31'], [3, '2027-08-01']]);
    });

    test('a date on the last day of the period is inside; a phase with no range is silent', async () => {
        expect(await found(`strategy "S" { ${PERIOD}
  phase Launch 2027-01-01 .. 2027-06-30 { task "Shoot" due 2027-06-30 }
  phase Later { task "Post" }
}`, 'date-outside-period')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues(`strategy "S" { ${PERIOD} phase Запуск { task "Съёмка" due 2027-07-01 } }`, 'date-outside-period');
        expect(issue.message).toBe('Дата 2027-07-01 (задача «Съёмка») выходит за период стратегии 2027-01-01 .. 2027-06-30.');
    });
});

describe('task-due-before-phase', () => {
    test('a task due before its phase starts', async () => {
        expect(await found('phase Launch 2027-02-01 .. 2027-03-31 {\n  task "Shoot" due 2027-01-31\n}', 'task-due-before-phase')).toEqual([[
            2, '2027-01-31', 'warning', 'The task “Shoot” is due 2027-01-31, before its phase “Launch” starts (2027-02-01).'
        ]]);
    });

    test('due on the first day of the phase, or in a phase without dates, is silent', async () => {
        expect(await found(`phase Launch 2027-02-01 .. 2027-03-31 { task "Shoot" due 2027-02-01 }
phase Later { task "Post" due 2020-01-01 }`, 'task-due-before-phase')).toEqual([]);
    });
});

describe('task-due-after-phase', () => {
    test('a task due after its phase ends', async () => {
        expect(await found('phase Launch 2027-02-01 .. 2027-03-31 {\n  task "Shoot" due 2027-04-01\n}', 'task-due-after-phase')).toEqual([[
            2, '2027-04-01', 'warning', 'The task “Shoot” is due 2027-04-01, after its phase “Launch” ends (2027-03-31).'
        ]]);
    });

    test('due on the last day of the phase, in a phase without dates or with a reversed range, is silent', async () => {
        expect(await found(`phase Launch 2027-02-01 .. 2027-03-31 { task "Shoot" due 2027-03-31 }
phase Later { task "Post" due 2030-01-01 }
phase Broken 2027-03-31 .. 2027-02-01 { task "Edit" due 2027-04-15 }`, 'task-due-after-phase')).toEqual([]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = await t.issues('phase Запуск 2027-02-01 .. 2027-03-31 { task "Съёмка" due 2027-04-01 }', 'task-due-after-phase');
        expect(issue.message).toBe('Срок задачи «Съёмка» — 2027-04-01, позже конца её фазы «Запуск» (2027-03-31).');
    });
});

describe('task-cycle', () => {
    test('two tasks waiting for each other: an error on each', async () => {
        expect(await found('phase P {\n  task a "A" after b\n  task b "B" after a\n}', 'task-cycle')).toEqual([
            [2, 'b', 'error', 'The tasks wait for each other in a circle: a → b → a.'],
            [3, 'a', 'error', 'The tasks wait for each other in a circle: b → a → b.']
        ]);
    });

    test('a chain and a diamond are orders, not cycles', async () => {
        expect(await found(`phase P {
  task a "A"
  task b "B" after a
  task c "C" after a
  task d "D" after b, c
}`, 'task-cycle')).toEqual([]);
    });
});
