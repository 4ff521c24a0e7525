import type { Position, Range } from 'vscode-languageserver-protocol';

/**
 * Strategies used by the process tests. `CLEAN_STRATEGY` is a complete strategy with nothing to complain
 * about; the other texts add exactly one kind of problem to it, so a test can expect an exact set of
 * diagnostics.
 */

const MEMBERS = `  period 2027-01-01 .. 2027-06-30
  currency RUB
  budget 600 000
  company-goal "Online-order revenue +25% in 2027"

  role SmmManager "SMM manager"
  role Targetologist "Targeting specialist"

  product Delivery "Coffee delivered in 30 minutes" {
    price 350
    margin 40%
    usp "Roasted the same day, hot in 30 minutes or free"
  }

  competitor CoffeeLike { strength "Low prices" weakness "No delivery" channels vk }

  segment Students "Students near campuses" {
    size 45 000
    age 18..24
    geo "Moscow"
    pain "Needs cheap coffee before lectures"
    motive "Convenience"
    channels vk, telegram
  }

  channel vk { budget 250 000 cpm 180 }
  channel telegram { budget 150 000 cpm 400 }

  funnel Orders for Students {
    stage Reach "Sees the ad" via vk volume 1 200 000 impressions
    stage Click "Clicks" conversion 2%
    stage Menu "Opens the menu" conversion 40%
    stage Order "Orders" conversion 16%
  }

  goal MoreOrders "250 online orders a month from students by the end of March" {
    segment Students
    kpi orders >= 250 per month by 2027-03-31 baseline 100 from Orders.Order
    kpi cpl <= 120
    owner SmmManager
  }

  content {
    rubric BehindTheBar "Behind the bar" on vk, telegram 3 per week format clips owner SmmManager goal MoreOrders
  }

  phase Launch 2027-01-01 .. 2027-01-31 {
    task Account "Set up the VK ad account" owner Targetologist format "account + 5 creatives" due 2027-01-10
    milestone "First 100 orders" by 2027-01-31
  }

  risk AdPrices "VK ad prices grow 30%" probability 40% impact 90 000 mitigation "Move budget to Telegram Ads" owner SmmManager

  adjust when ctr < 0.8% for 7 days then "Replace the creatives" owner Targetologist
`;

/** The clean strategy with `extra` lines added at the end of the strategy block. */
export function strategyWith(extra = ''): string {
    return `strategy "Zerno — coffee delivery, H1 2027" {\n${MEMBERS}${extra}}\n`;
}

export const CLEAN_STRATEGY = strategyWith();

/** A goal without KPI: warning `goal-without-kpi` on `Awareness`. */
export const VAGUE_GOAL_LINE = '  goal Awareness "Students in Moscow know the Zerno brand, 30 000 of them by March" { segment Students owner SmmManager }\n';
/** The same goal with a KPI: no warning. */
export const MEASURED_GOAL_LINE = '  goal Awareness "Students in Moscow know the Zerno brand, 30 000 of them by March" { segment Students owner SmmManager kpi reach >= 100 000 by 2027-03-31 }\n';

/** A KPI without a target: warning `kpi-without-target` on `leads`. */
export const KPI_WITHOUT_TARGET_LINE = '  goal Leads "Catering requests for student events" { segment Students kpi leads by 2027-04-30 owner SmmManager }\n';

/** A reference to a segment nobody declared: error `unresolved-reference` on `Pensioners`. */
export const UNKNOWN_SEGMENT_LINE = '  goal Seniors "200 orders a month from pensioners" { segment Pensioners kpi orders >= 200 per month by 2027-05-31 owner SmmManager }\n';

/** A task whose `owner` has no name: error `syntax-error`. */
export const SYNTAX_ERROR_LINE = '  phase Later 2027-05-01 .. 2027-05-31 { task "Shoot the summer clips" format "3 clips" owner }\n';

/** A folder split over two files: the audience in one, the strategy referring to it in the other. */
export const AUDIENCE_FILE = `// Shared audience of the strategy
segment Students "Students near campuses" { size 45 000 age 18..24 geo "Moscow" pain "No cheap coffee before lectures" channels vk, telegram }
segment Offices "Office workers in the centre" { size 120 000 age 25..45 geo "Moscow" pain "Bad office coffee" channels telegram }

channel vk { budget 250 000 cpm 180 }
channel telegram { budget 150 000 cpm 400 }
`;

export const SPLIT_STRATEGY_FILE = `strategy "Zerno — split over two files" {
  period 2027-01-01 .. 2027-06-30
  currency RUB
  budget 600 000

  role SmmManager "SMM manager"

  funnel Orders for Students {
    stage Reach "Sees the ad" via vk volume 1 200 000 impressions
    stage Click "Clicks" conversion 2%
    stage Order "Orders" conversion 7%
  }

  goal MoreOrders "250 orders a month from students and offices" {
    segment Students, Offices
    kpi orders >= 250 per month by 2027-03-31 from Orders.Order
    owner SmmManager
  }
}
`;

/** The zero-based position of the first `occurrence`-th match of `marker` in `text`, plus `offset` characters. */
export function positionOf(text: string, marker: string, offset = 0, occurrence = 1): Position {
    let index = -1;
    for (let i = 0; i < occurrence; i++) {
        index = text.indexOf(marker, index + 1);
        if (index < 0) {
            throw new Error(`“${marker}” occurs fewer than ${occurrence} time(s) in the text`);
        }
    }
    const before = text.slice(0, index + offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The range of `word` inside the first match of `context` in `text`. */
export function rangeIn(text: string, context: string, word: string): Range {
    const offset = context.indexOf(word);
    if (offset < 0) {
        throw new Error(`“${word}” is not part of “${context}”`);
    }
    return { start: positionOf(text, context, offset), end: positionOf(text, context, offset + word.length) };
}

/** The range of the first `occurrence`-th match of `marker` in `text`. */
export function rangeOf(text: string, marker: string, occurrence = 1): Range {
    return { start: positionOf(text, marker, 0, occurrence), end: positionOf(text, marker, marker.length, occurrence) };
}

/**
 * A shop whose one funnel brings 2 customers a day: September 2026 to February 2027 is 181 days; 181 000 at
 * 10 a click buy 18 100 clicks, 2 % of which pay: 362 customers, evenly over the period. `goal` is the
 * goal's members.
 */
export function shopStrategy(goal: string): string {
    return `strategy "Shop" {
  period 2026-09-01 .. 2027-02-28
  currency USD
  channel ads { budget 181 000 cpc 10 }
  funnel F { stage Click via ads stage Pay conversion 2% }
  goal G { ${goal} }
}`;
}

/**
 * A funnel whose stages count impressions (1 000 000), clicks (0.8 % of them) and then subscribers (96): CTR
 * is the click stage's conversion; no stage is an engagement rate. `goal` is the goal's members.
 */
export function rateFunnelStrategy(goal: string): string {
    return `strategy "S" {
  period 2027-01-01 .. 2027-06-30
  channel vk { budget 100 000 cpm 100 }
  funnel F {
    stage Seen via vk volume 1 000 000 impressions
    stage Click conversion 0.8%
    stage Subscribe volume 96 subscribers
  }
  goal G { ${goal} }
}`;
}

/**
 * A coffee strategy selling two products, $5 at 60 % margin and $20 at 40 %: 10 000 ÷ 5 × 1 000 = 2 000 000
 * impressions × 1 % × 10 % = 2 000 orders for $10 000 of Instagram ads. `sells` is what the funnel sells
 * (its mix), `extra` more members of the strategy.
 */
export function twoProductStrategy(sells: string, extra = ''): string {
    return `strategy "Coffee" {
    period 2027-01-01 .. 2027-06-30
    currency USD
    product Cup { price 5 USD margin 60% }
    product Bundle { price 20 USD margin 40% }
    segment Office { size 50 000 }
    channel ig { budget 10 000 cpm 5 }
    funnel F for Office sells ${sells} {
        stage Seen via ig
        stage Tap conversion 1%
        stage Order conversion 10%
    }
    ${extra}
}`;
}

/**
 * An agency's folder of two strategies, one per file, and a shared file of roles. Both strategies declare a
 * channel `instagram` and a goal `Orders`: each is its own, so neither is a duplicate. H1: $42,000, of which
 * Instagram spends $30,000 (no budget is exceeded). H2: 1,2 млн ₽, of which Instagram spends 600 тыс. руб.,
 * and a VK community reaches 3 000 people a post, 3 posts a week.
 */
export const AGENCY_FOLDER = {
    'roles.smm': `role Manager "SMM manager"
role Designer "Designer"
`,
    'h1.smm': `strategy "Dash Coffee — H1 2027" {
    period 2027-01-01 .. 2027-06-30
    currency USD
    budget $42,000
    channel instagram "Instagram" { budget 30 000  cpm 8 }
    goal Orders "500 orders a month by June" {
        kpi orders >= 500 per month by 2027-06-30
        owner Manager, Designer
    }
}
`,
    'h2.smm': `strategy «Зерно — второе полугодие 2027» {
    period 01.07.2027 .. 31.12.2027
    currency RUB
    budget 1,2 млн ₽
    channel instagram «Инстаграм» { budget 600 тыс. руб.  cpm 250 }
    channel вк «Сообщество» { organic 3 000 per post }
    goal Orders «1 000 заказов в месяц к декабрю» {
        kpi заказы >= 1 000 per month by 31.12.2027
        owner Manager
    }
    content {
        rubric Кухня «На кухне» on вк 3 per week owner Designer goal Orders
    }
}
`
};
