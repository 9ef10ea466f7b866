import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, LiveRegion } from '../../ui';
import { QrScanner, type ScanEnd } from './QrScanner';
import { useCameraPresent } from './use-camera-present';

export interface ScanReceiptButtonProps {
  /** The reference read from the receipt's QR code: shown exactly as if typed. */
  onReference(reference: string): void;
}

/** What to say on the lookup page after the scanner closed without a reference (nothing after Huỷ). */
function endMessageKey(end: ScanEnd): string | null {
  if (end.reason === 'timeout') return 'lookup.scan.timeout';
  if (end.reason === 'camera') return end.messageKey;
  return null;
}

/**
 * "Quét mã QR trên giấy biên nhận": a big secondary button, only on a kiosk with a camera, that opens
 * the scanner. When the scanner closes without a reference, focus comes back to the button and the
 * reason (time limit, camera refused) is announced here, once the page is no longer inert.
 */
export function ScanReceiptButton({ onReference }: ScanReceiptButtonProps) {
  const { t } = useTranslation();
  const present = useCameraPresent();
  const [open, setOpen] = useState(false);
  const [ended, setEnded] = useState<ScanEnd | null>(null);
  const [messageKey, setMessageKey] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Once the dialog has unmounted (the page is live again, so screen readers hear the message).
  useEffect(() => {
    if (open || !ended) return;
    setMessageKey(endMessageKey(ended));
    setEnded(null);
    buttonRef.current?.focus();
  }, [open, ended]);

  if (!present) return null;
  return (
    <div className="lookup__scan">
      <p className="lookup__or">{t('lookup.scan.or')}</p>
      <Button
        ref={buttonRef}
        variant="secondary"
        size="large"
        className="lookup__scan-button"
        onClick={() => {
          setMessageKey(null);
          setOpen(true);
        }}
      >
        {t('lookup.scan.button')}
      </Button>
      <LiveRegion message={messageKey ? t(messageKey) : ''} visible />
      {open && (
        <QrScanner
          onReference={onReference}
          onEnd={(end) => {
            setOpen(false);
            setEnded(end);
          }}
        />
      )}
    </div>
  );
}
