// Messages of navigation and structure: rename refusals and the details shown in the outline.
const en = {
    'navigation.rename.standardMetric': '“{name}” is a standard metric; standard metrics can’t be renamed.',
    'navigation.rename.notIdentifier': '“{name}” can’t be a name: use letters, digits and “_”, and start with a letter or “_”.',
    'navigation.rename.keyword': '“{name}” is a keyword of the language and can’t be a name.',
    'navigation.rename.taken': 'This strategy already has a {kind} named “{name}”.',
    'navigation.symbol.content': 'Content plan',
    'navigation.symbol.adjust': 'adjust when {conditions}'
};

export const navigationMessages = {
    en,
    ru: {
        'navigation.rename.standardMetric': '«{name}» — стандартная метрика; стандартные метрики переименовать нельзя.',
        'navigation.rename.notIdentifier': '«{name}» не может быть именем: используйте буквы, цифры и «_», начиная с буквы или «_».',
        'navigation.rename.keyword': '«{name}» — ключевое слово языка и не может быть именем.',
        'navigation.rename.taken': 'В этой стратегии уже есть {kind} с именем «{name}».',
        'navigation.symbol.content': 'Контент-план',
        'navigation.symbol.adjust': 'корректировка, если {conditions}'
    } satisfies Record<keyof typeof en, string>
};
