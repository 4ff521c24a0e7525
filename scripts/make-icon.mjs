// Draws images/icon.png, the 128×128 extension icon, from the shapes of images/smm-file.svg: the
// Marketplace and the Extensions view need a PNG, and SVG icons are refused by vsce.
// Run `node scripts/make-icon.mjs` after changing the design; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SCALE = SIZE / 16; // the SVG's viewBox is 16×16

/** The SVG's shapes in its own units, painted in this order. */
const shapes = [
    { kind: 'segment', from: [2, 13], to: [14, 13], width: 1.2, color: '#8a8a8a' },
    { kind: 'rect', x: 2.5, y: 9, width: 2.4, height: 4, radius: 0.4, color: '#4f9de0' },
    { kind: 'rect', x: 6.8, y: 6.5, width: 2.4, height: 6.5, radius: 0.4, color: '#41b883' },
    { kind: 'rect', x: 11.1, y: 3.5, width: 2.4, height: 9.5, radius: 0.4, color: '#f0a030' },
    { kind: 'segment', from: [3.7, 7.2], to: [12.3, 2.0], width: 1.2, color: '#e05050' }
];

/** Signed distance in SVG units from point (px, py) to the shape's outline: negative inside. */
function distance(shape, px, py) {
    if (shape.kind === 'rect') {
        const hx = shape.width / 2;
        const hy = shape.height / 2;
        const qx = Math.abs(px - (shape.x + hx)) - (hx - shape.radius);
        const qy = Math.abs(py - (shape.y + hy)) - (hy - shape.radius);
        return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - shape.radius;
    }
    // A stroked segment with round caps.
    const [ax, ay] = shape.from;
    const [bx, by] = shape.to;
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - (ax + t * dx), py - (ay + t * dy)) - shape.width / 2;
}

function rgb(hex) {
    return [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255);
}

/** Premultiplied RGBA, one float per channel, composited with "source over". */
const canvas = new Float64Array(SIZE * SIZE * 4);
for (const shape of shapes) {
    const [r, g, b] = rgb(shape.color);
    for (let y = 0; y < SIZE; y++) {
        for (let x = 0; x < SIZE; x++) {
            // Coverage of the pixel from the distance of its centre, one pixel of anti-aliasing.
            const d = distance(shape, (x + 0.5) / SCALE, (y + 0.5) / SCALE) * SCALE;
            const alpha = Math.max(0, Math.min(1, 0.5 - d));
            if (alpha === 0) {
                continue;
            }
            const i = (y * SIZE + x) * 4;
            canvas[i] = r * alpha + canvas[i] * (1 - alpha);
            canvas[i + 1] = g * alpha + canvas[i + 1] * (1 - alpha);
            canvas[i + 2] = b * alpha + canvas[i + 2] * (1 - alpha);
            canvas[i + 3] = alpha + canvas[i + 3] * (1 - alpha);
        }
    }
}

/** PNG scanlines: filter byte 0, then straight (not premultiplied) 8-bit RGBA. */
const raw = Buffer.alloc(SIZE * (1 + SIZE * 4));
for (let y = 0; y < SIZE; y++) {
    const row = y * (1 + SIZE * 4);
    for (let x = 0; x < SIZE; x++) {
        const i = (y * SIZE + x) * 4;
        const a = canvas[i + 3];
        const o = row + 1 + x * 4;
        for (let c = 0; c < 3; c++) {
            raw[o + c] = a === 0 ? 0 : Math.round((canvas[i + c] / a) * 255);
        }
        raw[o + 3] = Math.round(a * 255);
    }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) {
        c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return c >>> 0;
});

function crc32(bytes) {
    let c = 0xffffffff;
    for (const byte of bytes) {
        c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
    }
    return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
    const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typeAndData));
    return Buffer.concat([length, typeAndData, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // colour type: RGBA
// compression, filter and interlace methods stay 0

const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
