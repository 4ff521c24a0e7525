import { describe, expect, it } from 'vitest';
import { isSourceOfStrategy, isStrategyFileUri, sameStrategy } from '../../src/extension/strategy-uri.js';

describe('one folder is one strategy', () => {
    it('groups the files of one folder', () => {
        expect(sameStrategy('file:///work/coffee/strategy.smm', 'file:///work/coffee/audience.smm')).toBe(true);
        expect(sameStrategy('file:///work/coffee/strategy.smm', 'file:///work/coffee/strategy.smm')).toBe(true);
    });

    it('keeps sibling folders, subfolders and parents apart', () => {
        expect(sameStrategy('file:///work/coffee/strategy.smm', 'file:///work/tea/strategy.smm')).toBe(false);
        expect(sameStrategy('file:///work/coffee/strategy.smm', 'file:///work/coffee/old/strategy.smm')).toBe(false);
        expect(sameStrategy('file:///work/coffee/strategy.smm', 'file:///work/strategy.smm')).toBe(false);
        expect(sameStrategy('file:///work/coffee/strategy.smm', 'file:///work/coffee-shop/strategy.smm')).toBe(false);
    });

    it('keeps each unsaved file on its own', () => {
        expect(sameStrategy('untitled:Untitled-1', 'untitled:Untitled-2')).toBe(false);
        expect(sameStrategy('untitled:Untitled-1', 'untitled:Untitled-1')).toBe(true);
    });

    it('keeps other schemes and hosts apart', () => {
        expect(sameStrategy('file:///work/coffee/strategy.smm', 'vscode-remote://host/work/coffee/strategy.smm')).toBe(false);
    });
});

describe('what a preview page may open', () => {
    const shown = 'file:///work/coffee/strategy.smm';

    it('a .smm file of the strategy\'s folder, however its name is escaped', () => {
        expect(isSourceOfStrategy(shown, 'file:///work/coffee/audience.smm')).toBe(true);
        expect(isSourceOfStrategy(shown, 'file:///work/coffee/%D0%B0%D1%83%D0%B4%D0%B8%D1%82%D0%BE%D1%80%D0%B8%D1%8F.SMM')).toBe(true);
        expect(isSourceOfStrategy(shown, shown)).toBe(true);
        expect(isSourceOfStrategy('untitled:Untitled-1', 'untitled:Untitled-1')).toBe(true);
    });

    it('not another file of the folder', () => {
        expect(isSourceOfStrategy(shown, 'file:///work/coffee/.env')).toBe(false);
        expect(isSourceOfStrategy(shown, 'file:///work/coffee/strategy.roadmap.html')).toBe(false);
        expect(isSourceOfStrategy(shown, 'file:///work/coffee/notes.smm.txt')).toBe(false);
    });

    it('nothing outside the folder, through escaped separators, dot segments, queries or fragments', () => {
        expect(isSourceOfStrategy(shown, 'file:///work/coffee/..%2F..%2Fetc%2Fx.smm')).toBe(false);
        expect(isSourceOfStrategy(shown, 'file:///work/coffee/..%5C..%5Csecret.smm')).toBe(false);
        expect(isSourceOfStrategy(shown, 'file:///work/coffee/%2E%2E/x.smm')).toBe(false);
        expect(isSourceOfStrategy(shown, 'file:///work/coffee/./x.smm')).toBe(false);
        expect(isSourceOfStrategy(shown, 'file:///work/coffee/a.smm?query')).toBe(false);
        expect(isSourceOfStrategy(shown, 'file:///work/coffee/a.smm#x')).toBe(false);
        expect(isSourceOfStrategy(shown, 'file:///work/coffee/a%00.smm')).toBe(false);
        expect(isSourceOfStrategy(shown, 'file:///work/coffee/%E0%A4%A.smm')).toBe(false);
        expect(isSourceOfStrategy(shown, 'file://evil/work/coffee/a.smm')).toBe(false);
        expect(isSourceOfStrategy(shown, 'vscode-remote://host/work/coffee/a.smm')).toBe(false);
        expect(isSourceOfStrategy('untitled:Untitled-1', 'untitled:Untitled-2')).toBe(false);
    });
});

describe('what a restored preview may open', () => {
    it('a .smm file or an unsaved file', () => {
        expect(isStrategyFileUri('file:///work/coffee/strategy.smm')).toBe(true);
        expect(isStrategyFileUri('vscode-remote://ssh-remote%2Bhost/work/coffee/strategy.smm')).toBe(true);
        expect(isStrategyFileUri('untitled:Untitled-1')).toBe(true);
    });

    it('not another file, nor a path that climbs or hides a separator', () => {
        expect(isStrategyFileUri('file:///home/me/.ssh/id_rsa')).toBe(false);
        expect(isStrategyFileUri('file:///work/coffee/../../etc/x.smm')).toBe(false);
        expect(isStrategyFileUri('file:///work/coffee/..%5Cx.smm')).toBe(false);
        expect(isStrategyFileUri('file:///work/coffee//x.smm')).toBe(false);
        expect(isStrategyFileUri('command:workbench.action.quit')).toBe(false);
        expect(isStrategyFileUri('untitled:../x')).toBe(false);
        expect(isStrategyFileUri('not a uri')).toBe(false);
    });
});
