import { expectCompletion } from 'langium/test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import type { Locale } from '../../src/i18n/index.js';
import type { TestServices } from './services.js';

/** A function that gives the completion items at `<|>` in a text, each text in a folder of its own. */
export function completionItemsAt(t: TestServices, folderName: string): (text: string, locale?: Locale) => Promise<CompletionItem[]> {
    const complete = expectCompletion(t.services);
    let folder = 0;
    return async (text, locale = 'en') => {
        t.setLocale(locale);
        let list: CompletionList | undefined;
        await complete({
            text, index: 0, parseOptions: { documentUri: `file:///${folderName}${folder++}/s.smm` },
            assert: completions => { list = completions; }, disposeAfterCheck: true
        });
        return list?.items ?? [];
    };
}
