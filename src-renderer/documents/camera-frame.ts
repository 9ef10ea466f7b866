/** Take the current frame of a playing <video> as a full-resolution JPEG (compressed later like any photo). */
export async function grabFrame(video: HTMLVideoElement): Promise<Blob> {
  const width = video.videoWidth;
  const height = video.videoHeight;
  if (width === 0 || height === 0) throw new Error('camera not ready');
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('2d context unavailable');
  context.drawImage(video, 0, 0, width, height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('capture failed'))), 'image/jpeg', 0.92);
  });
}

/**
 * Resolves when the <video> shows the camera's first picture, or after `timeoutMs` (a slow or odd camera
 * still gets its "Chụp" button; a capture that finds no picture then asks to try again). Until then the
 * button says "Đang mở máy ảnh…": a tap on a black preview would only give an error.
 */
export function whenShowing(video: HTMLVideoElement, timeoutMs = 5_000): Promise<void> {
  if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      video.removeEventListener('loadeddata', done);
      video.removeEventListener('playing', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    video.addEventListener('loadeddata', done);
    video.addEventListener('playing', done);
  });
}
