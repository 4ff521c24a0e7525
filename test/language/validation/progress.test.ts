import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { t as message } from '../../../src/i18n/index.js';
import { issueRows } from '../../support/issues.js';
import { createTestServices } from '../../support/services.js';

/** The strategy while it runs: `src/language/validation/progress.ts`. */
const t = createTestServices();
afterEach(() => t.clear());
const { found } = issueRows(t);

/** The files of an example folder, as the workspace would load them. */
function folder(path: string): Record<string, string> {
    return Object.fromEntries(readdirSync(path).filter(name => name.endsWith('.smm'))
        .map(name => [`file:///ws/${name}`, readFileSync(`${path}/${name}`, 'utf8')]));
}

const plan = `strategy "S" {
    period 2027-01-01 .. 2027-01-31
    role Lead "Community lead"
    metric signups "Sign-ups" { unit count }
    goal G "100 sign-ups by 31 January" { kpi signups >= 100 by 2027-01-31 owner Lead }
    adjust Slow when signups < 3 for 3 days then "Post a reminder" owner Lead
}`;

describe('kpi-off-track', () => {
    test('the worked example: leads and CPL, with the numbers worked out in its header', async () => {
        const issues = (await t.validate(folder('examples/school-actuals-en'))).filter(i => i.code === 'kpi-off-track');
        expect(issues.map(i => [i.line, i.text, i.severity, i.message])).toEqual([
            [71, 'leads', 'warning', 'The KPI “leads” (≥ 600) is off track: 280 as of Mar 31, 2027, 46.7% of the way with 49.7% of the time gone; 560 by Jun 30, 2027 (the forecast rescaled by the actuals).'],
            [73, 'cpl', 'warning', 'The KPI “cpl” (≤ 320 ₽) is off track: 325 ₽ as of Mar 31, 2027; 325 ₽ by Jun 30, 2027 (at the pace so far).']
        ]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const issues = (await t.validate(folder('examples/school-actuals-ru'))).filter(i => i.code === 'kpi-off-track');
        expect(issues.map(i => i.message)).toEqual([
            'KPI «лиды» (≥ 600) отстаёт: 280 на 31 мар. 2027 г., пройдено 46,7\u00A0% пути при 49,7\u00A0% прошедшего времени; к 30 июн. 2027 г. — 560 (план, пересчитанный по факту).',
            'KPI «цена_лида» (≤ 320\u00A0₽) отстаёт: 325\u00A0₽ на 31 мар. 2027 г.; к 30 июн. 2027 г. — 325\u00A0₽ (при текущем темпе).'
        ]);
    });

    test('a KPI the actuals project to reach is silent', async () => {
        // 21 + 70 = 91 sign-ups by 10 January: 91 × 31 ÷ 10 = 282 ≥ 100
        expect(await found({
            'file:///ws/strategy.smm': plan,
            'file:///ws/actuals.smm': 'actuals week 2027-01-01 { signups 21 }\nactuals 2027-01-08 .. 2027-01-10 { signups 70 }'
        }, 'kpi-off-track')).toEqual([]);
    });

    test('at the run rate when no funnel forecasts the KPI', async () => {
        // 25 by 9 January: 25 × 31 ÷ 9 = 86.1 < 100
        expect(await found({
            'file:///ws/strategy.smm': plan,
            'file:///ws/actuals.smm': 'actuals week 2027-01-01 { signups 21 }\nactuals 2027-01-08 .. 2027-01-09 { signups 4 }'
        }, 'kpi-off-track')).toEqual([[5, 'signups', 'warning',
            'The KPI “signups” (≥ 100) is off track: 25 as of Jan 9, 2027, 25% of the way with 29% of the time gone; 86.1 by Jan 31, 2027 (at the pace so far).']]);
    });
});

describe('correction-due', () => {
    test('the worked example: CTR below 1 % for the last 7 days of March', async () => {
        const issues = (await t.validate(folder('examples/school-actuals-en'))).filter(i => i.code === 'correction-due');
        expect(issues.map(i => [i.line, i.text, i.severity, i.message])).toEqual([[
            83, 'Creatives', 'warning',
            'Correction due: the rule “Creatives” fired (ctr 0.88% on each day Mar 25, 2027 – Mar 31, 2027). Action: “Replace the creatives”; owner: Targeting specialist.'
        ]]);
    });

    test('in Russian', async () => {
        t.setLocale('ru');
        const [issue] = (await t.validate(folder('examples/school-actuals-ru'))).filter(i => i.code === 'correction-due');
        expect(issue.message).toBe('Пора корректировать: правило «Креативы» сработало (кликабельность 0,88\u00A0% каждый день 25 мар. 2027 г. – 31 мар. 2027 г.). '
            + 'Действие: «Заменить креативы»; ответственный: Специалист по таргетированной рекламе.');
    });

    test('a count is compared a day', async () => {
        // 8, 9 and 10 January at 6 ÷ 3 = 2 a day, each below 3
        expect(await found({
            'file:///ws/strategy.smm': plan,
            'file:///ws/actuals.smm': 'actuals week 2027-01-01 { signups 21 }\nactuals 2027-01-08 .. 2027-01-10 { signups 6 }'
        }, 'correction-due')).toEqual([[6, 'Slow', 'warning',
            'Correction due: the rule “Slow” fired (signups 2 a day on each day Jan 8, 2027 – Jan 10, 2027). Action: “Post a reminder”; owner: Community lead.']]);
    });

    test('a day above the threshold among the last ones keeps it silent', async () => {
        // 3 a day on 7 January (the week), 2 a day on the 8th and 9th: 7 January is not below 3
        expect(await found({
            'file:///ws/strategy.smm': plan,
            'file:///ws/actuals.smm': 'actuals week 2027-01-01 { signups 21 }\nactuals 2027-01-08 .. 2027-01-09 { signups 4 }'
        }, 'correction-due')).toEqual([]);
    });
});

describe('actual-duplicate', () => {
    test('the same metric at the same place for overlapping days', async () => {
        expect(await found({
            'file:///ws/strategy.smm': plan,
            'file:///ws/actuals.smm': 'actuals week 2027-01-01 {\n    signups 21\n}\nactuals day 2027-01-03 { signups 4 }'
        }, 'actual-duplicate')).toEqual([[4, 'signups', 'warning',
            '“signups” is recorded twice for the same days at the same place: actuals.smm records it for Jan 1, 2027 – Jan 7, 2027 too. Keep one.']]);
        const [issue] = t.issuesOf('file:///ws/actuals.smm').filter(i => i.code === 'actual-duplicate');
        // The related information points at the week that records it first (line 2, 0-based 1).
        expect(issue.related.map(related => related.location.range.start.line)).toEqual([1]);
    });

    test('in Russian, for a range of days and for one day', async () => {
        t.setLocale('ru');
        expect((await found({
            'file:///ws/strategy.smm': plan,
            'file:///ws/actuals.smm': 'actuals week 2027-01-01 { signups 21 }\nactuals day 2027-01-03 { signups 4 }\nactuals day 2027-01-09 { signups 2 }\nactuals day 2027-01-09 { signups 3 }'
        }, 'actual-duplicate')).map(row => row[3])).toEqual([
            '«signups» записано дважды за те же дни в том же месте: actuals.smm тоже записывает его (с 1 янв. 2027 г. по 7 янв. 2027 г.). Оставьте одно.',
            '«signups» записано дважды за те же дни в том же месте: actuals.smm тоже записывает его (9 янв. 2027 г.). Оставьте одно.'
        ]);
    });

    test('another place or the next days are silent', async () => {
        expect(await found({
            'file:///ws/strategy.smm': plan,
            'file:///ws/actuals.smm': 'actuals week 2027-01-01 { signups 21 }\nactuals day 2027-01-08 { signups 4 }\nactuals day 2027-01-03 { signups 4 for G }'
        }, 'actual-duplicate')).toEqual([]);
    });
});

describe('the examples of actuals the hints give', () => {
    const strategy = (funnel: string, stage: string) => `strategy "S" {
    period 2027-01-01 .. 2027-06-30
    channel vk
    funnel ${funnel} { stage Seen via vk stage ${stage} }
}`;
    // The roadmap's "no actuals yet" and the hovers of `actuals` and `at`, in each language, with its funnel.
    for (const [locale, funnel, stage] of [['en', 'Main', 'Leads'], ['ru', 'Воронка', 'Заявки']] as const) {
        test(`are valid text (${locale})`, async () => {
            const spans = (['roadmap.progress.none', 'keyword.actuals'] as const)
                .map(key => message(locale, key).split('`').filter((_, index) => index % 2 === 1).find(span => span.includes('{'))!);
            expect(spans).toHaveLength(2);
            for (const span of spans) {
                const issues = await t.validate({ 'file:///hint/strategy.smm': strategy(funnel, stage), 'file:///hint/actuals.smm': span });
                expect(issues.filter(i => i.severity === 'error'), span).toEqual([]);
                await t.clear();
            }
        });
    }
});
