/**
 * Texts of the strategy review beside the diagnostics (whose messages are in the issue catalog): the words
 * they use, their quick fixes and the SMART assessment.
 */
const en = {
    // Periods, as KPI messages write them
    'per.day': ' a day',
    'per.week': ' a week',
    'per.month': ' a month',
    'per.quarter': ' a quarter',
    'per.year': ' a year',
    // Quick fixes
    'fix.addKpi': 'Add a KPI to “{goal}”',
    'fix.addDeadline': 'Add the deadline {date}',
    'fix.setDeadline': 'Move the deadline to the end of the period ({date})',
    'fix.addOwner': 'Make {role} the owner',
    'fix.replaceMetric': 'Replace with “{metric}”',
    'fix.declareMetric': 'Declare the metric “{metric}”',
    'fix.createDeclaration': 'Create the {kind} “{name}”',
    'fix.addMitigation': 'Add a mitigation',
    'fix.mitigationText': 'What we do if it happens',
    // SMART assessment
    'smart.S.holds': 'Specific: the statement names what and how much.',
    'smart.S.vague': 'Not specific: “{phrase}” is a wish without a number.',
    'smart.S.noStatement': 'Not specific: the goal has no statement; write what you want to achieve.',
    'smart.M.holds': 'Measurable: {count} KPI(s) with targets.',
    'smart.M.noKpi': 'Not measurable: no KPI.',
    'smart.M.noTarget': 'Not measurable: no KPI has a target.',
    'smart.M.outputOnly': 'Not measurable as a result: the KPIs count activity only (posts, stories…).',
    'smart.A.holds': 'Achievable: the funnel forecasts {forecast} {metric} against a target of {target}.',
    'smart.A.short': 'Not achievable as planned: the funnel forecasts {forecast} {metric} against a target of {target}.',
    'smart.A.noForecast': 'Achievability unknown: no KPI is linked to a funnel stage (`from Funnel.Stage`).',
    'smart.R.holds': 'Relevant: aimed at {audience}.',
    'smart.R.noAudience': 'Relevance unclear: the goal names no audience segment.',
    'smart.T.holds': 'Time-bound: due {date}.',
    'smart.T.noDeadline': 'Not time-bound: no deadline and no strategy period.'
};

export const analysisMessages = {
    en,
    ru: {
        'per.day': ' в день',
        'per.week': ' в неделю',
        'per.month': ' в месяц',
        'per.quarter': ' в квартал',
        'per.year': ' в год',
        'fix.addKpi': 'Добавить KPI к «{goal}»',
        'fix.addDeadline': 'Добавить срок {date}',
        'fix.setDeadline': 'Перенести срок на конец периода ({date})',
        'fix.addOwner': 'Назначить ответственным {role}',
        'fix.replaceMetric': 'Заменить на «{metric}»',
        'fix.declareMetric': 'Объявить метрику «{metric}»',
        'fix.createDeclaration': 'Создать {kind} «{name}»',
        'fix.addMitigation': 'Добавить план снижения риска',
        'fix.mitigationText': 'Что делаем, если это случится',
        'smart.S.holds': 'Конкретна: сказано, что и сколько.',
        'smart.S.vague': 'Не конкретна: «{phrase}» — пожелание без числа.',
        'smart.S.noStatement': 'Не конкретна: у цели нет формулировки; напишите, чего хотите достичь.',
        'smart.M.holds': 'Измерима: KPI с целевыми значениями — {count}.',
        'smart.M.noKpi': 'Не измерима: нет KPI.',
        'smart.M.noTarget': 'Не измерима: ни у одного KPI нет целевого значения.',
        'smart.M.outputOnly': 'Результат не измерен: KPI считают только активность (посты, истории…).',
        'smart.A.holds': 'Достижима: воронка прогнозирует {forecast} ({metric}) при цели {target}.',
        'smart.A.short': 'Недостижима по плану: воронка прогнозирует {forecast} ({metric}) при цели {target}.',
        'smart.A.noForecast': 'Достижимость неизвестна: ни один KPI не связан с этапом воронки (`from Воронка.Этап`).',
        'smart.R.holds': 'Актуальна: нацелена на {audience}.',
        'smart.R.noAudience': 'Актуальность неясна: не указан сегмент аудитории.',
        'smart.T.holds': 'Ограничена во времени: срок {date}.',
        'smart.T.noDeadline': 'Не ограничена во времени: нет ни срока, ни периода стратегии.'
    } satisfies Record<keyof typeof en, string>
};
