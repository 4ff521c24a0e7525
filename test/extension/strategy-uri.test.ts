import { describe, expect, it } from 'vitest';
import { sameStrategy } from '../../src/extension/strategy-uri.js';

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
