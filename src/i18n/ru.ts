import type { CoreMessageKey } from './en.js';

/** Russian texts; keys mirror `en.ts`. */
export const ru: Record<CoreMessageKey, string> = {
    'syntax.expected': 'здесь нужно указать {expected}, а написано «{found}»',
    'syntax.expectedBeforeEnd': 'до конца файла нужно указать {expected}',
    'syntax.unexpectedEnd': 'файл обрывается раньше времени',
    'syntax.expectedEnd': 'ожидался конец файла, а найдено «{found}»',
    'syntax.noViableAlt': '«{found}» здесь стоять не может',
    'syntax.earlyExit': 'перед «{found}» нужно указать {expected}',
    'syntax.unexpectedChar': 'неожиданный символ «{found}»',
    'syntax.tooDeep': 'текст вложен слишком глубоко, чтобы его прочитать (больше {limit} скобок друг в друге)',
    'syntax.formulaTooLong': 'формула из более чем {limit} операций слишком длинна, чтобы её прочитать',
    'syntax.endOfFile': 'конец файла',
    // What is expected, in the accusative: «здесь нужно указать дату».
    'syntax.token.STRING': 'текст в кавычках',
    'syntax.token.ID': 'имя',
    'syntax.token.NUMBER': 'число',
    'syntax.token.DATE': 'дату (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)',
    'syntax.token.currency': 'валюту',
    'syntax.keyword': 'ключевое слово «{keyword}»',
    'syntax.symbol': '«{symbol}»',
    'syntax.alternatives': '{first} или {last}',
    'syntax.notHere': '{declaration}: здесь не может стоять «{found}». {allowed}',
    'syntax.unknownWord': '{declaration}: неизвестное слово «{found}» — может быть, «{suggestion}»? {allowed}',
    'syntax.allowedHere': 'Здесь можно написать: {list}.',
    'syntax.mustStand': '{declaration}: здесь нужно указать {expected}, а не «{found}».',
    'syntax.mustStandBeforeEnd': '{declaration}: до конца файла нужно указать {expected}.',
    'syntax.unclosedAtEnd': '{declaration}: файл кончается раньше закрывающей «}».',
    'syntax.oneOf': 'одно из слов: {list}',
    'syntax.didYouMean': 'Может быть, «{suggestion}»?',
    'syntax.goesOn': '{child} может продолжаться словами: {list}.',
    'syntax.belongsTo': '«{found}» пишут в другом месте: {places}.',
    'syntax.token.metric': 'метрику (заказы, охват, cpl, …)',
    'syntax.hint.comparator': 'Сравнение пишут знаком: >=, <=, >, <, = (или ≥, ≤).',
    'syntax.hint.quotes': 'Название пишут в кавычках: «…» или "…".',
    'syntax.hint.unclosed': 'Может быть, выше не хватает «}», закрывающей блок?',
    'syntax.rule.Model': 'Верхний уровень файла',
    'syntax.rule.Strategy': 'Стратегия',
    'syntax.rule.Role': 'Роль',
    'syntax.rule.Product': 'Продукт',
    'syntax.rule.Competitor': 'Конкурент',
    'syntax.rule.Segment': 'Сегмент',
    'syntax.rule.Channel': 'Канал',
    'syntax.rule.Funnel': 'Воронка',
    'syntax.rule.Stage': 'Этап воронки',
    'syntax.rule.Goal': 'Цель',
    'syntax.rule.Kpi': 'Показатель (KPI)',
    'syntax.rule.Metric': 'Метрика',
    'syntax.rule.ContentPlan': 'Контент-план',
    'syntax.rule.Rubric': 'Рубрика',
    'syntax.rule.Frequency': 'Частота',
    'syntax.rule.Phase': 'Фаза',
    'syntax.rule.Task': 'Задача',
    'syntax.rule.Milestone': 'Веха',
    'syntax.rule.Duty': 'Обязанность',
    'syntax.rule.Schedule': 'Расписание',
    'syntax.rule.Approval': 'Согласование',
    'syntax.rule.ApprovalStep': 'Шаг согласования',
    'syntax.rule.ServiceLevel': 'Время ответа',
    'syntax.rule.Duration': 'Срок',
    'syntax.rule.Risk': 'Риск',
    'syntax.rule.AdjustRule': 'Правило корректировки',
    'syntax.explain.Rubric': 'Рубрика: «рубрика Советы на вк 3 раза в неделю формат рилс ответственный СММ цель БольшеЗаказов».',
    'syntax.explain.Frequency': 'Как часто: «3 раза в неделю», «1 раз в 2 недели».',
    'syntax.explain.Schedule': 'Когда повторяется: «каждый будний день», «каждый понедельник», «каждую неделю по пятницам», «каждые 2 недели по понедельникам», «каждый месяц на день 5».',
    'syntax.explain.Duration': 'Число и единица: «30 минут», «4 часа», «1 день», «2 недели».',
    'syntax.form.currency': '«{found}» — не валюта языка: для рублей пишите ₽, руб, руб., р. или RUB; для других — $ или USD, € или EUR, £ или GBP, ₸ или KZT (`690 руб.`, `$1,500`)',
    'syntax.form.multiplier': '«{found}» — не множитель языка: для тысяч пишите тыс или к, для миллионов — млн или m, сразу после числа (`300 тыс.`, `1,2 млн`, `50к`, `$1.5k`)',
    'syntax.form.age': '«{found}» не может стоять после диапазона возраста: пишите `25-40` или `25-40 лет`',

    'kind.Role': 'роль',
    'kind.Product': 'продукт',
    'kind.Competitor': 'конкурент',
    'kind.Segment': 'сегмент',
    'kind.Channel': 'канал',
    'kind.Funnel': 'воронка',
    'kind.Stage': 'этап воронки',
    'kind.Goal': 'цель',
    'kind.Metric': 'метрика',
    'kind.Rubric': 'рубрика',
    'kind.Phase': 'фаза',
    'kind.Task': 'задача',
    'kind.Milestone': 'веха',
    'kind.Risk': 'риск',
    'kind.AdjustRule': 'правило корректировки',

    'hover.unit': 'Единица',
    'hover.formula': 'Формула',
    'unit.count': 'штуки',
    'unit.money': 'деньги',
    'unit.percent': 'проценты',
    'unit.ratio': 'отношение',
    'fix.ambiguousNumber.thousands': 'Написать {value} (тысячи)',
    'fix.ambiguousNumber.decimal': 'Написать {value} (дробь)',
    'fix.currency': 'Указать валюту стратегии {currency}',
    'fix.removeDuplicate': 'Удалить это прежнее значение',
    'rewrite.form': 'Записать {written} как {canonical}',
    'rewrite.allForms': 'Записать все числа, даты и валюты файла в каноническом виде ({count})',

    'server.unreadableInput': 'smm-language-server: клиент прислал сообщение, которое нельзя прочитать ({reason}); границы следующих сообщений уже не найти, поэтому сервер завершается, чтобы клиент его перезапустил.',
    'server.notInitialized': 'Сервер ещё не инициализирован: «{method}» можно отправлять только после «initialize».',
    'server.shutDown': 'Сервер завершает работу: «{method}» пришёл после «shutdown».',

    'cli.usage': `Использование: smm <команда> [параметры]

Команды:
  check <файлы или папки…>    Проверить стратегии и вывести найденные проблемы.
  render <файл или папка>     Построить дорожную карту одной стратегии.
  report <файл или папка>     Записать отчёт о ходе работ: план и факт (html или md).
  import <файл.csv> --into <папка или файл .smm>
                              Добавить в стратегию CSV с фактом (дата, метрика, значение; по желанию
                              канал, этап, цель, период) — целиком или никак.

Параметры:
  --format text|json          Формат вывода check (по умолчанию text).
  --format html|md|csv|ics|json
                              Формат render: самодостаточная веб-страница, Markdown, контент-календарь
                              в CSV или iCalendar, модель дорожной карты (по умолчанию — по расширению
                              файла -o, иначе html).
  -o, --output <файл>         Куда записать результат render (по умолчанию <имя>.roadmap.<формат>
                              в папке стратегии; - — стандартный вывод). Файлы стратегии не перезаписываются.
  --today ГГГГ-ММ-ДД          Дата линии «сегодня» в render (по умолчанию — сегодня).
  --role <роль>               Вместо дорожной карты — памятка одной роли (html или md; по умолчанию
                              файл <имя>.handbook.<роль>.<формат>).
  --delimiter comma|semicolon|tab
                              Разделитель CSV (по умолчанию — тот, что читает таблица языка --lang:
                              запятая в английском, точка с запятой в русском).
  --include posts,tasks,milestones,kpis,duties
                              Что попадёт в файл iCalendar: публикации, задачи, вехи, сроки KPI,
                              обязанности (по умолчанию — всё).
  --from, --to ГГГГ-ММ-ДД     Дни, которые охватывает отчёт (по умолчанию — весь факт; прогресс — на
                              --to). Файл по умолчанию: <имя>.report.<формат>.
  --lang en|ru                Язык сообщений и подписей (по умолчанию — из окружения).
  -h, --help                  Показать эту справку.
  -v, --version               Показать версию.

Файлы одной папки образуют одну стратегию: ссылки между ними разрешаются.
Коды выхода: 0 — ошибок нет, 1 — есть ошибки (render всё равно записывает карту), 2 — неверный вызов,
вход не читается или результат не записать.`,
    'cli.unknownCommand': 'Неизвестная команда «{command}». Список команд: `smm --help`.',
    'cli.unknownOption': 'Неизвестный параметр «{option}». Список параметров: `smm --help`.',
    'cli.missingValue': 'Параметру {option} нужно значение: {values}.',
    'cli.badValue': 'Параметр {option} принимает {values}, а не «{value}».',
    'cli.noInput': 'Нечего проверять: укажите один или несколько файлов .smm или папок.',
    'cli.notFound': 'Не удаётся прочитать «{path}»: нет такого файла или папки.',
    'cli.unreadable': 'Не удаётся прочитать «{path}»: {reason}.',
    'cli.notSmm': '«{path}» — не файл .smm.',
    'cli.noSmmInFolder': 'В папке «{path}» нет файлов .smm.',
    'cli.reason.binary': 'это двоичный файл, а не текст',
    'cli.reason.notUtf8': 'текст не в кодировке UTF-8; сохраните файл в UTF-8',
    'cli.reason.EACCES': 'нет доступа',
    'cli.reason.EISDIR': 'это папка',
    'cli.reason.ENOENT': 'нет такого файла или папки',
    'cli.reason.ELOOP': 'слишком много символических ссылок',
    'cli.reason.EMFILE': 'открыто слишком много файлов',
    'cli.summary': 'Проверено файлов: {files}. Ошибок: {errors}, предупреждений: {warnings}, замечаний: {infos}.',
    'severity.error': 'ошибка',
    'severity.warning': 'предупреждение',
    'severity.info': 'замечание',
    'severity.hint': 'подсказка'
};
