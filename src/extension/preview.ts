import * as vscode from 'vscode';
import type { RoadmapParams, RoadmapResult } from '../protocol.js';
import { PREVIEW_VIEW_TYPE } from '../shared/commands.js';
import { isExportFormat, type ExportFormat } from '../shared/roadmap-formats.js';
import { previewPage } from './preview-page.js';
import { RenderOrder } from './render-order.js';
import { RenderThrottle } from './render-throttle.js';
import { isSourceOfStrategy, isStrategyFileUri, sameStrategy } from './strategy-uri.js';
import { extensionLocale, l10n } from './l10n.js';
import { createNonce } from './webview-security.js';

/** Asks the language server for a roadmap. */
export type RoadmapSource = (params: RoadmapParams, token: vscode.CancellationToken) => Promise<RoadmapResult>;
/** Asks the language server for the stylesheet of the roadmap body. */
export type RoadmapStylesSource = () => Promise<string>;
export type RoadmapExporter = (uri: vscode.Uri, format: ExportFormat) => Promise<void>;

/** What a preview remembers across window reloads (kept by the webview, handed back to the serializer). */
interface PreviewState {
    uri: string;
    locked: boolean;
}

function isPreviewState(value: unknown): value is PreviewState {
    const state = value as Partial<PreviewState> | undefined;
    return typeof state?.uri === 'string' && typeof state.locked === 'boolean';
}

/** Messages from `media/preview.js`. */
type WebviewMessage =
    | { type: 'ready' }
    | { type: 'reveal'; uri: string; line: number; character: number }
    | { type: 'export'; format: string }
    | { type: 'toggleLock' }
    | { type: 'fold'; fold: string };

/** One section of the roadmap: its id and its markup (one element, escaped by the server's renderer). */
interface PreviewSection {
    id: string;
    markup: string;
}

/**
 * Messages to `media/preview.js`; each says which file is shown and whether the preview is locked to it.
 * A render lists the sections in order and carries the markup of those the page does not show yet: all
 * of them when `full` (a new page, another file), else only the ones that changed.
 */
type PreviewMessage = { uri: string; locked: boolean } & (
    | { type: 'render'; full: boolean; order: string[]; changed: PreviewSection[] }
    | { type: 'problem'; title: string; errors: Array<{ uri: string; line: number; character: number; text: string }> }
    | { type: 'lock' }
    /** The content of a folded list the page opened; none when it could not be rendered (the page closes the list again). */
    | { type: 'fold'; fold: string; markup?: string }
);

export function fileName(uri: vscode.Uri): string {
    return uri.path.split('/').pop() ?? '';
}

function isStrategyEditor(editor: vscode.TextEditor | undefined): editor is vscode.TextEditor {
    return editor?.document.languageId === 'smm';
}

/**
 * The roadmap previews of the window. A preview follows the active `.smm` editor unless it is locked to
 * its file; the one that follows is reused by the show commands, as Markdown's preview does.
 */
export class RoadmapPreviews implements vscode.Disposable {
    private readonly previews = new Set<RoadmapPreview>();
    private readonly subscriptions: vscode.Disposable[];
    /** The server's stylesheet, asked for once and shared by every preview. */
    private stylesheet: Promise<string> | undefined;

    constructor(
        private readonly extensionUri: vscode.Uri,
        private readonly roadmap: RoadmapSource,
        private readonly styles: RoadmapStylesSource,
        private readonly exporter: RoadmapExporter
    ) {
        const watcher = vscode.workspace.createFileSystemWatcher('**/*.smm');
        this.subscriptions = [
            watcher,
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (isStrategyEditor(editor)) {
                    this.following()?.show(editor.document.uri);
                }
            }),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document.languageId === 'smm' && event.contentChanges.length > 0) {
                    this.changed(event.document.uri);
                }
            }),
            watcher.onDidChange(uri => this.changed(uri)),
            watcher.onDidCreate(uri => this.changed(uri)),
            watcher.onDidDelete(uri => this.changed(uri)),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('smm.locale')) {
                    // The toolbar and the title speak the roadmap's language: the page is written again, then rendered.
                    this.previews.forEach(preview => preview.rewrite());
                } else if (event.affectsConfiguration('smm')) {
                    this.previews.forEach(preview => preview.refresh());
                }
            })
        ];
    }

    /** Shows the roadmap of `uri` in the preview that follows the editor, creating one if needed. */
    show(uri: vscode.Uri, toSide: boolean): void {
        const existing = this.following() ?? [...this.previews].find(p => p.uri.toString() === uri.toString());
        if (existing) {
            existing.show(uri);
            existing.reveal(toSide);
            return;
        }
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, '', {
            viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active,
            preserveFocus: toSide
        }, { enableFindWidget: true, ...this.webviewOptions() });
        this.add(panel, { uri: uri.toString(), locked: false });
    }

    /** Brings back a preview after a window reload, from the state its page saved. */
    revive(panel: vscode.WebviewPanel, state: unknown): void {
        // The state is the page's: it may name only a strategy file, as a reveal may.
        if (!isPreviewState(state) || !isStrategyFileUri(state.uri) || !isStrategyFileUri(vscode.Uri.parse(state.uri).toString())) {
            panel.dispose();
            return;
        }
        panel.webview.options = this.webviewOptions();
        this.add(panel, state);
    }

    /** The preview in the active editor group's foreground, if any. */
    get active(): RoadmapPreview | undefined {
        return [...this.previews].find(preview => preview.active);
    }

    dispose(): void {
        this.previews.forEach(preview => preview.dispose());
        this.subscriptions.forEach(subscription => subscription.dispose());
    }

    private following(): RoadmapPreview | undefined {
        return [...this.previews].find(preview => !preview.locked);
    }

    private changed(uri: vscode.Uri): void {
        for (const preview of this.previews) {
            if (sameStrategy(preview.uri.toString(), uri.toString())) {
                preview.refresh();
            }
        }
    }

    private webviewOptions(): vscode.WebviewOptions {
        return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
    }

    /** The stylesheet of the roadmap body; asked for again after a failure (a server that was restarting). */
    private roadmapStyles(): Promise<string> {
        const stylesheet = this.stylesheet ??= this.styles();
        stylesheet.catch(() => {
            if (this.stylesheet === stylesheet) {
                this.stylesheet = undefined;
            }
        });
        return stylesheet;
    }

    private add(panel: vscode.WebviewPanel, state: PreviewState): void {
        const preview = new RoadmapPreview(panel, vscode.Uri.parse(state.uri), state.locked, this.extensionUri, this.roadmap,
            () => this.roadmapStyles(), this.exporter);
        this.previews.add(preview);
        panel.onDidDispose(() => {
            this.previews.delete(preview);
            preview.dispose();
        });
    }
}

/** One preview panel: asks the server for the roadmap of its file and shows it, never an older one. */
export class RoadmapPreview {
    private readonly throttle = new RenderThrottle(() => void this.render());
    private readonly order = new RenderOrder();
    private inflight: vscode.CancellationTokenSource | undefined;
    /** The roadmap the page shows (the file and its sections by id), sent again when the page reloads (a hidden tab coming back). */
    private shown: { uri: string; sections: Map<string, string> } | undefined;
    /** Whether the page has none of the roadmap's sections: a new page, which gets them all. */
    private pageIsEmpty = true;
    /** The syntax errors shown above the last good roadmap, if any: sent again with it. */
    private problem: PreviewMessage | undefined;
    private disposed = false;

    constructor(
        private readonly panel: vscode.WebviewPanel,
        private current: vscode.Uri,
        private isLocked: boolean,
        private readonly extensionUri: vscode.Uri,
        private readonly roadmap: RoadmapSource,
        private readonly styles: RoadmapStylesSource,
        private readonly exporter: RoadmapExporter
    ) {
        panel.iconPath = vscode.Uri.joinPath(extensionUri, 'images', 'smm-file.svg');
        panel.webview.onDidReceiveMessage((message: WebviewMessage) => this.received(message));
        this.updateTitle();
        void this.writePage();
    }

    get uri(): vscode.Uri {
        return this.current;
    }

    get locked(): boolean {
        return this.isLocked;
    }

    get active(): boolean {
        return this.panel.active;
    }

    /** Switches to the roadmap of `uri` and renders it at once; the same file is only brought up to date. */
    show(uri: vscode.Uri): void {
        if (uri.toString() === this.current.toString()) {
            this.refresh();
            return;
        }
        this.current = uri;
        this.updateTitle();
        this.throttle.now();
    }

    reveal(toSide: boolean): void {
        this.panel.reveal(toSide ? undefined : this.panel.viewColumn, toSide);
    }

    refresh(): void {
        this.throttle.request();
    }

    /** Writes the page again (its words changed language); its script asks for the roadmap once it is loaded. */
    rewrite(): void {
        this.updateTitle();
        void this.writePage();
    }

    toggleLock(): void {
        this.isLocked = !this.isLocked;
        this.updateTitle();
        this.post({ type: 'lock', uri: this.current.toString(), locked: this.isLocked });
    }

    dispose(): void {
        this.disposed = true;
        this.throttle.dispose();
        this.inflight?.cancel();
        this.inflight?.dispose();
    }

    /**
     * Sets the page once the server has given the roadmap's stylesheet (previews restored after a window
     * reload wait for the server to start); its script then asks for the first render.
     */
    private async writePage(): Promise<void> {
        let roadmapStyles: string;
        try {
            roadmapStyles = await this.styles();
        } catch {
            // Without the stylesheet the page still shows the roadmap, plainly.
            roadmapStyles = '';
        }
        if (this.disposed) {
            return;
        }
        const webview = this.panel.webview;
        const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', file)).toString();
        webview.html = previewPage({
            cspSource: webview.cspSource,
            nonce: createNonce(),
            scriptUri: media('preview.js'),
            styleUri: media('preview.css'),
            roadmapStyles,
            lang: extensionLocale(),
            labels: {
                toolbar: l10n.t('Roadmap'),
                exportAs: l10n.t('Export:'),
                lock: l10n.t('Lock'),
                lockHint: l10n.t('Keep showing this file instead of following the active editor'),
                loading: l10n.t('Rendering the roadmap…')
            }
        });
    }

    private updateTitle(): void {
        const name = fileName(this.current);
        this.panel.title = this.isLocked ? l10n.t('[Locked] Roadmap: {0}', name) : l10n.t('Roadmap: {0}', name);
    }

    private received(message: WebviewMessage): void {
        switch (message.type) {
            case 'ready':
                // A new page (first show, or a hidden tab that came back): show the last render, then update it.
                this.pageIsEmpty = true;
                if (this.shown) {
                    this.showSections(this.shown.uri, [...this.shown.sections].map(([id, markup]) => ({ id, markup })));
                }
                if (this.problem) {
                    this.post({ ...this.problem, locked: this.isLocked });
                }
                this.throttle.now();
                break;
            case 'reveal':
                void this.revealSource(message.uri, message.line, message.character);
                break;
            case 'export':
                if (isExportFormat(message.format)) {
                    void this.exporter(this.current, message.format);
                }
                break;
            case 'toggleLock':
                this.toggleLock();
                break;
            case 'fold':
                void this.showFold(message.fold);
                break;
        }
    }

    /** Asks the server for the content of a folded list the page opened, from the strategy the page shows. */
    private async showFold(fold: unknown): Promise<void> {
        const uri = this.shown?.uri;
        if (typeof fold !== 'string' || uri === undefined) {
            return;
        }
        const source = new vscode.CancellationTokenSource();
        let markup: string | undefined;
        try {
            const result = await this.roadmap({ uri, format: 'preview', fold }, source.token);
            markup = result.status === 'rendered' ? result.content : undefined;
        } catch {
            // The list is gone (the strategy changed meanwhile) or the file does not parse: the page closes it again.
        } finally {
            source.dispose();
        }
        if (!this.disposed && this.shown?.uri === uri) {
            this.post({ type: 'fold', uri, locked: this.isLocked, fold, markup });
        }
    }

    private async render(): Promise<void> {
        this.inflight?.cancel();
        const source = new vscode.CancellationTokenSource();
        this.inflight = source;
        const ticket = this.order.issue();
        const uri = this.current;
        try {
            // Opening the file makes the language client send it to the server (a preview restored after a reload
            // may show a file no editor has open).
            await vscode.workspace.openTextDocument(uri);
            const result = await this.roadmap({ uri: uri.toString(), format: 'preview' }, source.token);
            if (this.disposed || source.token.isCancellationRequested || uri !== this.current
                || !this.order.accept(ticket, result.uri, result.version)) {
                return;
            }
            if (result.status === 'rendered') {
                const { content } = result;
                this.showSections(result.uri, (result.sections ?? []).map(({ id, start, end }) => ({ id, markup: content.slice(start, end) })));
                return;
            }
            this.post({
                type: 'problem', uri: result.uri, locked: this.isLocked,
                title: l10n.t('The file does not parse: the roadmap shows its last correct state. Click an error to go to it; the Problems view lists them all.'),
                errors: result.parseErrors.map(error => ({
                    uri: error.uri, line: error.line, character: error.character,
                    text: error.uri === result.uri
                        ? l10n.t('Line {0}: {1}', error.line + 1, error.message)
                        : l10n.t('{0}, line {1}: {2}', fileName(vscode.Uri.parse(error.uri)), error.line + 1, error.message)
                }))
            });
        } catch (error) {
            if (this.disposed || source.token.isCancellationRequested || error instanceof vscode.CancellationError) {
                return;
            }
            this.post({
                type: 'problem', uri: uri.toString(), locked: this.isLocked,
                title: l10n.t('The roadmap of {0} could not be rendered: {1}', fileName(uri),
                    error instanceof Error ? error.message : String(error)),
                errors: []
            });
        } finally {
            if (this.inflight === source) {
                this.inflight = undefined;
            }
            source.dispose();
        }
    }

    /**
     * Shows a rendered roadmap: the page gets the order of its sections and the markup of those it does not
     * show yet (all of them on a new page or for another file), so an edit re-lays out only what it changed.
     */
    private showSections(uri: string, sections: PreviewSection[]): void {
        const before = this.shown;
        const full = this.pageIsEmpty || before?.uri !== uri;
        const changed = full ? sections : sections.filter(section => before?.sections.get(section.id) !== section.markup);
        this.shown = { uri, sections: new Map(sections.map(section => [section.id, section.markup])) };
        this.pageIsEmpty = false;
        this.problem = undefined;
        this.post({ type: 'render', uri, locked: this.isLocked, full, order: sections.map(section => section.id), changed });
    }

    private post(message: PreviewMessage): void {
        if (message.type === 'problem') {
            this.problem = message;
        }
        void this.panel.webview.postMessage(message);
    }

    /** Opens the source of a clicked item with its line selected, beside the preview or where it is already shown. */
    private async revealSource(uriText: string, line: number, character: number): Promise<void> {
        // The page only names the .smm files of the strategy it shows; anything else is not opened, in the
        // text it sent and in the form VS Code reads it in.
        const shown = this.current.toString();
        if (typeof uriText !== 'string' || !isSourceOfStrategy(shown, uriText)) {
            return;
        }
        const uri = vscode.Uri.parse(uriText);
        if (!Number.isInteger(line) || line < 0 || !isSourceOfStrategy(shown, uri.toString())) {
            return;
        }
        const shownIn = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri.toString());
        const editor = await vscode.window.showTextDocument(uri, {
            viewColumn: shownIn?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One)
        });
        const position = editor.document.validatePosition(new vscode.Position(line, Number.isInteger(character) ? character : 0));
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
}
