/**
 * Photo-like test images for the bench, drawn deterministically (seeded PRNG) on an OffscreenCanvas:
 * a lit gradient background, a tilted "paper document" with lines of small text, shaded blobs and
 * per-pixel sensor noise. Flat colour would compress to nothing and flatter the figures; this does not.
 * `drawPhoto` is the grainy worst case; `drawDocumentPhoto` is what a resident's form really looks like.
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

/** A TILE×TILE tile of grey noise around `centre` (mid-grey: neutral under 'overlay'), colour-tinted a little. */
function noiseTile(rand: () => number, noise: number, centre = 128): OffscreenCanvas {
  const tile = new OffscreenCanvas(TILE, TILE);
  const ctx = tile.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  const image = ctx.createImageData(TILE, TILE);
  const px = image.data;
  for (let i = 0; i < px.length; i += 4) {
    const grain = centre + (rand() - 0.5) * noise;
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

/** Paper fibre: a blurred, low-contrast noise tile (overlay, neutral at mid-grey). */
function fibreTile(rand: () => number): OffscreenCanvas {
  const raw = noiseTile(rand, 40);
  const tile = new OffscreenCanvas(TILE, TILE);
  const ctx = tile.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.filter = 'blur(1.5px)';
  ctx.drawImage(raw, 0, 0);
  return tile;
}

function words(rand: () => number, count: number): string {
  return Array.from({ length: count }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
}

/** The printed page itself, in page coordinates (0,0 top-left, pw×ph): a ward form with small print. */
function drawForm(ctx: OffscreenCanvasRenderingContext2D, rand: () => number, pw: number, ph: number): void {
  const pt = ph / 842; // A4 is 842 pt high: 1 pt in page pixels
  const margin = 50 * pt;
  const ink = '#1b1b24';
  ctx.fillStyle = ink;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'center';
  ctx.font = `bold ${12 * pt}px serif`;
  ctx.fillText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', pw / 2, margin + 12 * pt);
  ctx.font = `bold ${11 * pt}px serif`;
  ctx.fillText('Độc lập - Tự do - Hạnh phúc', pw / 2, margin + 28 * pt);
  ctx.font = `bold ${15 * pt}px serif`;
  ctx.fillText('TỜ KHAI ĐĂNG KÝ KHAI SINH', pw / 2, margin + 62 * pt);
  ctx.textAlign = 'left';
  let y = margin + 92 * pt;
  // Body: 10 pt lines, the field values "handwritten" in blue.
  for (let i = 0; i < 16; i++, y += 16 * pt) {
    ctx.fillStyle = ink;
    ctx.font = `${10 * pt}px serif`;
    const label = `${words(rand, 3)}: `;
    ctx.fillText(label, margin, y);
    ctx.fillStyle = '#1f3a93';
    ctx.font = `italic ${11 * pt}px cursive`;
    ctx.fillText(words(rand, 4 + Math.floor(rand() * 4)), margin + ctx.measureText(label).width + 150 * pt, y, pw - 2 * margin - 180 * pt);
  }
  // A ruled table with 9 pt cells.
  ctx.strokeStyle = ink;
  ctx.lineWidth = Math.max(1, 0.6 * pt);
  const rows = 7;
  const cols = [0, 0.08, 0.45, 0.7, 1];
  const tw = pw - 2 * margin;
  for (let r = 0; r <= rows; r++) {
    ctx.beginPath();
    ctx.moveTo(margin, y + r * 14 * pt);
    ctx.lineTo(margin + tw, y + r * 14 * pt);
    ctx.stroke();
  }
  for (const c of cols) {
    ctx.beginPath();
    ctx.moveTo(margin + c * tw, y);
    ctx.lineTo(margin + c * tw, y + rows * 14 * pt);
    ctx.stroke();
  }
  ctx.fillStyle = ink;
  ctx.font = `${9 * pt}px sans-serif`;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols.length - 1; c++) {
      const x = margin + cols[c]! * tw + 3 * pt;
      ctx.fillText(c === 0 ? String(r + 1) : words(rand, 2), x, y + r * 14 * pt + 10.5 * pt, (cols[c + 1]! - cols[c]!) * tw - 6 * pt);
    }
  }
  y += rows * 14 * pt + 24 * pt;
  // A paragraph of 10 pt running text across the page.
  ctx.font = `${10 * pt}px serif`;
  for (let i = 0; i < 6; i++, y += 13 * pt) ctx.fillText(words(rand, 22), margin, y, pw - 2 * margin);
  // Red seal and a blue signature.
  const sx = pw - margin - 90 * pt;
  const sy = y + 32 * pt;
  ctx.strokeStyle = 'rgb(200 30 40 / 0.8)';
  ctx.lineWidth = 2.5 * pt;
  ctx.beginPath();
  ctx.arc(sx, sy, 42 * pt, 0, Math.PI * 2);
  ctx.arc(sx, sy, 34 * pt, 0, Math.PI * 2);
  ctx.stroke();
  ctx.fillStyle = 'rgb(200 30 40 / 0.8)';
  ctx.textAlign = 'center';
  ctx.font = `bold ${7 * pt}px sans-serif`;
  ctx.fillText('UBND PHƯỜNG', sx, sy - 4 * pt);
  ctx.fillText('HOÀN KIẾM', sx, sy + 8 * pt);
  ctx.textAlign = 'left';
  ctx.strokeStyle = '#1f3a93';
  ctx.lineWidth = 1.6 * pt;
  ctx.beginPath();
  ctx.moveTo(sx - 160 * pt, sy + 20 * pt);
  for (let i = 0; i < 6; i++) ctx.bezierCurveTo(sx - (150 - i * 20) * pt, sy - (20 + rand() * 20) * pt, sx - (140 - i * 20) * pt, sy + (30 + rand() * 20) * pt, sx - (130 - i * 20) * pt, sy + rand() * 10 * pt);
  ctx.stroke();
  // Small print: 7 pt footnotes, the part that must stay legible.
  ctx.fillStyle = ink;
  ctx.font = `${7 * pt}px sans-serif`;
  for (let fy = ph - margin - 9 * 9 * pt; fy < ph - margin; fy += 9 * pt) ctx.fillText(`(*) ${words(rand, 22)}`, margin, fy, pw - 2 * margin);
}

/**
 * A photo of a printed document as a kiosk or phone camera takes it: an A4 form (10 pt body, 9 pt table,
 * 7 pt small print, blue handwriting, red seal) filling most of the frame, slightly tilted, on a desk;
 * uneven light, paper fibre, optics that are not pixel-sharp (0.6 px blur) and mild sensor noise.
 */
export function drawDocumentPhoto({ width, height, seed, noise }: PhotoOptions): OffscreenCanvas {
  const rand = seededRandom(seed);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  const desk = ctx.createLinearGradient(0, 0, width, height);
  desk.addColorStop(0, '#7a5a3e');
  desk.addColorStop(1, '#4e3726');
  ctx.fillStyle = desk;
  ctx.fillRect(0, 0, width, height);
  ctx.save();
  ctx.scale(8, 1); // wood grain: fibre stretched along the boards
  ctx.globalCompositeOperation = 'overlay';
  ctx.fillStyle = ctx.createPattern(fibreTile(rand), 'repeat') ?? '#808080';
  ctx.fillRect(0, 0, width / 8, height);
  ctx.restore();

  const ph = height * 0.94;
  const pw = ph / Math.SQRT2;
  const sheet = new OffscreenCanvas(Math.round(pw), Math.round(ph));
  const sctx = sheet.getContext('2d');
  if (!sctx) throw new Error('no 2d context');
  sctx.fillStyle = '#f3f0e7';
  sctx.fillRect(0, 0, pw, ph);
  drawForm(sctx, rand, pw, ph);
  sctx.globalCompositeOperation = 'overlay';
  sctx.fillStyle = sctx.createPattern(fibreTile(rand), 'repeat') ?? '#808080';
  sctx.fillRect(0, 0, pw, ph);

  ctx.save();
  ctx.translate(width / 2, height / 2);
  ctx.rotate((rand() - 0.5) * 0.05);
  ctx.shadowColor = 'rgb(0 0 0 / 0.4)';
  ctx.shadowBlur = 25;
  ctx.filter = 'blur(0.6px)';
  ctx.drawImage(sheet, -pw / 2, -ph / 2);
  ctx.restore();

  // Uneven light: brighter where the lamp is, darker corners.
  const light = ctx.createRadialGradient(width * 0.35, height * 0.3, 0, width * 0.5, height * 0.5, width * 0.75);
  light.addColorStop(0, 'rgb(255 250 235 / 0.12)');
  light.addColorStop(1, 'rgb(0 0 20 / 0.28)');
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, width, height);

  // Sensor noise, additive so that it shows on white paper too ('overlay' all but hides it there):
  // add a tile of noise around `noise`, then take `noise` off again with 'difference'.
  ctx.globalCompositeOperation = 'lighter';
  ctx.fillStyle = ctx.createPattern(noiseTile(rand, noise, noise), 'repeat') ?? '#000000';
  ctx.fillRect(0, 0, width, height);
  ctx.globalCompositeOperation = 'difference';
  ctx.fillStyle = `rgb(${noise} ${noise} ${noise})`;
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
