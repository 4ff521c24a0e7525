/**
 * English texts of the core: syntax-error details, names of kinds, hovers and the CLI (diagnostic messages
 * are in the issue catalog). `ru.ts` has exactly the same keys; each further area (analysis, editor,
 * roadmap) keeps its two languages side by side in its own file.
 */
export const en = {
    // Syntax and references
    'syntax.expected': 'expected {expected} but found “{found}”',
    'syntax.expectedBeforeEnd': 'expected {expected} before the end of the file',
    'syntax.unexpectedEnd': 'the file ends too early',
    'syntax.expectedEnd': 'expected the end of the file but found “{found}”',
    'syntax.noViableAlt': 'did not expect “{found}” here',
    'syntax.earlyExit': 'expected at least one {expected} before “{found}”',
    'syntax.unexpectedChar': 'unexpected character “{found}”',
    'syntax.tooDeep': 'the text is nested too deeply to read (more than {limit} parentheses inside each other)',
    'syntax.formulaTooLong': 'a formula of more than {limit} operators is too long to read',
    'syntax.endOfFile': 'end of file',
    'syntax.token.STRING': 'a text in quotes',
    'syntax.token.ID': 'a name',
    'syntax.token.NUMBER': 'a number',
    'syntax.token.DATE': 'a date (YYYY-MM-DD or DD.MM.YYYY)',
    'syntax.token.currency': 'a currency',
    'syntax.keyword': 'keyword “{keyword}”',
    'syntax.symbol': '“{symbol}”',
    'syntax.alternatives': '{first} or {last}',
    'syntax.notHere': '{declaration}: “{found}” cannot stand here. {allowed}',
    'syntax.unknownWord': '{declaration}: unknown word “{found}” — did you mean “{suggestion}”? {allowed}',
    'syntax.allowedHere': 'Here may stand: {list}.',
    'syntax.mustStand': '{declaration}: {expected} must stand here, not “{found}”.',
    'syntax.mustStandBeforeEnd': '{declaration}: {expected} must stand here before the end of the file.',
    'syntax.unclosedAtEnd': '{declaration}: the file ends before the “}” that closes it.',
    'syntax.oneOf': 'one of the words {list}',
    'syntax.didYouMean': 'Did you mean “{suggestion}”?',
    'syntax.goesOn': 'A {child} may go on with: {list}.',
    'syntax.belongsTo': '“{found}” is written in: {places}.',
    'syntax.token.metric': 'a metric (orders, reach, cpl, …)',
    'syntax.hint.comparator': 'A comparison is written with a sign: >=, <=, >, <, = (or ≥, ≤).',
    'syntax.hint.quotes': 'A title is a text in quotes: "…" or «…».',
    'syntax.hint.unclosed': 'Is the “}” that closes the block above missing?',
    'syntax.rule.Model': 'Top level of the file',
    'syntax.rule.Strategy': 'Strategy',
    'syntax.rule.Role': 'Role',
    'syntax.rule.Product': 'Product',
    'syntax.rule.Competitor': 'Competitor',
    'syntax.rule.Segment': 'Segment',
    'syntax.rule.Channel': 'Channel',
    'syntax.rule.Funnel': 'Funnel',
    'syntax.rule.Stage': 'Funnel stage',
    'syntax.rule.Goal': 'Goal',
    'syntax.rule.Kpi': 'KPI',
    'syntax.rule.Metric': 'Metric',
    'syntax.rule.ContentPlan': 'Content plan',
    'syntax.rule.Rubric': 'Rubric',
    'syntax.rule.Frequency': 'Frequency',
    'syntax.rule.Phase': 'Phase',
    'syntax.rule.Task': 'Task',
    'syntax.rule.Milestone': 'Milestone',
    'syntax.rule.Duty': 'Duty',
    'syntax.rule.Schedule': 'Schedule',
    'syntax.rule.Approval': 'Approval',
    'syntax.rule.ApprovalStep': 'Approval step',
    'syntax.rule.ServiceLevel': 'Response time',
    'syntax.rule.Duration': 'Duration',
    'syntax.rule.Risk': 'Risk',
    'syntax.rule.AdjustRule': 'Correction rule',
    'syntax.explain.Rubric': 'A rubric: `rubric Tips on vk 3 per week format reels owner Smm goal MoreOrders`.',
    'syntax.explain.Frequency': 'How often: `3 per week`, `1 per 2 weeks`.',
    'syntax.explain.Schedule': 'When it recurs: `every weekday`, `every monday`, `every week on friday`, `every 2 weeks on monday`, `every month on day 5`.',
    'syntax.explain.Duration': 'A number and its unit: `30 minutes`, `4 hours`, `1 day`, `2 weeks`.',
    'syntax.form.currency': '“{found}” is not a currency the language knows: write ₽, руб, руб., р. or RUB for roubles, $ or USD, € or EUR, £ or GBP, ₸ or KZT (`690 руб.`, `$1,500`)',
    'syntax.form.multiplier': '“{found}” is not a multiplier the language knows: write тыс or k for thousands, млн or m for millions, right after the number (`300 тыс.`, `1,2 млн`, `50к`, `$1.5k`)',
    'syntax.form.age': '“{found}” cannot follow an age range: write `25-40` or `25-40 years`',

    // Node kinds, as used inside messages
    'kind.Role': 'role',
    'kind.Product': 'product',
    'kind.Competitor': 'competitor',
    'kind.Segment': 'segment',
    'kind.Channel': 'channel',
    'kind.Funnel': 'funnel',
    'kind.Stage': 'funnel stage',
    'kind.Goal': 'goal',
    'kind.Metric': 'metric',
    'kind.Rubric': 'rubric',
    'kind.Phase': 'phase',
    'kind.Task': 'task',
    'kind.Milestone': 'milestone',
    'kind.Risk': 'risk',
    'kind.AdjustRule': 'correction rule',

    // Hovers and quick fixes of the text
    'hover.unit': 'Unit',
    'hover.formula': 'Formula',
    'unit.count': 'count',
    'unit.money': 'money',
    'unit.percent': 'percent',
    'unit.ratio': 'ratio',
    'fix.ambiguousNumber.thousands': 'Write {value} (thousands)',
    'fix.ambiguousNumber.decimal': 'Write {value} (decimal)',
    'fix.currency': 'Use the strategy’s currency {currency}',
    'fix.removeDuplicate': 'Remove this earlier value',
    'rewrite.form': 'Write {written} as {canonical}',
    'rewrite.allForms': 'Write every everyday number, date and currency of the file in its canonical form ({count})',

    // Language server
    'server.unreadableInput': 'smm-language-server: the client sent a message that cannot be read ({reason}); the messages after it cannot be told apart, so the server exits for the client to restart it.',
    'server.notInitialized': 'The server is not initialized yet: “{method}” must come after “initialize”.',
    'server.shutDown': 'The server is shutting down: “{method}” came after “shutdown”.',

    // CLI
    'cli.usage': `Usage: smm <command> [options]

Commands:
  check <files or folders…>   Check strategies and print their problems.
  render <file or folder>     Render one strategy's roadmap.
  report <file or folder>     Write a status report of plan against actual (html or md).
  import <file.csv> --into <folder or .smm file>
                              Append a CSV of actuals (date, metric, value; optionally channel,
                              stage, goal, period) to the strategy, all or nothing.

Options:
  --format text|json          Output format of check (default: text).
  --format html|md|csv|ics|json
                              Output format of render: a self-contained web page, Markdown, the
                              content calendar as CSV or iCalendar, the roadmap model (default: the
                              extension of the -o file, else html).
  -o, --output <file>         Where render writes (default: <name>.roadmap.<format> in the strategy's
                              folder; - for standard output). It never overwrites a strategy file.
  --today YYYY-MM-DD          The date of the "today" line in render (default: today).
  --role <role>               Render one role's handbook instead of the roadmap (html or md; default
                              file: <name>.handbook.<role>.<format>).
  --delimiter comma|semicolon|tab
                              The CSV's delimiter (default: what the spreadsheet of --lang reads:
                              comma in English, semicolon in Russian).
  --include posts,tasks,milestones,kpis,duties
                              What the iCalendar file holds (default: all of them).
  --from, --to YYYY-MM-DD     The days a report covers (default: all the actuals; the progress is as
                              of --to). Its default file: <name>.report.<format>.
  --lang en|ru                Language of messages and labels (default: from the environment).
  -h, --help                  Show this help.
  -v, --version               Show the version.

Files of one folder form one strategy: references between them resolve.
Exit codes: 0 no errors, 1 errors found (render still writes the roadmap), 2 bad usage,
unreadable input or unwritable output.`,
    'cli.unknownCommand': 'Unknown command “{command}”. Run `smm --help` to see the commands.',
    'cli.unknownOption': 'Unknown option “{option}”. Run `smm --help` to see the options.',
    'cli.missingValue': 'Option {option} needs a value: {values}.',
    'cli.badValue': 'Option {option} accepts {values}, not “{value}”.',
    'cli.noInput': 'Nothing to check: give one or more .smm files or folders.',
    'cli.notFound': 'Cannot read “{path}”: no such file or folder.',
    'cli.unreadable': 'Cannot read “{path}”: {reason}.',
    'cli.notSmm': '“{path}” is not a .smm file.',
    'cli.noSmmInFolder': 'The folder “{path}” has no .smm files.',
    'cli.reason.binary': 'it is a binary file, not text',
    'cli.reason.notUtf8': 'it is not UTF-8 text; save it as UTF-8',
    'cli.reason.EACCES': 'permission denied',
    'cli.reason.EISDIR': 'it is a folder',
    'cli.reason.ENOENT': 'no such file or folder',
    'cli.reason.ELOOP': 'too many symbolic links',
    'cli.reason.EMFILE': 'too many open files',
    'cli.summary': '{files} file(s) checked: {errors} error(s), {warnings} warning(s), {infos} note(s).',
    'severity.error': 'error',
    'severity.warning': 'warning',
    'severity.info': 'info',
    'severity.hint': 'hint'
};

export type CoreMessageKey = keyof typeof en;
