import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Commands, PREVIEW_VIEW_TYPE } from '../../src/shared/commands.js';
import { ROOT } from '../support/artifacts.js';

interface Manifest {
    activationEvents: string[];
    contributes: Contributes;
}

interface Contributes {
    commands: Array<{ command: string }>;
    menus: Record<string, Array<{ command: string; alt?: string; when?: string }>>;
    keybindings: Array<{ command: string; when?: string }>;
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const { contributes } = manifest;
const registry = Object.values(Commands).sort();

describe('the commands of the extension', () => {
    it('package.json contributes exactly the commands of the registry', () => {
        expect(contributes.commands.map(entry => entry.command).sort()).toEqual(registry);
    });

    it('menus and keybindings name only commands of the registry', () => {
        const menuCommands = Object.values(contributes.menus).flat().flatMap(entry => [entry.command, ...entry.alt ? [entry.alt] : []]);
        const keyCommands = contributes.keybindings.map(entry => entry.command);
        expect([...menuCommands, ...keyCommands].filter(command => !registry.includes(command as typeof registry[number]))).toEqual([]);
        // Every command but the restart is offered somewhere besides the palette.
        expect(new Set([...menuCommands, ...keyCommands])).toEqual(new Set(registry.filter(command => command !== Commands.restartServer)));
    });

    it('the preview panel is named in when clauses by its view type', () => {
        const whens = [...Object.values(contributes.menus).flat(), ...contributes.keybindings].map(entry => entry.when ?? '');
        const panels = whens.flatMap(when => [...when.matchAll(/activeWebviewPanelId == '([^']+)'/g)].map(match => match[1]));
        expect(panels.length).toBeGreaterThan(0);
        expect(new Set(panels)).toEqual(new Set([PREVIEW_VIEW_TYPE]));
        expect(manifest.activationEvents).toEqual([`onWebviewPanel:${PREVIEW_VIEW_TYPE}`]);
    });
});
