/**
 * Actuals imported from a spreadsheet: a CSV of date, metric and value (and optionally channel, stage, goal
 * and period) with English or Russian headers, separated by `;` or `,`, read into rows or into the problems
 * of its lines; and the rows written as `actuals` blocks of a `.smm` file.
 */
import { parse } from 'csv-parse/sync';
import type { MessageKey } from '../i18n/index.js';
import { parseIsoDate } from './dates.js';

export type ActualsPeriod = 'day' | 'week' | 'month';

export interface ImportedRow {
    /** The CSV line the row starts on, the header being line 1. */
    line: number;
    /** YYYY-MM-DD */
    date: string;
    period: ActualsPeriod;
    /** The metric as the CSV names it (an id, an alias or a custom metric's name). */
    metric: string;
    value: number;
    /** `%` or the currency sign or code the value carried. */
    written?: string;
    channel?: string;
    stage?: string;
    goal?: string;
}

export interface ImportProblem {
    line: number;
    key: MessageKey;
    args: Record<string, string | number>;
}

/** What the strategy declares, for telling a known name from a typo. */
export interface ImportNames {
    /** The metric a name stands for (its id), or undefined when the strategy has no such metric. */
    metric(name: string): string | undefined;
    channels: ReadonlySet<string>;
    /** Stages as `Funnel.Stage`. */
    stages: ReadonlySet<string>;
    goals: ReadonlySet<string>;
}

type Column = 'date' | 'metric' | 'value' | 'channel' | 'stage' | 'goal' | 'period';

const HEADERS: Record<string, Column> = {
    date: 'date', day: 'date', 'дата': 'date', 'день': 'date',
    metric: 'metric', 'метрика': 'metric', 'показатель': 'metric',
    value: 'value', actual: 'value', 'значение': 'value', 'факт': 'value',
    channel: 'channel', 'канал': 'channel',
    stage: 'stage', 'этап': 'stage',
    goal: 'goal', 'цель': 'goal',
    period: 'period', 'период': 'period'
};

const PERIODS: Record<string, ActualsPeriod> = {
    day: 'day', week: 'week', month: 'month', 'день': 'day', 'неделя': 'week', 'месяц': 'month'
};

/** Currency signs and codes a value may carry, as the language writes them. */
const CURRENCIES: Record<string, string> = {
    '₽': '₽', 'руб': '₽', 'руб.': '₽', 'р.': '₽', RUB: 'RUB', '$': '$', USD: 'USD', '€': '€', EUR: 'EUR', '£': '£', GBP: 'GBP',
    '₸': '₸', KZT: 'KZT', BYN: 'BYN', UAH: 'UAH', UZS: 'UZS', AMD: 'AMD', GEL: 'GEL', CNY: 'CNY', TRY: 'TRY', AED: 'AED'
};

/**
 * Reads a CSV of actuals: the rows without a problem, and every problem of every line with the line's number.
 * An import is all or nothing: the caller writes the rows only when there is no problem.
 */
export function readActualsCsv(text: string, names: ImportNames): { rows: ImportedRow[]; problems: ImportProblem[] } {
    const source = text.replace(/^\uFEFF/, '');
    const header = source.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
    let records: Array<{ record: string[]; info: { lines: number } }>;
    try {
        records = parse(source, { delimiter, info: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as never;
    } catch (error) {
        // A quotation mark that is never closed, or one inside an unquoted value: the rest of the file cannot be split into values.
        const line = (error as { lines?: number }).lines ?? 1;
        return { rows: [], problems: [{ line, key: 'import.unreadable', args: {} }] };
    }
    if (records.length === 0) {
        return { rows: [], problems: [] };
    }
    const problems: ImportProblem[] = [];
    const columns = new Map<Column, number>();
    records[0].record.forEach((name, index) => {
        const column = HEADERS[name.toLowerCase()];
        if (column) {
            columns.set(column, index);
        } else {
            problems.push({ line: 1, key: 'import.unknownColumn', args: { column: name } });
        }
    });
    for (const column of ['date', 'metric', 'value'] as const) {
        if (!columns.has(column)) {
            problems.push({ line: 1, key: 'import.missingColumn', args: { column } });
        }
    }
    if (problems.length > 0) {
        return { rows: [], problems };
    }
    const rows: ImportedRow[] = [];
    const seen = new Map<string, number>();
    // The line a record ends on is in its info; a record starts after the previous one ends.
    let previousEnd = records[0].info.lines;
    for (const { record, info } of records.slice(1)) {
        const line = previousEnd + 1;
        previousEnd = info.lines;
        const cell = (column: Column) => {
            const index = columns.get(column);
            return index === undefined ? '' : (record[index] ?? '').trim();
        };
        const before = problems.length;
        if (record.length !== records[0].record.length) {
            problems.push({ line, key: 'import.columnCount', args: { count: record.length, expected: records[0].record.length } });
            continue;
        }
        const date = dateOf(cell('date'));
        if (!date) {
            problems.push({ line, key: 'import.badDate', args: { line, value: cell('date') } });
        }
        const period = cell('period') === '' ? 'day' : PERIODS[cell('period').toLowerCase()];
        if (!period) {
            problems.push({ line, key: 'import.badPeriod', args: { line, value: cell('period') } });
        }
        const metric = names.metric(cell('metric'));
        if (!metric) {
            problems.push({ line, key: 'import.unknownMetric', args: { line, value: cell('metric') } });
        }
        const value = valueOf(cell('value'), delimiter);
        if (!value) {
            problems.push({ line, key: 'import.badValue', args: { line, value: cell('value') } });
        }
        const channel = cell('channel') || undefined;
        const stage = cell('stage') || undefined;
        const goal = cell('goal') || undefined;
        if (channel && !names.channels.has(channel)) {
            problems.push({ line, key: 'import.unknownChannel', args: { line, value: channel } });
        }
        if (stage && !names.stages.has(stage)) {
            problems.push({ line, key: 'import.unknownStage', args: { line, value: stage } });
        }
        if (goal && !names.goals.has(goal)) {
            problems.push({ line, key: 'import.unknownGoal', args: { line, value: goal } });
        }
        if ([channel, stage, goal].filter(Boolean).length > 1) {
            problems.push({ line, key: 'import.severalPlaces', args: { line } });
        }
        if (problems.length > before) {
            continue;
        }
        const key = [date, period, metric, channel ? `c:${channel}` : stage ? `s:${stage}` : goal ? `g:${goal}` : ''].join('|');
        const first = seen.get(key);
        if (first !== undefined) {
            problems.push({ line, key: 'import.duplicate', args: { line, first } });
            continue;
        }
        seen.set(key, line);
        rows.push({ line, date: date!, period: period!, metric: cell('metric'), value: value!.value, written: value!.written, channel, stage, goal });
    }
    return { rows, problems };
}

/** `2027-03-01` or `01.03.2027`, as YYYY-MM-DD when the day exists. */
function dateOf(text: string): string | undefined {
    const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
    const iso = dotted ? `${dotted[3]}-${dotted[2].padStart(2, '0')}-${dotted[1].padStart(2, '0')}` : text;
    return parseIsoDate(iso) ? iso : undefined;
}

/**
 * A number as a spreadsheet exports it: `12 400`, `12400,5` (in a `;`-separated file), `12,400`, `0.6%`,
 * `12 400 ₽`, `$1,200.50`.
 */
function valueOf(text: string, delimiter: string): { value: number; written?: string } | undefined {
    let rest = text.replace(/[\s\u00A0\u202F_]/g, '');
    let written: string | undefined;
    if (rest.endsWith('%')) {
        written = '%';
        rest = rest.slice(0, -1);
    } else {
        for (const [sign, code] of Object.entries(CURRENCIES)) {
            if (rest.toUpperCase().endsWith(sign.toUpperCase()) || rest.toUpperCase().startsWith(sign.toUpperCase())) {
                written = code;
                rest = rest.toUpperCase().endsWith(sign.toUpperCase()) ? rest.slice(0, -sign.length) : rest.slice(sign.length);
                break;
            }
        }
    }
    if (rest.includes(',') && rest.includes('.')) {
        rest = rest.replace(/,/g, '');
    } else if (rest.includes(',')) {
        rest = delimiter === ',' && /^-?\d{1,3}(,\d{3})+$/.test(rest) ? rest.replace(/,/g, '') : rest.replace(',', '.');
    }
    if (!/^-?\d+(\.\d+)?$/.test(rest)) {
        return undefined;
    }
    return { value: Number(rest), written };
}

/** The rows as `actuals` blocks, one per date and period, in the order of their dates; `source` names the file in a comment. */
export function actualsText(rows: readonly ImportedRow[], source: string): string {
    const blocks = new Map<string, ImportedRow[]>();
    for (const row of [...rows].sort((a, b) => a.date.localeCompare(b.date) || a.line - b.line)) {
        const key = `${row.period} ${row.date}`;
        let list = blocks.get(key);
        if (!list) {
            blocks.set(key, list = []);
        }
        list.push(row);
    }
    const lines = [`// Imported from ${source.replace(/[\r\n]/g, ' ')}`];
    for (const [key, list] of blocks) {
        lines.push(`actuals ${key} {`);
        for (const row of list) {
            const place = row.channel ? ` on ${row.channel}` : row.stage ? ` at ${row.stage}` : row.goal ? ` for ${row.goal}` : '';
            lines.push(`    ${row.metric} ${numberText(row.value)}${row.written ? (row.written === '%' ? '%' : ` ${row.written}`) : ''}${place}`);
        }
        lines.push('}');
    }
    return lines.join('\n') + '\n';
}

/** A number as the language reads it: `12 400`, `0.875`, `-1 500.5`. */
function numberText(value: number): string {
    const [whole, fraction] = String(Math.abs(value)).split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
    return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
