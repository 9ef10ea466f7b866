// Draws the app icon (assets/build/icon.png, 512×512 RGBA) with Node builtins only: a dark-blue
// rounded square with a white door outline (with its knob) and a check mark ("một cửa" = one door, done).
// Shapes are signed-distance functions, so edges are anti-aliased without a graphics library.
// Run: node assets/build/make-icon.mjs   (electron-builder derives .ico/.icns and Linux sizes from it)
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const BG = [0x0b, 0x3a, 0x75]; // dark blue
const FG = [0xff, 0xff, 0xff];

const sdRoundRect = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const sdSegment = (x, y, ax, ay, bx, by) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h);
};
const cover = (d) => Math.max(0, Math.min(1, 0.5 - d)); // distance → pixel coverage

const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let j = 0; j < SIZE; j++) {
  for (let i = 0; i < SIZE; i++) {
    const x = i + 0.5, y = j + 0.5;
    const tile = cover(sdRoundRect(x, y, 256, 256, 240, 240, 96));
    // door: a stroked rounded rectangle, 20 px wide
    const door = cover(Math.abs(sdRoundRect(x, y, 256, 262, 110, 160, 28)) - 10);
    // check mark: two capsules, 18 px half-width
    const check = cover(Math.min(sdSegment(x, y, 196, 270, 240, 318), sdSegment(x, y, 240, 318, 322, 214)) - 18);
    const knob = cover(Math.hypot(x - 334, y - 330) - 12);
    const fg = Math.max(door, check, knob);
    const o = (j * SIZE + i) * 4;
    for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(BG[c] * (1 - fg) + FG[c] * fg);
    rgba[o + 3] = Math.round(255 * tile);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let j = 0; j < SIZE; j++) rgba.copy(raw, j * (SIZE * 4 + 1) + 1, j * SIZE * 4, (j + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(import.meta.dirname, 'icon.png');
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
