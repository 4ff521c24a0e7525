import '../polyfill.js';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES, resolveLocale, t, type Locale } from '../i18n/index.js';
import { checkReport, formatJson, formatText } from './check.js';
import { collectSmmFiles, InputError } from './files.js';
import { renderCommand } from './render.js';
import { loadStrategies } from './workspace.js';
import { parseIsoDate } from '../analysis/dates.js';
import { RENDER_FORMATS, type RenderFormat } from '../roadmap/render/index.js';

declare const SMM_VERSION: string;

const FORMATS = ['text', 'json'] as const;

/**
 * Runs the `smm` command; returns the exit code: 0 clean (or rendered), 1 errors in the strategies (a
 * roadmap is still rendered), 2 bad usage or input.
 */
export async function run(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
    let locale: Locale = resolveLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
    try {
        const { values, positionals } = parseArgs({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: 'string' },
                output: { type: 'string', short: 'o' },
                today: { type: 'string' },
                lang: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' }
            }
        });
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
        if (command === 'render') {
            return await renderCommand(inputs, {
                format: values.format === undefined ? formatOfOutput(values.output) : oneOf('--format', values.format, RENDER_FORMATS, locale),
                output: values.output,
                locale,
                today: values.today === undefined ? undefined : dateOption('--today', values.today, locale)
            }, out, err);
        }
        if (command !== 'check') {
            throw new InputError(t(locale, 'cli.unknownCommand', { command }));
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
            err(`smm: ${error.message}\n`);
            return 2;
        }
        if (isArgsError(error)) {
            err(`smm: ${describeArgsError(error, locale)}\n`);
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
function formatOfOutput(output: string | undefined): RenderFormat {
    const extension = output ? extname(output).slice(1).toLowerCase() : '';
    return RENDER_FORMATS.find(format => format === extension) ?? 'html';
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

const OPTION_VALUES: Record<string, readonly string[]> = {
    '--format': [...FORMATS, ...RENDER_FORMATS.filter(format => format !== 'json')], '--lang': LOCALES, '--today': ['YYYY-MM-DD']
};

function describeArgsError(error: Error & { code: string }, locale: Locale): string {
    const option = /'(-[-\w]+)/.exec(error.message)?.[1] ?? '';
    if (error.code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        return t(locale, 'cli.unknownOption', { option });
    }
    return t(locale, 'cli.missingValue', { option, values: OPTION_VALUES[option]?.join('|') ?? t(locale, 'cli.render.pathValue') });
}

run(process.argv.slice(2), text => process.stdout.write(text), text => process.stderr.write(text))
    .then(code => { process.exitCode = code; })
    .catch((error: unknown) => {
        process.stderr.write(`smm: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
        process.exitCode = 3;
    });
