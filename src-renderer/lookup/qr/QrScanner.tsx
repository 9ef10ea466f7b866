import { useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { whenShowing } from '../../documents/camera-frame';
import { cameraErrorKey, openCamera, stopCamera } from '../../documents/camera-streams';
import { Button, FullScreenDialog, LiveRegion } from '../../ui';
import { decodeQr } from './decode-qr';
import { FrameReaderContext } from './frame-reader-context';
import { startScanLoop } from './scan-loop';
import { readScannedText } from './scanned-text';
import './QrScanner.css';

/** A light stream: frames are scaled down to 640 px for decoding anyway. */
export const SCAN_CONSTRAINTS: MediaStreamConstraints = {
  video: { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: 'environment' },
  audio: false,
};
/** The camera closes by itself after this long without our code (nobody is left filmed by a forgotten scan). */
export const SCAN_TIME_LIMIT_MS = 60_000;
/** About four frames a second: quick to answer, cheap on the kiosk's slow cores. */
export const SCAN_INTERVAL_MS = 250;

/** Why the scanner closed without a reference: Huỷ/Back, the time limit, or the camera could not be used. */
export type ScanEnd = { reason: 'cancel' } | { reason: 'timeout' } | { reason: 'camera'; messageKey: string };

export interface QrScannerProps {
  /** A receipt's reference was read; the camera is already stopped. */
  onReference(reference: string): void;
  onEnd(end: ScanEnd): void;
  timeLimitMs?: number;
  intervalMs?: number;
}

type Phase = 'starting' | 'looking' | 'foreign';

/** The camera's message key (documents.camera.denied…) → the lookup's own words for it (lookup.scan.denied…). */
function cameraMessageKey(error: unknown): string {
  return `lookup.scan.${cameraErrorKey(error).split('.').pop() ?? 'failed'}`;
}

/**
 * Full-screen live preview with a frame guide: decodes a few frames a second and hands back the first
 * receipt reference it reads. The camera is stopped on every way out: a reference, Huỷ, Escape, the time
 * limit, unmount (the session wipe and the idle timeout unmount it, and also stop every stream).
 */
export function QrScanner({ onReference, onEnd, timeLimitMs = SCAN_TIME_LIMIT_MS, intervalMs = SCAN_INTERVAL_MS }: QrScannerProps) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [phase, setPhase] = useState<Phase>('starting');
  // Read once: the callbacks may change identity on every render of the parent.
  const handlers = useRef({ onReference, onEnd });
  handlers.current = { onReference, onEnd };
  const makeReader = useContext(FrameReaderContext);
  const [readFrame] = useState(makeReader);
  // Ends the scan (stops the loop and the camera) exactly once, then tells the parent.
  const endRef = useRef<(then: () => void) => void>((then) => then());

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopLoop: (() => void) | undefined;
    let over = false;
    const finish = (then: () => void) => {
      if (over) return;
      over = true;
      clearTimeout(limit);
      stopLoop?.();
      stopCamera(stream);
      stream = null;
      then();
    };
    endRef.current = finish;
    const limit = setTimeout(() => finish(() => handlers.current.onEnd({ reason: 'timeout' })), timeLimitMs);

    openCamera(SCAN_CONSTRAINTS).then(
      (opened) => {
        if (over) return stopCamera(opened);
        stream = opened;
        const video = videoRef.current;
        if (!video) return;
        video.srcObject = opened;
        try {
          void Promise.resolve(video.play()).catch(() => undefined);
        } catch {
          // autoplay (muted) starts it anyway
        }
        void whenShowing(video).then(() => !over && setPhase((now) => (now === 'starting' ? 'looking' : now)));
        stopLoop = startScanLoop({
          read: () => readFrame(video),
          decode: decodeQr,
          intervalMs,
          onText: (text) => {
            const scanned = readScannedText(text);
            if (scanned.kind === 'reference') finish(() => handlers.current.onReference(scanned.reference));
            else setPhase('foreign'); // keep scanning: the resident may turn to the right paper
          },
        });
      },
      (error: unknown) => finish(() => handlers.current.onEnd({ reason: 'camera', messageKey: cameraMessageKey(error) })),
    );
    return () => finish(() => undefined);
  }, [timeLimitMs, intervalMs, readFrame]);

  const cancel = () => endRef.current(() => handlers.current.onEnd({ reason: 'cancel' }));
  const status = t(`lookup.scan.${phase}`);

  return (
    <FullScreenDialog
      open
      title={t('lookup.scan.title')}
      description={t('lookup.scan.help')}
      dismissible
      onClose={cancel}
      actions={
        <Button variant="secondary" size="large" onClick={cancel}>
          {t('lookup.scan.cancel')}
        </Button>
      }
    >
      <div className="lookup-scan">
        <div className="lookup-scan__view">
          <video ref={videoRef} className="lookup-scan__video" autoPlay muted playsInline aria-label={t('lookup.scan.previewLabel')} />
          <div className="lookup-scan__guide" aria-hidden="true" />
        </div>
        <div className={`lookup-scan__status lookup-scan__status--${phase}`}>
          <LiveRegion message={status} visible />
        </div>
      </div>
    </FullScreenDialog>
  );
}
