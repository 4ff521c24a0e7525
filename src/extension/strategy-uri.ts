/**
 * Whether two file URIs (as strings) belong to one strategy, which is one folder, the way the language
 * server groups them: the files of a folder belong together, a new unsaved file (`untitled:`) is a
 * strategy of its own.
 */
export function sameStrategy(a: string, b: string): boolean {
    if (a === b) {
        return true;
    }
    const folder = (uri: string) => uri.startsWith('untitled:') ? undefined : uri.slice(0, uri.lastIndexOf('/') + 1);
    const folderOfA = folder(a);
    return folderOfA !== undefined && folderOfA === folder(b);
}

interface ParsedUri {
    scheme: string;
    authority: string;
    /** The decoded path's segments; the first is empty for an absolute path. */
    segments: string[];
}

/** A URI (as VS Code writes it) split into its parts, with the path decoded; undefined when it cannot be. */
function parseUri(text: string): ParsedUri | undefined {
    const match = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)$/.exec(text);
    if (!match) {
        return undefined;
    }
    try {
        const segments = match[3].split('/').map(segment => decodeURIComponent(segment));
        return { scheme: match[1].toLowerCase(), authority: (match[2] ?? '').toLowerCase(), segments };
    } catch {
        return undefined;
    }
}

/**
 * A `.smm` file named plainly: no query or fragment, no `.` or `..` segment and no separator hidden in an
 * escape (`%2F`, and `%5C`, a separator on Windows), or an unsaved file (`untitled:Untitled-1`). Only such
 * a URI is opened from what a page sends or saves.
 */
export function isStrategyFileUri(text: string): boolean {
    const uri = parseUri(text);
    if (!uri) {
        return false;
    }
    const plain = (segment: string) => segment !== '.' && segment !== '..' && !/[/\\\0]/.test(segment);
    if (uri.scheme === 'untitled') {
        return uri.segments.length === 1 && uri.segments[0] !== '' && plain(uri.segments[0]);
    }
    const [root, ...rest] = uri.segments;
    return root === '' && rest.length > 0 && rest.every(segment => segment !== '' && plain(segment))
        && /\.smm$/i.test(rest[rest.length - 1]);
}

/**
 * Whether a page showing the strategy of `shown` may open `requested`: a `.smm` file of the same folder
 * (after decoding), or `shown` itself.
 */
export function isSourceOfStrategy(shown: string, requested: string): boolean {
    if (!isStrategyFileUri(requested)) {
        return false;
    }
    if (shown === requested) {
        return true;
    }
    const a = parseUri(shown);
    const b = parseUri(requested)!;
    return a !== undefined && a.scheme !== 'untitled' && a.scheme === b.scheme && a.authority === b.authority
        && a.segments.length === b.segments.length
        && a.segments.slice(0, -1).every((segment, index) => segment === b.segments[index]);
}
