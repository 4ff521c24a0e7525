import { describe, expect, test } from 'vitest';
import { findVagueWording, readStatement, statesQuantity } from '../../src/analysis/vague-wording.js';

/** A goal statement and the vague phrase it must be reported for. */
type Vague = [statement: string, phrase: string];

const VAGUE_RU: Vague[] = [
    ['Неплохо бы, чтобы нас узнали', 'Неплохо бы'],
    ['Хорошо бы попасть в рекомендации', 'Хорошо бы'],
    ['Было бы хорошо выйти в TikTok', 'Было бы хорошо'],
    ['Хотелось бы больше клиентов', 'Хотелось бы'],
    ['Хотим, чтобы нас узнавали', 'Хотим'],
    ['Постараемся улучшить охват', 'Постараемся'],
    ['Постараться охватить как можно больше студентов', 'Постараться'],
    ['Попробуем увеличить охват', 'Попробуем'],
    ['Увеличить продажи', 'Увеличить продажи'],
    ['Увеличение продаж', 'Увеличение продаж'],
    ['Увеличим охват', 'Увеличим охват'],
    ['Увеличить число заказов', 'Увеличить число заказов'],
    ['Увеличить онлайн-продажи', 'Увеличить онлайн-продажи'],
    ['Повысить узнаваемость бренда', 'Повысить узнаваемость'],
    ['Повышение вовлечённости', 'Повышение вовлечённости'],
    ['Повысим лояльность клиентов', 'Повысим лояльность'],
    ['Улучшение вовлечённости в сторис', 'Улучшение вовлечённости'],
    ['Улучшить качество контента', 'Улучшить'],
    ['Рост продаж через Telegram', 'Рост продаж'],
    ['Нарастить аудиторию', 'Нарастить аудиторию'],
    ['Узнаваемость бренда среди студентов', 'Узнаваемость'],
    ['Охватить как можно больше студентов', 'Охватить как можно больше студентов'],
    ['Максимально увеличить охват', 'Максимально увеличить охват'],
    ['Быть активнее в соцсетях', 'Быть активнее'],
    ['Развивать сообщество', 'Развивать сообщество'],
    ['Развитие канала', 'Развитие'],
    ['Продвижение в Telegram', 'Продвижение'],
    ['Продвигать бренд в VK', 'Продвигать бренд'],
    ['Раскрутить канал', 'Раскрутить'],
    ['Наладить продажи через Instagram', 'Наладить продажи'],
    ['Укрепить позиции бренда', 'Укрепить позиции'],
    ['Привлечь больше студентов', 'Привлечь больше студентов'],
    ['Больше продаж', 'Больше продаж'],
    ['Продавать больше', 'Продавать больше'],
    ['Стать популярнее среди студентов', 'Стать популярнее'],
    ['Стать известнее в городе', 'Стать известнее'],
    ['Сделать сервис лучше', 'Сделать сервис лучше'],
    ['Сделать контент интереснее', 'Сделать контент интереснее'],
    ['Привлечь побольше подписчиков', 'Привлечь побольше подписчиков'],
    ['Увеличивать количество подписчиков', 'Увеличивать количество подписчиков'],
    ['Повышения охвата в VK', 'Повышения охвата'],
    ['Налаживание продаж через сайт', 'Налаживание продаж'],
    ['Неплохо было бы запустить рассылку', 'Неплохо было бы'],
    ['Снизить стоимость заявки', 'Снизить стоимость'],
    ['Вывести бренд на новый уровень', 'Вывести бренд на новый уровень'],
    ['Значительно увеличить выручку', 'Значительно увеличить выручку'],
    ['Многократно увеличить охват', 'Многократно'],
    ['В ближайшее время запустить канал', 'В ближайшее время'],
    // A share names no figure until it has one.
    ['Увеличить процент повторных заказов', 'Увеличить процент повторных заказов']
];

const VAGUE_EN: Vague[] = [
    ['Grow awareness', 'Grow awareness'],
    ['Grow our Instagram following', 'Grow our Instagram following'],
    ['Growing engagement on TikTok', 'Growing engagement'],
    ['Sales growth', 'Sales growth'],
    ['Try to improve engagement', 'Try to'],
    ['Try to post more often', 'Try to'],
    ['Increase sales', 'Increase sales'],
    ['Increase B2B sales', 'Increase B2B sales'],
    ['Increased repeat orders', 'Increased repeat orders'],
    ['It would be nice to sell to students', 'It would be nice'],
    ['It’d be great to get into campus chats', 'It’d be great'],
    ['We’d like to be known on campus', 'We’d like to'],
    ['We want to be the go-to lunch place', 'We want to'],
    ['Ideally, every student knows us', 'Ideally'],
    ['If possible, reach students', 'If possible'],
    ['Boost brand awareness', 'Boost brand awareness'],
    ['Raise brand awareness among students', 'Raise brand awareness'],
    ['Brand awareness', 'Brand awareness'],
    ['Get more followers', 'Get more followers'],
    ['Get more sales from Telegram', 'Get more sales'],
    ['More sales', 'More sales'],
    ['Higher engagement', 'Higher engagement'],
    ['Better engagement in stories', 'Better engagement'],
    ['Be more active on Instagram', 'Be more active'],
    ['Be the best pizza place on campus', 'Be the best'],
    ['Become the most talked-about café', 'Become the most talked-about'],
    ['Improve the conversion rate', 'Improve the conversion rate'],
    ['Maximize reach', 'Maximize reach'],
    ['Maximise conversions', 'Maximise conversions'],
    ['Optimize ad spend', 'Optimize ad spend'],
    ['Attract more students', 'Attract more students'],
    ['Hopefully more orders', 'Hopefully'],
    ['As many followers as possible', 'As many followers as possible'],
    ['Build the brand among students', 'Build the brand'],
    ['Develop the community', 'Develop the community'],
    ['Drive traffic to the website', 'Drive traffic'],
    ['Strengthen our presence on VK', 'Strengthen our presence'],
    ['Reduce the cost per lead', 'Reduce the cost'],
    ['Take the brand to the next level', 'Take the brand to the next level'],
    ['Promote the app among students', 'Promote'],
    ['Significantly increase reach', 'Significantly'],
    ['Launch the shop soon', 'soon'],
    ['Sales may grow', 'grow']
];

/** Goal titles with figures or dates, as an SMM manager writes them: concrete, whatever the verb. */
const CONCRETE: string[] = [
    'Grow orders from 300 to 1,500 a month by March 31',
    '1,500 online orders a month from students by the end of March',
    'Reach 100k students in Moscow by June',
    'Increase sales by 20%',
    'Boost CTR to 2.5%',
    'Grow revenue to $10k',
    'Grow followers 2x',
    'Grow to 10 000 subscribers',
    'Increase orders by Q2',
    'Grow sales by 31 March',
    'Improve engagement rate to 5 percent',
    'Get 2,000 new followers in May',
    'Double the followers',
    'Sell twice as many lunch boxes',
    'Increase sales tenfold',
    'Get a thousand followers',
    'Increase sign-ups before Black Friday',
    'Grow orders by the end of the quarter',
    'Boost reach this summer',
    'Boost sales next month',
    'Увеличить продажи с 300 до 1500 заказов в месяц к 31 марта',
    'Охват 45 000 студентов до конца июня',
    'Повысить узнаваемость до 30% к июню',
    'Хотелось бы 500 заказов в неделю',
    'Выручка 1,5 млн ₽ в месяц',
    'Снизить стоимость лида до 150 руб.',
    'Увеличить повторные заказы до 40 %',
    'Повысить средний чек до 900 ₽',
    'Рост подписчиков на 15 процентов',
    'Увеличить охват в 2027 году',
    'Увеличить продажи вдвое',
    'Увеличить выручку в два раза',
    'Вырасти в пять раз',
    'Удвоить продажи',
    'Трёхкратный рост продаж',
    'Привлечь полторы тысячи клиентов',
    'Двести новых подписчиков в неделю',
    'Рост продаж к концу марта',
    'Увеличить продажи к Новому году',
    'Увеличить заказы до конца года',
    'Увеличить охват этим летом',
    'Поднять продажи к сессии',
    'Рост продаж х2'
];

/**
 * Statements that name no amount but are neither a wish nor the team's work: facts and names. They are not
 * reported, though SMART's S does not hold for them until a KPI says how much.
 */
const NEUTRAL: string[] = [
    'Студенты знают, где заказать обед',
    'Spring promotion for the new menu',
    'Продвинутые пользователи как амбассадоры',
    'Расширение для браузера',
    'Максим отвечает за Telegram',
    'Better Burger launch in Telegram',
    'Students are aware of our delivery',
    'Every order arrives hot',
    'Каждый заказ приезжает горячим',
    'Ambassadors in every dorm',
    'Амбассадоры в каждом общежитии',
    'Доставка обедов в общежития',
    ''
];

/** The team's own work named as the goal: reported from its verb to the end of the clause (six words at most). */
const ACTIVITIES: Array<[statement: string, phrase: string, language: 'en' | 'ru']> = [
    ['Launch in Telegram', 'Launch in Telegram', 'en'],
    ['Запуск канала в Telegram', 'Запуск канала в Telegram', 'ru'],
    ['Open a pop-up store at HSE', 'Open a pop-up store at HSE', 'en'],
    ['Открыть точку выдачи у МГУ', 'Открыть точку выдачи у МГУ', 'ru'],
    ['Move the blog to Telegram', 'Move the blog to Telegram', 'en'],
    ['Set up a chatbot for orders', 'Set up a chatbot for orders', 'en'],
    ['Настроить чат-бот для заказов', 'Настроить чат-бот для заказов', 'ru'],
    ['Find our tone of voice', 'Find our tone of voice', 'en'],
    ['Сформулировать позиционирование', 'Сформулировать позиционирование', 'ru'],
    ['Попробовать TikTok', 'Попробовать TikTok', 'ru'],
    ['Collaborate with campus influencers', 'Collaborate with campus influencers', 'en'],
    ['Отвечать на каждый комментарий', 'Отвечать на каждый комментарий', 'ru'],
    ['Build a landing page', 'Build a landing page', 'en'],
    ['Develop a chatbot', 'Develop a chatbot', 'en'],
    ['Hire a growth marketer', 'Hire a growth marketer', 'en'],
    ['Collect student reviews', 'Collect student reviews', 'en'],
    ['Собрать отзывы студентов', 'Собрать отзывы студентов', 'ru'],
    ['Перезапуск сообщества ВКонтакте', 'Перезапуск сообщества ВКонтакте', 'ru'],
    // The textbook's own anti-example: the first of its three tasks is reported.
    ['Оформите группу, сделайте лендинг, публикуйте продающие посты', 'Оформите группу', 'ru'],
    // A list of tasks is reported from its first.
    ['We will post reels and stories', 'post reels', 'en'],
    ['Нужно вести блог о кофе', 'вести блог о кофе', 'ru'],
    // A quoted name does not make the statement Russian, and its words are not read.
    ['Launch the «Расти с нами» challenge', 'Launch the «Расти с нами» challenge', 'en'],
    // Six words at most.
    ['Test TikTok ads with the student union', 'Test TikTok ads with the student', 'en']
];

/** Results named with nothing else, states and superlatives that nobody counts: vague too. */
const NAMED_ONLY: Vague[] = [
    ['Продажи', 'Продажи'],
    ['Sales', 'Sales'],
    ['Sales.', 'Sales'],
    ['Подписчики в Telegram', 'Подписчики в Telegram'],
    ['Instagram followers and reach', 'Instagram followers and reach'],
    ['Students in Moscow order lunch from us', 'Students in Moscow order lunch from us'],
    ['Grown-up audience on Facebook', 'Grown-up audience on Facebook'],
    ['Лучшие отзывы на Яндекс Картах', 'Лучшие отзывы'],
    ['The most loyal students become ambassadors', 'The most loyal'],
    ['Программа лояльности «Соседи»', 'Программа лояльности']
];

function expectReported(statement: string, phrase: string, language: 'en' | 'ru'): void {
    const offset = statement.indexOf(phrase);
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(findVagueWording(statement)).toEqual({ phrase, offset, length: phrase.length, language });
}

describe('findVagueWording', () => {
    test.each(VAGUE_RU)('«%s» is vague: «%s»', (statement, phrase) => expectReported(statement, phrase, 'ru'));

    test.each(VAGUE_EN)('"%s" is vague: "%s"', (statement, phrase) => expectReported(statement, phrase, 'en'));

    test.each(CONCRETE)('"%s" names a quantity, so it is not vague', statement => {
        expect(findVagueWording(statement)).toBeUndefined();
    });

    test.each(NEUTRAL)('"%s" states no aspiration', statement => {
        expect(readStatement(statement)).toEqual({});
    });

    test.each(NAMED_ONLY)('"%s" names no amount: "%s"', (statement, phrase) =>
        expectReported(statement, phrase, /\p{Script=Cyrillic}/u.test(phrase) ? 'ru' : 'en'));
});

describe('readStatement', () => {
    test.each(ACTIVITIES)('"%s" is an activity: "%s"', (statement, phrase, language) => {
        const offset = statement.indexOf(phrase);
        expect(readStatement(statement)).toEqual({ finding: { phrase, offset, length: phrase.length, language, kind: 'activity' } });
        expect(findVagueWording(statement)).toBeUndefined();
    });

    test('a wish is read before an activity: the statement is reported for the wish', () => {
        expect(readStatement('Launch the shop soon').finding).toMatchObject({ phrase: 'soon', kind: 'vague' });
    });

    test('an activity with an amount is precise: output KPIs are another check\'s business', () => {
        expect(readStatement('60 posts in the VK community by May 31')).toEqual({ quantity: { phrase: '60', offset: 0, length: 2 } });
        expect(readStatement('Publish 12 reels a month').finding).toBeUndefined();
    });

    test('the first quantity is the one named', () => {
        expect(readStatement('Orders from 300 to 1,500 a month').quantity).toEqual({ phrase: '300', offset: 12, length: 3 });
        expect(readStatement('Удвоить продажи к маю').quantity).toEqual({ phrase: 'Удвоить', offset: 0, length: 7 });
    });

    test('a rank nobody measures is no number', () => {
        expect(readStatement('Become #1 florist in the city').finding).toMatchObject({ phrase: '#1', kind: 'vague' });
        expect(readStatement('Стать №1 среди кофеен').finding).toMatchObject({ kind: 'vague' });
    });

    test('the offset points into the text as written, with ё, quotes and leading spaces', () => {
        expectReported('  «Наш бренд» — повышение вовлечённости', 'повышение вовлечённости', 'ru');
    });

    test('case and ё do not matter', () => {
        expectReported('УВЕЛИЧЕНИЕ ПРОДАЖ', 'УВЕЛИЧЕНИЕ ПРОДАЖ', 'ru');
        expectReported('Улучшить вовлеченность', 'Улучшить вовлеченность', 'ru');
        expectReported('WE WANT MORE FOLLOWERS', 'WE WANT', 'en');
    });

    test('a letter whose lower case is longer (İ) does not shift the offsets', () => {
        expectReported('İstanbul: увеличить продажи', 'увеличить продажи', 'ru');
        expectReported('İZMİR — GROW AWARENESS', 'GROW AWARENESS', 'en');
    });

    test('"May" is a month only when capitalised', () => {
        expect(findVagueWording('Grow sales by May')).toBeUndefined();
        expect(findVagueWording('Sales may grow')).toBeDefined();
    });

    test('the first vague wording is reported, and the longest of those starting there', () => {
        expectReported('Grow more popular and boost sales', 'Grow more popular', 'en');
        expectReported('Продажи, и неплохо бы увеличить охват', 'неплохо бы', 'ru');
    });

    test('a statement that is one quotation is read without its quotes', () => {
        expectReported('«Хотелось бы больше клиентов»', 'Хотелось бы', 'ru');
    });

    test('words are not found inside other words', () => {
        expect(findVagueWording('Undergrowth of the campus park')).toBeUndefined();
        expect(findVagueWording('Неувеличенный шрифт меню')).toBeUndefined();
    });
});

describe('statesQuantity', () => {
    test.each([
        '1500', '1 500 заказов', '1,500 orders', '1.5k followers', '2x', '×3', 'x2', 'CTR 3%', '10 ₽', '$500',
        '€20', '5 тыс. подписчиков', 'по 300 руб', '2027-03-31', 'by 31 March', 'March 31', 'in May', '31 марта',
        'к концу марта', 'by Q2', 'в 2027 году', 'до 1 апреля', 'twice a week', 'double', 'a thousand',
        'hundreds of reviews', 'вдвое', 'в два раза', 'тысяча', 'полторы тысячи', 'until the end of the year',
        'in a month', 'per week', 'weekly', 'до конца квартала', 'этим летом', 'в неделю', 'ежедневно', 'by Christmas',
        'к Новому году', 'в пятницу'
    ])('%s', text => {
        expect(statesQuantity(text)).toBe(true);
    });

    test.each([
        'Increase sales', 'Увеличить продажи', 'B2B sales', 'Web3 audience', 'Increase the percentage of repeat orders',
        'Увеличить процент повторных заказов', 'Sales may grow', 'One of the best cafés', 'Одна из лучших кофеен',
        'In terms of engagement', 'Studenten in der Stadt', 'В студенческой среде', 'Продажи выше, чем в прошлом году',
        'Кампания «Кухня 24» в Telegram'
    ])('%s names no quantity', text => {
        expect(statesQuantity(text)).toBe(false);
    });
});
