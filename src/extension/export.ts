import * as vscode from 'vscode';
import {
    CALENDAR_ENTRIES, exportFormat, ROADMAP_EXPORT_FORMATS, type CalendarEntry, type CsvDelimiter, type ExportFormat, type ExportOptions
} from '../shared/roadmap-formats.js';
import { overwritesStrategy } from '../shared/overwrite-guard.js';
import { exportFileName, handbookFileName, isStrategyFile } from './export-files.js';
import { extensionLocale, l10n } from './l10n.js';
import { fileName, type RoadmapSource } from './preview.js';

interface FormatChoice extends vscode.QuickPickItem {
    format: ExportFormat | 'handbook';
}

/** The formats a role's handbook is exported to: pages to read. */
const HANDBOOK_EXPORTS: readonly ExportFormat[] = ['html', 'md'];

/** What each format is for, in the export picker (in the language of VS Code). */
function formatDescriptions(): Record<ExportFormat, string> {
    return {
        html: l10n.t('A self-contained page to send or print'),
        md: l10n.t('Text for a wiki, a README or a chat'),
        csv: l10n.t('The content calendar for a spreadsheet or a scheduler'),
        ics: l10n.t('Posts, deadlines and milestones for a calendar'),
        json: l10n.t('The roadmap model for other tools')
    };
}

async function pickFormat(offerHandbook: boolean): Promise<ExportFormat | 'handbook' | undefined> {
    const descriptions = formatDescriptions();
    const choices: FormatChoice[] = ROADMAP_EXPORT_FORMATS.map(format => ({ format: format.id, label: format.label, description: descriptions[format.id] }));
    if (offerHandbook) {
        choices.push({ format: 'handbook', label: l10n.t('Handbook of a role…'), description: l10n.t('One printable page for one person: their duties, tasks, approvals and rules') });
    }
    const choice = await vscode.window.showQuickPick<FormatChoice>(choices,
        { title: l10n.t('Export Roadmap'), placeHolder: l10n.t('Choose the format of the roadmap') });
    return choice?.format;
}

interface DelimiterChoice extends vscode.QuickPickItem {
    delimiter: CsvDelimiter;
}

interface EntryChoice extends vscode.QuickPickItem {
    entry: CalendarEntry;
}

/**
 * What shapes a CSV or an iCalendar export: the CSV's delimiter (the one the spreadsheet of the user's
 * language reads comes first), the iCalendar file's entries (all of them ticked). `undefined` when the
 * user cancels; no options for the other formats.
 */
async function pickOptions(format: ExportFormat): Promise<ExportOptions | undefined> {
    if (format === 'csv') {
        const choices: DelimiterChoice[] = [
            { delimiter: 'semicolon', label: l10n.t('Semicolons'), description: l10n.t('Excel in Russian and most European languages') },
            { delimiter: 'comma', label: l10n.t('Commas'), description: l10n.t('Excel in English, Google Sheets, schedulers') },
            { delimiter: 'tab', label: l10n.t('Tabs'), description: l10n.t('Any spreadsheet, through its import') }
        ];
        const preferred = extensionLocale() === 'ru' ? 'semicolon' : 'comma';
        choices.sort((a, b) => Number(b.delimiter === preferred) - Number(a.delimiter === preferred));
        const choice = await vscode.window.showQuickPick(choices,
            { title: l10n.t('Export the Content Calendar'), placeHolder: l10n.t('How are the columns separated?') });
        return choice && { delimiter: choice.delimiter };
    }
    if (format === 'ics') {
        const labels: Record<CalendarEntry, string> = {
            posts: l10n.t('Planned posts'), tasks: l10n.t('Task due dates'), milestones: l10n.t('Milestones'),
            kpis: l10n.t('KPI deadlines'), duties: l10n.t('Recurring duties')
        };
        const choices = await vscode.window.showQuickPick<EntryChoice>(
            CALENDAR_ENTRIES.map(entry => ({ entry, label: labels[entry], picked: true })),
            { title: l10n.t('Export to a Calendar'), placeHolder: l10n.t('What goes into the calendar?'), canPickMany: true });
        return choices && choices.length > 0 ? { include: choices.map(choice => choice.entry) } : undefined;
    }
    return {};
}

interface RoleChoice extends vscode.QuickPickItem {
    role: string;
}

/** The role and the format of a handbook, picked from the roles the strategy declares (the server's JSON roadmap). */
async function pickHandbook(roadmap: RoadmapSource, source: vscode.Uri): Promise<{ role: string; format: ExportFormat } | undefined> {
    const model = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: l10n.t('Rendering the roadmap…') },
        (_progress, token) => roadmap({ uri: source.toString(), format: 'json' }, token));
    if (model.status === 'parseErrors') {
        const [first] = model.parseErrors;
        void vscode.window.showErrorMessage(l10n.t(
            'The roadmap was not exported: {0} does not parse (line {1}: {2}).', fileName(source), first.line + 1, first.message));
        return undefined;
    }
    const roles = (JSON.parse(model.content) as { regulations: Array<{ role: string; title?: string }> }).regulations;
    if (roles.length === 0) {
        void vscode.window.showErrorMessage(l10n.t('The strategy declares no roles: there is no handbook to export.'));
        return undefined;
    }
    const role = await vscode.window.showQuickPick<RoleChoice>(
        roles.map(item => ({ role: item.role, label: item.title ?? item.role, description: item.title ? item.role : undefined })),
        { title: l10n.t('Export a Handbook'), placeHolder: l10n.t('Whose handbook?') });
    if (!role) {
        return undefined;
    }
    const format = await vscode.window.showQuickPick<FormatChoice>(
        ROADMAP_EXPORT_FORMATS.filter(item => HANDBOOK_EXPORTS.includes(item.id)).map(item => ({ format: item.id, label: item.label })),
        { title: l10n.t('Export a Handbook'), placeHolder: l10n.t('Choose the format of the handbook') });
    return format && format.format !== 'handbook' ? { role: role.role, format: format.format } : undefined;
}

/** Next to the strategy file, or in the first workspace folder for a file never saved. */
function proposedTarget(source: vscode.Uri, format: ExportFormat, role?: string): vscode.Uri | undefined {
    const name = role === undefined ? exportFileName(fileName(source), format) : handbookFileName(fileName(source), role, format);
    const folder = source.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(source, '..');
    return folder && vscode.Uri.joinPath(folder, name);
}

/**
 * Whether writing to `target` would replace a file of the strategy of `source` (the `.smm` files of its
 * folder), through its name, a symbolic link or a hard link, as `smm render -o` refuses it.
 */
async function overwritesStrategyOf(source: vscode.Uri, target: vscode.Uri): Promise<boolean> {
    if (isStrategyFile(target.path)) {
        return true;
    }
    if (target.scheme !== 'file') {
        return false;
    }
    const folder = source.scheme === 'file' ? vscode.Uri.joinPath(source, '..') : undefined;
    const entries = folder ? await vscode.workspace.fs.readDirectory(folder).then(list => list, () => []) : [];
    const strategyFiles = entries.filter(([name]) => isStrategyFile(name)).map(([name]) => vscode.Uri.joinPath(folder!, name).fsPath);
    return overwritesStrategy(target.fsPath, strategyFiles);
}

/**
 * Exports the roadmap of the strategy `source` belongs to: the language server renders it in the chosen
 * format, the user picks where it goes, and it is written there. Nothing is written when the file does not
 * parse, and never over a strategy file.
 */
export async function exportRoadmap(roadmap: RoadmapSource, source: vscode.Uri, format?: ExportFormat): Promise<void> {
    const picked = format ?? await pickFormat(true);
    if (!picked) {
        return;
    }
    await vscode.workspace.openTextDocument(source);
    const handbook = picked === 'handbook' ? await pickHandbook(roadmap, source) : undefined;
    if (picked === 'handbook' && !handbook) {
        return;
    }
    const chosen = handbook?.format ?? picked as ExportFormat;
    const role = handbook?.role;
    const options = await pickOptions(chosen);
    if (!options) {
        return;
    }
    const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: l10n.t('Rendering the roadmap…') },
        (_progress, token) => roadmap({ uri: source.toString(), format: chosen, role, options }, token));
    if (result.status === 'parseErrors') {
        const [first] = result.parseErrors;
        void vscode.window.showErrorMessage(l10n.t(
            'The roadmap was not exported: {0} does not parse (line {1}: {2}).', fileName(source), first.line + 1, first.message));
        return;
    }
    const target = await vscode.window.showSaveDialog({
        title: l10n.t('Export Roadmap'),
        saveLabel: l10n.t('Export'),
        defaultUri: proposedTarget(source, chosen, role),
        filters: { [exportFormat(chosen).label]: [exportFormat(chosen).extension] }
    });
    if (!target) {
        return;
    }
    if (await overwritesStrategyOf(source, target)) {
        void vscode.window.showErrorMessage(l10n.t(
            '{0} is a strategy file: the roadmap was not written over it. Choose another name.', fileName(target)));
        return;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.content));
    const open = l10n.t('Open');
    if (await vscode.window.showInformationMessage(l10n.t('Roadmap exported to {0}.', fileName(target)), open) === open) {
        // A page is for the browser; the other formats are text to read in the editor.
        await (exportFormat(chosen).opensIn === 'browser' ? vscode.env.openExternal(target) : vscode.commands.executeCommand('vscode.open', target));
    }
}
