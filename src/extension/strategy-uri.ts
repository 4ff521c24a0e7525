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
