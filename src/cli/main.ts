import '../polyfill.js';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES, resolveLocale, t, type Locale } from '../i18n/index.js';
import { checkReport, formatJson, formatText } from './check.js';
import { collectSmmFiles, InputError } from './files.js';
import { printable } from './printable.js';
import { importCommand } from './import.js';
import { renderCommand } from './render.js';
import { reportCommand } from './report.js';
import { REPORT_FORMATS, type ReportFormat } from '../roadmap/render/report.js';
import { loadStrategies } from './workspace.js';
import { parseIsoDate } from '../analysis/dates.js';
import { CALENDAR_ENTRIES, CSV_DELIMITERS, EXPORT_FORMATS, formatOfExtension, type CalendarEntry, type CsvDelimiter, type ExportFormat } from '../shared/roadmap-formats.js';

declare const SMM_VERSION: string;

const FORMATS = ['text', 'json'] as const;

/**
 * Runs the `smm` command; returns the exit code: 0 clean (or rendered), 1 errors in the strategies (a
 * roadmap is still rendered), 2 bad usage or input. `stdoutIsTerminal`: `out` writes to a terminal.
 */
export async function run(
    argv: string[], out: (text: string) => void, err: (text: string) => void, stdoutIsTerminal = false
): Promise<number> {
    // A mistake in the options is reported in the language the same command line asks for.
    let locale: Locale = langOfArgs(argv) ?? resolveLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
    try {
        const { values, positionals, tokens } = parseArgs({ args: argv, allowPositionals: true, strict: true, tokens: true, options: OPTIONS });
        rejectRepeatedOptions(tokens, locale);
        if (values.lang !== undefined) {
            locale = oneOf('--lang', values.lang, LOCALES, locale);
        }
        if (values.version) {
            out(`${SMM_VERSION}\n`);
            return 0;
        }
        const [command, ...inputs] = positionals;
        if (values.help || command === undefined || command === 'help') {
            (command === undefined && !values.help ? err : out)(t(locale, 'cli.usage') + '\n');
            return command === undefined && !values.help ? 2 : 0;
        }
        if (values.output === '') {
            throw new InputError(t(locale, 'cli.missingValue', { option: optionName(tokens, 'output'), values: t(locale, 'cli.render.pathValue') }));
        }
        if (command === 'render') {
            const format = values.format === undefined ? formatOfOutput(values.output) : oneOf('--format', values.format, EXPORT_FORMATS, locale);
            const implied = values.output === undefined || values.output === '-' ? undefined : formatNamedBy(values.output);
            if (implied !== undefined && implied !== format) {
                throw new InputError(t(locale, 'cli.render.formatMismatch', { format, path: values.output! }));
            }
            const delimiter = values.delimiter === undefined ? undefined
                : oneOf('--delimiter', forFormat(values.delimiter, optionName(tokens, 'delimiter'), format, 'csv', locale), DELIMITERS, locale);
            const include = values.include === undefined ? undefined
                : entriesOption(forFormat(values.include, optionName(tokens, 'include'), format, 'ics', locale), locale);
            return await renderCommand(inputs, {
                format,
                exportOptions: { delimiter, include },
                output: values.output,
                locale,
                today: values.today === undefined ? undefined : dateOption('--today', values.today, locale),
                role: values.role,
                stdoutIsTerminal
            }, out, err);
        }
        if (command === 'import') {
            return await importCommand(inputs, values.into, locale, out, err);
        }
        if (command === 'report') {
            const format = values.format === undefined ? reportFormatOf(values.output) : oneOf('--format', values.format, REPORT_FORMATS, locale);
            return await reportCommand(inputs, {
                format, output: values.output, locale, stdoutIsTerminal,
                from: values.from === undefined ? undefined : dateOption('--from', values.from, locale),
                to: values.to === undefined ? undefined : dateOption('--to', values.to, locale)
            }, out, err);
        }
        if (command !== 'check') {
            throw new InputError(t(locale, 'cli.unknownCommand', { command }));
        }
        for (const name of ['output', 'today', 'role', 'delimiter', 'include'] as const) {
            if (values[name] !== undefined) {
                throw new InputError(t(locale, 'cli.renderOnlyOption', { option: optionName(tokens, name) }));
            }
        }
        const format = values.format === undefined ? 'text' : oneOf('--format', values.format, FORMATS, locale);
        if (inputs.length === 0) {
            throw new InputError(t(locale, 'cli.noInput'));
        }
        const paths = await collectSmmFiles(inputs, locale);
        const { files } = await loadStrategies(paths, locale);
        const report = checkReport(files);
        out(format === 'json' ? formatJson(report) : formatText(report, locale));
        return report.summary.error > 0 ? 1 : 0;
    } catch (error) {
        if (error instanceof InputError) {
            err(`smm: ${printable(error.message)}\n`);
            return 2;
        }
        if (isArgsError(error)) {
            err(`smm: ${printable(describeArgsError(error, commandOf(argv), locale))}\n`);
            return 2;
        }
        throw error;
    }
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[], locale: Locale): T {
    if ((allowed as readonly string[]).includes(value)) {
        return value as T;
    }
    throw new InputError(t(locale, 'cli.badValue', { option, value, values: allowed.join('|') }));
}

/** Without --format, `-o plan.md` means Markdown, `-o posts.csv` CSV and so on; anything else is HTML. */
function formatOfOutput(output: string | undefined): ExportFormat {
    return (output ? formatNamedBy(output) : undefined) ?? 'html';
}

/** A status report is a page to send: Markdown for `-o report.md`, else HTML. */
function reportFormatOf(output: string | undefined): ReportFormat {
    return output !== undefined && formatNamedBy(output) === 'md' ? 'md' : 'html';
}

/** The format a file name's extension names, if it names one. */
function formatNamedBy(path: string): ExportFormat | undefined {
    return formatOfExtension(extname(path).slice(1));
}

const DELIMITERS = Object.keys(CSV_DELIMITERS) as CsvDelimiter[];

/** The value of an option that shapes one format only (`--delimiter` for CSV), refused with any other format. */
function forFormat(value: string, option: string, format: ExportFormat, only: ExportFormat, locale: Locale): string {
    if (format !== only) {
        throw new InputError(t(locale, 'cli.render.optionFormat', { option, format: only, actual: format }));
    }
    return value;
}

/** `--include posts,kpis`: the entries of an iCalendar export, each one of CALENDAR_ENTRIES. */
function entriesOption(value: string, locale: Locale): CalendarEntry[] {
    return [...new Set(value.split(',').map(entry => oneOf('--include', entry.trim(), CALENDAR_ENTRIES, locale)))];
}

const OPTIONS = {
    format: { type: 'string' },
    delimiter: { type: 'string' },
    include: { type: 'string' },
    into: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    output: { type: 'string', short: 'o' },
    today: { type: 'string' },
    role: { type: 'string' },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' }
} as const;

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** The language `--lang ru` or `--lang=ru` asks for (before a `--`), unless the arguments ask for two. */
function langOfArgs(argv: string[]): Locale | undefined {
    const found = new Set<Locale>();
    for (let index = 0; index < argv.length && argv[index] !== '--'; index++) {
        const value = argv[index] === '--lang' ? argv[index + 1] : argv[index].startsWith('--lang=') ? argv[index].slice(7) : undefined;
        LOCALES.filter(locale => locale === value).forEach(locale => found.add(locale));
    }
    return found.size === 1 ? [...found][0] : undefined;
}

/** An option given twice with different values (`--format md --format csv`) is a contradiction, not a choice. */
function rejectRepeatedOptions(tokens: Token[], locale: Locale): void {
    const seen = new Map<string, string>();
    for (const token of tokens) {
        if (token.kind !== 'option' || token.value === undefined) {
            continue;
        }
        const first = seen.get(token.name);
        if (first !== undefined && first !== token.value) {
            throw new InputError(t(locale, 'cli.repeatedOption', { option: token.rawName, first, second: token.value }));
        }
        seen.set(token.name, token.value);
    }
}

/** The option as the user spelled it (`-o` or `--output`). */
function optionName(tokens: Token[], name: string): string {
    for (const token of tokens) {
        if (token.kind === 'option' && token.name === name) {
            return token.rawName;
        }
    }
    return `--${name}`;
}

/** The command of a command line that did not parse: its first word that is not an option or an option's value. */
function commandOf(argv: string[]): string | undefined {
    return parseArgs({ args: argv, allowPositionals: true, strict: false, options: OPTIONS }).positionals[0];
}

function dateOption(option: string, value: string, locale: Locale): Date {
    const date = parseIsoDate(value);
    if (!date) {
        throw new InputError(t(locale, 'cli.badValue', { option, value, values: 'YYYY-MM-DD' }));
    }
    return date;
}

function isArgsError(error: unknown): error is Error & { code: string } {
    const code = (error as { code?: unknown } | undefined)?.code;
    return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** The values an option takes, for the message when one is missing; `--format` depends on the command. */
function optionValues(option: string, command: string | undefined): readonly string[] | undefined {
    switch (option) {
        case '--format':
            return command === 'render' ? EXPORT_FORMATS : command === 'check' ? FORMATS : [...FORMATS, ...EXPORT_FORMATS.filter(format => format !== 'json')];
        case '--lang':
            return LOCALES;
        case '--today':
        case '--from':
        case '--to':
            return ['YYYY-MM-DD'];
        case '--delimiter':
            return DELIMITERS;
        case '--include':
            return [CALENDAR_ENTRIES.join(',')];
        default:
            return undefined;
    }
}

function describeArgsError(error: Error & { code: string }, command: string | undefined, locale: Locale): string {
    const option = /'(-[-\w]+)/.exec(error.message)?.[1] ?? '';
    if (error.code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        return t(locale, 'cli.unknownOption', { option });
    }
    return t(locale, 'cli.missingValue', { option, values: optionValues(option, command)?.join('|') ?? t(locale, 'cli.render.pathValue') });
}

run(process.argv.slice(2), text => process.stdout.write(text), text => process.stderr.write(text), process.stdout.isTTY === true)
    .then(code => { process.exitCode = code; })
    .catch((error: unknown) => {
        process.stderr.write(`smm: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
        process.exitCode = 3;
    });
