/**
 * Strategies of any size for the benchmark, shaped like the examples grown large: a company that runs one
 * strategy for many cities. Each city is a "market" of about 190 lines written like `examples/coffee-en`
 * (in English) or `examples/zerno-ru` (in Russian), alternately: products with a USP, a competitor,
 * segments, channels, funnels with stages, conversions and costs, a custom metric, goals whose KPIs come
 * from the funnels, a content plan, phases with tasks, `after` orders and milestones, risks, correction
 * rules, comments and doc comments. The numbers add up (budget, reserve, funnel forecasts), so the
 * strategy is nearly clean: one market in five carries a mistake a real author makes (a vague goal, a task
 * with no owner), as a real strategy does.
 *
 * Deterministic: the same `lines` and `seed` always give the same text.
 */
export interface GeneratedStrategy {
    text: string;
    /** The number of lines of `text`. */
    lines: number;
    /** The markets (cities) in it. */
    markets: number;
    /** The diagnostics the generator put in on purpose, by code. */
    plantedMistakes: Record<string, number>;
}

export const DEFAULT_SEED = 20_270_101;

export function generateStrategy(lines: number, seed = DEFAULT_SEED): string {
    return generate(lines, seed).text;
}

export function generate(lines: number, seed = DEFAULT_SEED): GeneratedStrategy {
    const random = mulberry32(seed);
    const markets: Market[] = [];
    let length = header(0, 0, 0, 0).length + 1;
    for (let i = 0; ; i++) {
        const market = i % 2 === 0 ? englishMarket(i, random) : russianMarket(i, random);
        // Always at least one market; then as many as fit in `lines`.
        if (i > 0 && length + market.lines.length > lines) {
            break;
        }
        markets.push(market);
        length += market.lines.length;
    }
    const channels = sum(markets.map(m => m.channelBudget));
    const tasks = sum(markets.map(m => m.taskCosts));
    const expectedLoss = sum(markets.map(m => m.expectedLoss));
    const reserve = Math.ceil(expectedLoss / 10_000) * 10_000;
    const text = [...header(channels, tasks, reserve, expectedLoss), ...markets.flatMap(m => m.lines), '}', ''].join('\n');
    const plantedMistakes: Record<string, number> = {};
    for (const code of markets.flatMap(m => m.mistakes)) {
        plantedMistakes[code] = (plantedMistakes[code] ?? 0) + 1;
    }
    return { text, lines: text.split('\n').length - 1, markets: markets.length, plantedMistakes };
}

const ROLES: Array<[string, string]> = [
    ['Founder', 'Founder, approves budget and B2B deals'],
    ['SmmManager', 'SMM manager, owns the strategy and the weekly report'],
    ['AdsSpecialist', 'Paid social specialist (VK Ads, Telegram Ads)'],
    ['ContentLead', 'Content lead: scripts, shoots, community'],
    ['Designer', 'Designer and video editor'],
    ['Основатель', 'Основатель и главный обжарщик'],
    ['СММ', 'SMM-менеджер: стратегия и еженедельный отчёт'],
    ['Таргетолог', 'Таргетолог: VK Реклама, Telegram Ads, лид-формы'],
    ['КонтентМейкер', 'Контент-мейкер: сценарии, съёмка, сообщество'],
    ['Дизайнер', 'Дизайнер и монтажёр']
];

function header(channels: number, tasks: number, reserve: number, expectedLoss: number): string[] {
    const budget = channels + tasks + reserve;
    return [
        '// «Сеть кофеен» — SMM strategy for every city of the network, 2027.',
        '// Each city is a market of its own: products, audience, channels, funnels, goals, content, regulations.',
        '//',
        `//   channels ${money(channels)} + tasks ${money(tasks)} + reserve ${money(reserve)} (expected loss ${money(expectedLoss)})`,
        `//   = ${money(budget)} = budget`,
        '',
        'strategy "Coffee network — social media strategy 2027" {',
        '    period 2027-01-01 .. 2027-12-31',
        '    currency RUB',
        `    budget ${money(budget)} ₽`,
        '    company-goal "Delivery revenue +40% in 2027 in every city; social media brings the new customers"',
        '',
        '    // ---------------------------------------------------------------------------- people',
        '',
        ...ROLES.map(([name, title]) => `    role ${name} "${title}"`),
        ''
    ];
}

const CITIES_EN = ['Kazan', 'Samara', 'Perm', 'Ufa', 'Tyumen', 'Omsk', 'Tomsk', 'Sochi', 'Irkutsk', 'Vladivostok',
    'Kaliningrad', 'Yaroslavl', 'Tula', 'Ryazan', 'Penza', 'Kirov', 'Barnaul', 'Chita'];
const CITIES_RU = ['Екатеринбург', 'Новосибирск', 'Челябинск', 'Воронеж', 'Краснодар', 'Саратов', 'Ижевск', 'Самара',
    'Хабаровск', 'Оренбург', 'Томск', 'Мурманск', 'Кемерово', 'Липецк', 'Астрахань', 'Пенза', 'Курск', 'Тверь'];

/** Big cities get a market per district once every city has one; no digits, which would make a vague goal concrete. */
const DISTRICTS_EN = ['', ' North', ' South', ' East', ' West', ' Centre', ' Riverside', ' Old Town'];
const DISTRICTS_RU = ['', ', север', ', юг', ', восток', ', запад', ', центр', ', левый берег', ', старый город'];

function cityName(cities: readonly string[], districts: readonly string[], market: number): string {
    const round = Math.floor(market / (2 * cities.length));
    return `${cities[Math.floor(market / 2) % cities.length]}${districts[round % districts.length]}`;
}

interface Market {
    lines: string[];
    channelBudget: number;
    taskCosts: number;
    expectedLoss: number;
    /** Codes of the diagnostics this market has on purpose. */
    mistakes: string[];
}

/** A market written like examples/coffee-en. */
function englishMarket(i: number, random: () => number): Market {
    const city = cityName(CITIES_EN, DISTRICTS_EN, i);
    const n = i;
    const month = 1 + (i % 8);
    const insta = 20_000 + 1_000 * pick(random, 10);
    const tiktok = 10_000 + 1_000 * pick(random, 6);
    const referral = 4_000;
    const seen = insta * 125;                     // budget / cpm 8 × 1 000
    const offices = Math.floor(seen * 0.01 * 0.45 * 0.12);
    const seenTt = Math.floor(tiktok * 1000 / 6);
    const students = Math.floor(seenTt * 0.008 * 0.4 * 0.1);
    const redeemed = 500;
    const shoot = 1_500;
    const ugc = 1_200;
    const risks: Array<[number, number]> = [[0.4, 3_600], [0.25, 5_000], [0.3, 2_000]];
    const sloppy = i % 5 === 4;
    const lines = [
        `    // ---------------------------------------------------------------------------- ${city}: market ${n}`,
        '',
        `    /** The core product in ${city}: one drink, made to order, at the customer's desk. */`,
        `    product Cup${n} "Coffee delivered in 20 minutes, ${city}" {`,
        `        price ${290 + 10 * pick(random, 8)} RUB`,
        '        margin 62%',
        '        usp "Brewed to order and at your desk in 20 minutes — or the next cup is free"',
        '    }',
        '',
        `    product Bundle${n} "Morning bundle: two drinks" {`,
        '        price 560',
        '        margin 60%',
        '        usp "Coffee for you and a colleague, still hot, for less than two chain lattes"',
        '    }',
        '',
        `    /** The chain everyone in ${city} knows. */`,
        `    competitor Chain${n} "A national coffee chain with its own app" {`,
        '        strength "Mobile order-ahead app with a loyalty programme"',
        '        strength "Known brand; stores on every corner downtown"',
        '        weakness "Queues at pick-up from 8 to 10 a.m."',
        '        weakness "Delivers only through third-party apps, 35–50 minutes"',
        '        usp "Your usual drink, everywhere"',
        '        price 350 RUB',
        `        channels insta${n}, tiktok${n}`,
        '    }',
        '',
        `    /** Office workers of ${city}: the core of the business. */`,
        `    segment Office${n} "Downtown office workers, ${city}" {`,
        `        size ${money(30_000 + 1_000 * pick(random, 40))}`,
        '        age 25..44',
        `        geo "${city} — business district, within 3 km of a kitchen"`,
        '        gender "58% women, 42% men"',
        '        income "80–150k RUB a month"',
        '        interest "Productivity and remote-friendly work"',
        '        interest "Specialty coffee, but no time to queue for it"',
        '        pain "Loses 15–20 minutes a day walking to a coffee shop and waiting in line"',
        '        pain "Office coffee machine makes bad coffee"',
        '        motive "Save time between meetings"',
        '        objection "Delivery takes too long and the coffee arrives cold"',
        `        channels insta${n}`,
        '    }',
        '',
        `    /** Students of ${city}: price-sensitive, but order often and bring friends. */`,
        `    segment Students${n} "Students near campus, ${city}" {`,
        `        size ${money(15_000 + 500 * pick(random, 30))}`,
        '        age 18..24',
        `        geo "${city} — university quarter"`,
        '        gender "All"',
        '        income "Spends about 3 000 RUB a month on coffee"',
        '        interest "Study sessions, exams, campus events"',
        '        pain "Needs coffee during late study sessions when campus cafes are closed"',
        '        motive "Cheap and fast; share a deal with friends"',
        '        objection "Too expensive compared with the dorm coffee machine"',
        `        channels tiktok${n}, insta${n}`,
        '    }',
        '',
        '    // Impressions = budget / CPM × 1 000; clicks = impressions × CTR.',
        `    /** Instagram ads in ${city}: ${money(seen)} impressions. */`,
        `    channel insta${n} "Instagram (Meta Ads), ${city}" {`,
        `        budget ${money(insta)}`,
        '        cpm 8',
        '        cpc 0.80',
        '        ctr 1%',
        '    }',
        '',
        `    channel tiktok${n} "TikTok Ads, ${city}" {`,
        `        budget ${money(tiktok)}`,
        '        cpm 6',
        '        cpv 0.02',
        '        ctr 0.8%',
        '    }',
        '',
        '    /** "Give 300, get 300" codes: we pay 8 per first order placed with a friend\'s code. */',
        `    channel referral${n} "Referral codes in the app, ${city}" {`,
        `        budget ${money(referral)}`,
        '        cpa 8',
        '    }',
        '',
        `    /** ${money(seen)} × 1% × 45% × 12% = ${money(offices)} first orders. */`,
        `    funnel OfficeFunnel${n} "Office workers from Instagram" for Office${n} sells Cup${n} 70%, Bundle${n} 30% {`,
        `        stage Seen "Sees the ad in the feed or Stories" via insta${n} volume ${money(seen)} impressions cost ${money(insta)}`,
        '        stage Tap "Taps the ad" conversion 1%',
        '        stage Menu "Opens the menu" conversion 45%',
        '        stage FirstOrder "Places a first order" conversion 12%',
        '    }',
        '',
        `    funnel StudentFunnel${n} "Students from TikTok" for Students${n} sells Cup${n} {`,
        `        stage Seen "Sees the video" via tiktok${n} volume ${money(seenTt)} impressions cost ${money(tiktok)}`,
        '        stage Tap "Taps the ad" conversion 0.8%',
        '        stage Menu "Opens the menu" conversion 40%',
        '        stage FirstOrder "Places a first order" conversion 10%',
        '    }',
        '',
        `    funnel ReferralFunnel${n} "Friends of customers" for Students${n} {`,
        `        stage Invited "Receives a friend's code" via referral${n} volume 2 500`,
        '        stage Redeemed "Places a first order with the code" conversion 20%',
        '    }',
        '',
        `    metric tastings_${n} "Office tastings held, ${city}" {`,
        `        aka team_tastings_${n}`,
        '        unit count',
        '        output',
        '        description "Free team tastings we ran in offices: our activity, not a result."',
        '    }',
        '',
        `    /** The main acquisition goal in ${city}; the volume comes straight from OfficeFunnel${n}. */`,
        `    goal DowntownCustomers${n} "${money(round10(offices))} new downtown customers in ${city} by the end of the year at a CAC of 900 RUB or less" {`,
        `        segment Office${n}`,
        `        kpi customers >= ${money(round10(offices))} by 2027-12-31 from OfficeFunnel${n}.FirstOrder`,
        '        kpi cac <= 900 RUB by 2027-12-31',
        '        kpi ctr >= 1% per week baseline 0.7%',
        '        owner AdsSpecialist',
        '        deadline 2027-12-31',
        '    }',
        '',
        `    goal CampusCustomers${n} "${money(round10(students) + redeemed)} new student customers in ${city} by the end of the year" {`,
        `        segment Students${n}`,
        `        kpi customers >= ${money(round10(students))} by 2027-12-31 from StudentFunnel${n}.FirstOrder`,
        `        kpi customers >= ${redeemed} by 2027-12-31 from ReferralFunnel${n}.Redeemed`,
        '        kpi cac <= 900 RUB by 2027-12-31',
        '        owner AdsSpecialist',
        '        deadline 2027-12-31',
        '    }',
        '',
        `    goal Community${n} "A local brand in ${city}: 12 000 followers and 250 000 people reached a month" {`,
        `        segment Office${n}, Students${n}`,
        '        kpi reach >= 250 000 per month by 2027-09-30 baseline 40 000',
        '        kpi subscribers >= 12 000 by 2027-12-31 baseline 3 100',
        '        kpi er >= 4% per month baseline 2.6%',
        `        kpi tastings_${n} >= 8 per month by 2027-12-31 baseline 0`,
        '        owner ContentLead',
        '        deadline 2027-12-31',
        '    }',
        '',
        ...(sloppy ? [
            `    goal Hype${n} "It would be nice if more people in ${city} knew about us"`,
            ''
        ] : []),
        '    content {',
        '        /** The 20-minute promise shown from the inside: baristas, beans, couriers. */',
        `        rubric BehindTheBar${n} "Behind the bar, ${city}" on insta${n}, tiktok${n} 3 per week format reels, "TikTok video"`,
        `            owner ContentLead goal Community${n}`,
        `        rubric MorningDeal${n} "Morning deal of the day" on insta${n} 5 per week format stories`,
        `            owner SmmManager goal DowntownCustomers${n}`,
        `        rubric ExamFuel${n} "Exam fuel: study-night specials" on tiktok${n} 1 per 2 weeks format "TikTok video"`,
        `            owner ContentLead goal CampusCustomers${n}`,
        '    }',
        '',
        `    phase Launch${n} "Launch in ${city}: tracking, creatives, first campaigns" ${date(month, 1)} .. ${date(month, 28)} {`,
        `        task Tracking${n} "Set up the pixels and order attribution in the app"`,
        '            owner AdsSpecialist format "Pixels + UTM scheme in a shared sheet"',
        `            deliverable "Test orders visible in both ad accounts" due ${date(month, 8)} step 1`,
        `        task Shoot${n} "Product photo and video shoot in ${city}"`,
        `            ${sloppy ? '' : 'owner Designer '}format "40 photos + 12 vertical videos"`,
        `            deliverable "Asset library in the shared drive" due ${date(month, 12)} step 1 cost ${money(shoot)}`,
        `        task Creatives${n} "First creative pack"`,
        '            owner Designer format "10 static ads, 6 Reels, 6 TikToks"',
        `            deliverable "Creatives approved by the SMM manager" due ${date(month, 15)} step 2 after Shoot${n}`,
        `        task LaunchAds${n} "Launch Instagram and TikTok campaigns"`,
        '            owner AdsSpecialist format "3 ad sets per segment, A/B test of the offer"',
        `            deliverable "Live campaigns and a daily dashboard" due ${date(month, 18)} step 3 after Tracking${n}, Creatives${n}`,
        `        milestone FirstHundred${n} "First 100 orders from ads in ${city}" by ${date(month, 28)}`,
        '    }',
        '',
        `    phase Growth${n} "Growth in ${city}: scale what converts" ${date(month + 1, 1)} .. ${date(month + 4, 28)} {`,
        `        task Ugc${n} "Monthly pack of customer videos (UGC)"`,
        '            owner ContentLead format "8 customer videos a month, rights cleared"',
        `            deliverable "Videos in the asset library" due ${date(month + 1, 28)} step 1 cost ${money(ugc)}`,
        `        task Tastings${n} "Run free team tastings for office leads"`,
        '            owner Founder format "One-hour tasting, 8 drinks, price list left behind"',
        `            deliverable "Tasting notes and a follow-up offer in the CRM" due ${date(month + 4, 20)} step 2 after Ugc${n}`,
        `        milestone Thousand${n} "1 000 customers from social media in ${city}" by ${date(month + 4, 28)}`,
        '    }',
        '',
        '    /* Probability × impact is the expected loss; the reserve of the strategy covers the sum. */',
        `    risk AdPrices${n} "Meta CPM grows 30% in ${city}" probability 40% impact 3 600`,
        '        mitigation "Move up to 20% of the Instagram budget to TikTok and referrals"',
        '        owner AdsSpecialist',
        `    risk Couriers${n} "Not enough couriers at the morning peak" probability 25% impact 5 000`,
        '        mitigation "Limit the ad schedule to 7–11 a.m. in zones with free couriers"',
        '        owner Founder',
        `    risk Heat${n} "Summer heat cuts demand for hot coffee" probability 30% impact 2 000`,
        '        mitigation "Push iced drinks in the content plan from mid-May"',
        '        owner ContentLead',
        '',
        `    adjust CreativeFatigue${n} when ctr < 0.7% and frequency > 3.5 for 7 days`,
        '        then "Swap in the next creative pack; pause ads with a CTR under 0.5%" owner AdsSpecialist',
        `    adjust ExpensiveCustomers${n} when cac > 1 100 RUB for 14 days`,
        '        then "Move 20% of the TikTok budget to Instagram Stories and referrals" owner AdsSpecialist',
        ''
    ];
    return {
        lines,
        channelBudget: insta + tiktok + referral,
        taskCosts: shoot + ugc,
        expectedLoss: sum(risks.map(([p, impact]) => p * impact)),
        mistakes: sloppy ? SLOPPY_MARKET : []
    };
}

/** A market written like examples/zerno-ru. */
function russianMarket(i: number, random: () => number): Market {
    const city = cityName(CITIES_RU, DISTRICTS_RU, i);
    const n = i;
    const month = 1 + (i % 8);
    const vk = 200_000 + 10_000 * pick(random, 10);
    const tg = 150_000 + 10_000 * pick(random, 5);
    const seeding = 100_000;
    const leadForms = 60_000;
    const shows = vk * 5;                          // budget / cpm 200 × 1 000
    const vkOrders = Math.floor(shows * 0.01 * 0.5 * 0.2 * 0.6);
    const tgShows = Math.floor(tg * 1000 / 450);
    const tgOrders = Math.floor(tgShows * 0.009 * 0.08);
    const views = 100_000;
    const seedingOrders = Math.floor(views * 0.03 * 0.07);
    const photo = 40_000;
    const bloggers = 15_000;
    const risks: Array<[number, number]> = [[0.35, 45_000], [0.3, 15_000], [0.6, 40_000]];
    const sloppy = i % 5 === 4;
    const lines = [
        `    // ---------------------------------------------------------------------------- ${city}: рынок ${n}`,
        '',
        `    /** Главный продукт в городе ${city}: пачка зерна, обжаренного в день отправки. */`,
        `    product Зерно${n} «Свежеобжаренное зерно, 250 г, ${city}» {`,
        `        price ${650 + 10 * pick(random, 8)} ₽`,
        '        purchases-per-customer 2',
        '        margin 55%',
        '        usp «Обжариваем в день отправки — дата обжарки на каждой пачке, доставка за 2–4 дня»',
        '    }',
        '',
        `    product Подписка${n} «Подписка: 2 пачки в месяц» {`,
        '        price 1 290 RUB per month',
        '        lifetime 5 months',
        '        margin 50%',
        '        usp «Два новых лота каждый месяц, на 7% дешевле, отмена в один клик»',
        '    }',
        '',
        `    competitor Маркетплейсы${n} «Зерно на маркетплейсах (Ozon, Wildberries)» {`,
        '        strength «Доставка за 1–2 дня в пункт выдачи и привычка покупать там всё»',
        '        strength «Низкие цены и постоянные скидки»',
        '        weakness «Дата обжарки — два–шесть месяцев назад»',
        '        weakness «Нет консультации: непонятно, какое зерно выбрать под свою кофемашину»',
        '        usp «Дёшево и рядом с домом»',
        '        price 590 ₽',
        `        channels вк${n}`,
        '    }',
        '',
        `    /** Ядро в городе ${city}: уже варят дома и разбираются в кофе. */`,
        `    segment Кофеманы${n} «Домашние кофеманы с кофемашиной, воронкой или гейзером» {`,
        `        size ${money(100_000 + 10_000 * pick(random, 30))}`,
        '        age 25..45',
        `        geo «${city} и область»`,
        '        gender «55% мужчины, 45% женщины»',
        '        income «от 80 000 ₽ в месяц на человека»',
        '        interest «Альтернативное заваривание, кофейное оборудование»',
        '        pain «Зерно из супермаркета горчит: оно обжарено полгода назад»',
        '        pain «Непонятно, какой лот подойдёт к своей кофемашине»',
        '        motive «Кофе как в любимой кофейне, но дома и дешевле»',
        '        objection «Дорого по сравнению с маркетплейсом»',
        `        channels вк${n}, телеграм${n}`,
        '    }',
        '',
        `    /** Рост: переходят с растворимого кофе и капсул; им нужно объяснять и учить. */`,
        `    segment Новички${n} «Переходят с растворимого кофе и капсул на зерно» {`,
        `        size ${money(300_000 + 10_000 * pick(random, 50))}`,
        '        age 22..35',
        `        geo «${city}»`,
        '        gender «60% женщины, 40% мужчины»',
        '        income «от 50 000 ₽ в месяц»',
        '        interest «Уютный дом, рецепты, полезные привычки»',
        '        pain «Капсулы дорогие, а растворимый кофе невкусный»',
        '        motive «Вкусный кофе без сложностей»',
        '        objection «Нужна кофемолка и кофемашина — это сложно»',
        `        channels телеграм${n}, посевы${n}`,
        '    }',
        '',
        `    /** B2B: один договор — десятки килограммов в год. */`,
        `    segment Офисы${n} «Офис-менеджеры и HR компаний на 15–100 человек» {`,
        '        size 2 500',
        '        age 25..45',
        `        geo «${city}»`,
        '        pain «Сотрудники жалуются на кофе из офисной кофемашины»',
        '        motive «Заметная забота о команде за понятные деньги»',
        `        channels вк_лидформы${n}`,
        '    }',
        '',
        '    // Показы = бюджет / CPM × 1 000; клики = показы × CTR.',
        `    /** ${money(shows)} показов. */`,
        `    channel вк${n} «ВКонтакте: сообщество и VK Реклама, ${city}» {`,
        `        budget ${money(vk)}`,
        '        cpm 200',
        '        cpc 20',
        '        ctr 1%',
        '    }',
        '',
        `    channel телеграм${n} «Telegram Ads, ${city}» {`,
        `        budget ${money(tg)}`,
        '        cpm 450',
        '        ctr 0,9%',
        '    }',
        '',
        `    channel посевы${n} «Посевы в городских Telegram-каналах» {`,
        `        budget ${money(seeding)}`,
        `        flat ${money(seeding)}`,
        '        cpv 1,5',
        '    }',
        '',
        `    channel вк_лидформы${n} «Лид-формы VK Рекламы» {`,
        `        budget ${money(leadForms)}`,
        '        cpl 400',
        '    }',
        '',
        `    /** ${money(shows)} × 1% × 50% × 20% × 60% = ${money(vkOrders)} заказов. */`,
        `    funnel ВоронкаВК${n} «Покупатели из ВК» for Кофеманы${n} sells Зерно${n} 60%, Подписка${n} 40% {`,
        `        stage Показ «Видит рекламу в ленте» via вк${n} volume ${money(shows)} показы cost ${money(vk)}`,
        '        stage Клик «Переходит в магазин» conversion 1%',
        '        stage Карточка «Смотрит карточку лота» conversion 50%',
        '        stage Корзина «Кладёт пачку в корзину» conversion 20%',
        '        stage Заказ «Оформляет первый заказ» conversion 60%',
        '    }',
        '',
        `    funnel ВоронкаТелеграм${n} «Покупатели из Telegram Ads» for Новички${n} {`,
        `        stage Показ «Видит объявление в канале» via телеграм${n} volume ${money(tgShows)} показы cost ${money(tg)}`,
        '        stage Клик «Переходит в бота магазина» conversion 0,9%',
        '        stage Заказ «Оформляет первый заказ» conversion 8%',
        '    }',
        '',
        `    funnel ВоронкаПосевы${n} «Покупатели из посевов» for Новички${n} {`,
        `        stage Просмотр «Видит пост в канале» via посевы${n} volume ${money(views)} просмотры cost ${money(seeding)}`,
        '        stage Переход «Переходит по ссылке с промокодом» conversion 3%',
        '        stage Заказ «Оформляет первый заказ» conversion 7%',
        '    }',
        '',
        `    funnel ВоронкаОфисы${n} «Офисы из лид-форм VK» for Офисы${n} {`,
        `        stage Заявка «Оставляет заявку в лид-форме» via вк_лидформы${n} volume 150 заявки cost ${money(leadForms)}`,
        '        stage Дегустация «Проводим дегустацию в офисе» conversion 40%',
        '        stage Договор «Подписывает офисный тариф» conversion 50%',
        '    }',
        '',
        `    metric эфиры_${n} «Прямые эфиры с обжарщиком, ${city}» {`,
        `        aka прямые_эфиры_${n}`,
        '        unit count',
        '        output',
        '        description «Сколько эфиров мы провели: это наша активность, а не результат.»',
        '    }',
        '',
        '    /** Объём новых покупателей берётся прямо из воронок. */',
        `    goal ПервыеПокупатели${n} «${money(round10(vkOrders) + round10(tgOrders) + round10(seedingOrders))} новых покупателей в городе ${city} к концу года» {`,
        `        segment Кофеманы${n}, Новички${n}`,
        `        kpi клиенты >= ${money(round10(vkOrders))} by 2027-12-31 from ВоронкаВК${n}.Заказ`,
        `        kpi клиенты >= ${money(round10(tgOrders))} by 2027-12-31 from ВоронкаТелеграм${n}.Заказ`,
        `        kpi клиенты >= ${money(round10(seedingOrders))} by 2027-12-31 from ВоронкаПосевы${n}.Заказ`,
        '        kpi цена_клиента <= 600 ₽ by 2027-12-31',
        '        kpi кликабельность >= 1% per week baseline 0,7%',
        '        owner Таргетолог',
        '        deadline 2027-12-31',
        '    }',
        '',
        `    goal Сообщество${n} «Живое сообщество в городе ${city}: 25 000 подписчиков к концу года» {`,
        `        segment Кофеманы${n}, Новички${n}`,
        '        kpi подписчики >= 25 000 by 2027-12-31 baseline 8 400',
        '        kpi охват >= 250 000 per month by 2027-09-30 baseline 90 000',
        '        kpi вовлечённость >= 4% per month baseline 2,8%',
        `        kpi эфиры_${n} >= 2 per month by 2027-12-31`,
        '        owner КонтентМейкер',
        '        deadline 2027-12-31',
        '    }',
        '',
        `    goal ОфисныеКлиенты${n} «30 офисов на офисном тарифе к концу года» {`,
        `        segment Офисы${n}`,
        `        kpi заявки ≥ 150 by 2027-12-31 from ВоронкаОфисы${n}.Заявка`,
        '        kpi цена_лида ≤ 400 ₽',
        `        kpi продажи >= 30 by 2027-12-31 from ВоронкаОфисы${n}.Договор`,
        '        owner Основатель',
        '        deadline 2027-12-31',
        '    }',
        '',
        ...(sloppy ? [
            `    goal Узнаваемость${n} «Неплохо бы, чтобы нас узнали в городе ${city}»`,
            ''
        ] : []),
        '    content {',
        '        /** Показываем изнутри, как зерно становится кофе: обжарка, каппинг, упаковка. */',
        `        rubric ДеньОбжарки${n} «День обжарки» on вк${n}, телеграм${n} 2 per week format клипы, «видео до 60 секунд»`,
        `            owner КонтентМейкер goal Сообщество${n}`,
        `        rubric ЛотНедели${n} «Лот недели со скидкой 10%» on вк${n}, телеграм${n} 1 per week format пост, сторис`,
        `            owner СММ goal ПервыеПокупатели${n}`,
        `        rubric КофеВОфис${n} «Кофе в офис: истории клиентов» on вк${n} 2 per month format кейс`,
        `            owner СММ goal ОфисныеКлиенты${n}`,
        '    }',
        '',
        `    phase Подготовка${n} «Подготовка в городе ${city}: аналитика, съёмка, первые кампании» ${date(month, 1)} .. ${date(month, 28)} {`,
        `        task Аналитика${n} «Настроить пиксель VK, UTM-метки и цели в Яндекс Метрике»`,
        '            owner Таргетолог format «таблица UTM-меток и список целей»',
        `            deliverable «тестовый заказ виден в кабинете VK Рекламы» due ${date(month, 7)} step 1`,
        `        task Фотосессия${n} «Предметная съёмка всех лотов»`,
        '            owner Дизайнер format «60 фото и 15 вертикальных видео»',
        `            deliverable «фотобанк в общей папке» due ${date(month, 12)} step 1 cost ${money(photo)}`,
        `        task Запуск${n} «Запустить VK Рекламу и Telegram Ads»`,
        '            owner Таргетолог format «по 3 группы объявлений на сегмент, A/B-тест оффера»',
        `            deliverable «кампании работают, ежедневный отчёт в таблице» due ${date(month, 21)} step 2 after Аналитика${n}, Фотосессия${n}`,
        `        milestone Первые100_${n} «Первые 100 заказов с рекламы» by ${date(month, 28)}`,
        '    }',
        '',
        `    phase Рост${n} «Рост в городе ${city}: масштабируем то, что продаёт» ${date(month + 1, 1)} .. ${date(month + 4, 28)} {`,
        `        task НаборыБлогерам${n} «Дегустационные наборы для 20 кофейных блогеров»`,
        `            ${sloppy ? '' : 'owner СММ '}format «набор из 3 лотов и открытка с промокодом»`,
        `            deliverable «отправленные наборы и таблица упоминаний» due ${date(month + 1, 20)} step 1 cost ${money(bloggers)}`,
        `        task ДегустацииВОфисах${n} «Провести дегустации в офисах по заявкам»`,
        '            owner Основатель format «часовая дегустация, 3 лота, прайс для офиса»',
        `            deliverable «отчёт о каждой дегустации в CRM» due ${date(month + 4, 20)} step 2 after НаборыБлогерам${n}`,
        `        milestone Тысяча${n} «1 000 новых покупателей из соцсетей» by ${date(month + 4, 28)}`,
        '    }',
        '',
        '    /* Вероятность × ущерб — ожидаемая потеря; резерв стратегии покрывает сумму. */',
        `    risk РостСтавок${n} «Ставки VK Рекламы вырастут на 25% к лету» probability 35% impact 45 000`,
        '        mitigation «Перенести до 20% бюджета в посевы, использовать резерв»',
        '        owner Таргетолог',
        `    risk СрывПосева${n} «Канал сорвёт или перенесёт выход поста» probability 30% impact 15 000`,
        '        mitigation «Предоплата 50%, остальное после выхода; резервные каналы в медиаплане»',
        '        owner СММ',
        `    risk Жара${n} «Летом спрос на горячий кофе падает» probability 60% impact 40 000`,
        '        mitigation «С июня продвигаем зерно для колд брю»',
        '        owner КонтентМейкер',
        '',
        `    adjust ВыгораниеКреативов${n} when кликабельность < 0,7% and частота > 2.5 for 7 days`,
        '        then «Заменить креативы следующим пакетом» owner Таргетолог',
        `    adjust ДорогойКлиент${n} when цена_клиента > 750 ₽ for 14 days`,
        '        then «Перенести 20% бюджета Telegram Ads в VK Рекламу и посевы» owner Таргетолог',
        ''
    ];
    return {
        lines,
        channelBudget: vk + tg + seeding + leadForms,
        taskCosts: photo + bloggers,
        expectedLoss: sum(risks.map(([p, impact]) => p * impact)),
        mistakes: sloppy ? SLOPPY_MARKET : []
    };
}

/** `1234567` → `1 234 567`, as the examples write money and volumes. */
function money(value: number): string {
    return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

function round10(value: number): number {
    return Math.floor(value / 10) * 10;
}

function date(month: number, day: number): string {
    return `2027-${String(Math.min(month, 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function sum(values: number[]): number {
    return values.reduce((a, b) => a + b, 0);
}

/** An integer in [0, n). */
function pick(random: () => number, n: number): number {
    return Math.floor(random() * n);
}

/** A small, well-known seeded PRNG (Tommy Ettinger's Mulberry32): the same seed, the same numbers. */
function mulberry32(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
}

/** What the vague goal (no KPI, owner or segment) and the task without an owner of a sloppy market yield. */
const SLOPPY_MARKET = ['goal-vague-wording', 'goal-without-kpi', 'goal-without-owner', 'goal-without-segment', 'task-without-owner'];

/**
 * A year of daily actuals for a generated strategy, one `actuals day` block a day as a manager who records
 * every day would write them: the strategy's spend, impressions, reach and clicks, and the first orders at
 * the two funnels of each of the first `markets` English markets (0, 2, 4…), with a week-long dip of the
 * click-through rate in the last days of the year (which fires the `CreativeFatigue` rules). Deterministic.
 */
export function generateActuals(markets = 3, seed = DEFAULT_SEED): string {
    const random = mulberry32(seed + 1);
    const lines = ['// A year of daily actuals.'];
    const first = Date.UTC(2027, 0, 1);
    for (let day = 0; day < 365; day++) {
        const date = new Date(first + day * 86_400_000).toISOString().slice(0, 10);
        const impressions = 90_000 + Math.round(random() * 20_000);
        const fatigue = day >= 358;
        const ctr = fatigue ? 0.006 : 0.009 + random() * 0.003;
        lines.push(`actuals day ${date} {`);
        lines.push(`    spend ${money(2_000 + Math.round(random() * 800))} RUB`);
        lines.push(`    impressions ${money(impressions)}`);
        // Each person sees the ads 2–3 times a day, 4–4.5 times in the week the creatives tire.
        lines.push(`    reach ${money(Math.round(impressions / ((fatigue ? 4 : 2) + random() * (fatigue ? 0.5 : 1))))}`);
        lines.push(`    clicks ${money(Math.round(impressions * ctr))}`);
        for (let m = 0; m < markets; m++) {
            lines.push(`    customers ${1 + Math.round(random() * 4)} at OfficeFunnel${2 * m}.FirstOrder`);
            lines.push(`    customers ${1 + Math.round(random() * 3)} at StudentFunnel${2 * m}.FirstOrder`);
        }
        lines.push('}');
    }
    return `${lines.join('\n')}\n`;
}
