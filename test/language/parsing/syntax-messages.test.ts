import { afterEach, describe, expect, test } from 'vitest';
import { catalogs } from '../../../src/i18n/index.js';
import { closestWord, editDistance } from '../../../src/language/parsing/closest-word.js';
import { createTestServices, syntaxErrors } from '../../support/services.js';

const t = createTestServices({ review: false });
let folder = 0;
afterEach(() => t.clear());

async function firstError(text: string, locale: 'en' | 'ru'): Promise<string> {
    t.setLocale(locale);
    const [first] = syntaxErrors(await t.parse(text, `file:///syntax${folder++}/s.smm`));
    return first;
}

describe('Russian syntax messages agree with what they name', () => {
    test('what is expected stands in the accusative: «нужно указать дату», «валюту», «текст в кавычках»', async () => {
        expect(await firstError('стратегия «С» { период 2027-01-01 .. }', 'ru'))
            .toBe('Стратегия: здесь нужно указать дату (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ), а не «}». Период стратегии: `2027-01-01 .. 2027-06-30`.');
        expect(await firstError('стратегия «С» { валюта XYZ }', 'ru'))
            .toBe('Стратегия: здесь нужно указать валюту, а не «XYZ». Валюта всех сумм, записанных без валюты.');
        expect(await firstError('фаза Ф { задача }', 'ru'))
            .toBe('Задача: здесь нужно указать текст в кавычках, а не «}». Задача: ответственный, формат, результат, срок, порядок.');
    });

    test('no Russian syntax template says «ожидалось» before what it expects', () => {
        const templates = Object.entries(catalogs.ru).filter(([key]) => key.startsWith('syntax.'));
        expect(templates.length).toBeGreaterThan(40);
        expect(templates.filter(([, text]) => /ожидал[оа]?сь? \{/.test(text))).toEqual([]);
    });

    test('a file written in Russian keywords hears of Russian keywords, even from an English message', async () => {
        expect(await firstError('сегмент С { возрас 25..45 }', 'en')).toBe('Segment: unknown word “возрас” — did you mean “возраст”? '
            + 'Here may stand: размер, возраст, гео, пол, достаток, интерес, боль, мотив, возражение, каналы or “}”.');
    });
});

describe('the closest keyword', () => {
    test.each([
        ['budjet', 'budget'], ['sise', 'size'], ['conversoin', 'conversion'], ['Strategy', 'strategy'],
        ['бюжет', 'бюджет'], ['возрас', 'возраст'], ['обём', 'объём'], ['понедельнк', 'понедельник']
    ])('%s → %s', (word, expected) => {
        expect(closestWord(word, ['budget', 'size', 'conversion', 'strategy', 'бюджет', 'возраст', 'объём', 'объем', 'понедельник'])).toBe(expected);
    });

    test('nothing for a word too far from every keyword, or a short word one letter away', () => {
        expect(closestWord('banana', ['budget', 'size'])).toBeUndefined();
        expect(closestWord('at', ['and', 'to', 'на'])).toBeUndefined();
    });

    test('a swap of two neighbours is one edit', () => {
        expect(editDistance('conversoin', 'conversion')).toBe(1);
        expect(editDistance('бюжет', 'бюджет')).toBe(1);
    });
});
