import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES, requireBuilt, ROOT } from '../../support/artifacts.js';
import { ProcessGroup } from './process-group.js';
import { CODE_SERVER_ENTRY, VSIX } from './paths.js';

const START_TIMEOUT_MS = 30_000;
const INSTALL_TIMEOUT_MS = 60_000;

/**
 * User settings of every test run: nothing opens by itself, nothing is fetched from the network, and the
 * editor looks the same on every run (the screenshots come from it too).
 */
const USER_SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.colorTheme': 'Default Dark Modern',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'editor.minimap.enabled': false,
    'files.autoSave': 'off'
};

export interface CodeServerOptions {
    /** User settings over the defaults of the test runs, e.g. another colour theme. */
    userSettings?: Record<string, unknown>;
    /** Settings of the workspace (`.vscode/settings.json`). */
    workspaceSettings?: Record<string, unknown>;
    /** Extra environment of code-server and so of its extension hosts. */
    env?: Record<string, string>;
}

/**
 * A code-server of its own: a throwaway home for its settings, extensions and caches, the packaged
 * `.vsix` installed into it, and a workspace holding a copy of examples/ (tests edit it freely).
 * Listens on a free port of 127.0.0.1 only.
 */
export class CodeServer {
    private constructor(
        private readonly process: ProcessGroup,
        private readonly home: string,
        /** http://127.0.0.1:PORT */
        readonly origin: string,
        /** The workspace folder on disk. */
        readonly workspace: string,
        /** Where `--install-extension` put the packaged extension. */
        readonly extensionPath: string
    ) {}

    static async start(options: CodeServerOptions = {}): Promise<CodeServer> {
        requireBuilt(CODE_SERVER_ENTRY, 'run `npm run test:e2e:install` first');
        requireBuilt(VSIX, 'run `npm run package` first (`npm run test:e2e` packages before testing)');
        const home = await mkdtemp(join(tmpdir(), 'smm-e2e-'));
        const dirs = {
            userData: join(home, 'user-data'),
            extensions: join(home, 'extensions'),
            config: join(home, 'config'),
            data: join(home, 'data'),
            tmp: join(home, 'tmp'),
            workspace: join(home, 'workspace')
        };
        await Promise.all(Object.values(dirs).map(dir => mkdir(dir, { recursive: true })));
        await writeJson(join(dirs.userData, 'User', 'settings.json'), { ...USER_SETTINGS, ...options.userSettings });
        // The examples with actuals warn by design (KPIs off track, corrections due), and the Problems panel lists
        // every file's diagnostics: the tests that read it compare it with one example's `smm check`.
        await cp(EXAMPLES, dirs.workspace, { recursive: true, filter: source => !/[/\\]school-actuals-[a-z]+(?:[/\\]|$)/.test(source) });
        if (options.workspaceSettings) {
            await writeJson(join(dirs.workspace, '.vscode', 'settings.json'), options.workspaceSettings);
        }
        const env = {
            ...process.env,
            ...options.env,
            // Without a gallery code-server would ask an unreachable marketplace about every extension.
            EXTENSIONS_GALLERY: '{}',
            XDG_CONFIG_HOME: dirs.config,
            XDG_DATA_HOME: dirs.data,
            TMPDIR: dirs.tmp
        };
        const common = ['--config', '/dev/null', '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

        const install = new ProcessGroup(process.execPath, [CODE_SERVER_ENTRY, ...common, '--install-extension', VSIX], { env });
        const installed = await install.waitForExit(INSTALL_TIMEOUT_MS);
        if (installed.code !== 0 || !/successfully installed/.test(install.output)) {
            await rm(home, { recursive: true, force: true });
            throw new Error(`code-server --install-extension failed (${installed.code ?? installed.signal})${install.tail()}`);
        }
        const { name, publisher, version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as
            { name: string; publisher: string; version: string };

        const server = new ProcessGroup(process.execPath, [
            CODE_SERVER_ENTRY, ...common,
            '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--disable-telemetry', '--disable-update-check',
            '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened'
        ], { env });
        try {
            const [, origin] = await server.waitForOutput(/HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/, START_TIMEOUT_MS);
            const health = await fetch(`${origin}/healthz`);
            if (!health.ok) {
                throw new Error(`code-server answers /healthz with ${health.status}${server.tail()}`);
            }
            return new CodeServer(server, home, origin, dirs.workspace,
                join(dirs.extensions, `${publisher}.${name}-${version}`));
        } catch (error) {
            await server.stop();
            await rm(home, { recursive: true, force: true });
            throw error;
        }
    }

    /** `path` on the server's machine as the workbench names it. */
    remoteUri(path: string): string {
        return `vscode-remote://${new URL(this.origin).host}${path}`;
    }

    /**
     * The workbench URL opening the workspace. With `testsPath` the packaged extension runs as a
     * development extension and the module at `testsPath` runs inside its extension host.
     */
    workbenchUrl(testsPath?: string): string {
        const url = new URL('/', this.origin);
        url.searchParams.set('folder', this.workspace);
        if (testsPath) {
            url.searchParams.set('payload', JSON.stringify([
                ['extensionDevelopmentPath', this.remoteUri(this.extensionPath)],
                ['extensionTestsPath', this.remoteUri(testsPath)]
            ]));
        }
        return url.toString();
    }

    /** Everything code-server printed, for failure messages. */
    log(): string {
        return this.process.tail();
    }

    /** Stops code-server with its extension hosts, watchers and language servers, and removes its home. */
    async stop(): Promise<void> {
        await this.process.stop();
        await rm(this.home, { recursive: true, force: true });
    }
}

async function writeJson(path: string, value: unknown): Promise<void> {
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, `${JSON.stringify(value, null, 4)}\n`);
}
