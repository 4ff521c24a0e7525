/** The records of the diagnostics about the text itself: syntax, references, names and values; see `issue-catalog.ts`. */
import { defineIssues, fixData } from './issue-record.js';

export const TEXT_ISSUES = defineIssues('text', {
    'syntax-error': {
        severity: 'error',
        meaning: 'The text does not follow the grammar.',
        example: '`age 18 to 24` — write `18..24` or `18-24`',
        message: {
            en: 'Syntax error: {detail}',
            ru: 'Синтаксическая ошибка: {detail}'
        }
    },
    'too-many-syntax-errors': {
        severity: 'error',
        meaning: 'More than 100 syntax errors in one file (text that is not a strategy, e.g. a pasted log): the first 100 are shown, and this one, where the next would be, says how many more there are. After 1,000 syntax errors the parser gives up and the rest of the file is not read until the first errors are fixed.',
        example: '3,000 lines of a pasted chat',
        message: {
            en: 'Too many syntax errors: the first {shown} are shown, {hidden} more from here on are not. Fix the first ones and the rest are checked again.',
            ru: 'Слишком много синтаксических ошибок: показаны первые {shown}, ещё {hidden} начиная с этого места не показаны. Исправьте первые — и остальное проверится заново.'
        },
        data: fixData<{ hidden: number }>()
    },
    'unresolved-reference': {
        severity: 'error',
        meaning: 'A name that is not declared in the strategy\'s folder.',
        example: '`segment Students, Pensioners`',
        fix: 'create the segment, role, channel or product (declared just before the declaration that refers to it, above its comments)',
        message: {
            en: 'Unknown {kind} “{name}”.',
            ru: 'Неизвестное имя «{name}» ({kind}).'
        },
        variants: {
            metricHint: {
                en: 'Unknown metric “{name}”. Use a standard metric (reach, clicks, leads, orders, cpl, romi, …) or declare it with `metric {name}`.',
                ru: 'Неизвестная метрика «{name}». Используйте стандартную метрику (reach, clicks, leads, orders, cpl, romi, …) или объявите её: `метрика {name}`.'
            }
        },
        data: fixData<{ kind: string; refText?: string }>()
    },
    'kpi-unknown-metric': {
        severity: 'error',
        meaning: 'A KPI measures a metric that is neither standard nor declared; suggests the closest known metric.',
        example: '`kpi ordres >= 300` → “Did you mean “orders”?”',
        fix: 'replace with the suggestion (preferred); declare the metric',
        message: {
            en: 'Unknown metric “{name}”. Did you mean “{suggestion}”?',
            ru: 'Неизвестная метрика «{name}». Может быть, «{suggestion}»?'
        },
        variants: {
            noSuggestion: {
                en: 'Unknown metric “{name}”. Use a standard metric (reach, clicks, leads, orders, cpl, romi, …) or declare it with `metric {name}`.',
                ru: 'Неизвестная метрика «{name}». Используйте стандартную (reach, clicks, leads, orders, cpl, romi, …) или объявите её: `метрика {name}`.'
            }
        },
        data: fixData<{ name: string; suggestion?: string }>()
    },
    'adjust-unknown-metric': {
        severity: 'error',
        meaning: 'A correction rule watches an unknown metric.',
        example: '`adjust when clickz < 100 …`',
        fix: 'replace with the closest known metric (preferred); declare the metric',
        message: {
            en: 'The correction rule watches an unknown metric “{name}”.',
            ru: 'Правило корректировки следит за неизвестной метрикой «{name}».'
        },
        data: fixData<{ name: string; suggestion?: string }>()
    },
    'duplicate-name': {
        severity: 'error',
        meaning: 'Two declarations of one kind with one name in one folder, or a custom metric named like a standard one or its alias (metric names in any letter case).',
        example: 'two `segment Students`; `metric Reach`',
        message: {
            en: 'The {kind} “{name}” is declared more than once.',
            ru: 'Имя «{name}» ({kind}) объявлено больше одного раза.'
        },
        variants: {
            standardMetric: {
                en: '“{name}” is already a standard metric; choose another name or use the standard one.',
                ru: '«{name}» — уже стандартная метрика; выберите другое имя или используйте стандартную.'
            },
            related: {
                en: 'Also declared here.',
                ru: 'Здесь тоже объявлено.'
            }
        }
    },
    'duplicate-property': {
        severity: 'warning',
        meaning: 'A single-valued property, or a strategy setting, is given twice; only the last value counts. A repeated property inside a declaration is not reported while the file has syntax errors.',
        example: '`price 250` then `price 290`; two `budget` lines',
        fix: 'remove the earlier value (its whole line when nothing else stands on it)',
        message: {
            en: '“{property}” is given more than once; only the last value counts.',
            ru: 'Свойство «{property}» указано больше одного раза; действует только последнее значение.'
        }
    },
    'invalid-date': {
        severity: 'error',
        meaning: 'The date does not exist in the calendar.',
        example: '`by 2027-02-30`',
        message: {
            en: '“{date}” is not a real calendar date.',
            ru: '«{date}» — такой даты в календаре нет.'
        }
    },
    'invalid-range': {
        severity: 'error',
        meaning: 'A date or number range ends before it starts.',
        example: '`period 2027-05-31 .. 2027-03-01`, `age 30..18`',
        message: {
            en: 'The range ends ({end}) before it starts ({start}).',
            ru: 'Диапазон заканчивается ({end}) раньше, чем начинается ({start}).'
        }
    },
    'ambiguous-number': {
        severity: 'error',
        meaning: '`1,500` may be one and a half or fifteen hundred.',
        example: '`kpi orders >= 1,500`',
        fix: 'two fixes: write `1500` (thousands) or write `1.5` (decimal)',
        message: {
            en: '“{text}” is ambiguous: write {thousands} for a number with thousands, or {decimal} for a decimal.',
            ru: '«{text}» неоднозначно: напишите {thousands}, если это тысячи, или {decimal}, если это дробь.'
        },
        data: fixData<{ thousands: string; decimal: string }>()
    },
    'number-too-large': {
        severity: 'error',
        meaning: 'A number so long that it cannot be computed with (over about 300 digits): a typo.',
        example: '`size 999…9` (400 nines)',
        message: {
            en: 'This number has {digits} characters: too large to mean anything. Check for a typo.',
            ru: 'В этом числе слишком много знаков ({digits}), чтобы оно что-то значило. Проверьте, нет ли опечатки.'
        }
    },
    'invalid-percent': {
        severity: 'error',
        meaning: 'A share above 100%: margin, conversion, CTR, probability, or a KPI target on CTR or conversion rate.',
        example: '`conversion 120%`, `kpi ctr >= 120%`',
        message: {
            en: 'A percentage of {value}% is not possible here: it must be between 0% and 100%.',
            ru: 'Здесь не может быть {value}%: значение должно быть от 0% до 100%.'
        }
    },
    'currency-mismatch': {
        severity: 'warning',
        meaning: 'An amount, KPI target, baseline or rule threshold in a currency other than the strategy\'s: the enclosing strategy\'s, or, outside a strategy block, that of the strategy in the same folder.',
        example: '`budget 1 200 USD` in a `currency RUB` strategy',
        fix: 'use the strategy\'s currency (replaces the currency, not the number)',
        message: {
            en: 'The amount is in {found}, but the strategy’s currency is {expected}.',
            ru: 'Сумма указана в {found}, а валюта стратегии — {expected}.'
        },
        data: fixData<{ expected: string }>()
    },
    'multiple-strategies': {
        severity: 'error',
        meaning: 'One file holds more than one `strategy` block; reported on each of them. (Several files of a folder may each hold one: each is a strategy of its own.)',
        example: 'two `strategy` blocks in one file',
        message: {
            en: 'A file holds one strategy, but this one has {count} `strategy` blocks. Give each strategy a file of its own: the files of the folder without a `strategy` block are shared by all of them.',
            ru: 'В файле должна быть одна стратегия, а здесь блоков `стратегия`: {count}. Вынесите каждую стратегию в свой файл: файлы папки без блока `стратегия` общие для всех стратегий.'
        }
    }
});
