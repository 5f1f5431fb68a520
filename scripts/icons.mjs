// Draws the OSS Assist icon (a white shield with a blue check on a blue rounded square) as PNG
// files with node:zlib, so no image tool or download is needed, for both hosts:
// the extension's public/icon/{16,32,48,128}.png and the add-in's addin/public/assets/icon-*.png
// (Outlook asks for 16/32/80 px button icons and 64/128 px add-in icons).
// Run: node scripts/icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

export const EXTENSION_ICON_SIZES = [16, 32, 48, 128];
export const ADDIN_ICON_SIZES = [16, 32, 64, 80, 128];

const BLUE = [0, 51, 160];
const WHITE = [255, 255, 255];

// Coverage of each shape at a point in the unit square (0..1), as 0 or 1; anti-aliasing
// comes from sampling each pixel 4x4 times.
function inRoundedSquare(x, y) {
  const r = 0.2;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
}
function inShield(x, y) {
  // Flat top, straight sides, then a curve to a point at the bottom.
  const cx = 0.5;
  const half = 0.3;
  if (y < 0.16 || y > 0.86) return false;
  if (y < 0.5) return Math.abs(x - cx) <= half;
  const t = (y - 0.5) / 0.36; // 0 at the shoulder, 1 at the point
  return Math.abs(x - cx) <= half * Math.sqrt(1 - t * t);
}
function distToSegment(px, py, ax, ay, bx, by) {
  const vx = bx - ax,
    vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}
function inCheck(x, y) {
  const w = 0.055;
  return distToSegment(x, y, 0.36, 0.5, 0.46, 0.61) <= w || distToSegment(x, y, 0.46, 0.61, 0.65, 0.38) <= w;
}

function pixel(size, px, py) {
  const n = 4;
  const acc = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = (px + (i + 0.5) / n) / size;
      const y = (py + (j + 0.5) / n) / size;
      if (!inRoundedSquare(x, y)) continue;
      const c = inShield(x, y) && !inCheck(x, y) ? WHITE : BLUE;
      acc[0] += c[0];
      acc[1] += c[1];
      acc[2] += c[2];
      acc[3] += 1;
    }
  }
  if (acc[3] === 0) return [0, 0, 0, 0];
  return [acc[0] / acc[3], acc[1] / acc[3], acc[2] / acc[3], (255 * acc[3]) / (n * n)].map(Math.round);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const p = pixel(size, x, y);
      p.forEach((v, k) => (raw[y * (size * 4 + 1) + 1 + x * 4 + k] = v));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function write(dir, sizes, name) {
  mkdirSync(dir, { recursive: true });
  for (const size of sizes) writeFileSync(new URL(name(size), dir), png(size));
}

write(new URL('../public/icon/', import.meta.url), EXTENSION_ICON_SIZES, (size) => `${size}.png`);
write(new URL('../addin/public/assets/', import.meta.url), ADDIN_ICON_SIZES, (size) => `icon-${size}.png`);
console.log('wrote public/icon/*.png and addin/public/assets/icon-*.png');
