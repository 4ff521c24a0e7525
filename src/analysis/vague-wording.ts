/**
 * Vague wording in a goal's statement: wishes ("неплохо бы", "would be nice"), directions without an
 * amount ("увеличить продажи", "grow awareness") and soft goals ("узнаваемость бренда"). A statement
 * that names a quantity (a number, a rate, money or a date) is concrete whatever words it uses.
 *
 * The lexicon is plain data, compiled once at module load. Pattern notation, on top of regular
 * expressions (always case-insensitive, the statement being lower-cased first, Unicode-aware, matched as whole
 * words):
 * - `~` stands for any inflection ending (`увелич~` = увеличить, увеличение, увеличим…);
 * - a space stands for any run of whitespace;
 * - `ё` is written as `е`: statements are read with ё folded into е.
 */

export interface VagueWording {
    /** The vague words as written in the text (e.g. "Неплохо бы", "grow awareness"). */
    phrase: string;
    /** Offset and length of `phrase` in the analysed text (UTF-16 code units). */
    offset: number;
    length: number;
    language: 'en' | 'ru';
}

type Language = VagueWording['language'];

interface VagueGroup {
    language: Language;
    patterns: readonly string[];
}

const anyOf = (...alternatives: string[]): string => `(?:${alternatives.join('|')})`;

// ---------------------------------------------------------------- what marketers want more of

/** English results, audiences and soft goals; compounds first, so that the longest one is reported. */
const EN_THING = anyOf(
    'brand (?:awareness|recognition|image|loyalty|presence|love)', 'brand(?! new)',
    'sales', 'revenue', 'profits?', 'income', 'orders?', 'purchases?', 'bookings?', 'customers?', 'clients?',
    'buyers?', 'followers?', 'subscribers?', 'fans', 'leads', 'sign-?ups', 'users', 'students', 'people',
    'visitors', 'visits', 'traffic', 'reach', 'views', 'impressions', 'likes', 'shares', 'comments', 'clicks',
    'downloads', 'installs', '(?:engagement|conversion|open|retention) rate', 'engagement', 'conversions?',
    'retention', 'loyalty', 'trust', 'demand', 'interest', 'audiences?', 'community', 'following',
    'awareness', 'recognition', 'visibility', 'presence', 'reputation', 'image', 'popularity',
    'ctr', 'cpc', 'cpm', 'cpa', 'cpl', 'roi', 'roas', 'ltv', 'aov', 'average (?:order value|check|bill)',
    'costs?', 'prices?', '(?:ad )?spend', 'budget'
);

/** Russian results, audiences and soft goals, in any case and number. */
const RU_THING = anyOf(
    'продаж~', 'выручк~', 'прибыл~', 'доход(?:а|ы|ов|ом|у)?', 'заказ~', 'покуп(?:ок|к~)', 'клиент~',
    'покупател~', 'подписчик~', 'фолловер~', 'лид(?:ы|ов|ам|ами|ах|а|у|ом|е)?', 'заяв(?:к~|ок)', 'охват~',
    'трафик~', 'просмотр~', 'показ~', 'лайк~', 'репост~', 'комментари~', 'переход~', 'клик~', 'скачивани~',
    'установ(?:к~|ок)', 'конверси~', 'вовлеченност~', 'вовлечени~', 'лояльност~', 'удержани~', 'довери~',
    'спрос~', 'интерес(?:а|у|ом)?', 'аудитори~', 'сообществ~', 'бренд~', 'узнаваемост~', 'известност~',
    'популярност~', 'присутстви~', 'репутаци~', 'имидж~', 'активност~', 'позици~', 'студент~', 'людей',
    'пользовател~', 'гост(?:ей|и|ям|ями)', 'посетител~', 'посещаемост~', 'продвижени~', 'географи~',
    'ассортимент~', 'рын(?:ок|ка|ку|ке|ком)', 'бюджет~', 'средн(?:ий|его|ему|им) чек~', 'стоимост~', 'цен(?:а|ы|у|е|ой)?',
    'ctr', 'cpc', 'cpm', 'cpa', 'cpl', 'roi', 'roas', 'ltv'
);

/** Prepositions end a phrase: "more popular among students" is about popularity, not students. */
const PREPOSITION = anyOf(
    'among', 'at', 'for', 'from', 'in', 'of', 'on', 'to', 'with', 'в', 'во', 'для', 'до', 'за', 'из', 'к', 'на', 'о',
    'от', 'по', 'при', 'с', 'среди', 'у'
);

/** A thing, optionally after up to two words ("our online sales", "число заказов", "онлайн-продажи"). */
const object = (thing: string): string =>
    `(?:(?!${PREPOSITION} )[\\p{L}\\p{N}'-]+ ){0,2}?(?:[\\p{L}\\p{N}]+-)?${thing}`;
const EN_OBJECT = object(EN_THING);
const RU_OBJECT = object(RU_THING);

/** English adjectives that, after "more" or "better", describe a wished-for state. */
const EN_STATE = anyOf(
    'active', 'visible', 'popular', 'known', 'well-known', 'famous', 'engaged', 'engaging', 'loyal',
    'recogni[sz]able', 'relevant', 'attractive', 'noticeable', 'consistent', 'often', 'frequent(?:ly)?'
);

/** Russian comparatives that say "more" or "better" without saying how much. */
const RU_COMPARATIVE = anyOf(
    'больше', 'побольше', 'чаще', 'лучше', 'активнее', 'популярнее', 'известнее', 'заметнее', 'узнаваемее', 'ярче',
    'интереснее', 'ближе', 'доступнее', 'сильнее', 'шире', 'быстрее', 'выше', 'дешевле'
);

// ---------------------------------------------------------------- the lexicon

const VAGUE_LEXICON: readonly VagueGroup[] = [
    // Wishes instead of commitments: "it would be nice", "we'd like to", "try to", "ideally".
    {
        language: 'en', patterns: [
            '(?:(?:it|that|this) (?:would|might|could)|it\'d|that\'d|would|might|could) be (?:really |so |very )?'
                + '(?:nice|great|good|cool|awesome|ideal|lovely|wonderful|fantastic|perfect)',
            '(?:(?:we|i) would|we\'d|i\'d|would) (?:really )?(?:like|love) to',
            '(?:we|i) (?:really )?(?:want|wish|hope|aim|dream)(?: to)?',
            '^want to',
            '(?:try|tries|trying|attempt(?:s|ing)?|striv(?:e|es|ing)|endeavou?r(?:s|ing)?) to',
            'hopefully', 'ideally', '(?:if|where|when) possible', 'if we can', 'nice to have',
            'do (?:our|my) best', 'do everything we can', 'make an effort', 'somehow', 'kind of', 'sort of'
        ]
    },
    // Wishes in Russian: «неплохо бы», «было бы хорошо», «хотелось бы», «постараемся». «Попробовать»
    // only before a verb: «попробовать TikTok» is an experiment, «попробуем увеличить» is a wish.
    {
        language: 'ru', patterns: [
            '(?:неплохо|хорошо|здорово|классно|круто|славно|надо|нужно) было бы',
            '(?:неплохо|хорошо|здорово|классно|круто|славно|надо|нужно|стоило) бы',
            '(?:было|будет) бы (?:очень |совсем )?(?:хорошо|здорово|неплохо|отлично|классно|круто|идеально|'
                + 'прекрасно|замечательно|полезно|правильно)',
            'хотел(?:ось|и|а)? бы', 'хочется', 'хотим', 'хочу', 'мечта(?:ем|ю)', 'надее(?:мся|тся)', 'надеюсь',
            'постара~', 'стара(?:ться|емся|ются|ется)', 'попыта~', 'пыта(?:ться|емся)',
            'попроб~(?= \\p{L}+(?:ть|ться)(?![\\p{L}\\p{N}]))',
            'по возможности', 'в идеале', 'по-хорошему', 'по мере (?:сил|возможност~)', 'как-нибудь', 'как-то',
            'сделать (?:все|всё) возможное', 'приложить (?:все )?усилия'
        ]
    },
    // A direction without an amount: "grow", "increase", "improve", "boost" (and what is to grow).
    {
        language: 'en', patterns: [
            anyOf(
                'grow(?:s|ing|n)?', 'grew', 'increas(?:e|es|ed|ing)', 'improv(?:e|es|ed|ing|ements?)',
                'boost(?:s|ed|ing)?', 'maximi[sz](?:e|es|ed|ing|ation)', 'enhanc(?:e|es|ed|ing|ement)',
                'strengthen(?:s|ed|ing)?', 'optimi[sz](?:e|es|ed|ing|ation)', 'reduc(?:e|es|ing|tion)',
                'decreas(?:e|es|ing)', 'minimi[sz](?:e|es|ing)', 'promot(?:e|es|ing)', 'accelerat(?:e|es|ing)',
                'amplif(?:y|ies|ying)', '(?:step|ramp|scale) up'
            ) + `(?: ${EN_OBJECT})?`,
            `growth (?:of|in) ${EN_OBJECT}`,
            `${EN_THING} growth`
        ]
    },
    // Verbs that are vague only with a marketing object: "build the brand" but not "build a landing page".
    {
        language: 'en', patterns: [
            anyOf(
                'rais(?:e|es|ed|ing)', 'build(?:s|ing)?', 'develop(?:s|ed|ing|ment)?', 'expan(?:d|ds|ded|ding|sion)',
                'driv(?:e|es|ing)', 'widen(?:s|ed|ing)?', 'broaden(?:s|ed|ing)?', 'establish(?:es|ed|ing)?'
            ) + ` ${EN_OBJECT}`,
            '(?:take|bring) (?:[\\p{L}\'-]+ ){0,3}?to (?:the|a) (?:next|new) level'
        ]
    },
    // The same directions in Russian, every inflected form: «увеличить», «увеличение», «увеличим».
    {
        language: 'ru', patterns: [
            anyOf(
                'увелич~', 'повы[сш]~', 'улучш~', 'рост(?:а|у|ом|е)?', 'расти', 'растить', 'растем',
                'вырас(?:ти|тить|тим|тем)', 'нарас(?:тить|тим)', 'наращ~',
                'разви(?:вать|ваем|ваться|ть|тие|тия|тию|тием)',
                'продви(?:гать|гаем|гаться|жение|жения|жению|жением|нуть)', 'раскру(?:т|ч)~',
                'укреп~', 'налад~', 'налажива~', 'усил(?:ить|им|ивать|иваем|ение|ения|ению|ением)',
                'оптимиз~', 'максимиз~', 'сни(?:зить|зим|жать|жаем|жение|жения|жению|жением)', 'уменьш~',
                'сократ(?:ить|им)', 'сокращ~', 'ускор~', 'активизир~'
            ) + `(?: ${RU_OBJECT})?`,
            `${anyOf('расшир~', 'подн(?:ять|имем|имать|ятие)', 'поднима~')} ${RU_OBJECT}`,
            '(?:вывести|выйти|выход) (?:[\\p{L}-]+ ){0,2}?на (?:новый|другой|следующий) уровень'
        ]
    },
    // "More" and "better" without a number: "get more followers", "be more active", "better engagement".
    {
        language: 'en', patterns: [
            `(?:get|gain|attract|win|sell|bring in|drive|generate|reach|make|earn|see|have) more(?: ${EN_OBJECT})?`,
            `(?:(?:be|become|get|grow) )?(?:much |even |a lot |a bit )?(?:more|better) ${EN_STATE}`,
            `(?:more|better|bigger|higher|larger|wider|greater|stronger|lower|cheaper) ${EN_OBJECT}`,
            '(?:be|become) (?:the )?(?:best|top|leading|number one|go-to|first choice|most [\\p{L}-]+)'
        ]
    },
    // Comparatives in Russian: «привлечь больше», «больше продаж», «стать популярнее», «сделать лучше».
    {
        language: 'ru', patterns: [
            // A verb (infinitive or "we" form) before the comparative; Cyrillic letters only, which is faster.
            `[а-я]+(?:ть|ться|чь|ем|им) (?:еще |как можно )?${RU_COMPARATIVE}(?: ${RU_OBJECT})?`,
            `сдела~ (?:[\\p{L}-]+ ){0,2}?(?:еще )?${RU_COMPARATIVE}`,
            `${anyOf('больше', 'побольше', 'более')} ${RU_OBJECT}`,
            'более \\p{L}+', 'побольше',
            anyOf('активнее', 'популярнее', 'известнее', 'заметнее', 'узнаваемее')
        ]
    },
    // Amounts and degrees that name no figure: "as many as possible", "significantly", "several".
    {
        language: 'en', patterns: [
            'as \\p{L}+(?: \\p{L}+){0,2}? as (?:possible|we can)', 'asap', 'maximum', 'significantly', 'substantially',
            'considerably', 'dramatically', 'noticeably', 'greatly', 'massively', 'hugely', 'drastically',
            'much (?:more|better|higher|bigger)', 'a lot(?: of| more)?', 'lots of', 'plenty of', 'many more',
            'several', 'a few'
        ]
    },
    {
        language: 'ru', patterns: [
            'как можно \\p{L}+', 'по максимуму', 'максимальн~', 'максимум', 'значительно', 'существенно',
            'заметно', 'намного', 'гораздо', 'сильно', 'в (?:несколько )?раз', 'несколько',
            'много', 'многократн~', 'множеств~', 'немало'
        ]
    },
    // Time that names no date: "soon", "eventually", «в ближайшее время».
    {
        language: 'en', patterns: [
            'soon', 'someday', 'some day', 'eventually', 'at some point', 'sooner or later', 'in the long run',
            'over time'
        ]
    },
    {
        language: 'ru', patterns: [
            'скоро', 'вскоре', 'в ближайшее время', 'когда-нибудь', 'со временем', 'рано или поздно', 'в перспективе'
        ]
    },
    // Soft goals named on their own: "brand awareness", «узнаваемость бренда».
    {
        language: 'en', patterns: [
            'brand (?:awareness|recognition|image|loyalty|presence|love)', 'awareness', 'recognition',
            'visibility', 'reputation', 'popularity', 'hype', 'buzz'
        ]
    },
    {
        language: 'ru', patterns: ['узнаваемост~', 'известност~', 'популярност~', 'имидж~', 'репутаци~', 'хайп~']
    }
];

// ---------------------------------------------------------------- what makes a statement concrete

/** Time units that a deadline or a rate is counted in. */
const EN_TIME_UNIT = anyOf(
    'hours?', 'days?', 'weeks?', 'weekends?', 'months?', 'quarters?', 'years?',
    'semesters?', 'seasons?', 'summer', 'winter', 'spring', 'autumn', 'fall', 'holidays', '(?:school|academic) year'
);
const RU_TIME_UNIT = anyOf(
    'час(?:а|ов)?', 'день', 'дня', 'дней', 'дни', 'сутки', 'суток', 'недел~', 'месяц~', 'квартал~',
    'год(?:а|у|ом|е)?', 'полугоди~', 'сезон~', 'семестр~', 'сесси~', 'лет(?:о|а|у|ом|е)', 'зим(?:а|ы|е|у|ой)',
    'весн(?:а|ы|е|у|ой)', 'осен(?:ь|и|ью)', 'праздник~', 'каникул~'
);

/**
 * Numbers in figures, percentages and money symbols; not whole words: "2x", "1.5k", "30%", "5млн". Each
 * starts with the character it is about and looks behind only then, which keeps the scan fast.
 */
const FIGURES: readonly string[] = [
    // A digit not glued to a word before it: "1 500", "2027-03-31", "×2", but not "B2B" or "Web3".
    '[0-9](?<!\\p{L}[0-9])',
    // "x2" and the Cyrillic «х2».
    '[xх]\\s?[0-9](?<![\\p{L}\\p{N}][xх]\\s?[0-9])',
    '[%‰₽$€£₸¥]'
];

/** Quantities in words, read as whole words. */
const QUANTITY_WORDS: readonly string[] = [
    // Spelled-out numbers and multipliers. "One" is left out ("one of the best"), and so are "percent" and
    // «процент» on their own: "increase the percentage of repeat orders" names no figure.
    anyOf(
        'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
        'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundreds?', 'thousands?',
        'millions?', 'billions?', 'dozens?', 'twice', 'thrice', 'doubl(?:e|es|ed|ing)', 'tripl(?:e|es|ed|ing)',
        'quadrupl(?:e|es|ed|ing)', 'halv(?:e|es|ed|ing)', 'half', '(?:two|three|four|five|ten|hundred)fold'
    ),
    // The same in Russian; «один» is left out («одна из лучших»).
    anyOf(
        'дв(?:а|е|ух|ум|умя)', 'тр(?:и|ех|ем|емя)', 'четыр(?:е|ех|ем|ьмя)', 'пят(?:ь|и|ью)', 'шест(?:ь|и|ью)',
        'сем(?:ь|и)', 'вос(?:емь|ьми|емью)', 'девят(?:ь|и|ью)', 'десят(?:ь|и|ью|ок|ка|ки|ков)', 'двадцат~',
        'тридцат~', 'сорок~', 'пятьдесят', 'пятидесят~', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто',
        'сто', 'сотн~', 'двест~', 'трист~', 'четырест~', 'пятьсот', 'тысяч~', 'тыс', 'млн', 'млрд', 'руб',
        'миллион~', 'миллиард~', 'вдвое', 'втрое', 'вчетверо', 'впятеро', 'вдесятеро', 'полтор(?:а|ы)', 'полутора',
        'половин~', 'пол(?:года|миллиона|тысячи|сотни)', 'дюжин~', 'удво~',
        'утро(?:ить|им|ение|ения|ению)', '(?:дву|трех|четырех|пяти|десяти)кратн~'
    ),
    // Months, weekdays, quarters and holidays in English ("May" is matched apart, capitalised only).
    anyOf(
        'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
        'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
        'q[1-4]', 'h[12]', 'new year(?:\'s)?', 'christmas', 'black friday', 'cyber monday', 'easter', 'halloween',
        'valentine\'?s? day', 'back to school', 'today', 'tomorrow', 'tonight'
    ),
    // Months, weekdays and holidays in Russian («среда» is left out: it also means "environment").
    anyOf(
        'январ~', 'феврал~', 'март(?:а|е|у)?', 'апрел~', 'ма(?:й|я|е)', 'июн~', 'июл~', 'август(?:а|е|у)?',
        'сентябр~', 'октябр~', 'ноябр~', 'декабр~', 'понедельник~', 'вторник~', 'четверг~', 'пятниц~',
        'суббот~', 'воскресень~', 'нов(?:ый|ого|ому|ым|ом) год~', 'новогодн~', 'сегодня', 'завтра'
    ),
    // Deadlines and rates in English: "by the end of the quarter", "this summer", "a month", "weekly".
    `(?:this|next|coming|every|each|per) ${EN_TIME_UNIT}`,
    'a (?:hour|day|week|month|quarter|year)',
    `(?:by|before|until|till|within|in|during|over|for) (?:the |a |an |this |next )?`
        + `(?:end of (?:the |this |next )?)?${EN_TIME_UNIT}`,
    'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'annually',
    // Deadlines and rates in Russian: «к концу квартала», «этим летом», «в месяц», «ежедневно».
    `(?:к|до|в|во|за|на|в течение|эт(?:им|ой|от|ом|у)|следующ~|каждый|каждую|каждое|каждом|ближайш~|текущ~) `
        + `(?:(?:конц(?:а|у)|начал(?:а|у)|середин(?:е|ы|у)) )?(?:(?:этого|этой|текущего|текущей|следующего|следующей) )?`
        + RU_TIME_UNIT,
    'летом', 'зимой', 'весной', 'осенью', 'ежедневно', 'еженедельно', 'ежемесячно', 'ежеквартально', 'ежегодно'
];

/** "May" is a month only when capitalised; lower-case it is the verb ("sales may grow"). */
const CASE_SENSITIVE_QUANTITY_WORDS: readonly string[] = ['May'];

// ---------------------------------------------------------------- compiling

const WORD_START = '(?<![\\p{L}\\p{N}_]|\\p{L}-)';
const WORD_END = '(?![\\p{L}\\p{N}_]|-\\p{L})';

/** Expands the lexicon notation (`~`, spaces) into a regular expression source. */
function expand(pattern: string): string {
    return pattern.replaceAll('~', '\\p{L}*').replaceAll(' ', '\\s+');
}

/**
 * Without the `i` flag: the lexicon is lower case and is matched against the lower-cased statement. A
 * case-insensitive Unicode expression this large takes V8 about half a second to compile on first use
 * (it closes every `\p{L}` and every letter over case), which a user would wait for on opening a strategy.
 */
function compile(patterns: readonly string[], { wholeWords = true } = {}): RegExp {
    const alternatives = anyOf(...patterns.map(expand));
    return new RegExp(wholeWords ? WORD_START + alternatives + WORD_END : alternatives, 'u');
}

const VAGUE_RULES = VAGUE_LEXICON.map(group => ({ language: group.language, regex: compile(group.patterns) }));

/** Matched against the lower-cased statement. */
const QUANTITY_RULES: readonly RegExp[] = [compile(FIGURES, { wholeWords: false }), compile(QUANTITY_WORDS)];

/** Matched against the statement as written. */
const CASE_SENSITIVE_QUANTITY_RULE = compile(CASE_SENSITIVE_QUANTITY_WORDS);

// ---------------------------------------------------------------- reading a statement

/** Quoted spans, which name things (a campaign «Расти с нами», a channel "More Coffee") rather than wish. */
const QUOTED = /«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|"[^"]*"/gu;

/**
 * The statement as the lexicon reads it, with every character kept in place so that offsets still point
 * into the original: ё folded into е, typographic apostrophes made plain, quoted names blanked out
 * (unless the whole statement is one quotation).
 */
function normalize(statement: string): string {
    const whole = statement.trim().length;
    return statement
        .replace(/ё/g, 'е').replace(/Ё/g, 'Е')
        .replace(/[’‘ʼ`]/g, '\'')
        .replace(QUOTED, quoted => quoted.length === whole ? ` ${quoted.slice(1, -1)} ` : ' '.repeat(quoted.length));
}

/** `text` in lower case, character by character, so that offsets still point into the original. */
function lowerCase(text: string): string {
    const lower = text.toLowerCase();
    if (lower.length === text.length && !/[^\p{ASCII}]/u.test(text)) {
        return lower;
    }
    // A character whose lower case is longer or shorter (İ → i̇) stays as written.
    return Array.from(text, char => {
        const folded = char.toLowerCase();
        return folded.length === char.length ? folded : char;
    }).join('');
}

function namesQuantity(text: string, lower: string): boolean {
    return QUANTITY_RULES.some(rule => rule.test(lower)) || CASE_SENSITIVE_QUANTITY_RULE.test(text);
}

/** True when the statement names a quantity: a number, a rate or percentage, money, or a date. */
export function statesQuantity(statement: string): boolean {
    const text = normalize(statement);
    return namesQuantity(text, lowerCase(text));
}

/** Whether a match comes before the wording found so far: earlier, or as early and longer. */
function comesFirst(match: RegExpExecArray, found: VagueWording | undefined): boolean {
    return !found || match.index < found.offset || (match.index === found.offset && match[0].length > found.length);
}

/** The first vague or wishful wording in a goal's statement, or undefined when the statement is concrete. */
export function findVagueWording(statement: string): VagueWording | undefined {
    const text = normalize(statement);
    const lower = lowerCase(text);
    if (namesQuantity(text, lower)) {
        return undefined;
    }
    let first: VagueWording | undefined;
    for (const { language, regex } of VAGUE_RULES) {
        const match = regex.exec(lower);
        if (match && comesFirst(match, first)) {
            const [offset, length] = [match.index, match[0].length];
            first = { phrase: statement.slice(offset, offset + length), offset, length, language };
        }
    }
    return first;
}
