/** The content calendar's CSV columns and the iCalendar file's events, in both languages. */
const en = {
    'roadmap.csv.date': 'Date',
    'roadmap.csv.weekday': 'Weekday',
    'roadmap.csv.time': 'Time',
    'roadmap.csv.channel': 'Channel',
    'roadmap.csv.rubric': 'Rubric',
    'roadmap.csv.format': 'Format',
    'roadmap.csv.topic': 'Topic',
    'roadmap.csv.owner': 'Owner',
    'roadmap.csv.goal': 'Goal',
    'roadmap.csv.status': 'Status',
    /** What the topic cell says until the author writes the post's topic. */
    'roadmap.csv.topicPlaceholder': 'Topic: {rubric} #{number}',
    'roadmap.csv.planned': 'Planned',

    'calendar.weekday.monday': 'Monday',
    'calendar.weekday.tuesday': 'Tuesday',
    'calendar.weekday.wednesday': 'Wednesday',
    'calendar.weekday.thursday': 'Thursday',
    'calendar.weekday.friday': 'Friday',
    'calendar.weekday.saturday': 'Saturday',
    'calendar.weekday.sunday': 'Sunday',

    'roadmap.ics.post': 'Post: {rubric} on {channel}',
    'roadmap.ics.task': 'Task due: {title}',
    'roadmap.ics.milestone': 'Milestone: {title}',
    'roadmap.ics.kpi': 'KPI deadline: {goal} — {metric}',

    'cli.render.optionFormat': '{option} applies to {format} only, not to {actual}.'
};

export const exportMessages = {
    en,
    ru: {
        'roadmap.csv.date': 'Дата',
        'roadmap.csv.weekday': 'День недели',
        'roadmap.csv.time': 'Время',
        'roadmap.csv.channel': 'Канал',
        'roadmap.csv.rubric': 'Рубрика',
        'roadmap.csv.format': 'Формат',
        'roadmap.csv.topic': 'Тема',
        'roadmap.csv.owner': 'Ответственный',
        'roadmap.csv.goal': 'Цель',
        'roadmap.csv.status': 'Статус',
        'roadmap.csv.topicPlaceholder': 'Тема: {rubric} № {number}',
        'roadmap.csv.planned': 'Запланирован',

        'calendar.weekday.monday': 'понедельник',
        'calendar.weekday.tuesday': 'вторник',
        'calendar.weekday.wednesday': 'среда',
        'calendar.weekday.thursday': 'четверг',
        'calendar.weekday.friday': 'пятница',
        'calendar.weekday.saturday': 'суббота',
        'calendar.weekday.sunday': 'воскресенье',

        'roadmap.ics.post': 'Публикация: {rubric} в {channel}',
        'roadmap.ics.task': 'Срок задачи: {title}',
        'roadmap.ics.milestone': 'Веха: {title}',
        'roadmap.ics.kpi': 'Срок KPI: {goal} — {metric}',

        'cli.render.optionFormat': '{option} относится только к формату {format}, а не к {actual}.'
    } satisfies Record<keyof typeof en, string>
};
