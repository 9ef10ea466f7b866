import { createContext } from 'react';
import { createFrameReader, type FrameReader } from './frame-pixels';

/**
 * Where the scanner gets its frames: a small canvas off the <video> (each scan makes its own reader).
 * Tests provide another source, since jsdom has no canvas: they feed RGBA pixels of a real QR image.
 */
export const FrameReaderContext = createContext<() => FrameReader>(createFrameReader);
