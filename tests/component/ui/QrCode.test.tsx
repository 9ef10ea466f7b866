import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import qrcode from 'qrcode-generator';
import { renderWithI18n } from '../render';
import { QrCode, QR_QUIET_ZONE } from '../../../src-renderer/ui';

const VALUE = 'MOTCUA:ABCD2345:1.001193';

/** The library's own matrix, computed independently of the component. */
function libraryMatrix(value: string) {
  const code = qrcode(0, 'M');
  code.addData(value);
  code.make();
  return code;
}

/** Every module the path paints dark, as "row,col" without the quiet zone. */
function paintedModules(d: string): Set<string> {
  const cells = new Set<string>();
  const rect = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/g;
  let consumed = 0;
  for (const m of d.matchAll(rect)) {
    expect(m.index).toBe(consumed); // nothing but rectangles in the path
    consumed += m[0].length;
    const [x, y, run, back] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    expect(back).toBe(run);
    for (let i = 0; i < run; i++) cells.add(`${y - QR_QUIET_ZONE},${x + i - QR_QUIET_ZONE}`);
  }
  expect(consumed).toBe(d.length);
  return cells;
}

describe('QrCode', () => {
  it('is one image named by its label', () => {
    renderWithI18n(<QrCode value={VALUE} label="Mã QR của số biên nhận ABCD2345" />);
    const img = screen.getByRole('img', { name: 'Mã QR của số biên nhận ABCD2345' });
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img.querySelectorAll('path')).toHaveLength(1);
  });

  it('has the library’s module count plus a 4-module quiet zone', () => {
    renderWithI18n(<QrCode value={VALUE} label="QR" />);
    const count = libraryMatrix(VALUE).getModuleCount();
    const svg = screen.getByRole('img', { name: 'QR' });
    expect(svg).toHaveAttribute('data-module-count', String(count));
    expect(svg).toHaveAttribute('viewBox', `0 0 ${count + 8} ${count + 8}`);
  });

  it('paints exactly the library’s dark modules', () => {
    renderWithI18n(<QrCode value={VALUE} label="QR" />);
    const code = libraryMatrix(VALUE);
    const expected = new Set<string>();
    for (let r = 0; r < code.getModuleCount(); r++) {
      for (let c = 0; c < code.getModuleCount(); c++) if (code.isDark(r, c)) expected.add(`${r},${c}`);
    }
    const d = screen.getByRole('img', { name: 'QR' }).querySelector('path')?.getAttribute('d') ?? '';
    expect(paintedModules(d)).toEqual(expected);
  });

  it('is black on white with crisp edges, so scanners and eyes both read it', () => {
    renderWithI18n(<QrCode value={VALUE} label="QR" size={10} />);
    const svg = screen.getByRole('img', { name: 'QR' });
    expect(svg).toHaveAttribute('shape-rendering', 'crispEdges');
    expect(svg.querySelector('rect')).toHaveAttribute('fill', '#ffffff');
    expect(svg.querySelector('path')).toHaveAttribute('fill', '#000000');
    expect(svg.style.width).toBe('10rem');
    expect(svg.style.height).toBe('10rem');
  });

  it('redraws when the value changes', () => {
    const { rerender } = renderWithI18n(<QrCode value={VALUE} label="QR" />);
    const before = screen.getByRole('img', { name: 'QR' }).querySelector('path')?.getAttribute('d');
    rerender(<QrCode value="MOTCUA:WXYZ6789:1.001193" label="QR" />);
    const after = screen.getByRole('img', { name: 'QR' }).querySelector('path')?.getAttribute('d');
    expect(after).not.toBe(before);
    expect(paintedModules(after ?? '').size).toBeGreaterThan(0);
  });
});
