import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import {
    RoadmapRequest, RoadmapStylesRequest, type RoadmapParams, type RoadmapRendered, type RoadmapResult, type RoadmapUnparsable
} from '../../src/protocol.js';
import { ROADMAP_SECTION_IDS } from '../../src/roadmap/sections.js';
import { EXAMPLES, SERVER_BUNDLE, requireBuilt } from '../support/artifacts.js';
import { attributeOf, parseBody, parseDocument, textOf, type HtmlElement } from '../support/html.js';
import { fileUri, LspClient } from '../support/lsp-client.js';
import {
    AGENCY_FOLDER, AUDIENCE_FILE, CLEAN_STRATEGY, MEASURED_GOAL_LINE, positionOf, SPLIT_STRATEGY_FILE, strategyWith, SYNTAX_ERROR_LINE
} from '../support/strategies.js';
import { TempFolders } from '../support/temp.js';

const clients: LspClient[] = [];
const folders = new TempFolders();

async function startServer(locale = 'en'): Promise<LspClient> {
    const client = LspClient.start(['--stdio']);
    clients.push(client);
    await client.initialize({ locale });
    return client;
}

let documentCounter = 0;
function untitledUri(name = 'strategy.smm'): string {
    documentCounter++;
    return `file:///virtual/roadmap${documentCounter}/${name}`;
}

function roadmap(client: LspClient, params: RoadmapParams, token?: CancellationTokenSource): Promise<RoadmapResult> {
    return client.guard(client.connection.sendRequest(RoadmapRequest, params, token?.token), `smm/roadmap ${params.format}`);
}

function rendered(result: RoadmapResult): RoadmapRendered {
    if (result.status !== 'rendered') {
        throw new Error(`expected a rendered roadmap, got syntax errors: ${JSON.stringify(result.parseErrors)}`);
    }
    return result;
}

function unparsable(result: RoadmapResult): RoadmapUnparsable {
    if (result.status !== 'parseErrors') {
        throw new Error('expected syntax errors, got a rendered roadmap');
    }
    return result;
}

/** The title of the goal `name` as the strategy text writes it. */
function goalTitle(text: string, name: string): string {
    const match = new RegExp(`(?:goal|цель) ${name} (?:"([^"]+)"|«([^»]+)»)`).exec(text);
    if (!match) {
        throw new Error(`no goal ${name} in the strategy`);
    }
    return match[1] ?? match[2];
}

/** 12 tasks of one role: more than the ten a role's card lists unfolded. */
const LONG_TASK_LIST = ['strategy "Long" {', '    period 2027-01-01 .. 2027-06-30', '    role Smm "SMM manager"',
    '    phase Launch 2027-02-01 .. 2027-02-28 {',
    ...Array.from({ length: 12 }, (_, k) => `        task T${k} "Post ${k + 1}" owner Smm format "post" due 2027-02-${String(k + 1).padStart(2, '0')}`),
    '    }', '}', ''].join('\n');

const withAttribute = (elements: HtmlElement[], name: string) => elements.filter(e => attributeOf(e, name) !== undefined);

beforeAll(() => {
    requireBuilt(SERVER_BUNDLE);
});

afterEach(async () => {
    await Promise.all(clients.splice(0).map(client => client.dispose()));
});

afterAll(async () => {
    await folders.removeAll();
});

describe('smm/roadmap over stdio', () => {
    it('renders the preview body of the example strategy, with items that lead back to each of its files', async () => {
        const client = await startServer();
        const strategy = join(EXAMPLES, 'coffee-en', 'strategy.smm');
        const uri = fileUri(strategy);
        const text = readFileSync(strategy, 'utf8');
        await client.openAndWait(uri, text);

        const result = rendered(await roadmap(client, { uri, format: 'preview' }));

        expect(result.uri).toBe(uri);
        expect(result.version).toBe(1);
        const body = parseBody(result.content);
        expect(body.filter(e => e.tagName === 'section').map(s => attributeOf(s, 'id'))).toContain('rm-goals');
        // The sections in order, each one element of the body the preview replaces on its own when it changes.
        expect(result.sections?.map(section => section.id)).toEqual([...ROADMAP_SECTION_IDS]);
        for (const { id, start, end } of result.sections!) {
            expect(result.content.slice(start, end), id).toMatch(new RegExp(`^<(section|header) class="rm-section[^"]*" id="rm-${id}"[^]*</\\1>$`));
        }
        const goals = body.filter(e => attributeOf(e, 'class') === 'rm-goal');
        // Each goal points at the line of its declaration.
        const downtown = goals.find(g => textOf(g).includes(goalTitle(text, 'DowntownCustomers')))!;
        expect(attributeOf(downtown, 'data-uri')).toBe(uri);
        expect(attributeOf(downtown, 'data-line')).toBe(String(positionOf(text, 'goal DowntownCustomers').line));
        // Segments are declared in audience.smm, the team's duties in team.smm, the other files of the folder.
        const sources = new Set(withAttribute(body, 'data-uri').map(e => attributeOf(e, 'data-uri')));
        expect(sources).toEqual(new Set([uri, fileUri(join(EXAMPLES, 'coffee-en', 'audience.smm')), fileUri(join(EXAMPLES, 'coffee-en', 'team.smm'))]));
        expect(body.some(e => e.tagName === 'script')).toBe(false);
    });

    it('speaks the language of the server: a Russian strategy with Russian labels', async () => {
        const client = await startServer('ru');
        const file = join(EXAMPLES, 'zerno-ru', 'zerno.smm');
        const uri = fileUri(file);
        const text = readFileSync(file, 'utf8');
        await client.openAndWait(uri, text);

        const body = parseBody(rendered(await roadmap(client, { uri, format: 'preview' })).content);

        const headings = body.filter(e => e.tagName === 'h2').map(textOf);
        expect(headings).toContain('Цели и KPI');
        expect(body.filter(e => attributeOf(e, 'class') === 'rm-goal').map(textOf).join('\n'))
            .toContain(goalTitle(text, 'БольшеЗаказов'));
    });

    it('exports a self-contained HTML page: no script, nothing remote', async () => {
        const client = await startServer();
        const uri = untitledUri();
        await client.openAndWait(uri, CLEAN_STRATEGY);

        const page = parseDocument(rendered(await roadmap(client, { uri, format: 'html' })).content);

        expect(page.filter(e => e.tagName === 'script')).toEqual([]);
        expect(page.filter(e => ['link', 'img', 'iframe'].includes(e.tagName))).toEqual([]);
        expect(page.find(e => e.tagName === 'title')).toBeDefined();
        expect(textOf(page.find(e => e.tagName === 'body')!)).toContain(goalTitle(CLEAN_STRATEGY, 'MoreOrders'));
    });

    it('exports name the files of the strategy relative to its folder, never the author\'s absolute path', async () => {
        const client = await startServer();
        const folder = join(EXAMPLES, 'coffee-en');
        const uri = fileUri(join(folder, 'strategy.smm'));
        await client.openAndWait(uri, readFileSync(join(folder, 'strategy.smm'), 'utf8'));

        const page = parseDocument(rendered(await roadmap(client, { uri, format: 'html' })).content);
        expect(new Set(withAttribute(page, 'data-uri').map(e => attributeOf(e, 'data-uri')))).toEqual(new Set(['strategy.smm', 'audience.smm', 'team.smm']));
        for (const format of ['html', 'md', 'csv', 'ics', 'json'] as const) {
            const content = rendered(await roadmap(client, { uri, format })).content;
            expect(content, format).not.toContain(folder);
            expect(content, format).not.toContain('file://');
        }
        const json = JSON.parse(rendered(await roadmap(client, { uri, format: 'json' })).content) as { goals: Array<{ source: { uri: string } }> };
        expect(json.goals[0].source.uri).toBe('strategy.smm');
    });

    it('renders a role\'s handbook as a page or as Markdown, and refuses another format or an unknown role', async () => {
        const client = await startServer();
        const folder = join(EXAMPLES, 'coffee-en');
        const uri = fileUri(join(folder, 'strategy.smm'));
        await client.openAndWait(uri, readFileSync(join(folder, 'strategy.smm'), 'utf8'));

        const page = parseDocument(rendered(await roadmap(client, { uri, format: 'html', role: 'Founder' })).content);
        expect(textOf(page.find(e => e.tagName === 'h1')!)).toBe('Handbook: Founder, approves budget and B2B deals');
        expect(page.filter(e => e.tagName === 'script')).toEqual([]);
        const markdown = rendered(await roadmap(client, { uri, format: 'md', role: 'Founder' })).content;
        // The founder approves the posts for offices at the chain's second step, within a day.
        expect(markdown).toContain('**Posts for offices** — you approve at step 2 within 1 day');
        expect(markdown).not.toContain(folder);
        const csv = await roadmap(client, { uri, format: 'csv', role: 'Founder' }).catch((e: unknown) => e) as ResponseError<unknown>;
        expect([csv.code, csv.message]).toEqual([ErrorCodes.InvalidParams, 'A handbook is rendered as html or md, not csv.']);
        const barista = await roadmap(client, { uri, format: 'html', role: 'Barista' }).catch((e: unknown) => e) as ResponseError<unknown>;
        expect([barista.code, barista.message]).toEqual([ErrorCodes.InvalidParams, 'The strategy has no role “Barista”.']);
    });

    it('sends a role\'s long list of tasks folded and empty in the preview body, and the list itself when the page opens it', async () => {
        const client = await startServer();
        const uri = untitledUri();
        const text = LONG_TASK_LIST;
        await client.openAndWait(uri, text);

        const body = parseBody(rendered(await roadmap(client, { uri, format: 'preview' })).content);
        const fold = body.find(e => e.tagName === 'details')!;
        expect(attributeOf(fold, 'data-fold')).toBe('tasks:Smm');
        expect(body.filter(e => e.tagName === 'li' && textOf(e).startsWith('Post '))).toEqual([]);
        const list = parseBody(rendered(await roadmap(client, { uri, format: 'preview', fold: 'tasks:Smm' })).content);
        const items = list.filter(e => e.tagName === 'li');
        expect(items.map(textOf).slice(0, 2)).toEqual(['Post 1 — format: post; due Feb 1, 2027', 'Post 2 — format: post; due Feb 2, 2027']);
        expect(items).toHaveLength(12);
        // each item gives its line: the role's card around it in the page names the file
        expect(list.filter(e => e.tagName === 'span').map(span => attributeOf(span, 'data-line')).slice(0, 2))
            .toEqual([String(positionOf(text, 'task T0 ').line), String(positionOf(text, 'task T1 ').line)]);
        expect(list.filter(e => attributeOf(e, 'data-uri') !== undefined)).toEqual([]);
        const gone = await roadmap(client, { uri, format: 'preview', fold: 'tasks:Designer' }).catch((e: unknown) => e) as ResponseError<unknown>;
        expect([gone.code, gone.message]).toEqual([ErrorCodes.InvalidParams, 'The roadmap has no folded list “tasks:Designer”.']);
        const html = await roadmap(client, { uri, format: 'html', fold: 'tasks:Smm' }).catch((e: unknown) => e) as ResponseError<unknown>;
        expect([html.code, html.message]).toEqual([ErrorCodes.InvalidParams, 'A folded list is a part of the preview, not of html.']);
    });

    it('renders the parts the page asks for from the roadmap of the current texts and language', async () => {
        const client = await startServer();
        const uri = untitledUri();
        const text = LONG_TASK_LIST;
        await client.openAndWait(uri, text);
        const firstItem = async () => textOf(parseBody(rendered(await roadmap(client, { uri, format: 'preview', fold: 'tasks:Smm' })).content)
            .find(e => e.tagName === 'li')!);
        const bodyText = async () => parseBody(rendered(await roadmap(client, { uri, format: 'preview' })).content).map(textOf).join(' ');

        expect(await bodyText()).not.toContain('Designer and video editor');
        expect(await firstItem()).toBe('Post 1 — format: post; due Feb 1, 2027');
        // the strategy's text changes: the next part is of the new text
        await client.change(uri, text.replace('"Post 1"', '"Launch teaser"'), 2);
        expect(await firstItem()).toBe('Launch teaser — format: post; due Feb 1, 2027');
        // another file of the strategy's folder changes: so does its roadmap
        await client.open(uri.replace('strategy.smm', 'roles.smm'), 'role Designer "Designer and video editor"');
        expect(await bodyText()).toContain('Designer and video editor');
        // the language changes
        await client.changeConfiguration({ smm: { locale: 'ru' } });
        expect(await firstItem()).toBe('Launch teaser — формат: post; до 1 февр. 2027 г.');
    });

    it('renders every export format of the same roadmap', async () => {
        const client = await startServer();
        const uri = untitledUri();
        await client.openAndWait(uri, CLEAN_STRATEGY);
        const content = async (format: RoadmapParams['format']) => rendered(await roadmap(client, { uri, format })).content;

        expect(await content('md')).toContain(goalTitle(CLEAN_STRATEGY, 'MoreOrders'));
        expect((await content('csv')).split(/\r?\n/).length).toBeGreaterThan(1);
        expect(await content('ics')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR(\r\n)?$/);
        const json = JSON.parse(await content('json')) as { schemaVersion: number; goals: Array<{ name: string }> };
        expect(json.goals.map(goal => goal.name)).toEqual(['MoreOrders']);
    });

    it('takes the export options: the CSV\'s delimiter, the iCalendar file\'s entries; refuses unknown ones', async () => {
        const client = await startServer();
        const uri = untitledUri();
        await client.openAndWait(uri, CLEAN_STRATEGY);
        const csv = rendered(await roadmap(client, { uri, format: 'csv', options: { delimiter: 'semicolon' } })).content;
        expect(csv.split('\n')[0]).toBe('\uFEFFDate;Weekday;Time;Channel;Rubric;Format;Topic;Owner;Goal;Status');
        const ics = rendered(await roadmap(client, { uri, format: 'ics', options: { include: ['milestones'] } })).content;
        expect(new Set(ics.match(/^CATEGORIES:[a-z]+/gm))).toEqual(new Set(['CATEGORIES:milestone']));
        const wrong = await roadmap(client, { uri, format: 'csv', options: { delimiter: 'pipe' as 'tab' } }).catch((e: unknown) => e) as ResponseError<unknown>;
        expect([wrong.code, wrong.message]).toEqual([ErrorCodes.InvalidParams, 'Unknown CSV delimiter: pipe']);
    });

    it('answers with the syntax errors, not a roadmap, when the file does not parse', async () => {
        const client = await startServer();
        const uri = untitledUri();
        const text = strategyWith(SYNTAX_ERROR_LINE);
        await client.openAndWait(uri, text);

        const result = unparsable(await roadmap(client, { uri, format: 'preview' }));

        expect(result.version).toBe(1);
        expect(result.parseErrors.length).toBeGreaterThan(0);
        const [first] = result.parseErrors;
        // `owner }`: a name is missing before the closing brace of the task.
        expect(first).toMatchObject({ uri, line: positionOf(text, 'owner }').line });
        expect(first.message).toMatch(/^Syntax error: /);
    });

    it('names the syntax errors of another file of the same strategy', async () => {
        const folder = await folders.create({
            'audience.smm': AUDIENCE_FILE.replace('channels telegram', 'channels telegram,'),
            'strategy.smm': SPLIT_STRATEGY_FILE
        });
        const client = await startServer();
        const uri = fileUri(join(folder, 'strategy.smm'));
        await client.openAndWait(uri, SPLIT_STRATEGY_FILE);

        const result = unparsable(await roadmap(client, { uri, format: 'preview' }));

        expect(result.parseErrors.map(e => e.uri)).toEqual([fileUri(join(folder, 'audience.smm'))]);
    });

    it('previews each strategy of a folder of several on its own, with the shared files', async () => {
        const folder = await folders.create(AGENCY_FOLDER);
        const client = await startServer();
        for (const [file, own, other] of [['h1.smm', 'Dash Coffee — H1 2027', 'Зерно'], ['h2.smm', 'Зерно — второе полугодие 2027', 'Dash Coffee']]) {
            const uri = fileUri(join(folder, file));
            const diagnostics = await client.openAndWait(uri, AGENCY_FOLDER[file as keyof typeof AGENCY_FOLDER]);
            expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
            const json = JSON.parse(rendered(await roadmap(client, { uri, format: 'json' })).content) as { header: { title: string }; regulations: unknown[] };
            expect(json.header.title).toBe(own);
            expect(JSON.stringify(json)).not.toContain(other);
            // the roles of roles.smm
            expect(json.regulations).toHaveLength(2);
        }
    });

    it('never renders an older text: a request right after an edit answers from the edited text and its version', async () => {
        const client = await startServer();
        const uri = untitledUri();
        await client.openAndWait(uri, CLEAN_STRATEGY);
        expect(rendered(await roadmap(client, { uri, format: 'preview' })).content).not.toContain('know the Zerno brand');

        // No waiting for diagnostics between the edit and the request.
        await client.change(uri, strategyWith(MEASURED_GOAL_LINE), 2);
        const edited = rendered(await roadmap(client, { uri, format: 'preview' }));
        expect(edited.version).toBe(2);
        expect(edited.content).toContain('Students in Moscow know the Zerno brand');

        await client.change(uri, strategyWith(MEASURED_GOAL_LINE + SYNTAX_ERROR_LINE), 3);
        expect(unparsable(await roadmap(client, { uri, format: 'preview' })).version).toBe(3);

        await client.change(uri, CLEAN_STRATEGY, 4);
        const repaired = rendered(await roadmap(client, { uri, format: 'preview' }));
        expect(repaired.version).toBe(4);
        expect(repaired.content).not.toContain('know the Zerno brand');
    });

    it('waits for a file just opened: a request sent right after didOpen answers its roadmap', async () => {
        // As a preview restored after a window reload does: open the file, then ask at once.
        const folder = await folders.create({ 'audience.smm': AUDIENCE_FILE, 'strategy.smm': SPLIT_STRATEGY_FILE });
        const client = await startServer();
        const uri = fileUri(join(folder, 'strategy.smm'));
        await client.open(uri, SPLIT_STRATEGY_FILE, 7);

        const result = rendered(await roadmap(client, { uri, format: 'preview' }));

        expect(result.version).toBe(7);
        expect(result.content).toContain(goalTitle(SPLIT_STRATEGY_FILE, 'MoreOrders'));
        // The segments come from audience.smm, which the server read from disk along with the opened file.
        expect(result.content).toContain(fileUri(join(folder, 'audience.smm')));
    });

    it('answers requests sent while edits pile up in order, each from a version at least as new as the one before', async () => {
        const client = await startServer();
        const uri = untitledUri();
        await client.openAndWait(uri, CLEAN_STRATEGY);

        const answers: Array<Promise<RoadmapResult>> = [];
        for (let version = 2; version <= 6; version++) {
            await client.change(uri, strategyWith(`  goal G${version} "Goal of version ${version}" { kpi orders >= ${version} }\n`), version);
            answers.push(roadmap(client, { uri, format: 'preview' }));
        }
        const results = (await Promise.all(answers)).map(rendered);

        // Each answer is computed from the text the server had when it read the request: at least the version
        // sent just before it (the server may already have later edits).
        results.forEach((result, index) => {
            expect(result.version).toBeGreaterThanOrEqual(index + 2);
            expect(result.content).toContain(`Goal of version ${result.version}`);
        });
        expect(results.at(-1)!.version).toBe(6);
    });

    it('honours cancellation: a request cancelled while the strategy is still being built answers RequestCancelled', async () => {
        const client = await startServer();
        const uri = untitledUri();
        const goals = Array.from({ length: 400 }, (_, i) =>
            `  goal Goal${i} "Goal number ${i}" { kpi orders >= ${i + 1} per month by 2027-06-30 owner SmmManager }\n`).join('');
        await client.open(uri, strategyWith(goals));

        const source = new CancellationTokenSource();
        const request = roadmap(client, { uri, format: 'preview' }, source);
        source.cancel();

        const error = await request.then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(ResponseError);
        expect((error as ResponseError<unknown>).code).toBe(LSPErrorCodes.RequestCancelled);
        // The server goes on serving.
        expect(rendered(await roadmap(client, { uri, format: 'preview' })).version).toBe(1);
    });

    it('gives the stylesheet of the preview body, which follows the editor theme (smm/roadmapStyles)', async () => {
        const client = await startServer();
        const styles = await client.guard(client.connection.sendRequest(RoadmapStylesRequest), 'smm/roadmapStyles');
        expect(styles).toContain('var(--vscode-editor-foreground)');
        expect(styles).toContain('.rm-header h1');
        expect(styles).not.toMatch(/<\/?style|@import|url\(/);
    });

    it('refuses an unknown format and a file it does not know', async () => {
        const client = await startServer();
        const uri = untitledUri();
        await client.openAndWait(uri, CLEAN_STRATEGY);

        const unknownFormat = await roadmap(client, { uri, format: 'pdf' as RoadmapParams['format'] }).catch((e: unknown) => e);
        expect((unknownFormat as ResponseError<unknown>).code).toBe(ErrorCodes.InvalidParams);
        const unknownFile = await roadmap(client, { uri: untitledUri(), format: 'preview' }).catch((e: unknown) => e);
        expect((unknownFile as ResponseError<unknown>).code).toBe(ErrorCodes.InvalidParams);
        expect(client.running).toBe(true);
    });
});

describe('smm/roadmap with hostile strategy texts', () => {
    const SCRIPT = '<script>alert(1)</script>';
    const BROKEN_OUT = '"><img src=x onerror=alert(2)>';
    const hostile = strategyWith(
        `  goal Hostile "${SCRIPT}" { kpi orders >= 10 per month by 2027-03-31 owner SmmManager }\n`
        + `  goal Attribute "${BROKEN_OUT.replace(/"/g, '\\"')}" { kpi leads >= 5 by 2027-03-31 owner SmmManager }\n`
        + `  role Hacker "</section><iframe src=//evil.example></iframe>"\n`
        + `  segment Quotes "'\\"&amp; <b>bold</b>" { size 10 }\n`
        + '  phase Evil 2027-02-01 .. 2027-02-28 { task "<svg onload=alert(3)>" owner Hacker due 2027-02-10 }\n');

    /** Every element and attribute a browser would create from `html`: none may run anything or load anything. */
    function expectInert(elements: HtmlElement[]): void {
        expect(elements.filter(e => ['script', 'iframe', 'img', 'object', 'embed', 'link'].includes(e.tagName))).toEqual([]);
        expect(elements.filter(e => e.tagName === 'b' && textOf(e) === 'bold')).toEqual([]);
        const handlers = elements.flatMap(e => e.attrs.filter(a => /^on/i.test(a.name)).map(a => `${e.tagName}[${a.name}]`));
        expect(handlers).toEqual([]);
        const urls = elements.flatMap(e => e.attrs.filter(a => ['src', 'href'].includes(a.name)).map(a => a.value));
        expect(urls).toEqual([]);
    }

    it('shows them as text in the preview body, creating no element and no handler', async () => {
        const client = await startServer();
        const uri = untitledUri();
        await client.openAndWait(uri, hostile);

        const content = rendered(await roadmap(client, { uri, format: 'preview' })).content;
        const body = parseBody(content);

        expectInert(body);
        const text = body.map(textOf).join('\n');
        for (const shown of [SCRIPT, BROKEN_OUT, '</section><iframe src=//evil.example></iframe>', `'"&amp; <b>bold</b>`, '<svg onload=alert(3)>']) {
            expect(text).toContain(shown);
        }
        // The svg of the task is the timeline's own, not the task's title.
        expect(body.filter(e => e.tagName === 'svg').every(svg => attributeOf(svg, 'onload') === undefined)).toBe(true);
    });

    it('keeps the exported page inert too', async () => {
        const client = await startServer();
        const uri = untitledUri();
        await client.openAndWait(uri, hostile);

        const page = parseDocument(rendered(await roadmap(client, { uri, format: 'html' })).content);

        expectInert(page);
        expect(page.map(textOf).join('\n')).toContain(SCRIPT);
    });
});
