import './high-contrast.css';
import './display.css';

/** 100 %, 150 %, 200 %: three clearly different sizes ("Chữ thường / Chữ lớn / Chữ rất lớn"). */
export const TEXT_SCALES = [1, 1.5, 2] as const;
export type TextScale = (typeof TEXT_SCALES)[number];

export interface DisplaySettings {
  textScale: TextScale;
  highContrast: boolean;
  reducedMotion: boolean;
  /** A short click when an on-screen key is pressed (off by default: a public place). */
  keySound: boolean;
}

export const DEFAULT_DISPLAY_SETTINGS: Readonly<DisplaySettings> = Object.freeze({
  textScale: 1,
  highContrast: false,
  reducedMotion: false,
  keySound: false,
});

/** Root font size at 100 % (tokens.css); every size in the kit is in rem, so this scales the whole layout. */
export const BASE_FONT_SIZE_PX = 24;

/** Writes the settings onto <html>: root font size, data-text-scale, data-contrast="high", data-motion="reduce". */
export function applyDisplaySettings(settings: DisplaySettings, root: HTMLElement = document.documentElement): void {
  if (settings.textScale === 1) root.style.removeProperty('--font-size-root');
  else root.style.setProperty('--font-size-root', `${BASE_FONT_SIZE_PX * settings.textScale}px`);
  root.dataset.textScale = String(settings.textScale);
  if (settings.highContrast) root.dataset.contrast = 'high';
  else delete root.dataset.contrast;
  if (settings.reducedMotion) root.dataset.motion = 'reduce';
  else delete root.dataset.motion;
}

