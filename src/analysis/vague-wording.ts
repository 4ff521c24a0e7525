/**
 * Vague wording in a goal's statement: wishes ("неплохо бы", "would be nice"), directions without an
 * amount ("увеличить продажи", "grow awareness") and soft goals ("узнаваемость бренда"). A statement
 * that names a quantity (a number, a rate, money or a date) is concrete whatever words it uses.
 *
 * The lexicon is plain data, compiled once at module load. Pattern notation, on top of regular
 * expressions (always case-insensitive, the statement being lower-cased first, Unicode-aware, matched as whole
 * words):
 * - `~` stands for any inflection ending (`увелич~` = увеличить, увеличение, увеличим…);
 * - a space stands for any run of whitespace, and ` ?` for an optional one;
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
    'costs?', 'prices?', '(?:ad )?spend', 'budget', 'markets?', 'segments?', 'niches?', 'members', 'youth',
    'gen ?z', 'millennials', 'moms', 'parents', 'locals', 'tourists', 'families', 'businesses', 'teens', 'chats?', 'groups?'
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
    'ассортимент~', 'рын(?:ок|ка|ку|ке|ком|ки|ков|ках)', 'бюджет~', 'сегмент~', 'ниш(?:а|и|у|е|ей)', 'молодеж~',
    'школьник~', 'мам(?:ы|ам|ами|ах)?', 'родител~', 'семь(?:и|ям|ями|ях)', 'турист~', 'жител~', 'горожан~',
    'участник~', 'чат(?:а|у|ом|е|ы|ов|ам|ами|ах)?', 'групп(?:а|ы|у|е|ой)', 'бизнес~', 'подростк~', 'средн(?:ий|его|ему|им) чек~', 'стоимост~', 'цен(?:а|ы|у|е|ой)?',
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

/** Ranks nobody measures: "the best-known", "the go-to", "the top". */
const EN_SUPERLATIVE = anyOf(
    'best(?:-\\p{L}+)?', 'top(?:-rated)?', 'leading', 'leader', 'number one', 'go-to', 'favou?rite', 'first', 'most [\\p{L}-]+',
    'biggest', 'largest', 'greatest', 'coolest', 'hottest', 'trendiest', 'friendliest', 'fastest', 'cheapest', 'brightest',
    'loudest', 'strongest', 'smartest', 'prettiest', 'warmest', 'market leader', 'household name', 'icon', 'known', 'famous',
    'popular', 'visible', 'recogni[sz]able', 'beloved', 'well-loved', 'trusted', 'talked-about', 'iconic', 'memorable'
);
/** Where a brand wants to be the best: "in the city", "on campus". */
const EN_PLACE = anyOf(
    'city', 'town', 'area', 'district', 'neighbou?rhood', 'region', 'country', 'campus', 'market', 'niche', 'segment',
    'industry', 'world', 'street', 'block', 'instagram', 'tiktok', 'telegram', 'vk', 'feed', 'internet', 'web', 'downtown'
);
/** Comparatives of feeling and looks, which no KPI counts: "happier", "brighter". */
const EN_SOFT_COMPARATIVE = anyOf(
    'happier', 'brighter', 'nicer', 'cooler', 'louder', 'smarter', 'friendlier', 'livelier', 'warmer', 'fresher',
    'prettier', 'richer', 'cozier', 'cosier', 'trendier', 'catchier', 'bolder', 'sharper', 'cleaner', 'classier',
    'better-looking'
);
const EN_SOFT_ADJECTIVE = anyOf(
    'memorable', 'recogni[sz]able', 'irresistible', 'unforgettable', 'iconic', 'viral', 'famous', 'popular', 'visible',
    'attractive', 'engaging', 'appealing', 'trendy', 'loved', 'beautiful', 'stylish', 'catchy', 'remarkable', 'noticed',
    'talked about', 'known', 'bright', 'vibrant', 'fun', 'cool', 'happy', 'loyal', 'excited', 'better'
);
/** Praise that names no figure: "excellent", "strong", "solid". */
const EN_QUALITY = anyOf(
    'excellent', 'great', 'good', 'strong', 'solid', 'high', 'impressive', 'outstanding', 'amazing', 'awesome', 'huge',
    'massive', 'decent', 'healthy', 'steady', 'stable', 'record', 'optimal', 'positive', 'superb', 'exceptional',
    'tangible', 'noticeable', 'real', 'serious', 'better', 'best', 'top', 'fantastic', 'stellar', 'remarkable', 'sustainable',
    'consistent', 'meaningful', 'visible', 'measurable', 'significant', 'maximum', 'max'
);
/** What praise is given to: results, returns, numbers. */
const EN_RESULT = anyOf(
    'results?', 'returns?', 'roi', 'roas', 'romi', 'performance', 'engagement', 'feedback', 'numbers', 'figures', 'growth',
    'sales', 'reach', 'traffic', 'conversions?', 'reviews', 'ratings?', 'response', 'momentum', 'presence', 'payback',
    'impact', 'outcomes?', 'effect', 'revenue', 'profits?', 'exposure', 'awareness', 'visibility', 'reputation', 'loyalty',
    'word of mouth', 'buzz', 'interest', 'demand', 'retention', 'ctr', 'open rates?', 'click-through'
);
/** Feelings of people that no KPI counts as such: "happy customers", "loyal fans". */
const EN_FEELING = anyOf(
    'happ(?:y|ier)', 'satisfied', 'delighted', 'loyal', 'engaged', 'excited', 'passionate', 'devoted', 'enthusiastic',
    'raving', 'thrilled', 'grateful', 'returning', 'committed', 'lifelong', 'die-hard', 'true', 'active', 'dedicated'
);
const EN_PEOPLE = anyOf(
    'customers', 'clients', 'fans', 'followers', 'subscribers', 'users', 'guests', 'buyers', 'students', 'audience',
    'community', 'people', 'visitors', 'members', 'readers', 'viewers', 'patrons', 'shoppers', 'diners', 'parents', 'moms'
);

const RU_SUPERLATIVE = anyOf(
    'лучш~', 'перв(?:ым|ой|ыми) (?:в голове|на слуху|выбором|в списке)', 'перв(?:ым|ой|ыми)', 'главн~', 'известн~', 'популярн~',
    'любим~', 'номер один', 'лидер~', 'топов~', 'крут~', 'модн~', 'узнаваем~', 'заметн~', 'знаменит~', 'легенд~',
    'культов~', 'иконой', 'брендом', 'на слуху', 'видн~', 'заметн~', 'нарасхват', 'первым выбором', 'первой мыслью'
);
/** «в городе», «на районе»: where a brand wants to be the best. */
const RU_PLACE = anyOf(
    'город~', 'район~', 'регион~', 'стран~', 'москв~', 'петербург~', 'питер~', 'сегмент~', 'нише', 'ниши', 'нишу',
    'рын(?:ок|ке|ка|ку)', 'рунет~', 'инстаграм~', 'телеграм~', 'тикток~', 'сети', 'интернет~', 'округ~', 'кампус~',
    'центр~', 'област~', 'улиц~', 'отрасл~', 'индустри~', 'вуз~', 'общежити~', 'универ~', 'университет~', 'лент~'
);
const RU_PLACE_GENITIVE = anyOf('города', 'района', 'региона', 'страны', 'москвы', 'рынка', 'отрасли', 'ниши');
const RU_SOFT_ADJECTIVE = anyOf(
    'красив~', 'ярк~', 'стильн~', 'узнаваем~', 'запоминающ~', 'вирусн~', 'популярн~', 'известн~', 'модн~', 'живы~',
    'живым', 'живой', 'живее', 'интересн~', 'крут~', 'заметн~', 'привлекательн~', 'вкусн~', 'уютн~', 'продающ~',
    'цепляющ~', 'эффектн~', 'качественн~', 'сочн~', 'атмосферн~', 'дружелюбн~', 'теплее', 'уютнее', 'счастлив~', 'довольн~'
);
const RU_QUALITY = anyOf(
    'отличн~', 'прекрасн~', 'хорош~', 'высок~', 'сильн~', 'мощн~', 'стабильн~', 'достойн~', 'впечатляющ~', 'ощутим~',
    'серьезн~', 'солидн~', 'приличн~', 'оптимальн~', 'рекордн~', 'положительн~', 'реальн~', 'заметн~', 'хорош~',
    'отменн~', 'шикарн~', 'бешен~', 'огромн~', 'большо~', 'больш(?:ие|их|ую|ая|ое|ий)', 'лучш~', 'максимальн~', 'хорош~',
    'устойчив~', 'весом~', 'значим~', 'существенн~', 'значительн~', 'нормальн~', 'ощутимый'
);
const RU_RESULT = anyOf(
    'результат~', 'отдач~', 'отклик~', 'показател~', 'цифр~', 'эффект~', 'окупаемост~', 'возврат~', 'вовлеченност~',
    'продаж~', 'охват~', 'трафик~', 'конверси~', 'отзыв~', 'рейтинг~', 'динамик~', 'рост~', 'присутстви~', 'позици~',
    'выручк~', 'прибыл~', 'спрос~', 'интерес~', 'узнаваемост~', 'репутаци~', 'лояльност~', 'доход~', 'эффективност~',
    'сарафан~', 'резонанс~', 'активност~', 'romi', 'roi', 'ctr'
);
const RU_FEELING = anyOf(
    'довольн~', 'счастлив~', 'лояльн~', 'преданн~', 'вовлеченн~', 'благодарн~', 'восторженн~', 'влюбленн~', 'верн(?:ые|ых|ым|ыми)',
    'активн(?:ые|ых|ым|ыми)', 'довольнее', 'счастливее', 'радостн~'
);
const RU_PEOPLE = anyOf(
    'клиент~', 'покупател~', 'подписчик~', 'гост(?:ей|и|ям|ями)', 'фанат~', 'поклонник~', 'аудитори~', 'сообществ~',
    'пользовател~', 'людей', 'люди', 'читател~', 'зрител~', 'посетител~', 'студент~', 'мам(?:ы|ам|ами|ах)?', 'родител~'
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
            `${anyOf(
                'sell(?:s|ing)?', 'earn(?:s|ing)?', 'get(?:s|ting)?', 'gain(?:s|ing)?', 'acquir(?:e|es|ing)', 'win(?:s|ning)?',
                'sign(?:s|ing)? up', 'clos(?:e|es|ing)', 'generat(?:e|es|ing)', 'bring(?:s|ing)?', 'attract(?:s|ing)?',
                'convert(?:s|ing)?', 'retain(?:s|ing)?', 'captur(?:e|es|ing)', 'accumulat(?:e|es|ing)'
            )} ${EN_OBJECT}`,
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
            `${anyOf(
                'прода(?:ть|вать|дим|ем)', 'получ(?:ить|ать|им|аем)', 'заработ(?:ать|аем)', 'привле(?:чь|кать|чем|каем|чение)',
                'набрать', 'набирать', 'наберем', 'генерир~', 'нагенерир~', 'конвертир~',
                'удерж(?:ать|ивать|им)', 'верн(?:уть|ем)', 'возвраща(?:ть|ем)', 'накоп(?:ить|им)', 'заполучить'
            )} ${RU_OBJECT}`,
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
    // Unmeasurable adjectives and superlatives: "the best-known florist in town", "happier customers",
    // "excellent returns", "#1 in the city". Nobody can say when a goal like this is reached.
    {
        language: 'en', patterns: [
            `(?:be|become|being|becoming|stay|remain|turn into|grow into) (?:the |a |an |(?:our |the )?(?:city|town|area)'s )?`
                + `(?:very |single |undisputed |true )?${EN_SUPERLATIVE}`,
            `(?:the )?${EN_SUPERLATIVE}(?: [\\p{L}'-]+){0,2}? (?:in|on|among|of|for) (?:the |our |this |its )?${EN_PLACE}`,
            `(?:make|keep|get) (?:[\\p{L}'-]+ ){1,3}?(?:${EN_SOFT_COMPARATIVE}|more [\\p{L}-]+|stand out|pop|shine|${EN_SOFT_ADJECTIVE})`,
            `${EN_SOFT_COMPARATIVE} [\\p{L}-]+`,
            'the (?:best(?:-\\p{L}+)?|most \\p{L}+(?:-\\p{L}+)?|biggest|largest|greatest|coolest|hottest|trendiest|friendliest|'
                + 'finest|tastiest|cosiest|coziest|prettiest|loveliest|brightest|smartest|strongest)',
            `${EN_QUALITY} (?:[\\p{L}'-]+ )?${EN_RESULT}`,
            `${EN_FEELING} (?:[\\p{L}'-]+ )?${EN_PEOPLE}`,
            '(?:delight|wow|impress|amaze|charm|surprise|win (?:over|the hearts of)|inspire|captivate|excite) [\\p{L}\'-]+',
            'stand(?:s|ing)? out', '(?:outperform|outshine|outsell|beat|overtake|outpace|outgrow)(?: (?:the |our |all )?(?:competitors|competition|rivals|chains))?',
            '#1', 'no\\. ?1', 'household name', 'talk of the town', 'top of mind', 'love ?brand', '(?:a|the) brand people love'
        ]
    },
    {
        language: 'ru', patterns: [
            `(?:стать|быть|остаться|оставаться|станем|будем|стань|становиться|сделаться) (?:${RU_PLACE_GENITIVE} )?`
                + `(?:сам(?:ой|ым|ыми|ым) )?${RU_SUPERLATIVE}`,
            'сам(?:ый|ая|ое|ые|ой|ым|ыми|ого|ую|ых|ому) \\p{L}+',
            `лучш(?:ий|ая|ее|ие|им|его|ей|ую|ими|их) (?:[\\p{L}-]+ ){0,2}?(?:в|на|среди|для) ${RU_PLACE}`,
            `сдела~ (?:[\\p{L}-]+ ){0,2}?${RU_SOFT_ADJECTIVE}`,
            `${RU_QUALITY} (?:[\\p{L}-]+ )?${RU_RESULT}`,
            `${RU_FEELING} (?:[\\p{L}-]+ )?${RU_PEOPLE}`,
            '(?:влюбить|влюбим|порадовать|радовать|удивить|удивлять|удивим|впечатлить|впечатлим|очаровать) \\p{L}+',
            'выдел(?:иться|яться|имся)', '(?:обогнать|обойти|опередить|переплюнуть|обгоним|обойдем|опередим)(?: \\p{L}+)?',
            '(?:номер|№) ?(?:один|1)', 'на слуху', 'у всех на устах', 'в топе', 'в тренде', 'лав ?бренд~'
        ]
    },
    // "Make it so that…": a state of the world wished for, with no measure of when it is reached.
    {
        language: 'en', patterns: [
            'make (?:it |things )?so(?: that)?', 'make sure(?: that)?', 'ensure(?: that)?', 'see to it that',
            'in such a way that',
            // "Get people to talk about us", "have everyone in town recommend us": someone else's behaviour, uncounted.
            '(?:get|have|help|let|make) (?:[\\p{L}\'-]+ ){1,3}?(?:to )?(?:talk|know|recommend|love|remember|choose|'
                + 'come|share|notice|hear|think|say|trust|prefer|buy|order|visit|follow|mention|tag|rave|care|believe)'
        ]
    },
    {
        language: 'ru', patterns: [
            'сдела~ (?:все )?так,? чтобы', 'добиться(?: того)?,? чтобы',
            `(?:добиться|добиваться|добьемся)(?: (?!${PREPOSITION} )[\\p{L}-]+){0,2}`,
            'заставить (?:\\p{L}+ )?(?:говорить|обсуждать|запомнить|полюбить|выбирать|покупать)',
            'так,? чтобы', 'чтобы (?:о |про )?(?:нас|нам|нами|все|люди|клиенты|покупатели|подписчики|каждый|студенты|'
                + `наш~|город|гости|пользователи|мамы|жители)(?: (?!${PREPOSITION} )\\p{L}+)?`,
            'добиться того'
        ]
    },
    // Reaching or entering an audience or a market without a measure: "tap into the student market".
    {
        language: 'en', patterns: [
            '(?:tap|break|get|move|expand|branch out|venture|go|push|make (?:it|our way)) into',
            `${anyOf(
                'enter(?:s|ing)?', 'penetrat(?:e|es|ing)', 'captur(?:e|es|ing)', 'conquer(?:s|ing)?', 'win over', 'win',
                'own', 'dominat(?:e|es|ing)', 'take over', 'occupy', 'crack', 'unlock', 'open up', 'access', 'tap',
                'reach(?:es|ing)?(?: out to)?', 'cover', 'target', 'attract', 'get in front of', 'get noticed by',
                'be (?:seen|heard|known|noticed) (?:by|among|in)', 'connect with', 'speak to', 'appeal to', 'resonate with',
                'get (?:to|through to)', 'find', 'lure', 'pull in', 'bring in', 'win the hearts of'
            )} ${object(anyOf(EN_THING, EN_PLACE))}`,
            'get noticed', 'be noticed', 'be everywhere', 'everywhere', 'reach(?:ing)? out to', 'be seen', 'be heard', 'make (?:some )?noise', 'make a splash'
        ]
    },
    {
        language: 'ru', patterns: [
            `охват(?:ить|им|ывать|ываем|ывая)(?: ${RU_OBJECT})?`,
            `(?:выйти|выходить|выйдем|выход|зайти|заходить|зайдем|войти|входить|войдем|проникнуть|проникать|проникнем|`
                + `пробиться|пробьемся|ворваться) (?:в|во|на) (?:[\\p{L}-]+ ){0,2}?${anyOf(RU_THING, RU_PLACE)}`,
            `(?:завоева~|завоюем|покори~|покорим|захват(?:ить|им|ывать)|освои(?:ть|м)|осваивать|занять|займем|`
                + `привлечь|привлечем|привлекать|охватить|дотянуться до|достучаться до|достучимся до) ${object(anyOf(RU_THING, RU_PLACE))}`,
            '(?:заявить|заявим) о себе', '(?:быть|будем) везде', 'везде', 'пробиться', 'пробьемся', 'засветиться', 'прогреметь', 'быть на виду', 'мелькать'
        ]
    },
    // Community verbs without a measure: "energize our followers", «раскачать чат».
    {
        language: 'en', patterns: [
            `${anyOf(
                'energi[sz](?:e|es|ing)', 'engag(?:e|es|ing)', 'activat(?:e|es|ing)', 'rally', 'mobili[sz](?:e|es|ing)',
                'galvani[sz](?:e|es|ing)', 'animat(?:e|es|ing)', 'liven up', 'wake up', 'stir up', 'fire up', 'reviv(?:e|es|ing)',
                'reignit(?:e|es|ing)', 'warm up', 'nurtur(?:e|es|ing)', 'foster(?:s|ing)?', 'cultivat(?:e|es|ing)', 'bond with',
                'unit(?:e|es|ing)', 'spark', 'ignit(?:e|es|ing)', 'keep', 'wow', 'hype up', 'pump up', 'shake up', 'rouse'
            )} ${EN_OBJECT}`,
            `(?:a |an |our )?${anyOf(
                'lively', 'active', 'vibrant', 'thriving', 'buzzing', 'engaged', 'loyal', 'strong', 'tight-knit',
                'close-knit', 'passionate', 'real', 'warm', 'friendly', 'happy'
            )} (?:[\\p{L}'-]+ )?(?:community|chats?|groups?|following|fan ?base|audience|tribe|crowd)`,
            'get (?:people|everyone|them|followers) talking', 'bring (?:[\\p{L}\'-]+ ){1,3}?back to life',
            'breath(?:e|ing) (?:new )?life into', 'spark (?:a )?conversations?', 'start (?:a )?conversations?',
            'create (?:a )?buzz', 'go(?:es|ing)? viral', 'went viral', 'virality', 'viral'
        ]
    },
    {
        language: 'ru', patterns: [
            `${anyOf(
                'раскач~', 'расшевел~', 'ожив(?:ить|им|лять|ляем|ление|ления)', 'взбодр~', 'зажечь', 'зажжем', 'зажига~',
                'вовле(?:чь|кать|каем|чем|чение|чения)', 'сплот(?:ить|им)', 'сплоч~', 'разогре(?:ть|ем|вать)', 'подогре~',
                'растормош~', 'вдохнов~', 'мотивир~', 'увлечь', 'прогре(?:ть|ем|вать|в)', 'разговори(?:ть|м)', 'сдружи~',
                'подружи(?:ть|ться|м)', 'встряхн~', 'расшатать', 'завести', 'вдохнуть жизнь в'
            )}(?: ${RU_OBJECT})?`,
            `${anyOf('жив(?:ое|ого|ым|ом|ой|ая|ую|ые|ых)', 'активн(?:ое|ого|ым|ом|ой|ая|ую|ые|ых)', 'дружн~', 'сплоченн~', 'лояльн~', 'тепл(?:ое|ого|ым|ом|ой|ая|ую|ые)')}`
                + ` (?:[\\p{L}-]+ )?(?:сообществ~|чат~|групп~|комьюнити|аудитори~|тусовк~|фанбаз~)`,
            'комьюнити', 'завирус~', 'вирусн~', 'виральн~', 'хайпан~', 'шум(?:иха|иху|ихи)', 'наделать шума', 'движ(?:а|ух~)?',
            'чтобы о нас (?:говорили|заговорили|писали|узнали)'
        ]
    },
    // Comparatives in Russian: «привлечь больше», «больше продаж», «стать популярнее», «сделать лучше».
    {
        language: 'ru', patterns: [
            // A verb (infinitive or "we" form) before the comparative; Cyrillic letters only, which is faster.
            `[а-я]+(?:ть|ться|чь|ем|им) (?:еще |как можно )?${RU_COMPARATIVE}(?: ${RU_OBJECT})?`,
            `сдела~ (?:[\\p{L}-]+ ){0,2}?(?:еще )?${RU_COMPARATIVE}`,
            `${anyOf('больше', 'побольше', 'более')} ${RU_OBJECT}`,
            '(?:более|больше) \\p{L}+', 'побольше',
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

// ---------------------------------------------------------------- activities posing as goals

/**
 * Work the team does, named as if it were the goal: publishing posts, making a landing page, launching a
 * channel. These are outputs; a goal names the outcome they are for (orders, leads, revenue). Read at the
 * start of the statement (after "we will", «нужно»…), where a goal's verb stands.
 */
const EN_ACTIVITY = anyOf(
    'post(?:s|ing)?', 'publish(?:es|ing)?', 're-?launch(?:es|ing)?', 'launch(?:es|ing)?', 'creat(?:e|es|ing)', 'mak(?:e|ing)',
    'build(?:s|ing)?', 're-?design(?:s|ing)?', 'design(?:s|ing)?', 'set(?:s|ting)? up', 'run(?:s|ning)?', 'writ(?:e|es|ing)',
    'shoot(?:s|ing)?', 'film(?:s|ing)?', 'record(?:s|ing)?', 'produc(?:e|es|ing)', 'start(?:s|ing)?', 'open(?:s|ing)?',
    'updat(?:e|es|ing)', 'refresh(?:es|ing)?', 'revamp(?:s|ing)?', 'rebrand(?:s|ing)?', 'organi[sz](?:e|es|ing)',
    'hold(?:s|ing)?', 'host(?:s|ing)?', 'send(?:s|ing)?', 'prepar(?:e|es|ing)', 'develop(?:s|ing)?', 'collect(?:s|ing)?',
    'gather(?:s|ing)?', 'hir(?:e|es|ing)', 'register(?:s|ing)?', 'connect(?:s|ing)?', 'configur(?:e|es|ing)',
    'introduc(?:e|es|ing)', 'test(?:s|ing)?', 'pilot(?:s|ing)?', 'plan(?:s|ning)?', 'mov(?:e|es|ing)', 'migrat(?:e|es|ing)',
    'translat(?:e|es|ing)', 'add(?:s|ing)?', 'upload(?:s|ing)?', 'repl(?:y|ies|ying)', 'respond(?:s|ing)?',
    'answer(?:s|ing)?', 'partner(?:s|ing)? with', 'collaborat(?:e|es|ing)', 'sponsor(?:s|ing)?', 'advertis(?:e|es|ing)',
    'find(?:s|ing)?', 'defin(?:e|es|ing)', 'formulat(?:e|es|ing)', 'draft(?:s|ing)?', 'print(?:s|ing)?',
    'distribut(?:e|es|ing)', 'hand(?:s|ing)? out', 'attend(?:s|ing)?', 'join(?:s|ing)?', 'edit(?:s|ing)?',
    'schedul(?:e|es|ing)', 'automat(?:e|es|ing)', 'integrat(?:e|es|ing)', 'install(?:s|ing)?', 'implement(?:s|ing)?',
    'roll(?:s|ing)? out', 'deploy(?:s|ing)?', 'go live', 'try(?:ing)?', 'buy(?:s|ing)?', 'put(?:s|ting)? up',
    'giv(?:e|es|ing) away', 'stream(?:s|ing)?', 'fix(?:es|ing)?', 'renam(?:e|es|ing)',
    'switch(?:es|ing)?', 'complet(?:e|es|ing)', 'finish(?:es|ing)?', 'do', 'doing', 'contact(?:s|ing)?', 'pitch(?:es|ing)?',
    'negotiat(?:e|es|ing)', 'commission(?:s|ing)?', 'outsourc(?:e|es|ing)', 'train(?:s|ing)?', 'onboard(?:s|ing)?',
    // Not the words that are also results ("orders", "bookings", "shares"): those are read as results.
    'share', 'sharing', 'reshoot', 'refilm', 'polish(?:es|ing)?',
    'cross-?post(?:s|ing)?', 'repost(?:s|ing)?', 'tweet(?:s|ing)?', 'blog(?:s|ging)?', 'vlog(?:s|ging)?',
    '(?:the |a |an )?(?:launch|redesign|creation|setup|set-up|development|production|opening|relaunch) of',
    '(?:a |an |the )?(?:new |own |proper |nice |good )?(?:landing page|website|web site|site|chat-?bot|bot|newsletter|podcast|blog|'
        + 'youtube channel|telegram channel|channel|account|giveaway|contest|content plan|content calendar|brand ?book|logo|'
        + 'media kit|style guide|mailing list)',
    'content creation', 'content production', 'posting', 'copywriting', 'targeting setup'
);

const RU_ACTIVITY = anyOf(
    'оформ~', 'публик~', 'опубликова~', 'опубликуем', 'опубликуйте', 'запуст(?:ить|им|ите|ять)', 'запуск~',
    'перезапуст(?:ить|им|ите)', 'перезапуск~', 'созда(?:ть|йте|дим|ние|ния|вать|ем)', 'сдела(?:ть|йте|ем)', 'делать',
    'делаем', 'делайте', 'завест(?:и)', 'завед(?:ем|ите|ение)', 'откр(?:ыть|оем|ойте|ытие|ывать)',
    'настр(?:оить|оим|ойте|ойка|ойку|аивать)', 'провест(?:и)', 'провед(?:ем|ите|ение)', 'проводить', 'снять', 'снимем',
    'снимать', 'снимите', 'съемк~', 'написа(?:ть|ние)', 'напишем', 'напишите', 'писать', 'выпуст(?:ить|им|ите)',
    'выпуск(?:ать|аем)?', 'разработ~', 'перенест(?:и)', 'перенесем', 'перенос', 'договор(?:иться|имся)', 'собрать', 'соберем',
    'соберите', 'сбор', 'нан(?:ять|ем|имать|ите)', 'найм', 'подключ~', 'вести', 'ведение', 'ведем', 'ведите', 'размест~',
    'размещ~', 'отвеча(?:ть|ем|йте)', 'ответить', 'выложить', 'выкладыва(?:ть|ем|йте)', 'организ~', 'подготов~',
    'обнов~', 'смен(?:ить|им|а)', 'протестир~', 'тестир~', 'тест', 'попроб(?:овать|уем|уйте)', 'зарегистр~',
    'сформулир~', 'определи(?:ть|м)', 'придума(?:ть|ем|йте)', 'нарисова(?:ть|ем)', 'заказа(?:ть|ем)', 'закуп(?:ить|им)',
    'купи(?:ть|м)', 'запис(?:ать|ывать|ать|ь)', 'смонтир~', 'сверста~', 'перевест(?:и)', 'внедр~', 'автоматиз~',
    'интегрир~', 'установи(?:ть|м)', 'постави(?:ть|м)', 'участвова(?:ть)', 'участие', 'посетить', 'спонсир~', 'разыгра~',
    'розыгрыш~', 'дать рекламу', 'запил~', 'доработа~', 'передела~', 'переработа~', 'редизайн~', 'ребрендинг~',
    'рассыл~', 'разосла(?:ть)', 'отправ~', 'наполн~', 'заполн~', 'добав~', 'реализова(?:ть)', 'сниматься', 'выпускать',
    'постить', 'постим', 'постинг~', 'выкладк~', 'наладить выпуск', 'съездить', 'выступить', 'провести',
    '(?:новый |новую |свой |свою )?(?:лендинг~|сайт~|чат-?бот~|бот~|рассылк~|подкаст~|блог~|канал~|аккаунт~|конкурс~|'
        + 'розыгрыш~|контент-план~|брендбук~|логотип~|страниц~)'
);

/** What may come before a goal's verb without changing what the goal is: "we will", «нам нужно». */
const ACTIVITY_LEAD = anyOf(
    'we will', 'we\'ll', 'we are going to', 'we\'re going to', 'we need to', 'we must', 'we should', 'let\'s', 'to',
    'goal:', 'our goal is to', 'мы', 'будем', 'нам нужно', 'нам надо', 'нужно', 'надо', 'необходимо', 'следует',
    'задача:?', 'цель:?', 'срочно'
);

/** The end of a clause: an activity is reported from its verb to here. */
const CLAUSE_END = /[,.;:!?()—–]| - | (?:and|then|plus|и|затем|а также|потом) /u;

// ---------------------------------------------------------------- goals that are only a noun

/**
 * Results named without an amount, the whole statement being little more than the noun: «Продажи», "Sales",
 * "Instagram followers", «Подписчики в Telegram».
 */
const EN_NOUN_GOAL = anyOf(
    EN_THING, 'growth', 'success', 'results?', 'profitability', 'monetization', 'scale', 'expansion', 'leadership',
    'branding', 'marketing', 'smm', 'content', 'instagram', 'telegram', 'tiktok', 'virality', 'omnichannel', 'hype', 'buzz'
);
const RU_NOUN_GOAL = anyOf(
    RU_THING, 'рост~', 'успех~', 'результат~', 'прибыльност~', 'монетизаци~', 'масштабирован~', 'экспанси~', 'лидерств~',
    'брендинг~', 'маркетинг~', 'смм', 'контент~', 'инстаграм~', 'телеграм~', 'тикток~', 'хайп~', 'вирусност~'
);
const NOUN_GOAL_TAIL = `(?:(?: (?:${PREPOSITION}|and|or|plus|via|through|и|или|плюс|через|а также))| ?[,;:—–/+&-]) .*`;
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
    // A digit not glued to a word before it: "1 500", "2027-03-31", "×2", but not "B2B" or "Web3", nor a
    // rank nobody measures ("#1", "№1").
    '[0-9](?<![\\p{L}#№][0-9])(?<!№ [0-9])',
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
        'quadrupl(?:e|es|ed|ing)', 'halv(?:e|es|ed|ing)', 'half', 'a third', 'a quarter of', '(?:two|three|four|five|ten|hundred)fold'
    ),
    // The same in Russian; «один» is left out («одна из лучших»).
    anyOf(
        'дв(?:а|е|ух|ум|умя)', 'тр(?:и|ех|ем|емя)', 'четыр(?:е|ех|ем|ьмя)', 'пят(?:ь|и|ью)', 'шест(?:ь|и|ью)',
        'сем(?:ь|и)', 'вос(?:емь|ьми|емью)', 'девят(?:ь|и|ью)', 'десят(?:ь|и|ью|ок|ка|ки|ков)', 'двадцат~',
        'тридцат~', 'сорок~', 'пятьдесят', 'пятидесят~', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто',
        'сто', 'сотн~', 'двест~', 'трист~', 'четырест~', 'пятьсот', 'тысяч~', 'тыс', 'млн', 'млрд', 'руб',
        'миллион~', 'миллиард~', 'вдвое', 'втрое', 'вчетверо', 'впятеро', 'вдесятеро', 'полтор(?:а|ы)', 'полутора',
        'половин~', 'пол(?:года|миллиона|тысячи|сотни)', 'трет(?:ь|и|ью)', 'четверт(?:ь|и|ью)', 'дюжин~', 'удво~',
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
    return pattern.replaceAll('~', '\\p{L}*').replaceAll(' ?', '\\s*').replaceAll(' ', '\\s+');
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

/** An activity verb or deliverable at the start of the statement, after an optional lead ("we will"). */
const ACTIVITY_RULE = new RegExp(
    `^\\s*(?:${expand(ACTIVITY_LEAD)}\\s+)?(${expand(anyOf(EN_ACTIVITY, RU_ACTIVITY))})${WORD_END}`, 'u'
);

/** A statement that is a result's name and little else. */
const NOUN_GOAL_RULE = new RegExp(
    `^\\s*((?:[\\p{L}\\p{N}'-]+\\s+){0,2}?(?:[\\p{L}\\p{N}]+-)?${expand(anyOf(EN_NOUN_GOAL, RU_NOUN_GOAL))})`
        + `${WORD_END}(?:${expand(NOUN_GOAL_TAIL)})?[\\s.!…]*$`,
    'u'
);

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

/** The first quantity the statement names, with its offset, or undefined. */
function quantityIn(text: string, lower: string): { offset: number; length: number } | undefined {
    const matches = [...QUANTITY_RULES.map(rule => rule.exec(lower)), CASE_SENSITIVE_QUANTITY_RULE.exec(text)]
        .filter((match): match is RegExpExecArray => match !== null)
        .sort((a, b) => a.index - b.index);
    const first = matches[0];
    if (!first) {
        return undefined;
    }
    // A figure is read whole, with its separators and its unit: "1,500", "1,5 млн ₽", "30%".
    const figure = /^[0-9]/.test(first[0]) ? WHOLE_FIGURE.exec(lower.slice(first.index)) : null;
    return { offset: first.index, length: figure ? figure[0].length : first[0].length };
}

const WHOLE_FIGURE = /^[0-9](?:[.,\u00a0\u202f ]?[0-9])*(?:\s?(?:%|k|к|тыс\.?|млн|млрд|₽|\$|€))?/u;

/** True when the statement names a quantity: a number, a rate or percentage, money, or a date. */
export function statesQuantity(statement: string): boolean {
    return readStatement(statement).quantity !== undefined;
}

/** Whether a match comes before the wording found so far: earlier, or as early and longer. */
function comesFirst(match: RegExpExecArray, found: VagueWording | undefined): boolean {
    return !found || match.index < found.offset || (match.index === found.offset && match[0].length > found.length);
}

/** The language a phrase is written in: Russian when it has a Cyrillic letter. */
function languageOf(text: string): Language {
    return /\p{Script=Cyrillic}/u.test(text) ? 'ru' : 'en';
}

/** A span of the statement as a finding; its language read from `lower`, where quoted names are blanked. */
function spanOf(statement: string, lower: string, offset: number, length: number): VagueWording {
    const phrase = statement.slice(offset, offset + length);
    return { phrase, offset, length, language: languageOf(lower.slice(offset, offset + length)) };
}

function findWish(statement: string, lower: string): VagueWording | undefined {
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

/** The activity at the start of the statement, from its verb to the end of its clause (six words at most). */
function findActivity(statement: string, lower: string): VagueWording | undefined {
    const match = ACTIVITY_RULE.exec(lower);
    if (!match) {
        return undefined;
    }
    const offset = match.index + match[0].length - match[1].length;
    const rest = lower.slice(offset);
    const clause = rest.slice(0, CLAUSE_END.exec(rest)?.index ?? rest.length).trimEnd();
    const words = clause.split(/\s+/u).slice(0, 6).join(' ');
    // The words as written: the clause's first six, each separated by the same whitespace as in the statement.
    const length = words.length === clause.length ? clause.length : lengthOfWords(rest, 6);
    return spanOf(statement, lower, offset, length);
}

/** The length of the first `count` words of `text`, with the whitespace between them. */
function lengthOfWords(text: string, count: number): number {
    const match = new RegExp(`^\\S+(?:\\s+\\S+){0,${count - 1}}`, 'u').exec(text);
    return match ? match[0].length : text.length;
}

/** A statement that names a result and nothing more: «Продажи», "Instagram followers". */
function findNounGoal(statement: string, lower: string): VagueWording | undefined {
    const match = NOUN_GOAL_RULE.exec(lower);
    if (!match) {
        return undefined;
    }
    const offset = match.index + match[0].length - match[0].trimStart().length;
    const length = lower.trimEnd().replace(/[.!…]+$/u, '').length - offset;
    return spanOf(statement, lower, offset, length);
}

/** What a goal's statement says, as a strategist reads it. */
export interface StatementReading {
    /** The first quantity it names (a number, rate, money or date), which makes it precise. */
    readonly quantity?: { phrase: string; offset: number; length: number };
    /**
     * Why it is not a goal when it names no quantity: a wish or a direction (`vague`), or the team's own work
     * posing as the goal (`activity`); undefined when it names a quantity or reads as neither.
     */
    readonly finding?: VagueWording & { kind: 'vague' | 'activity' };
}

/**
 * Reads a goal's statement: a quantity makes it precise, whatever its words. Without one, the first wish or
 * direction of the lexicon makes it vague; else an activity at its start ("Publish selling posts"); else a
 * result named without an amount («Продажи») is vague too.
 */
export function readStatement(statement: string): StatementReading {
    let reading = readings.get(statement);
    if (reading === undefined) {
        if (readings.size >= READINGS_REMEMBERED) {
            readings.clear();
        }
        reading = readStatementAnew(statement);
        readings.set(statement, reading);
    }
    return reading;
}

/**
 * The readings of the statements seen: the lexicon's expressions take a few microseconds a statement, read
 * by the analysis and by the checks of every goal on every keystroke, for statements that did not change.
 */
const readings = new Map<string, StatementReading>();
const READINGS_REMEMBERED = 10_000;

function readStatementAnew(statement: string): StatementReading {
    const text = normalize(statement);
    const lower = lowerCase(text);
    const quantity = quantityIn(text, lower);
    if (quantity) {
        return { quantity: { phrase: statement.slice(quantity.offset, quantity.offset + quantity.length), ...quantity } };
    }
    const wish = findWish(statement, lower);
    if (wish) {
        return { finding: { ...wish, kind: 'vague' } };
    }
    const activity = findActivity(statement, lower);
    if (activity) {
        return { finding: { ...activity, kind: 'activity' } };
    }
    const noun = findNounGoal(statement, lower);
    return noun ? { finding: { ...noun, kind: 'vague' } } : {};
}

/** The first vague or wishful wording in a goal's statement, or undefined when it is precise or an activity. */
export function findVagueWording(statement: string): VagueWording | undefined {
    const { finding } = readStatement(statement);
    return finding?.kind === 'vague' ? { phrase: finding.phrase, offset: finding.offset, length: finding.length, language: finding.language } : undefined;
}
