/**
 * Photo-like test images for the bench, drawn deterministically (seeded PRNG) on an OffscreenCanvas:
 * a lit gradient background, a tilted "paper document" with lines of small text, shaded blobs and
 * per-pixel sensor noise. Flat colour would compress to nothing and flatter the figures; this does not.
 */

/** mulberry32: a tiny, well-mixed 32-bit PRNG; the same seed always gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Cộng', 'hòa', 'xã', 'hội', 'chủ', 'nghĩa', 'Việt', 'Nam', 'Độc', 'lập', 'Tự', 'do', 'Hạnh', 'phúc', 'Giấy', 'khai', 'sinh', 'Họ', 'tên', 'Ngày', 'Nơi', 'cư', 'trú', 'phường', 'Hà', 'Nội', '0123', '2024'];

const TILE = 509;

/** A TILE×TILE tile of grey noise around mid-grey (neutral under 'overlay'), colour-tinted a little. */
function noiseTile(rand: () => number, noise: number): OffscreenCanvas {
  const tile = new OffscreenCanvas(TILE, TILE);
  const ctx = tile.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  const image = ctx.createImageData(TILE, TILE);
  const px = image.data;
  for (let i = 0; i < px.length; i += 4) {
    const grain = 128 + (rand() - 0.5) * noise;
    px[i] = grain + (rand() - 0.5) * noise * 0.5;
    px[i + 1] = grain;
    px[i + 2] = grain + (rand() - 0.5) * noise * 0.5;
    px[i + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
  return tile;
}

export interface PhotoOptions {
  width: number;
  height: number;
  seed: number;
  /** Amplitude of the per-pixel noise, 0–255 (sensor grain). */
  noise: number;
}

export function drawPhoto({ width, height, seed, noise }: PhotoOptions): OffscreenCanvas {
  const rand = seededRandom(seed);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  const scale = Math.min(width, height) / 1000;

  const bg = ctx.createLinearGradient(0, 0, width, height);
  bg.addColorStop(0, `hsl(${30 + rand() * 30} 35% 62%)`);
  bg.addColorStop(0.6, `hsl(${20 + rand() * 20} 30% 38%)`);
  bg.addColorStop(1, `hsl(${200 + rand() * 40} 20% 25%)`);
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, width, height);

  for (let i = 0; i < 40; i++) {
    const x = rand() * width;
    const y = rand() * height;
    const r = (40 + rand() * 260) * scale;
    const blob = ctx.createRadialGradient(x, y, 0, x, y, r);
    blob.addColorStop(0, `hsl(${rand() * 360} 40% ${30 + rand() * 50}% / 0.5)`);
    blob.addColorStop(1, 'hsl(0 0% 50% / 0)');
    ctx.fillStyle = blob;
    ctx.fillRect(x - r, y - r, 2 * r, 2 * r);
  }

  ctx.save();
  ctx.translate(width / 2, height / 2);
  ctx.rotate((rand() - 0.5) * 0.12);
  const pw = width * 0.7;
  const ph = height * 0.8;
  const paper = ctx.createLinearGradient(-pw / 2, -ph / 2, pw / 2, ph / 2);
  paper.addColorStop(0, '#f4f1e8');
  paper.addColorStop(1, '#d9d3c4');
  ctx.shadowColor = 'rgb(0 0 0 / 0.45)';
  ctx.shadowBlur = 30 * scale;
  ctx.fillStyle = paper;
  ctx.fillRect(-pw / 2, -ph / 2, pw, ph);
  ctx.shadowBlur = 0;
  const fontPx = Math.max(10, Math.round(22 * scale));
  ctx.font = `${fontPx}px serif`;
  ctx.fillStyle = '#1d1d2b';
  for (let y = -ph / 2 + fontPx * 2; y < ph / 2 - fontPx; y += fontPx * 1.6) {
    let line = '';
    while (line.length < pw / (fontPx * 0.55)) line += `${WORDS[Math.floor(rand() * WORDS.length)]} `;
    ctx.fillText(line, -pw / 2 + fontPx * 1.5, y, pw - fontPx * 3);
  }
  ctx.restore();

  // Sensor grain: a seeded noise tile (prime side, so repeats never line up with JPEG's 8×8 blocks)
  // laid over the whole picture by the canvas itself; a per-pixel JS loop over 12 MP is far too slow.
  ctx.globalCompositeOperation = 'overlay';
  ctx.fillStyle = ctx.createPattern(noiseTile(rand, noise), 'repeat') ?? '#808080';
  ctx.fillRect(0, 0, width, height);
  ctx.globalCompositeOperation = 'source-over';
  return canvas;
}

/**
 * Encode as JPEG, trying `firstGuess` first, then the quality found by bisection that lands the size in [minBytes, maxBytes]
 * (deterministic: same canvas, same steps). Returns the closest attempt if no quality lands inside.
 */
export async function encodeJpegWithin(
  canvas: OffscreenCanvas,
  minBytes: number,
  maxBytes: number,
  firstGuess: number,
): Promise<{ blob: Blob; quality: number }> {
  let low = 0.3;
  let high = 0.98;
  let best: { blob: Blob; quality: number; miss: number } | undefined;
  for (let step = 0; step < 6; step++) {
    const quality = step === 0 ? firstGuess : (low + high) / 2;
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    const miss = blob.size < minBytes ? minBytes - blob.size : blob.size > maxBytes ? blob.size - maxBytes : 0;
    if (!best || miss < best.miss) best = { blob, quality, miss };
    if (miss === 0) break;
    if (blob.size < minBytes) low = quality;
    else high = quality;
  }
  return { blob: best!.blob, quality: best!.quality };
}
