/** Whether a user-facing text is written in Russian (our fixtures name everything in Latin letters). */
export function isRussian(text: string): boolean {
    return /[а-яё]{3}/i.test(text);
}

/** Whether a user-facing text is free of Russian words. */
export function isEnglish(text: string): boolean {
    return !/[а-яё]/i.test(text) && /[a-z]{3}/i.test(text);
}
