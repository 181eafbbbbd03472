/**
 * Draws the app icons as PNG files in public/icons/ (run once; the PNGs are committed).
 * Icons are simple shapes, drawn here without an image library: a signpost for Wegwijs, and a
 * plain notepad for the discreet install, which must not look like anything about sex work.
 * Usage: node scripts/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Point = [number, number];
type Shape = { polygon: Point[]; color: [number, number, number] };

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function inside([x, y]: Point, polygon: Point[]): boolean {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}
/** Shapes in a 0–1 square, drawn with 4×4 supersampling for smooth edges. */
function png(size: number, background: [number, number, number], shapes: Shape[], scale = 1): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const point: Point = [((x + (sx + 0.5) / 4) / size - 0.5) / scale + 0.5, ((y + (sy + 0.5) / 4) / size - 0.5) / scale + 0.5];
          let color = background;
          for (const shape of shapes) if (inside(point, shape.polygon)) color = shape.color;
          sum[0]! += color[0];
          sum[1]! += color[1];
          sum[2]! += color[2];
        }
      row.set(sum.map((value) => Math.round(value / 16)), 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
const rect = (x0: number, y0: number, x1: number, y1: number): Point[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];

const brand: [number, number, number] = [75, 42, 140];
const white: [number, number, number] = [255, 255, 255];
const signpost: Shape[] = [
  { polygon: rect(0.47, 0.2, 0.53, 0.82), color: white },
  { polygon: [[0.26, 0.26], [0.66, 0.26], [0.76, 0.34], [0.66, 0.42], [0.26, 0.42]], color: white },
  { polygon: [[0.74, 0.48], [0.34, 0.48], [0.24, 0.56], [0.34, 0.64], [0.74, 0.64]], color: white },
];
const paper: [number, number, number] = [250, 246, 225];
const line: [number, number, number] = [150, 160, 175];
const notepad: Shape[] = [
  { polygon: rect(0.22, 0.16, 0.78, 0.86), color: paper },
  ...[0.32, 0.44, 0.56, 0.68].map((y) => ({ polygon: rect(0.3, y, 0.7, y + 0.035), color: line })),
];
const grey: [number, number, number] = [96, 112, 128];

for (const size of [192, 512]) {
  writeFileSync(`public/icons/wegwijs-${size}.png`, png(size, brand, signpost));
  // Maskable: the drawing shrunk into the safe zone, the background to the edges.
  writeFileSync(`public/icons/wegwijs-maskable-${size}.png`, png(size, brand, signpost, 0.75));
  writeFileSync(`public/icons/notes-${size}.png`, png(size, grey, notepad));
  writeFileSync(`public/icons/notes-maskable-${size}.png`, png(size, grey, notepad, 0.75));
}
console.log('icons written to public/icons/');
