import { useMemo } from 'react';
import qrcode from 'qrcode-generator';
import './QrCode.css';

/** Light modules around the code, as the QR specification asks (ISO/IEC 18004: 4 modules). */
export const QR_QUIET_ZONE = 4;

export interface QrCodeProps {
  /**
   * What the code holds. Keep it short and ASCII (e.g. `MOTCUA:ABCD2345:1.001193`): a short value gives
   * a small matrix with big modules that an old phone camera reads from a screen or a thermal slip.
   */
  value: string;
  /** The accessible name, e.g. "Mã QR của số biên nhận ABCD2345" (translated by the caller). */
  label: string;
  /** Width and height in rem (the kit's unit, so it follows the text size). Default 12 rem. */
  size?: number;
}

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  count: number;
  isDark(row: number, col: number): boolean;
}

/** The module matrix for `value` at error-correction level M, the smallest version that fits. */
export function qrMatrix(value: string): QrMatrix {
  const code = qrcode(0, 'M');
  code.addData(value);
  code.make();
  return { count: code.getModuleCount(), isDark: (row, col) => code.isDark(row, col) };
}

/**
 * One SVG path for all dark modules, in module units with the quiet zone added: each horizontal run of
 * dark modules in a row is one rectangle `M x y h n v1 h-n z`.
 */
export function qrPath(matrix: QrMatrix, quietZone: number = QR_QUIET_ZONE): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.count; row++) {
    let col = 0;
    while (col < matrix.count) {
      if (!matrix.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.count && matrix.isDark(row, col)) col++;
      const run = col - start;
      parts.push(`M${start + quietZone} ${row + quietZone}h${run}v1h-${run}z`);
    }
  }
  return parts.join('');
}

/** A QR code drawn as an inline SVG: black modules on white, crisp edges, labelled for screen readers. */
export function QrCode({ value, label, size = 12 }: QrCodeProps) {
  const { side, path } = useMemo(() => {
    const matrix = qrMatrix(value);
    return { side: matrix.count + 2 * QR_QUIET_ZONE, path: qrPath(matrix) };
  }, [value]);
  return (
    <svg
      className="k-qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
      style={{ width: `${size}rem`, height: `${size}rem` }}
      data-module-count={side - 2 * QR_QUIET_ZONE}
    >
      <rect width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
