import { describe, expect, it } from 'vitest';
import { ReceiptPrintJobSchema, type ReceiptPrintJob } from '../../../src-shared/print/receipt';
import { escapeHtml, estimateReceiptHeightMicrons, renderReceiptHtml } from '../../../src-shared/print/receipt-html';

const job = (over: Partial<ReceiptPrintJob> = {}) =>
  ReceiptPrintJobSchema.parse({
    language: 'vi',
    title: 'Giấy biên nhận hồ sơ',
    reference: 'AB7K9QX2',
    lines: [{ label: 'Thủ tục', value: 'Đăng ký khai sinh' }],
    footer: ['Vui lòng giữ phiếu này.'],
    ...over,
  });

describe('renderReceiptHtml', () => {
  it('escapes every text: a <script> in any field stays text', () => {
    const html = renderReceiptHtml(
      job({
        title: '<script>alert(1)</script>',
        lines: [{ label: '<img src=x onerror=alert(1)>', value: '"quoted" & \'single\'' }],
        footer: ['</body><script>x()</script>'],
      }),
    );
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;quoted&quot; &amp; &#39;single&#39;');
  });

  it('is a self-contained UTF-8 document that loads nothing and runs nothing', () => {
    const html = renderReceiptHtml(job());
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toMatch(/https?:|src=|<link|@import|url\(/i);
  });

  it('keeps Vietnamese text intact and prints the reference in large monospace', () => {
    const html = renderReceiptHtml(job());
    expect(html).toContain('Đăng ký khai sinh');
    expect(html).toContain('<div class="reference">AB7K9QX2</div>');
    expect(html).toMatch(/\.reference \{ font: bold 22pt\/1\.2 [^}]*monospace/);
  });

  it('lays out for the configured roll width (80 mm default)', () => {
    expect(renderReceiptHtml(job())).toContain('@page { size: 80mm auto; margin: 0; }');
    expect(renderReceiptHtml(job(), { paperWidthMicrons: 58000 })).toContain('size: 58mm auto');
    expect(renderReceiptHtml(job(), { paperWidthMicrons: Number.NaN })).toContain('size: 80mm auto');
  });

  it('escapeHtml covers the five HTML metacharacters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('estimateReceiptHeightMicrons', () => {
  it('grows with the content and stays within printable bounds', () => {
    const short = estimateReceiptHeightMicrons(job());
    const long = estimateReceiptHeightMicrons(
      job({ lines: Array.from({ length: 30 }, () => ({ label: 'Nhãn', value: 'x'.repeat(400) })) }),
    );
    expect(short).toBeGreaterThanOrEqual(50_000);
    expect(long).toBeGreaterThan(short);
    expect(long).toBeLessThanOrEqual(2_000_000);
    expect(Number.isInteger(short)).toBe(true);
  });
});
