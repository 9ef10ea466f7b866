import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenShowing } from '../../../src-renderer/documents/camera-frame';

afterEach(() => {
  vi.useRealTimers();
});

describe('whenShowing: the "Chụp" button waits for the camera picture', () => {
  it('waits for the first frame of the preview', async () => {
    const video = document.createElement('video');
    let showing = false;
    const wait = whenShowing(video).then(() => (showing = true));
    await Promise.resolve();
    expect(showing).toBe(false);
    video.dispatchEvent(new Event('loadeddata'));
    await wait;
    expect(showing).toBe(true);
  });

  it('gives up waiting after the time limit, so an odd camera still gets its button', async () => {
    vi.useFakeTimers();
    const video = document.createElement('video');
    let showing = false;
    const wait = whenShowing(video, 5_000).then(() => (showing = true));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(showing).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await wait;
    expect(showing).toBe(true);
  });
});
