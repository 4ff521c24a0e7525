import type { LangiumSharedServices } from 'langium/lsp';
import type { SmmServices } from './smm-module.js';
import type { SeveritySetting } from './document-validator.js';
import { isBuiltinUri } from './builtin-metrics.js';

/** The `smm.*` settings the server reads; the client sends them on start and on every change. */
export interface SmmSettings {
    /** `auto` follows the editor's display language. */
    locale?: 'auto' | 'en' | 'ru';
    diagnostics?: {
        /** Per diagnostic code: error, warning, info, hint or off. */
        severity?: Record<string, SeveritySetting>;
    };
}

/**
 * Connects the settings to the services: the locale and severities take effect at once, and every open
 * strategy is checked again so its diagnostics speak the new language.
 */
export function watchSettings(shared: LangiumSharedServices, smm: SmmServices): void {
    let clientLocale: string | undefined;
    const validator = smm.validation.DocumentValidator;
    /** Returns whether anything the user sees changed. */
    const apply = (settings: SmmSettings | undefined): boolean => {
        const severities = { ...settings?.diagnostics?.severity };
        const severitiesChanged = JSON.stringify(severities) !== JSON.stringify(validator.severityOverrides);
        validator.severityOverrides = severities;
        return smm.i18n.Locale.set(settings?.locale, clientLocale) || severitiesChanged;
    };
    shared.lsp.LanguageServer.onInitialize(params => {
        clientLocale = params.locale;
        apply(params.initializationOptions?.settings as SmmSettings | undefined);
    });
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== 'smm' || !apply(update.configuration as SmmSettings)) {
            return;
        }
        const documents = shared.workspace.LangiumDocuments.all
            .map(d => d.uri)
            .filter(uri => !isBuiltinUri(uri.toString()))
            .toArray();
        // Syntax messages are made while parsing, so the documents are parsed again, not only revalidated.
        void shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update(documents, [], token));
    });
}
