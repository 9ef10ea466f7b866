import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FullScreenDialog, LiveRegion } from '../ui';
import { grabFrame, whenShowing } from './camera-frame';
import { cameraErrorKey, openCamera, stopCamera } from './camera-streams';
import { createObjectUrl, revokeObjectUrl } from './object-urls';
import './CameraCapture.css';

export interface CameraCaptureProps {
  open: boolean;
  /** How many more pages may be added; at 0 only "Xong" is offered. */
  room: number;
  /** Keep this photo as a page; resolves when it has been added (compression included). */
  onUse(photo: Blob): Promise<void>;
  /** Close the camera; `errorKey` is set when the camera could not be used (denied, missing, failed). */
  onClose(errorKey?: string): void;
}

type Phase = 'starting' | 'live' | 'still' | 'saving' | 'error';

/**
 * Full-screen camera: live preview, a big "Chụp" button, then the still with "Dùng ảnh này" / "Chụp lại";
 * several pages in a row; "Xong" closes. The stream is stopped on close and on unmount, always.
 */
export function CameraCapture(props: CameraCaptureProps) {
  if (!props.open) return null;
  return <OpenCamera {...props} />;
}

function OpenCamera({ room, onUse, onClose }: CameraCaptureProps) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const stillRef = useRef<{ blob: Blob; url: string } | null>(null);
  const captureRef = useRef<HTMLButtonElement>(null);
  const keepButtonRef = useRef<HTMLButtonElement>(null);
  const [phase, setPhase] = useState<Phase>('starting');
  const [errorKey, setErrorKey] = useState<string>();
  const [stillUrl, setStillUrl] = useState<string>();
  const [added, setAdded] = useState(0);

  useEffect(() => {
    let cancelled = false;
    openCamera().then(
      async (stream) => {
        if (cancelled) return stopCamera(stream);
        streamRef.current = stream;
        const video = videoRef.current;
        if (video) {
          video.srcObject = stream;
          try {
            void Promise.resolve(video.play()).catch(() => undefined);
          } catch {
            // autoplay (muted) starts it anyway
          }
          await whenShowing(video);
        }
        if (!cancelled) setPhase('live');
      },
      (error: unknown) => {
        if (cancelled) return;
        setErrorKey(cameraErrorKey(error));
        setPhase('error');
      },
    );
    return () => {
      cancelled = true;
      stopCamera(streamRef.current);
      streamRef.current = null;
      revokeObjectUrl(stillRef.current?.url);
      stillRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (phase === 'still') keepButtonRef.current?.focus();
    if (phase === 'live') captureRef.current?.focus();
  }, [phase]);

  const dropStill = () => {
    revokeObjectUrl(stillRef.current?.url);
    stillRef.current = null;
    setStillUrl(undefined);
  };

  const capture = async () => {
    const video = videoRef.current;
    if (!video) return;
    try {
      const blob = await grabFrame(video);
      const url = createObjectUrl(blob);
      stillRef.current = { blob, url };
      setStillUrl(url);
      setPhase('still');
    } catch {
      setErrorKey('documents.camera.captureFailed');
    }
  };

  const retake = () => {
    dropStill();
    setErrorKey(undefined);
    setPhase('live');
  };

  const keepPhoto = async () => {
    const still = stillRef.current;
    if (!still) return;
    setPhase('saving');
    try {
      await onUse(still.blob);
      setAdded((n) => n + 1);
      setErrorKey(undefined);
    } catch {
      setErrorKey('documents.camera.useFailed');
    }
    dropStill();
    setPhase('live');
  };

  const close = () => onClose(phase === 'error' ? errorKey : undefined);
  const full = room <= 0;
  const status = phase === 'saving' ? t('documents.busy') : added > 0 ? t('documents.camera.added', { count: added }) : '';

  const actions =
    phase === 'error' ? (
      <Button key="close" variant="primary" size="large" onClick={close}>
        {t('documents.camera.close')}
      </Button>
    ) : phase === 'still' || phase === 'saving' ? (
      <>
        <Button key="use" ref={keepButtonRef} variant="primary" size="large" busy={phase === 'saving'} busyLabel={t('documents.busy')} onClick={() => void keepPhoto()}>
          {t('documents.camera.use')}
        </Button>
        <Button key="retake" variant="secondary" size="large" onClick={retake} busy={phase === 'saving'}>
          {t('documents.camera.retake')}
        </Button>
      </>
    ) : (
      <>
        {!full && (
          <Button key="capture" ref={captureRef} variant="primary" size="large" busy={phase === 'starting'} busyLabel={t('documents.camera.starting')} onClick={() => void capture()}>
            {t('documents.camera.capture')}
          </Button>
        )}
        <Button key="done" variant="secondary" size="large" onClick={close}>
          {t('documents.camera.done')}
        </Button>
      </>
    );

  return (
    <FullScreenDialog open title={t('documents.camera.title')} description={phase === 'error' ? undefined : t('documents.camera.help')} actions={actions}>
      <div className="k-camera">
        <video
          ref={videoRef}
          className="k-camera__view"
          hidden={phase !== 'live' && phase !== 'starting'}
          autoPlay
          muted
          playsInline
          aria-label={t('documents.camera.previewLabel')}
        />
        {stillUrl !== undefined && (phase === 'still' || phase === 'saving') && (
          <img className="k-camera__view" src={stillUrl} alt={t('documents.camera.stillAlt')} />
        )}
        {errorKey !== undefined && (
          <p className="k-camera__error" role="alert">
            {t(errorKey)}
          </p>
        )}
        {full && phase !== 'error' && <p className="k-camera__full">{t('documents.camera.full')}</p>}
        <LiveRegion message={status} visible />
      </div>
    </FullScreenDialog>
  );
}
