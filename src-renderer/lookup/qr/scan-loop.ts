import type { FramePixels } from './frame-pixels';

export interface ScanLoopOptions {
  /** The current frame, or null while the camera shows nothing yet. */
  read(): FramePixels | null;
  /** The QR text in a frame, or null. */
  decode(frame: FramePixels): string | null;
  /** Called with every QR text found; may stop the loop. */
  onText(text: string): void;
  /** Time between the end of one decode and the next frame (a few frames a second is enough). */
  intervalMs: number;
}

/** Decodes a frame every `intervalMs` until stopped; a slow frame delays the next one instead of piling up. */
export function startScanLoop({ read, decode, onText, intervalMs }: ScanLoopOptions): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    if (stopped) return;
    let text: string | null;
    try {
      const frame = read();
      text = frame ? decode(frame) : null;
    } catch {
      text = null; // a frame that cannot be read (camera just stopped, resized): try the next one
    }
    if (text !== null) onText(text);
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  timer = setTimeout(tick, intervalMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
