// Draws the add-in's icons (a white shield on IOM blue) as PNG files with node's zlib:
// no image library, no download. Run: node scripts/addin-icons.mjs
// Outlook asks for 16/32/80 px button icons and 64/128 px add-in icons.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'addin', 'public', 'assets');
export const ICON_SIZES = [16, 32, 64, 80, 128];

const BLUE = [0, 51, 160];
const WHITE = [255, 255, 255];

// Shape tests in a unit square (0..1). Sub-pixel samples give smooth edges.
function inRoundedSquare(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inShield(x, y) {
  const top = 0.18;
  const mid = 0.55;
  const bottom = 0.86;
  if (y < top || y > bottom) return false;
  if (y <= mid) {
    // Upper part: straight sides with a slight dip in the middle of the top edge.
    const dip = 0.04 * Math.cos((x - 0.5) * Math.PI * 2.2);
    return x >= 0.24 && x <= 0.76 && y >= top + Math.max(dip, 0);
  }
  // Lower part narrows to a point.
  const t = (y - mid) / (bottom - mid);
  const half = 0.26 * Math.sqrt(1 - t * t);
  return Math.abs(x - 0.5) <= half;
}

function inCheck(x, y) {
  // A tick drawn as two thick segments.
  const seg = (ax, ay, bx, by, w) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= w * w;
  };
  return seg(0.37, 0.5, 0.47, 0.61, 0.045) || seg(0.47, 0.61, 0.65, 0.38, 0.045);
}

function pixel(x, y) {
  if (!inRoundedSquare(x, y)) return null;
  if (inShield(x, y) && !inCheck(x, y)) return WHITE;
  return BLUE;
}

function draw(size) {
  const S = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = pixel((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((a / (S * S)) * 255);
      }
    }
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
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

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  // Each row starts with filter type 0 (none).
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of ICON_SIZES) {
  writeFileSync(join(OUT, `icon-${size}.png`), draw(size));
}
console.log(`Wrote ${ICON_SIZES.map((s) => `icon-${s}.png`).join(', ')} to ${OUT}`);
