/**
 * The roadmap's charts as inline SVG: the timeline (a Gantt over the strategy period) and horizontal bars.
 * Pure layout over the model's dates and numbers; built with `html`, which escapes every text.
 */
import { t, type Locale } from '../../i18n/index.js';
import { html, trustedHtml, type SafeHtml } from '../../shared/html.js';
import { ownersIn, type RoadmapTimeline, type Sourced } from '../model.js';
import { formatDate, formatTick } from './format.js';

const DAY_MS = 86_400_000;
const WIDTH = 1000;
const LABEL_WIDTH = 300;
const CHART_WIDTH = WIDTH - LABEL_WIDTH - 20;
const ROW = 22;
const HEAD = 30;
/** Labels longer than this are cut with an ellipsis; the full text is in the row's tooltip. */
const LABEL_CHARS = 44;

/**
 * ` data-uri="…" data-line="…"` for an item the preview can reveal in its source (line is 0-based). An
 * item inside an element that names its file already (`around`) has only its line: the preview takes the
 * file of the nearest element that names one, and a long plan does not repeat its path on every row.
 */
export function sourceAttributes(item: Sourced, around?: string): SafeHtml {
    if (!item.source) {
        return html``;
    }
    return item.source.uri === around
        ? html` data-line="${item.source.range.start.line}"`
        : html` data-uri="${item.source.uri}" data-line="${item.source.range.start.line}"`;
}

function cut(text: string): string {
    return text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;
}

interface GanttRow extends Sourced {
    label: string;
    tooltip: string;
    kind: 'phase' | 'task' | 'milestone' | 'kpi';
    from?: string;
    to?: string;
    /** Markers (a task's due date, milestones, KPI deadlines) at these dates, each with its tooltip. */
    marks?: Array<{ date: string; tooltip: string }>;
}

function ganttRows(timeline: RoadmapTimeline, locale: Locale): GanttRow[] {
    const rows: GanttRow[] = [];
    for (const phase of timeline.phases) {
        const title = phase.title ?? phase.name;
        rows.push({ label: title, tooltip: title, kind: 'phase', from: phase.start, to: phase.end, source: phase.source });
        const dueOf = new Map(phase.tasks.flatMap(task => task.name && task.due ? [[task.name, task.due] as const] : []));
        for (const task of phase.tasks) {
            // A task that waits for others runs from the latest of their due dates to its own; one that waits for
            // nothing has no known start: it is its due date alone.
            const after = task.after.map(name => dueOf.get(name)).filter((d): d is string => d !== undefined).sort().at(-1);
            const owner = task.owner ? ` — ${ownersIn(task).map(ref => ref.title ?? ref.name).join(', ')}` : '';
            const due = task.due ? `, ${t(locale, 'roadmap.timeline.due', { date: formatDate(locale, task.due) })}` : '';
            const tooltip = `${task.title}${owner}${due}`;
            const bar = task.due && after && after < task.due;
            rows.push({
                label: task.title, tooltip, kind: 'task', source: task.source,
                from: bar ? after : undefined, to: bar ? task.due : undefined,
                marks: task.due && !bar ? [{ date: task.due, tooltip }] : []
            });
        }
        for (const milestone of phase.milestones) {
            const tooltip = `${milestone.title}${milestone.date ? `, ${formatDate(locale, milestone.date)}` : ''}`;
            rows.push({
                label: `◆ ${milestone.title}`, tooltip,
                kind: 'milestone', marks: milestone.date ? [{ date: milestone.date, tooltip }] : [], source: milestone.source
            });
        }
    }
    // One row per goal: its KPIs' deadlines, each diamond saying which KPI is due then.
    for (const deadlines of groupBy(timeline.kpiDeadlines, deadline => deadline.goal).values()) {
        const goal = deadlines[0].goalTitle ?? deadlines[0].goal;
        const marks = [...groupBy(deadlines, deadline => deadline.date)].sort(([a], [b]) => a.localeCompare(b)).map(([date, due]) => ({
            date, tooltip: `${due.map(deadline => deadline.metricTitle ?? deadline.metric).join(', ')}: ${formatDate(locale, date)}`
        }));
        const label = t(locale, 'roadmap.timeline.kpiRow', { goal });
        rows.push({ label, tooltip: [label, ...marks.map(mark => mark.tooltip)].join('\n'), kind: 'kpi', marks, source: deadlines[0].source });
    }
    return rows;
}

/** The items by key, in the order their keys first come. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
    const groups = new Map<string, T[]>();
    for (const item of items) {
        const group = groups.get(key(item));
        if (group) {
            group.push(item);
        } else {
            groups.set(key(item), [item]);
        }
    }
    return groups;
}

/**
 * Rows per part of the chart. The chart is a head (the ticks) and parts of this many rows, each its own
 * SVG of the same height: the page lays out only the parts on screen (`content-visibility` with the
 * part's known aspect ratio, styles.ts), so a plan of a thousand tasks costs what the rows in view cost.
 */
const GANTT_ROWS_PER_PART = 25;

/** The width ÷ height of a full part of the chart, for the stylesheet. */
export const GANTT_PART_ASPECT_RATIO = `${WIDTH} / ${GANTT_ROWS_PER_PART * ROW}`;

/** Where each row is drawn, computed once from day numbers: the chart's geometry before any markup. */
interface RowGeometry {
    row: GanttRow;
    /** The bar, when the row has one. */
    bar?: { left: string; width: string };
    /** The markers' centres and tooltips. */
    marks: Array<{ x: string; tooltip: string }>;
}

/** Days since 1970-01-01 of an ISO date, without a `Date` object. */
function dayNumber(iso: string): number {
    return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

/** The chart laid out: its ticks, its today line and each row's place, before any markup. */
interface GanttGeometry {
    ticks: string[];
    today?: string;
    rows: RowGeometry[];
}

/** The chart's geometry, or undefined when the strategy has no period. */
function ganttGeometry(timeline: RoadmapTimeline, locale: Locale): GanttGeometry | undefined {
    if (!timeline.start || !timeline.end) {
        return undefined;
    }
    const first = dayNumber(timeline.start);
    const days = dayNumber(timeline.end) + 1 - first;
    const dayWidth = CHART_WIDTH / days;
    const xOf = (day: number) => LABEL_WIDTH + Math.min(Math.max((day - first) / days, 0), 1) * CHART_WIDTH;
    // Rows share their dates (a task's due date is the next one's start): each is placed once.
    const placed = new Map<string, number>();
    const x = (iso: string) => {
        let at = placed.get(iso);
        if (at === undefined) {
            at = xOf(dayNumber(iso));
            placed.set(iso, at);
        }
        return at;
    };
    const rows: RowGeometry[] = ganttRows(timeline, locale).map(row => {
        let bar: RowGeometry['bar'];
        if (row.from && row.to) {
            const left = x(row.from);
            const right = Math.max(x(row.to) + dayWidth, left + 3);
            bar = { left: left.toFixed(1), width: (right - left).toFixed(1) };
        }
        return { row, bar, marks: (row.marks ?? []).map(mark => ({ x: x(mark.date).toFixed(1), tooltip: mark.tooltip })) };
    });
    return { ticks: timeline.ticks.map(tick => x(tick).toFixed(1)), today: timeline.today ? x(timeline.today).toFixed(1) : undefined, rows };
}

/** The vertical lines at the ticks from `top` to `bottom`, as one path: one shape to lay out and paint, not one a tick. */
function gridPath(ticks: string[], top: number, bottom: number): SafeHtml | '' {
    return ticks.length > 0 ? html`<path class="rm-grid" d="${ticks.map(at => `M${at} ${top}V${bottom}`).join('')}"/>` : '';
}

/** The name under which the preview asks for a part of the chart it was sent empty (`renderGanttPart`). */
function partFold(index: number): string {
    return `timeline:${index}`;
}

/**
 * Part `index` of the chart (0-based): its rows drawn, or 'empty': the part alone, of its size, to be filled
 * when the page shows it. A part the preview fills ('empty', and 'named' as it is sent to fill it) carries
 * its name in `data-fold`.
 */
function ganttPart(geometry: GanttGeometry, index: number, locale: Locale, as: 'drawn' | 'named' | 'empty'): SafeHtml {
    const { ticks, today } = geometry;
    const from = index * GANTT_ROWS_PER_PART;
    const rows = geometry.rows.slice(from, from + GANTT_ROWS_PER_PART);
    const last = from + GANTT_ROWS_PER_PART >= geometry.rows.length;
    // Every part but the last is full, of the height the stylesheet knows; the last one is laid out as it is,
    // with room below its rows for the label of the today line.
    const height = rows.length * ROW + (last ? 8 : 0);
    // The part names the file of its first row; the rows of that file give only their lines.
    const uri = rows.find(({ row }) => row.source)?.row.source?.uri;
    const attributes = html`class="rm-gantt-part${last ? '' : ' rm-gantt-full'}" viewBox="0 0 ${WIDTH} ${height}"${
        uri === undefined ? '' : html` data-uri="${uri}"`}${as === 'drawn' ? '' : html` data-fold="${partFold(index)}"`}`;
    if (as === 'empty') {
        return html`<svg ${attributes}></svg>`;
    }
    return html`<svg ${attributes}>${
        gridPath(ticks, 0, height)}${
        rows.map((geometryOfRow, at) => ganttRow(geometryOfRow, at * ROW, uri))}${
        today === undefined ? '' : html`<line class="rm-today-line" x1="${today}" y1="0" x2="${today}" y2="${height}"/>`}${
        today !== undefined && last ? html`<text class="rm-today-label" x="${(Number(today) + 3).toFixed(1)}" y="${height - 2}">${t(locale, 'roadmap.timeline.today')}</text>` : ''}</svg>`;
}

/**
 * The Gantt chart of the timeline, or undefined when the strategy has no period. With `lazy` (the preview)
 * only the first part has its rows; the others come empty, of their size, and the page asks for each
 * (`renderGanttPart`) when it comes near the screen: a plan of a thousand tasks sends the page what a
 * screen shows, not the whole chart.
 */
export function ganttSvg(timeline: RoadmapTimeline, locale: Locale, lazy = false): SafeHtml | undefined {
    const geometry = ganttGeometry(timeline, locale);
    if (!geometry) {
        return undefined;
    }
    const { ticks, today } = geometry;
    const head = html`<svg class="rm-gantt-head" viewBox="0 0 ${WIDTH} ${HEAD}" aria-hidden="true">${gridPath(ticks, HEAD - 6, HEAD)}${timeline.ticks.map((tick, index) =>
        html`<text class="rm-tick" x="${(Number(ticks[index]) + 3).toFixed(1)}" y="${HEAD - 12}">${formatTick(locale, tick, timeline.scale)}</text>`)}${
        today === undefined ? '' : html`<line class="rm-today" x1="${today}" y1="${HEAD - 6}" x2="${today}" y2="${HEAD}"/>`}</svg>`;
    const parts = Array.from({ length: Math.ceil(geometry.rows.length / GANTT_ROWS_PER_PART) }, (_, index) =>
        ganttPart(geometry, index, locale, lazy && index > 0 ? 'empty' : 'drawn'));
    return html`<div class="rm-gantt" role="img" aria-label="${t(locale, 'roadmap.timeline.title')}">${head}${parts}</div>`;
}

/** The part of the chart the preview names `fold` (sent empty by `ganttSvg`), drawn; undefined when there is none. */
export function renderGanttPart(timeline: RoadmapTimeline, locale: Locale, fold: string): SafeHtml | undefined {
    const match = /^timeline:([1-9]\d*)$/.exec(fold);
    const geometry = match ? ganttGeometry(timeline, locale) : undefined;
    const index = Number(match?.[1]);
    return geometry && index * GANTT_ROWS_PER_PART < geometry.rows.length ? ganttPart(geometry, index, locale, 'named') : undefined;
}

/** What the chart's bars, diamonds and line mean. */
export function ganttLegend(locale: Locale): SafeHtml {
    const item = (shape: string, key: Parameters<typeof t>[1]) =>
        html`<li><svg viewBox="0 0 24 14" aria-hidden="true">${trustedHtml(shape)}</svg>${t(locale, key)}</li>`;
    return html`<ul class="rm-legend" aria-label="${t(locale, 'roadmap.timeline.legend')}">${[
        item('<rect class="rm-bar-phase" x="1" y="2" width="22" height="10" rx="3"/>', 'roadmap.timeline.phase'),
        item('<rect class="rm-bar-task" x="1" y="2" width="22" height="10" rx="3"/>', 'roadmap.timeline.task'),
        item('<path class="rm-mark-task" d="M12 1l6 6l-6 6l-6 -6z"/>', 'roadmap.timeline.taskDue'),
        item('<path class="rm-mark-milestone" d="M12 1l6 6l-6 6l-6 -6z"/>', 'roadmap.timeline.milestone'),
        item('<path class="rm-mark-kpi" d="M12 1l6 6l-6 6l-6 -6z"/>', 'roadmap.timeline.kpiDeadline'),
        item('<line class="rm-today-line" x1="12" y1="0" x2="12" y2="14"/>', 'roadmap.timeline.today')
    ]}</ul>`;
}

function ganttRow({ row, bar, marks }: RowGeometry, y: number, partUri: string | undefined): SafeHtml {
    const cy = y + ROW / 2;
    // The row's kind is named once, on the row: its label, bar and marks take their look from it (styles.ts),
    // which keeps a row of a thousand-task plan short.
    return html`<g class="rm-row rm-row-${row.kind}"${sourceAttributes(row, partUri)}><title>${row.tooltip}</title><text x="${row.kind === 'task' || row.kind === 'milestone' ? 16 : 4}" y="${y + 15}">${cut(row.label)}</text>${
        bar ? html`<rect x="${bar.left}" y="${y + 4}" width="${bar.width}" height="${ROW - 8}" rx="3"/>` : ''}${
        // A mark says more than its row only where the row has several (a goal's KPI deadlines).
        marks.map(({ x: cx, tooltip }) => tooltip === row.tooltip
            ? html`<path d="M${cx} ${cy - 6}l6 6l-6 6l-6 -6z"/>`
            : html`<path d="M${cx} ${cy - 6}l6 6l-6 6l-6 -6z"><title>${tooltip}</title></path>`)}</g>`;
}

/** A share for drawing: 0 when it is negative or unknown (left out of the roadmap, or not a number). */
function drawable(share: number | undefined): number {
    return share !== undefined && Number.isFinite(share) ? Math.max(share, 0) : 0;
}

/** A horizontal bar filled to `share` (0..1) of its width. */
export function barSvg(share: number, kind = 'value'): SafeHtml {
    const width = (Math.min(drawable(share), 1) * 100).toFixed(2);
    return html`<svg class="rm-hbar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="rm-hbar-track" width="100" height="10"/><rect class="rm-hbar-${kind}" width="${width}" height="10"/></svg>`;
}

/** How many colours the channels of the budget's charts take in turn: the stylesheet has one `--rm-series-N` each. */
export const CHART_SERIES = 8;

/** One bar split into consecutive parts, each `share` (0..1) of the whole, with its tooltip. */
export function stackedBarSvg(parts: Array<{ share: number; kind: string; label: string }>): SafeHtml {
    let at = 0;
    const rects = parts.map(part => {
        const width = drawable(part.share) * 100;
        const rect = html`<rect class="rm-stack-${part.kind}" x="${at.toFixed(2)}" width="${width.toFixed(2)}" height="10"><title>${part.label}</title></rect>`;
        at += width;
        return rect;
    });
    return html`<svg class="rm-stack" viewBox="0 0 ${Math.max(at, 100).toFixed(2)} 10" preserveAspectRatio="none" role="img">${rects}</svg>`;
}

/**
 * Spend month by month: one column per month, stacked from its parts (channels, then tasks), the tallest
 * month filling the height; each part carries its tooltip and each column its month below.
 */
export function monthlyColumnsSvg(months: Array<{ label: string; parts: Array<{ amount: number; kind: string; label: string }> }>, title: string): SafeHtml {
    const size = { width: 640, height: 180, bottom: 20, top: 6 };
    const plot = size.height - size.bottom - size.top;
    const highest = Math.max(...months.map(month => month.parts.reduce((sum, part) => sum + drawable(part.amount), 0)), 1);
    const slot = size.width / Math.max(months.length, 1);
    const columns = months.map((month, i) => {
        let top = size.height - size.bottom;
        const rects = month.parts.map(part => {
            const height = drawable(part.amount) / highest * plot;
            top -= height;
            return html`<rect class="rm-stack-${part.kind}" x="${(i * slot + slot * 0.15).toFixed(1)}" y="${top.toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${height.toFixed(1)}"><title>${part.label}</title></rect>`;
        });
        const label = html`<text class="rm-month-label" x="${(i * slot + slot / 2).toFixed(1)}" y="${size.height - 5}" text-anchor="middle">${month.label}</text>`;
        return html`<g>${rects}${label}</g>`;
    });
    return html`<svg class="rm-months" viewBox="0 0 ${size.width} ${size.height}" width="100%" role="img" aria-label="${title}">${columns}</svg>`;
}

/**
 * Risks on a probability × impact chart: probability 0–100% across, impact up to the largest one
 * upwards; each dot carries its number in the risks table and a tooltip.
 */
export function riskMatrixSvg(risks: Array<Sourced & { probability: number; impact: number; label: string }>, axes: { probability: string; impact: string }): SafeHtml {
    const size = { width: 360, height: 220, left: 34, bottom: 26, top: 14 };
    const plot = { width: size.width - size.left - 12, height: size.height - size.bottom - size.top };
    const highest = Math.max(...risks.map(risk => risk.impact), 1);
    const dots = risks.map((risk, index) => {
        const cx = size.left + Math.min(Math.max(risk.probability, 0), 100) / 100 * plot.width;
        const cy = size.top + plot.height - risk.impact / highest * plot.height;
        const dot = html`<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="9"/><text x="${cx.toFixed(1)}" y="${(cy + 4).toFixed(1)}" text-anchor="middle">${index + 1}</text>`;
        return html`<g class="rm-risk-dot"${sourceAttributes(risk)}><title>${risk.label}</title>${dot}</g>`;
    });
    const bottom = size.top + plot.height;
    return html`<svg class="rm-risk-matrix" viewBox="0 0 ${size.width} ${size.height}" role="img">${[
        html`<rect class="rm-risk-hot" x="${size.left + plot.width / 2}" y="${size.top}" width="${plot.width / 2}" height="${plot.height / 2}"/>`,
        html`<line class="rm-grid" x1="${size.left}" y1="${bottom}" x2="${size.left + plot.width}" y2="${bottom}"/>`,
        html`<line class="rm-grid" x1="${size.left}" y1="${size.top}" x2="${size.left}" y2="${bottom}"/>`,
        html`<text class="rm-axis" x="${size.left + plot.width}" y="${size.height - 6}" text-anchor="end">${axes.probability} →</text>`,
        html`<text class="rm-axis" x="12" y="${bottom}" transform="rotate(-90 12 ${bottom})">${axes.impact} →</text>`,
        dots
    ]}</svg>`;
}
