import { stopAllCameras } from './camera-streams';
import { disposeCompressor } from './compress';
import { revokeAllObjectUrls } from './object-urls';

/**
 * The document part of a session wipe: every preview object URL revoked, every camera stream stopped,
 * the compression worker (which may hold a photo) stopped. The pages themselves live in the journey
 * store, which the wipe clears separately.
 */
export function releaseDocumentResources(): { urls: number; cameras: number } {
  const cameras = stopAllCameras();
  const urls = revokeAllObjectUrls();
  disposeCompressor();
  return { urls, cameras };
}
