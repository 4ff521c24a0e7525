import { Remembered } from './remembered.js';

/**
 * The days already read, as their time in ms (NaN for text that is no date): a strategy and its roadmap read
 * the same few hundred dates thousands of times (every task's due date, in its checks and in the roadmap).
 */
const readDays = new Remembered<string, number>(20_000);

/** Parses an ISO calendar date (YYYY-MM-DD) as UTC midnight; undefined when the date does not exist. */
export function parseIsoDate(text: string): Date | undefined {
    const time = readDays.get(text, readIsoDate);
    // A new Date each time: callers may change theirs.
    return Number.isNaN(time) ? undefined : new Date(time);
}

/**
 * Whether the text is an ISO calendar date (YYYY-MM-DD) that exists: then it is also how `toISOString`
 * writes that day, so a roadmap keeps the text as it is instead of writing the date again.
 */
export function isIsoDate(text: string): boolean {
    return !Number.isNaN(readDays.get(text, readIsoDate));
}

function readIsoDate(text: string): number {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) {
        return NaN;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // `Date.UTC` reads the years 0–99 as 1900–1999; setting the full year keeps 0001 as the year 1.
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
        ? date.getTime()
        : NaN;
}

/** The local calendar day of `date` as YYYY-MM-DD (today, as the person at the keyboard sees it). */
export function localIsoDate(date: Date): string {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
