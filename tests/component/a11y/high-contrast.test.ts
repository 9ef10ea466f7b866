import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Read as text from the project root (vitest's cwd): CSS imports are stubbed in the component project.
const css = readFileSync(resolve(process.cwd(), 'src-renderer/a11y/high-contrast.css'), 'utf8');

const block = css.slice(css.indexOf("html[data-contrast='high'] {"), css.indexOf('}'));
const tokens = new Map([...block.matchAll(/(--color-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1] ?? '', m[2] ?? '']));

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const token = (name: string) => {
  const value = tokens.get(name);
  if (!value) throw new Error(`${name} is not set by the high-contrast theme`);
  return value;
};

describe('high-contrast theme', () => {
  it.each([
    ['--color-text', '--color-bg'],
    ['--color-text', '--color-surface'],
    ['--color-text', '--color-selected-bg'],
    ['--color-text', '--color-warning-bg'],
    ['--color-text-muted', '--color-bg'],
    ['--color-primary-text', '--color-primary'],
    ['--color-primary-text', '--color-primary-hover'],
    ['--color-secondary-text', '--color-secondary-bg'],
    ['--color-error', '--color-bg'],
    ['--color-error', '--color-error-bg'],
    ['--color-success', '--color-success-bg'],
    ['--color-success-panel-text', '--color-success-panel'],
    ['--color-focus', '--color-bg'],
    ['--color-border', '--color-bg'],
  ])('%s on %s is at least 7:1', (fg, bg) => {
    expect(contrast(token(fg), token(bg))).toBeGreaterThanOrEqual(7);
  });

  it('is a black background with white text and thick borders', () => {
    expect(token('--color-bg')).toBe('#000000');
    expect(token('--color-text')).toBe('#ffffff');
    expect(block).toMatch(/--border-width:\s*4px/);
  });
});
