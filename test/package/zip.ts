import { inflateRawSync } from 'node:zlib';

/** One file of a zip archive, as its central directory describes it. */
export interface ZipEntry {
    name: string;
    compressedSize: number;
    size: number;
    read(): Buffer;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/**
 * Lists the entries of a zip archive (a .vsix is one) from its central directory. Enough for the archives
 * vsce writes: stored or deflated entries, no ZIP64, no encryption. `unzip` is not on every machine.
 */
export function readZip(zip: Buffer): ZipEntry[] {
    const end = findEndOfCentralDirectory(zip);
    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
        if (zip.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) {
            throw new Error(`zip: no central directory header at ${offset}`);
        }
        const method = zip.readUInt16LE(offset + 10);
        const compressedSize = zip.readUInt32LE(offset + 20);
        const size = zip.readUInt32LE(offset + 24);
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        const localHeader = zip.readUInt32LE(offset + 42);
        const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
        entries.push({ name, compressedSize, size, read: () => readData(zip, localHeader, method, compressedSize, name) });
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

function findEndOfCentralDirectory(zip: Buffer): number {
    // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
        if (zip.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
            return i;
        }
    }
    throw new Error('zip: end of central directory not found');
}

function readData(zip: Buffer, localHeader: number, method: number, compressedSize: number, name: string): Buffer {
    if (zip.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER) {
        throw new Error(`zip: no local header for ${name}`);
    }
    const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(start, start + compressedSize);
    if (method === 0) {
        return Buffer.from(data);
    }
    if (method === 8) {
        return inflateRawSync(data);
    }
    throw new Error(`zip: ${name} uses compression method ${method}`);
}
