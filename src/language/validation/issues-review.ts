/** The records of the diagnostics of the strategy review: goals, KPIs, funnels, budget, dates, regulations, audience and risks; see `issue-catalog.ts`. */
import { defineIssues, fixData } from './issue-record.js';

export const REVIEW_ISSUES = defineIssues('review', {
    'goal-vague-wording': {
        severity: 'warning',
        meaning: 'The goal\'s own statement names no number, rate or date, and reads as a wish or a direction («неплохо бы…», «увеличить продажи», "grow awareness"), an unmeasurable adjective or superlative ("become the best-known florist in the city", «сделать посты ярче»), a state wished for («сделать так, чтобы нас рекомендовали»), reaching an audience without a measure ("tap into the student market"), a community verb («раскачать чат»), or a result named alone («Продажи», "Go viral"), whatever KPIs follow. The lexicon knows Russian inflections; a statement that names a quantity, a rate, money or a date is never vague ("Grow orders from 300 to 1,500 a month by March 31").',
        example: '`goal Awareness "Grow awareness"`',
        fix: 'when the goal has a KPI with a target, replace the statement with one built from its KPIs, in the statement\'s language («1 500 заказов в месяц к 31 августа», "1,500 orders a month by August 31")',
        message: {
            en: 'The goal “{goal}” is a wish, not a goal: “{phrase}” names no number, rate or date. Say how much and by when, e.g. “1,500 orders a month by March 31”.',
            ru: 'Цель «{goal}» — пожелание, а не цель: «{phrase}» без числа, доли или даты. Скажите, сколько и к какому сроку, например «1 500 заказов в месяц к 31 марта».'
        },
        data: fixData<{ language: 'en' | 'ru' }>()
    },
    'goal-is-activity': {
        severity: 'warning',
        meaning: 'The goal\'s statement names the team\'s own work instead of the result it is for: publishing posts, making a landing page, launching a channel («оформите группу, сделайте лендинг, публикуйте продающие посты»). That is output, what the team does; a goal is an outcome, what the business gets (orders, leads, revenue), with a number and a date. A statement that names a quantity or a date is not reported ("60 posts by May 31": `kpi-output-metric` speaks of output KPIs).',
        example: '`goal Launch "Set up the VK community and post selling posts"`',
        fix: 'when the goal has a KPI with a target, replace the statement with one built from its KPIs, in the statement\'s language',
        message: {
            en: 'The goal “{goal}” names work, not a result: “{phrase}” is output (what the team does), not an outcome (what the business gets). Posts, a landing page or a new channel are the means; say which result they are for and how much, e.g. “1,500 orders a month by March 31”.',
            ru: 'Цель «{goal}» называет работу, а не результат: «{phrase}» — это действие команды, а не то, что получит бизнес. Посты, лендинг или новый канал — средства; скажите, ради какого результата и сколько, например «1 500 заказов в месяц к 31 марта».'
        },
        data: fixData<{ language: 'en' | 'ru' }>()
    },
    'goal-without-kpi': {
        severity: 'warning',
        meaning: 'A goal with no KPI to measure it.',
        example: '`goal Awareness "Grow awareness"`',
        fix: 'add a KPI skeleton (`kpi orders >= 100 per month by <end of the period>`)',
        message: {
            en: 'Goal “{goal}” has no measurable KPI. Add one, e.g. `kpi orders >= 1500 per month by 2027-03-31`.',
            ru: 'У цели «{goal}» нет измеримого KPI. Добавьте его, например: `показатель заказы >= 1500 в месяц к 2027-03-31`.'
        }
    },
    'goal-without-owner': {
        severity: 'warning',
        meaning: 'Nobody owns the goal.',
        example: 'a goal without `owner`',
        fix: 'make a declared role the owner (one fix per role; preferred when there is one role)',
        message: {
            en: 'Nobody owns the goal “{goal}”. Add `owner` with a role: a goal without an owner is nobody’s job.',
            ru: 'У цели «{goal}» нет ответственного. Добавьте `ответственный` с ролью: цель без ответственного — ничья работа.'
        }
    },
    'goal-without-segment': {
        severity: 'info',
        meaning: 'The goal names no segment: whom is it about (relevance)?',
        example: 'a goal without `segment`',
        message: {
            en: 'The goal “{goal}” names no audience segment; say whom it is about to keep it relevant.',
            ru: 'Цель «{goal}» не называет сегмент аудитории; укажите, о ком она, чтобы она оставалась актуальной.'
        }
    },
    'kpi-without-target': {
        severity: 'warning',
        meaning: 'A KPI that names a metric but not how much.',
        example: '`kpi reach per month`',
        message: {
            en: 'KPI “{metric}” has no target. Say how much, e.g. `kpi {metric} >= 1000`.',
            ru: 'У KPI «{metric}» нет целевого значения. Укажите, сколько нужно, например: `показатель {metric} >= 1000`.'
        }
    },
    'kpi-without-deadline': {
        severity: 'warning',
        meaning: 'No `by` date, no goal `deadline` and no strategy `period`.',
        example: '`kpi leads >= 300` in a strategy without a period',
        fix: 'add `by` the last day of the next quarter',
        message: {
            en: 'The KPI “{metric}” has no deadline: add `by YYYY-MM-DD`, a goal `deadline`, or a strategy `period`.',
            ru: 'У KPI «{metric}» нет срока: добавьте `к ГГГГ-ММ-ДД`, `дедлайн` цели или `период` стратегии.'
        }
    },
    'kpi-deadline-outside-period': {
        severity: 'warning',
        meaning: 'The KPI\'s own date falls outside the strategy period.',
        example: '`by 2027-07-31` in a March–May strategy',
        fix: 'move the date to the end of the period',
        message: {
            en: 'The KPI “{metric}” is due {date}, outside the strategy period {start} .. {end}.',
            ru: 'Срок KPI «{metric}» — {date}, вне периода стратегии {start} .. {end}.'
        },
        data: fixData<{ date: string }>()
    },
    'kpi-output-metric': {
        severity: 'info',
        meaning: 'All KPIs of the goal count activity (posts, stories, videos, impressions…), none a result.',
        example: '`kpi posts >= 60` alone',
        message: {
            en: '“{metric}” counts the team’s activity, not a result. Pair it with an outcome metric (leads, orders, revenue, ROMI…).',
            ru: '«{metric}» считает активность команды, а не результат. Добавьте метрику результата (лиды, заказы, выручка, ROMI…).'
        }
    },
    'kpi-unreachable': {
        severity: 'warning',
        meaning: 'The forecast falls short of the target (or, for costs such as CPL, exceeds it). The forecast covers the KPI\'s own window: up to its `by` date (or its goal\'s deadline), the last `per` unit before that date, or the whole period; the message says which, from which stages or funnels, and what the whole period gives.',
        example: '`kpi customers >= 380 by 2026-09-30 from F.Pay` when the funnel gives ≈ 62 by then',
        message: {
            en: 'The plan cannot deliver this KPI: {forecast}; the target is {target}.',
            ru: 'План не даст этот KPI: {forecast}, а цель {target}.'
        }
    },
    'kpi-unit-mismatch': {
        severity: 'warning',
        meaning: 'A KPI\'s target or baseline is written in a unit its metric cannot have: a percentage of a count (`kpi sales >= 20%`), money on a count or a percentage (`kpi romi >= 150 ₽`), a bare number on a percentage (`kpi ctr >= 5`), a percentage of money (`kpi cac <= 15%`). Nothing is compared until it fits. Growth over the baseline is written `+20%`.',
        example: '`kpi sales >= 20% baseline 500`',
        fix: 'write the number in the metric\'s unit: `5%` for a percentage, without the currency for a count, `+20%` for growth over the baseline',
        message: {
            en: '“{metric}” is a count, and {value} is a percentage: a percentage of what? For growth over the current level write `kpi {metric} +{number}% baseline …` with today\'s value.',
            ru: '«{metric}» — это количество, а {value} — процент: процент от чего? Чтобы задать рост от текущего уровня, напишите `показатель {metric} +{number}% база …` с сегодняшним значением.'
        },
        variants: {
            growth: {
                en: '“{metric}” is a count, and {value} is a percentage. For {number}% more than the baseline write {suggestion}.',
                ru: '«{metric}» — это количество, а {value} — процент. Чтобы задать рост на {number}% от исходного значения, напишите {suggestion}.'
            },
            moneyOnCount: {
                en: '“{metric}” is a count, not money: write {suggestion} without the currency.',
                ru: '«{metric}» — это количество, а не деньги: напишите {suggestion} без валюты.'
            },
            percentOnMoney: {
                en: '“{metric}” is an amount of money, and {value} is a percentage: a percentage of what? For a change from today\'s level write `-{number}%` or `+{number}%` with a `baseline`.',
                ru: '«{metric}» — это сумма денег, а {value} — процент: процент от чего? Чтобы задать изменение от текущего уровня, напишите `-{number}%` или `+{number}%` с `база`.'
            },
            moneyGrowth: {
                en: '“{metric}” is an amount of money, and {value} is a percentage. For {number}% from the baseline write {suggestion}.',
                ru: '«{metric}» — это сумма денег, а {value} — процент. Чтобы задать изменение на {number}% от исходного значения, напишите {suggestion}.'
            },
            bareOnPercent: {
                en: '“{metric}” is a percentage: write {suggestion}.',
                ru: '«{metric}» — это процент: напишите {suggestion}.'
            },
            moneyOnPercent: {
                en: '“{metric}” is a percentage, not money: write {suggestion}.',
                ru: '«{metric}» — это процент, а не деньги: напишите {suggestion}.'
            },
            unitOnRatio: {
                en: '“{metric}” is a ratio, a bare number (3 for 3:1): write {suggestion}.',
                ru: '«{metric}» — это соотношение, число без единиц (3 значит 3:1): напишите {suggestion}.'
            }
        },
        data: fixData<{ replacement?: string }>()
    },
    'kpi-growth-without-baseline': {
        severity: 'warning',
        meaning: 'A growth target (`+20%`, `-15%`) is relative to the KPI\'s `baseline`, and the KPI has none: the target is unknown.',
        example: '`kpi sales +20%`',
        message: {
            en: 'The KPI “{metric}” asks for {growth} relative to its baseline, but has no `baseline`: write today\'s value, e.g. `baseline 500`.',
            ru: 'KPI «{metric}» задаёт {growth} от исходного значения, но `база` не указана: напишите сегодняшнее значение, например `база 500`.'
        }
    },
    'kpi-rate-mismatch': {
        severity: 'warning',
        meaning: 'A rate KPI is measured at a stage whose conversion is another rate: ER is engagements per subscriber, so the conversion of a click-to-subscribe step is not an ER. The KPI is not forecast.',
        example: '`kpi er >= 4% from F.Subscribe`',
        message: {
            en: '“{metric}” is {of} ÷ {per}, but stage “{stage}” is {stageOf} ÷ {stagePer}: its conversion is not {metric}. Measure the KPI at a stage of {of} that follows a stage of {per}, or leave out `from`.',
            ru: '«{metric}» — это {of} ÷ {per}, а этап «{stage}» — это {stageOf} ÷ {stagePer}: его конверсия — не {metric}. Свяжите KPI с этапом «{of}», который идёт после этапа «{per}», или уберите `из`.'
        }
    },
    'kpi-conflict': {
        severity: 'error',
        meaning: 'Two KPIs of a goal on one metric whose targets cannot both hold.',
        example: '`kpi cpl <= 120` and `kpi cpl >= 200`',
        message: {
            en: 'The KPIs on “{metric}” contradict each other: {first} and {second} cannot both hold.',
            ru: 'KPI по «{metric}» противоречат друг другу: {first} и {second} не могут выполняться одновременно.'
        }
    },
    'kpi-already-met': {
        severity: 'info',
        meaning: 'The KPI\'s `baseline` (the value now) already satisfies its target, so the goal asks for no change; compared when both are in the same unit. Suppress it where holding the level is the point.',
        example: '`kpi subscribers >= 10 000 baseline 12 000`',
        message: {
            en: 'The KPI “{metric}” is met already: its baseline {baseline} satisfies the target {target}. A goal asks for a change: make the target more ambitious or correct the baseline.',
            ru: 'KPI «{metric}» уже выполнен: исходное значение {baseline} удовлетворяет цели {target}. Цель должна требовать изменений: сделайте её амбициознее или исправьте исходное значение.'
        }
    },
    'stage-without-volume': {
        severity: 'warning',
        meaning: 'A stage with neither a volume, a conversion nor a channel: the forecast stops there.',
        example: '`stage Tap`',
        message: {
            en: 'The stage “{stage}” has neither a volume nor a conversion, so the funnel cannot be forecast from here on.',
            ru: 'У этапа «{stage}» нет ни объёма, ни конверсии — дальше воронку не спрогнозировать.'
        }
    },
    'funnel-channel-without-cost': {
        severity: 'warning',
        meaning: 'The top stage comes `via` a channel without a budget or a price (cpm, cpc, cpv, cpl, cpa), so its volume is unknown.',
        example: '`stage Seen via reels` where `reels` has no `cpm`',
        message: {
            en: 'The channel “{channel}” feeds the top of the funnel “{funnel}” but has no budget or no cost model (cpm, cpc, …), so its volume is unknown. A channel of your own states its reach: `organic 3 000 per post`.',
            ru: 'Канал «{channel}» наполняет верх воронки «{funnel}», но у него нет бюджета или модели оплаты (cpm, cpc, …) — объём неизвестен. У своего канала укажите охват: `органика 3 000 в месяц`.'
        }
    },
    'funnel-unused': {
        severity: 'hint',
        meaning: 'No KPI is measured at the funnel.',
        example: 'a funnel no `from` refers to',
        message: {
            en: 'No KPI is measured at the funnel “{funnel}” (`kpi … from {funnel}.Stage`).',
            ru: 'Ни один KPI не измеряется в воронке «{funnel}» (`показатель … из {funnel}.Этап`).'
        }
    },
    'mix-not-stated': {
        severity: 'warning',
        meaning: 'A funnel `sells` several products without saying what share of its customers buys each: the forecast assumes equal shares, and its revenue, gross profit and ROMI rest on that guess. The message gives the mean price and margin it uses.',
        example: '`funnel F for S sells Beans, OfficePlan { … }`',
        fix: 'write equal shares (`sells Beans 50%, OfficePlan 50%`), to correct',
        message: {
            en: 'The funnel “{funnel}” sells {products} without a mix: the forecast assumes equal shares, a mean price of {price} and a margin of {margin}. Say what share of the customers buys each, e.g. `sells {example}`.',
            ru: 'Воронка «{funnel}» продаёт {products} без доли каждого: прогноз считает доли равными, средняя цена {price}, маржа {margin}. Укажите, какая доля клиентов покупает каждый продукт, например `продаёт {example}`.'
        },
        variants: {
            noMargin: {
                en: 'The funnel “{funnel}” sells {products} without a mix: the forecast assumes equal shares and a mean price of {price}. Say what share of the customers buys each, e.g. `sells {example}`.',
                ru: 'Воронка «{funnel}» продаёт {products} без доли каждого: прогноз считает доли равными, средняя цена {price}. Укажите, какая доля клиентов покупает каждый продукт, например `продаёт {example}`.'
            },
            noPrice: {
                en: 'The funnel “{funnel}” sells {products} without a mix: the forecast assumes equal shares. Say what share of the customers buys each, e.g. `sells {example}`.',
                ru: 'Воронка «{funnel}» продаёт {products} без доли каждого: прогноз считает доли равными. Укажите, какая доля клиентов покупает каждый продукт, например `продаёт {example}`.'
            }
        },
        data: fixData<{ mix: string }>()
    },
    'mix-shares-not-hundred': {
        severity: 'warning',
        meaning: 'The shares of a funnel\'s mix do not add up to 100 % (give or take half a point, so that three shares of 33.3 % pass); the forecast scales them to 100 %.',
        example: '`sells Beans 70%, OfficePlan 40%`',
        message: {
            en: 'The shares of the funnel “{funnel}” add up to {total}, not 100%: the forecast scales them to {scaled}. Correct the shares.',
            ru: 'Доли продуктов воронки «{funnel}» в сумме дают {total}, а не 100 %: прогноз пересчитывает их в {scaled}. Исправьте доли.'
        }
    },
    'mix-share-missing': {
        severity: 'warning',
        meaning: 'Some products of a funnel\'s mix have a share and some do not; the forecast gives the products without one what the others leave of 100 %, in equal parts (nothing when they leave nothing).',
        example: '`sells Beans 70%, OfficePlan`',
        message: {
            en: 'The product “{product}” has no share in the mix of the funnel “{funnel}” ({stated}): the forecast gives it what is left, {share}. Give every product its share.',
            ru: 'У продукта «{product}» нет доли в воронке «{funnel}» ({stated}): прогноз отдаёт ему остаток, {share}. Укажите долю каждого продукта.'
        }
    },
    'subscription-without-lifetime': {
        severity: 'warning',
        meaning: 'A product\'s price is per period (`price 990 per month`), but it does not say how long a customer stays (`lifetime 6 months`): the forecast counts one period per customer, which understates revenue, ROMI and LTV.',
        example: '`product Box { price 990 per month }`',
        message: {
            en: 'The product “{product}” costs {price}{per}, but has no `lifetime`: the forecast counts one payment per customer. Say how long a customer stays, e.g. `lifetime 6 months`.',
            ru: 'Продукт «{product}» стоит {price}{per}, но у него нет `срок-жизни`: прогноз считает один платёж на клиента. Укажите, сколько клиент остаётся с вами, например `срок-жизни 6 месяцев`.'
        }
    },
    'lifetime-without-period-price': {
        severity: 'warning',
        meaning: 'A product has a `lifetime`, but its price is not per period, so the lifetime changes nothing: a one-off price counts once per customer, or `purchases-per-customer` times.',
        example: '`product Beans { price 690  lifetime 6 months }`',
        message: {
            en: 'The product “{product}” has a `lifetime`, but its price is not per period, so the forecast ignores it. Write the price per period (`price 690 per month`) or the purchases a customer makes (`purchases-per-customer 3`).',
            ru: 'У продукта «{product}» указан `срок-жизни`, но цена не за период, поэтому прогноз его не учитывает. Укажите цену за период (`цена 690 в месяц`) или число покупок клиента (`покупок-на-клиента 3`).'
        }
    },
    'funnel-exceeds-segment': {
        severity: 'warning',
        meaning: 'A stage that counts people (reach, leads, customers, subscribers, new subscribers: by its unit or by the metric of a KPI measured at it) forecasts more of them over the period than the funnel\'s segment has (`for Segment` with a `size`); the deepest such stage is named.',
        example: '2 000 customers from a segment of `size 500`',
        message: {
            en: 'The stage “{stage}” forecasts ≈ {volume} over the period, more than the segment “{segment}” has people ({size}). Check the segment’s size, the volumes and the conversions.',
            ru: 'Этап «{stage}» прогнозирует ≈ {volume} за период — больше, чем людей в сегменте «{segment}» ({size}). Проверьте размер сегмента, объёмы и конверсии.'
        }
    },
    'implausible-ad-frequency': {
        severity: 'warning',
        meaning: 'A funnel stage shows the ad more than 12 times a month to each person of the funnel\'s segment (impressions ÷ segment size ÷ months of the period): about three a week is the frequency cap campaigns commonly set; past it the audience burns out and the click-through rate falls.',
        example: '666 000 impressions to a segment of `size 6 500` over six months (≈ 17 a month each)',
        message: {
            en: 'The stage “{stage}” shows {impressions} to the {size} people of the segment “{segment}”: ≈ {perPerson} each over the period, ≈ {perMonth} a month, more than the {limit} a month (about three a week) an audience bears before it burns out. Widen the segment or buy fewer impressions.',
            ru: 'Этап «{stage}» показывает {impressions} сегменту «{segment}» из {size} человек: ≈ {perPerson} на человека за период, ≈ {perMonth} в месяц — больше {limit} в месяц (около трёх в неделю), после которых аудитория выгорает. Расширьте сегмент или купите меньше показов.'
        }
    },
    'funnel-loses-money': {
        severity: 'warning',
        meaning: 'A funnel\'s gross profit does not cover its spend (ROMI below zero) and no KPI on ROMI, ROAS or ROI watches it: none is measured at its stages, and no goal about its segment or products has one.',
        example: 'a funnel spending 260 000 to earn 116 667 of gross profit, and no `kpi romi`',
        message: {
            en: 'The funnel “{funnel}” loses money: its gross profit {grossProfit} does not cover its spend {spend} (ROMI {romi}), and no KPI on ROMI, ROAS or ROI watches it. Add one, e.g. `kpi romi >= 0% from {stage}`, or revise the funnel.',
            ru: 'Воронка «{funnel}» убыточна: валовая прибыль {grossProfit} не покрывает расход {spend} (ROMI {romi}), и ни один KPI по ROMI, ROAS или ROI за ней не следит. Добавьте его, например `показатель romi >= 0% из {stage}`, или пересмотрите воронку.'
        }
    },
    'budget-exceeded': {
        severity: 'error',
        meaning: 'Channel budgets and task costs exceed the strategy budget; the message gives the sums.',
        example: '350 000 against 300 000',
        message: {
            en: 'Allocations exceed the budget: {allocated} (channels {channels}, tasks {tasks}) against {budget}, over by {over}.',
            ru: 'Распределено больше бюджета: {allocated} (каналы {channels}, задачи {tasks}) при бюджете {budget}, перерасход {over}.'
        }
    },
    'budget-reserve-below-risk': {
        severity: 'warning',
        meaning: 'What is left unallocated is less than the expected loss from risks (Σ probability × impact).',
        example: '5 000 left, risks expected to cost 10 000',
        message: {
            en: 'The unallocated reserve {reserve} is smaller than the expected loss from risks {loss} (Σ probability × impact).',
            ru: 'Нераспределённый резерв {reserve} меньше ожидаемых потерь от рисков {loss} (Σ вероятность × ущерб).'
        }
    },
    'budget-without-dates': {
        severity: 'warning',
        meaning: 'A budget that cannot be placed on the calendar: `per month` (or another unit) in a strategy without a period, or `during` a phase without dates. Its total and everything it buys are unknown.',
        example: '`budget 50 000 per month` with no `period`',
        message: {
            en: 'The budget {budget} cannot be placed on the calendar: the strategy has no `period` to count its months. Add `period 2027-01-01 .. 2027-06-30`.',
            ru: 'Бюджет {budget} нельзя разложить по календарю: у стратегии нет периода (`период`), чтобы сосчитать месяцы. Добавьте `период 2027-01-01 .. 2027-06-30`.'
        },
        variants: {
            phase: {
                en: 'The budget {budget} cannot be placed on the calendar: the phase “{phase}” has no dates. Give the phase its dates (`phase {phase} 2027-01-01 .. 2027-01-31`).',
                ru: 'Бюджет {budget} нельзя разложить по календарю: у фазы «{phase}» нет дат. Укажите даты фазы (`фаза {phase} 2027-01-01 .. 2027-01-31`).'
            }
        }
    },
    'channel-without-budget': {
        severity: 'warning',
        meaning: 'A channel without a budget (a `flat` fee counts as the budget of a channel paid that way; an `organic` channel needs none).',
        example: '`channel telegram`',
        message: {
            en: 'The channel “{channel}” has no budget: its share of the plan and what it buys are unknown. Give it a `budget`, or write `organic` for a community or channel of your own.',
            ru: 'У канала «{channel}» нет бюджета: неизвестны его доля в плане и что он даст. Укажите `бюджет` или напишите `органика`, если это ваше сообщество или канал.'
        }
    },
    'date-outside-period': {
        severity: 'warning',
        meaning: 'A phase, task due date, milestone or goal deadline outside the strategy period.',
        example: '`milestone … by 2027-06-15` in a strategy ending May 31',
        message: {
            en: 'The date {date} ({kind} “{name}”) falls outside the strategy period {start} .. {end}.',
            ru: 'Дата {date} ({kind} «{name}») выходит за период стратегии {start} .. {end}.'
        }
    },
    'task-due-before-phase': {
        severity: 'warning',
        meaning: 'A task is due before its phase starts.',
        example: 'due 2027-02-20 in a phase from 2027-03-01',
        message: {
            en: 'The task “{task}” is due {due}, before its phase “{phase}” starts ({start}).',
            ru: 'Срок задачи «{task}» — {due}, раньше начала её фазы «{phase}» ({start}).'
        }
    },
    'task-due-after-phase': {
        severity: 'warning',
        meaning: 'A task is due after its phase ends.',
        example: 'due 2027-04-05 in a phase that ends 2027-03-31',
        message: {
            en: 'The task “{task}” is due {due}, after its phase “{phase}” ends ({end}).',
            ru: 'Срок задачи «{task}» — {due}, позже конца её фазы «{phase}» ({end}).'
        }
    },
    'task-cycle': {
        severity: 'error',
        meaning: 'Tasks wait for each other (`after`) in a circle, so none can start.',
        example: '`Layouts after Texts`, `Texts after Layouts`',
        message: {
            en: 'The tasks wait for each other in a circle: {cycle}.',
            ru: 'Задачи ждут друг друга по кругу: {cycle}.'
        }
    },
    'task-without-owner': {
        severity: 'warning',
        meaning: 'Who does it?',
        example: 'a task without `owner`',
        fix: 'make a declared role the owner',
        message: {
            en: 'The task “{task}” has no owner: say which role does it.',
            ru: 'У задачи «{task}» нет ответственного: укажите, какая роль её делает.'
        }
    },
    'task-without-format': {
        severity: 'warning',
        meaning: 'Neither `format` nor `deliverable`: what is handed over?',
        example: '`task Photos "Shoot the menu"`',
        message: {
            en: 'The task “{task}” says neither its format nor its deliverable: what exactly is handed over?',
            ru: 'У задачи «{task}» не указаны ни формат, ни результат: что именно будет сдано?'
        }
    },
    'rubric-without-frequency': {
        severity: 'warning',
        meaning: 'A rubric without `N per week` (or another frequency).',
        example: '`rubric Tips … format posts`',
        message: {
            en: 'The rubric “{rubric}” has no frequency (e.g. `3 per week`).',
            ru: 'У рубрики «{rubric}» нет частоты (например, `3 раза в неделю`).'
        }
    },
    'implausible-frequency': {
        severity: 'warning',
        meaning: 'A rubric plans more than 100 posts a day (one every quarter of an hour, day and night): a typo in its count or interval. The roadmap counts such posts but lists only the first 3,000.',
        example: '`rubric News on telegram 1 per 0.001 days`',
        message: {
            en: 'The rubric “{rubric}” plans {perDay} posts a day, more than {limit} (one every quarter of an hour, day and night): is the frequency a typo?',
            ru: 'Рубрика «{rubric}» планирует публикаций в день: {perDay}, больше {limit} (по одной каждые четверть часа круглые сутки): нет ли опечатки в частоте?'
        }
    },
    'rubric-without-owner': {
        severity: 'warning',
        meaning: 'A rubric without an owner.',
        example: '`rubric Tips "Coffee tips" on vk 2 per week format posts` without `owner`',
        fix: 'make a declared role the owner',
        message: {
            en: 'The rubric “{rubric}” has no owner.',
            ru: 'У рубрики «{rubric}» нет ответственного.'
        }
    },
    'adjust-without-owner': {
        severity: 'warning',
        meaning: 'A correction rule nobody is responsible for.',
        example: '`adjust when ctr < 0.8% … then "…"`',
        fix: 'make a declared role the owner',
        message: {
            en: 'Nobody is responsible for the correction rule “{rule}”.',
            ru: 'Никто не отвечает за правило корректировки «{rule}».'
        }
    },
    'competitors-without-usp': {
        severity: 'warning',
        meaning: 'Competitors are listed but no product states a USP; said once per strategy.',
        example: '`competitor CoffeeLike` and no `usp`',
        message: {
            en: 'Competitors are listed, but no product states its USP (`usp "…"`): why would the audience choose you?',
            ru: 'Конкуренты перечислены, но ни у одного продукта нет УТП (`утп «…»`): почему аудитория выберет вас?'
        }
    },
    'segment-incomplete': {
        severity: 'info',
        meaning: 'A segment without a size or without pains.',
        example: '`segment Students { size 12 000 }`',
        message: {
            en: 'The segment “{segment}” has no size and no pains: a portrait needs a size and the pains you solve.',
            ru: 'У сегмента «{segment}» не указаны ни размер, ни боли: портрету нужны размер и боли, которые вы решаете.'
        },
        variants: {
            size: {
                en: 'The segment “{segment}” has no size: a portrait needs a size and the pains you solve.',
                ru: 'У сегмента «{segment}» не указан размер: портрету нужны размер и боли, которые вы решаете.'
            },
            pains: {
                en: 'The segment “{segment}” has no pains: a portrait needs a size and the pains you solve.',
                ru: 'У сегмента «{segment}» не указаны боли: портрету нужны размер и боли, которые вы решаете.'
            }
        }
    },
    'risk-without-mitigation': {
        severity: 'warning',
        meaning: 'A risk without a plan B.',
        example: '`risk AdPrices … probability 40% impact 60 000`',
        fix: 'add a `mitigation` line to fill in',
        message: {
            en: 'The risk “{risk}” has no mitigation: what will you do if it happens?',
            ru: 'У риска «{risk}» нет плана снижения: что вы сделаете, если он случится?'
        }
    }
});
