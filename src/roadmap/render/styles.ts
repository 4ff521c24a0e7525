/**
 * The roadmap's CSS. The layout is shared; the colours come from a palette: 'editor' maps them to VS Code
 * theme variables (light, dark and high-contrast alike), 'print' is a fixed light theme for exports.
 */

import { CHART_SERIES, GANTT_PART_ASPECT_RATIO } from './svg.js';

const EDITOR_PALETTE = `
:root {
  --rm-fg: var(--vscode-editor-foreground);
  --rm-bg: var(--vscode-editor-background);
  --rm-muted: var(--vscode-descriptionForeground);
  --rm-border: var(--vscode-panel-border, var(--vscode-widget-border, rgba(128,128,128,.35)));
  --rm-card: var(--vscode-sideBar-background, transparent);
  --rm-accent: var(--vscode-charts-blue, var(--vscode-textLink-foreground));
  --rm-accent-2: var(--vscode-charts-purple, var(--vscode-textLink-activeForeground));
  --rm-ok: var(--vscode-charts-green, var(--vscode-testing-iconPassed));
  --rm-warn: var(--vscode-charts-yellow, var(--vscode-editorWarning-foreground));
  --rm-bad: var(--vscode-charts-red, var(--vscode-editorError-foreground));
  --rm-track: var(--vscode-editorWidget-background, rgba(128,128,128,.15));
  --rm-series-0: var(--vscode-charts-blue, #3794ff);
  --rm-series-1: var(--vscode-charts-purple, #b180d7);
  --rm-series-2: var(--vscode-charts-green, #89d185);
  --rm-series-3: var(--vscode-charts-orange, #d18616);
  --rm-series-4: #2aa7b8;
  --rm-series-5: #d6457a;
  --rm-series-6: #8c9a2f;
  --rm-series-7: #7a8a99;
  --rm-font: var(--vscode-font-family);
  --rm-mono: var(--vscode-editor-font-family, monospace);
  --rm-size: var(--vscode-font-size, 13px);
}`;

const PRINT_PALETTE = `
:root {
  color-scheme: light;
  --rm-fg: #1f2933;
  --rm-bg: #ffffff;
  --rm-muted: #616e7c;
  --rm-border: #d9e2ec;
  --rm-card: #f8fafc;
  --rm-accent: #2f6fdb;
  --rm-accent-2: #7b4fd6;
  --rm-ok: #1f8a4c;
  --rm-warn: #b7791f;
  --rm-bad: #c53030;
  --rm-track: #edf2f7;
  --rm-series-0: #2f6fdb;
  --rm-series-1: #7b4fd6;
  --rm-series-2: #2f9e6e;
  --rm-series-3: #e07b24;
  --rm-series-4: #17a2b8;
  --rm-series-5: #d6457a;
  --rm-series-6: #8c7a1f;
  --rm-series-7: #5b6b7a;
  --rm-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --rm-mono: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace;
  --rm-size: 14px;
}`;

const LAYOUT = `
*, *::before, *::after { box-sizing: border-box; }
.rm-document { margin: 0 auto; max-width: 1100px; padding: 24px; }
/* Long words (a URL, a compound name) break wherever they must rather than push a box wider than the page. */
body { overflow-wrap: anywhere; }
body { color: var(--rm-fg); background: var(--rm-bg); font-family: var(--rm-font); font-size: var(--rm-size); line-height: 1.45; }
.rm-section { margin: 0 0 28px; }
/* Sections off screen are not laid out until they come near it; the size they had stands in for them. */
.rm-section { content-visibility: auto; contain-intrinsic-size: auto 480px; }
code { font-family: var(--rm-mono); font-size: .95em; }
.rm-section h2 { border-bottom: 1px solid var(--rm-border); padding-bottom: 4px; margin: 0 0 12px; font-size: 1.35em; }
.rm-section h3 { margin: 12px 0 6px; font-size: 1.08em; }
.rm-header h1 { margin: 0 0 8px; font-size: 1.7em; }
.rm-banner { border: 1px solid var(--rm-bad); border-left-width: 4px; padding: 6px 10px; color: var(--rm-fg); }
/* A label takes at most a third of the row, so that a long one never squeezes its value to a word a line. */
.rm-facts { display: grid; grid-template-columns: fit-content(33%) minmax(0, 1fr); gap: 2px 12px; margin: 6px 0; }
.rm-facts dt { color: var(--rm-muted); }
.rm-facts dd { margin: 0; min-width: 0; }
/* In a card, and on a narrow screen, each label stands above its value. */
.rm-cards .rm-facts { display: block; }
.rm-cards .rm-facts dt { margin-top: 6px; font-size: .9em; }
.rm-cards .rm-facts dd + dt { margin-top: 8px; }
.rm-facts ul, .rm-facts ol { margin: 0; padding-left: 18px; }
.rm-health { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(180px, 100%), 1fr)); gap: 8px; margin-top: 12px; }
.rm-card { border: 1px solid var(--rm-border); border-top-width: 4px; border-radius: 4px; padding: 8px 10px; background: var(--rm-card); }
.rm-card.rm-ok { border-top-color: var(--rm-ok); }
.rm-card.rm-warn { border-top-color: var(--rm-warn); }
.rm-card.rm-bad { border-top-color: var(--rm-bad); }
.rm-card-term { color: var(--rm-muted); font-size: .9em; }
.rm-card-value { font-size: 1.25em; font-weight: 600; }
.rm-card-note { color: var(--rm-muted); font-size: .8em; margin-top: 2px; }
.rm-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(320px, 100%), 1fr)); gap: 10px; }
.rm-cards > * { min-width: 0; }
.rm-cards > article, .rm-goal, .rm-funnel { border: 1px solid var(--rm-border); border-radius: 4px; padding: 8px 12px; background: var(--rm-card); margin-bottom: 10px; }
.rm-table { border-collapse: collapse; width: 100%; margin: 6px 0; }
.rm-table th, .rm-table td { border-bottom: 1px solid var(--rm-border); padding: 3px 6px; text-align: left; vertical-align: top; }
/* A long word may break anywhere, so a column of short values would shrink to a letter a line: none is narrower than this. */
.rm-table th, .rm-table td { min-width: 6em; }
.rm-table th { color: var(--rm-muted); font-weight: 600; }
/* On a phone a table's rows become small cards: each cell under the name of its column. */
@media screen and (max-width: 640px) {
  .rm-document { padding: 12px; }
  .rm-facts { display: block; }
  .rm-facts dt { margin-top: 6px; }
  .rm-table thead { display: none; }
  .rm-table, .rm-table tbody, .rm-table tr, .rm-table td { display: block; width: auto !important; }
  .rm-table tr { border-bottom: 1px solid var(--rm-border); padding: 4px 0; }
  .rm-table td { border: 0; padding: 1px 0; }
  .rm-table td[data-label]::before { content: attr(data-label) ": "; color: var(--rm-muted); }
  .rm-table td:empty { display: none; }
}
.rm-funnel-table td:nth-child(2) { width: 35%; }
/* The funnel's headings are the catalog's words, never the author's: they keep their words whole. */
.rm-funnel-table th { overflow-wrap: normal; }
.rm-ok { color: var(--rm-ok); }
.rm-bad { color: var(--rm-bad); }
.rm-warn { color: var(--rm-warn); }
.rm-card.rm-ok, .rm-card.rm-bad, .rm-card.rm-warn { color: inherit; }
.rm-badge { display: inline-block; min-width: 1.4em; text-align: center; border-radius: 3px; margin-left: 3px; font-size: .8em; font-weight: 700; border: 1px solid currentColor; }
.rm-reasons { list-style: none; padding: 0; margin: 6px 0 0; font-size: .92em; }
.rm-reasons li { color: var(--rm-fg); }
.rm-reasons li.rm-bad b { color: var(--rm-bad); }
.rm-reasons li.rm-ok b { color: var(--rm-ok); }
.rm-empty, .rm-note { color: var(--rm-muted); }
.rm-rationale { border-left: 3px solid var(--rm-accent-2); padding: 0 0 0 8px; margin: 4px 0 8px; font-size: .92em; }
.rm-rationale p { margin: 2px 0; }
.rm-rationale-label { color: var(--rm-muted); font-weight: 600; }
.rm-fold > summary { cursor: pointer; color: var(--rm-muted); }
.rm-forecasts { font-size: .9em; margin: .4em 0; padding-left: 1.2em; overflow-wrap: anywhere; }
.rm-scroll { overflow-x: auto; }
.rm-gantt { min-width: 720px; font-size: 11px; }
.rm-gantt svg { display: block; width: 100%; }
/* A full part of the chart has a known height (svg.ts): it is laid out only near the screen. */
.rm-gantt-full { aspect-ratio: ${GANTT_PART_ASPECT_RATIO}; content-visibility: auto; }
.rm-gantt text { fill: var(--rm-fg); }
.rm-gantt .rm-tick { fill: var(--rm-muted); }
.rm-gantt .rm-row-phase text { font-weight: 700; }
.rm-grid { stroke: var(--rm-border); stroke-width: 1; }
.rm-bar-phase, .rm-row-phase rect { fill: var(--rm-accent); opacity: .35; }
.rm-bar-task, .rm-row-task rect { fill: var(--rm-accent); }
.rm-mark-milestone, .rm-row-milestone path { fill: var(--rm-accent-2); }
.rm-mark-kpi, .rm-row-kpi path { fill: var(--rm-warn); }
.rm-mark-task, .rm-row-task path { fill: var(--rm-accent); }
.rm-legend { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; padding: 0; margin: 6px 0 0; font-size: .85em; color: var(--rm-muted); }
.rm-legend li { display: inline-flex; align-items: center; gap: 4px; }
.rm-legend svg { width: 24px; height: 14px; flex: none; }
.rm-today, .rm-today-line { stroke: var(--rm-bad); stroke-width: 2; stroke-dasharray: 4 3; }
.rm-gantt .rm-today-label { fill: var(--rm-bad); font-weight: 700; }
.rm-hbar { display: block; width: 100%; min-width: 80px; height: 10px; }
.rm-hbar-track { fill: var(--rm-track); }
.rm-hbar-value { fill: var(--rm-accent); }
.rm-hbar-risk { fill: var(--rm-bad); }
.rm-stack { display: block; width: 100%; height: 18px; margin: 6px 0; border: 1px solid var(--rm-border); }
.rm-stack-tasks { fill: var(--rm-warn); }
.rm-stack-free { fill: var(--rm-track); }
${Array.from({ length: CHART_SERIES }, (_, n) => `.rm-stack-channel-${n} { fill: var(--rm-series-${n}); }\n.rm-swatch-channel-${n} { background: var(--rm-series-${n}); }`).join('\n')}
.rm-swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; flex: none; }
.rm-swatch-tasks { background: var(--rm-warn); }
.rm-swatch-free { background: var(--rm-track); border: 1px solid var(--rm-border); }
.rm-months { display: block; max-width: 640px; margin: 6px 0; }
.rm-months .rm-month-label { font-size: 11px; fill: var(--rm-muted); }
.rm-calendar { border-collapse: collapse; font-size: .8em; }
.rm-calendar th, .rm-calendar td { border: 1px solid var(--rm-border); padding: 1px 3px; text-align: center; min-width: 1.6em; }
.rm-calendar tbody th { text-align: left; font-weight: 400; min-width: 8em; max-width: 16em; }
.rm-calendar thead th span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: 400; color: var(--rm-muted); }
.rm-heat-1 { background: color-mix(in srgb, var(--rm-accent) 15%, transparent); }
.rm-heat-2 { background: color-mix(in srgb, var(--rm-accent) 25%, transparent); }
.rm-heat-3 { background: color-mix(in srgb, var(--rm-accent) 35%, transparent); }
.rm-heat-4 { background: color-mix(in srgb, var(--rm-accent) 45%, transparent); }
.rm-heat-5, .rm-heat-6, .rm-heat-7 { background: color-mix(in srgb, var(--rm-accent) 60%, transparent); }
.rm-risk-matrix { display: block; width: 360px; max-width: 100%; font-size: 11px; margin: 6px 0 10px; }
.rm-risk-matrix text { fill: var(--rm-fg); }
.rm-risk-matrix .rm-axis { fill: var(--rm-muted); }
.rm-risk-hot { fill: var(--rm-bad); opacity: .08; }
.rm-risk-dot circle { fill: var(--rm-bad); opacity: .8; }
.rm-risk-dot text { fill: var(--rm-bg); font-weight: 700; }
[data-line] { cursor: pointer; }`;

const PRINT_MEDIA = `
@media print {
  @page { size: A4 portrait; margin: 14mm; }
  :root { color-scheme: light; --rm-fg: #1f2933; --rm-bg: #ffffff; --rm-muted: #52606d; --rm-border: #cbd2d9; --rm-card: #ffffff; --rm-track: #edf2f7; }
  .rm-document { max-width: none; padding: 0; }
  body { font-size: 10.5px; }
  /* Each section starts a page: a client reads one topic a sheet. */
  .rm-section { break-before: page; break-inside: auto; margin: 0; }
  .rm-goal, .rm-funnel, .rm-cards > article, tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .rm-scroll { overflow: visible; }
  .rm-gantt { min-width: 0; }
  .rm-cards { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .rm-calendar { font-size: .7em; }
  .rm-fold > summary { display: none; }
  .rm-section, .rm-gantt-full { content-visibility: visible; }
  [data-line] { cursor: auto; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

/** The stylesheet for the editor preview (theme variables) or for a standalone export (light, printable). */
export function roadmapStyles(target: 'editor' | 'print'): string {
    return `${target === 'editor' ? EDITOR_PALETTE : PRINT_PALETTE}${LAYOUT}${PRINT_MEDIA}\n`;
}
