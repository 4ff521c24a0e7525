import type { LangiumSharedServices } from 'langium/lsp';
import type { SmmServices } from '../smm-module.js';
import type { SeveritySetting } from '../validation/document-validator.js';
import { isBuiltinUri } from '../references/builtin-metrics.js';
import { watchClientRefresh } from '../lsp/refresh.js';

/** The `smm.*` settings the server reads; the client sends them on start and on every change. */
export interface SmmSettings {
    /** `auto` follows the editor's display language. */
    locale?: 'auto' | 'en' | 'ru';
    diagnostics?: {
        /** Per diagnostic code: error, warning, info, hint or off. */
        severity?: Record<string, SeveritySetting>;
    };
    inlayHints?: {
        enabled?: boolean;
    };
}

/** Settings of the editor features that the server reads when it answers a request. */
export class EditorSettings {
    /** Whether forecasts are shown inline (`smm.inlayHints.enabled`). */
    inlayHints = true;
}

/**
 * Connects the settings to the services: the locale, severities and inlay hints take effect at once, and every
 * strategy is checked again so its diagnostics speak the new language. Settings arrive three ways: in
 * `initializationOptions`, pulled by the server with `workspace/configuration` once initialized, and
 * pushed with `workspace/didChangeConfiguration`.
 */
export function watchSettings(shared: LangiumSharedServices, smm: SmmServices): void {
    const configuration = shared.workspace.ConfigurationProvider;
    const validator = smm.validation.DocumentValidator;
    const editor = smm.settings.Editor;
    const refreshEditor = watchClientRefresh(shared);
    let clientLocale: string | undefined;

    /** Applies the settings; says whether the diagnostics must be made again and whether anything shown changed. */
    const apply = (settings: SmmSettings | undefined): { recheck: boolean; changed: boolean } => {
        const severities = { ...settings?.diagnostics?.severity };
        const severitiesChanged = JSON.stringify(severities) !== JSON.stringify(validator.severityOverrides);
        validator.severityOverrides = severities;
        const inlayHints = settings?.inlayHints?.enabled !== false;
        const hintsChanged = inlayHints !== editor.inlayHints;
        editor.inlayHints = inlayHints;
        const recheck = smm.i18n.Locale.set(settings?.locale, clientLocale) || severitiesChanged;
        return { recheck, changed: recheck || hintsChanged };
    };
    const applyAndRecheck = (settings: SmmSettings | undefined): void => {
        const { recheck, changed } = apply(settings);
        if (changed) {
            refreshEditor();
        }
        if (!recheck) {
            return;
        }
        const documents = shared.workspace.LangiumDocuments.all
            .map(d => d.uri)
            .filter(uri => !isBuiltinUri(uri.toString()))
            .toArray();
        // Syntax messages are made while parsing, so the documents are parsed again, not only revalidated.
        void shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update(documents, [], token));
    };

    shared.lsp.LanguageServer.onInitialize(params => {
        clientLocale = params.locale;
        apply(params.initializationOptions?.settings as SmmSettings | undefined);
    });
    shared.lsp.LanguageServer.onInitialized(async () => {
        await configuration.ready;
        const [locale, diagnostics, inlayHints] = await Promise.all([
            configuration.getConfiguration('smm', 'locale'),
            configuration.getConfiguration('smm', 'diagnostics'),
            configuration.getConfiguration('smm', 'inlayHints')
        ]);
        if (locale !== undefined || diagnostics !== undefined || inlayHints !== undefined) {
            applyAndRecheck({ locale, diagnostics, inlayHints });
        }
    });
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section === 'smm') {
            applyAndRecheck(update.configuration as SmmSettings);
        }
    });
}
