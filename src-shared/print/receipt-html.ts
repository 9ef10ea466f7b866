import type { ValidReceiptPrintJob } from './receipt';

/**
 * The receipt as a self-contained HTML document for a thermal roll printer. Pure: every text is escaped,
 * the document loads nothing (CSP `default-src 'none'`) and runs no script.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export interface ReceiptLayout {
  /** Paper width in microns (80 mm roll = 80000). */
  paperWidthMicrons?: number;
}

const MARGIN_MM = 4;

function paperWidthMm(layout: ReceiptLayout): number {
  const w = layout.paperWidthMicrons;
  return typeof w === 'number' && Number.isFinite(w) && w >= 40000 && w <= 300000 ? Math.round(w / 1000) : 80;
}

export function renderReceiptHtml(job: ValidReceiptPrintJob, layout: ReceiptLayout = {}): string {
  const width = paperWidthMm(layout);
  const lang = job.language === 'en' ? 'en' : 'vi';
  const lines = job.lines
    .map((l) => `<div class="row"><div class="label">${escapeHtml(l.label)}</div><div class="value">${escapeHtml(l.value)}</div></div>`)
    .join('');
  const footer = job.footer.map((f) => `<p>${escapeHtml(f)}</p>`).join('');
  return [
    '<!doctype html>',
    `<html lang="${lang}"><head>`,
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(job.title)}</title>`,
    '<style>',
    `@page { size: ${width}mm auto; margin: 0; }`,
    `html, body { margin: 0; padding: 0; background: #fff; color: #000; }`,
    `body { width: ${width - 2 * MARGIN_MM}mm; padding: 3mm ${MARGIN_MM}mm;`,
    `  font: 10pt/1.4 Arial, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; overflow-wrap: anywhere; }`,
    'h1 { font-size: 12pt; text-align: center; margin: 0 0 2mm; }',
    '.reference { font: bold 22pt/1.2 "Courier New", "DejaVu Sans Mono", monospace; letter-spacing: 0.1em;',
    '  text-align: center; border: 0.6mm solid #000; padding: 2mm 0; margin: 0 0 3mm; }',
    '.row { margin: 0 0 1.5mm; } .label { font-size: 8.5pt; } .value { font-weight: bold; }',
    '.footer { border-top: 0.3mm dashed #000; margin-top: 3mm; padding-top: 2mm; font-size: 9pt; }',
    '.footer p { margin: 0 0 1mm; }',
    '</style></head><body>',
    `<h1>${escapeHtml(job.title)}</h1>`,
    `<div class="reference">${escapeHtml(job.reference)}</div>`,
    lines,
    footer ? `<div class="footer">${footer}</div>` : '',
    '</body></html>',
  ].join('\n');
}

/**
 * A page height (microns) long enough for the receipt: silent printing needs an explicit page size, and a
 * roll printer feeds the whole page, so estimate from the text instead of printing a fixed A4 length.
 */
export function estimateReceiptHeightMicrons(job: ValidReceiptPrintJob, layout: ReceiptLayout = {}): number {
  const textWidthMm = paperWidthMm(layout) - 2 * MARGIN_MM;
  const charsPerRow = Math.max(10, Math.floor(textWidthMm / 1.9));
  const rows = (text: string, perRow = charsPerRow) => Math.max(1, Math.ceil(text.length / perRow));
  let mm = 6 + rows(job.title, Math.floor(charsPerRow * 0.8)) * 6 + 16; // padding, title, reference box
  for (const l of job.lines) mm += rows(l.label, Math.floor(charsPerRow * 1.2)) * 4.2 + rows(l.value) * 5 + 1.5;
  if (job.footer.length > 0) mm += 6 + job.footer.reduce((sum, f) => sum + rows(f) * 4.6 + 1, 0);
  return Math.min(2_000_000, Math.ceil(mm + 10) * 1000);
}
