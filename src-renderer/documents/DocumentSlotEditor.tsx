import { useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentSlot } from '../../src-shared/catalog/procedure-schema';
import type { MessageRef } from '../../src-shared/validation/result';
import { Button, LiveRegion } from '../ui';
import { ErrorMessage, fieldIds, Hint } from '../ui/Field';
import { capacity, importFiles, nextPageIds, pageFromPhoto } from './add-pages';
import { CameraCapture } from './CameraCapture';
import { hasCameraApi } from './camera-streams';
import { revokeObjectUrl } from './object-urls';
import { PageList } from './PageList';
import type { CapturedPage } from './types';
import './DocumentSlotEditor.css';

export interface DocumentSlotEditorProps {
  slot: AttachmentSlot;
  language: 'vi' | 'en';
  pages: CapturedPage[];
  onChange(pages: CapturedPage[]): void;
  error?: string;
  idPrefix?: string;
  /** Pages the whole application may still take (other slots count too); default MAX_ATTACHMENTS_PER_APPLICATION. */
  remainingForApplication?: number;
}

/**
 * One document slot: its hint, the pages added so far (large thumbnails, each removable), a page count,
 * and two ways to add pages: the kiosk camera and choosing files. Refused files are listed, one line each.
 */
export function DocumentSlotEditor({ slot, language, pages, onChange, error, idPrefix, remainingForApplication }: DocumentSlotEditorProps) {
  const { t } = useTranslation();
  const id = idPrefix ?? `doc-${slot.id}`;
  const ids = fieldIds(id);
  const inputRef = useRef<HTMLInputElement>(null);
  const pagesRef = useRef(pages);
  useLayoutEffect(() => {
    pagesRef.current = pages; // the latest pages for async additions (several camera photos in a row)
  }, [pages]);
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<MessageRef[]>([]);
  const [cameraOpen, setCameraOpen] = useState(false);
  const [status, setStatus] = useState('');

  const { room } = capacity({ slot, existing: pages, remainingForApplication });
  const acceptsImages = slot.accept.includes('image');
  const showCamera = acceptsImages && hasCameraApi();
  const accept = [acceptsImages && 'image/jpeg,image/png,image/webp', slot.accept.includes('pdf') && 'application/pdf'].filter(Boolean).join(',');

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = ''; // choosing the same file again fires change again
    if (files.length === 0) return;
    setBusy(true);
    setMessages([]);
    try {
      const result = await importFiles(files, { slot, existing: pagesRef.current, remainingForApplication });
      setMessages(result.rejections);
      if (result.pages.length > 0) {
        onChange([...pagesRef.current, ...result.pages]);
        setStatus(t('documents.added', { count: result.pages.length }));
      }
    } finally {
      setBusy(false);
    }
  };

  const onPhoto = async (photo: Blob) => {
    const [pageId] = nextPageIds(slot.id, pagesRef.current, 1);
    const page = await pageFromPhoto(photo, pageId!, 'camera');
    const next = [...pagesRef.current, page];
    pagesRef.current = next;
    onChange(next);
  };

  const remove = (index: number) => {
    const page = pages[index];
    if (!page) return;
    revokeObjectUrl(page.previewUrl);
    onChange(pages.filter((_, i) => i !== index));
    setStatus(t('documents.removed', { n: index + 1 }));
    setMessages([]);
  };

  const full = room <= 0;
  return (
    <div className={['k-documents', error ? 'k-form-group--error' : ''].filter(Boolean).join(' ')}>
      <Hint id={ids.hint}>{slot.hint[language]}</Hint>
      <ErrorMessage id={ids.error}>{error}</ErrorMessage>
      <p className="k-documents__count">{t('documents.count', { count: pages.length, max: slot.maxFiles })}</p>
      <PageList pages={pages} onRemove={remove} />
      {full && <p className="k-documents__full">{t('documents.full')}</p>}
      <div className="k-documents__actions">
        {showCamera && (
          <Button id={id} variant="primary" size="large" disabled={full} busy={busy} busyLabel={t('documents.busy')} onClick={() => setCameraOpen(true)}>
            {t('documents.cameraButton')}
          </Button>
        )}
        <Button
          id={showCamera ? `${id}-file` : id}
          variant={showCamera ? 'secondary' : 'primary'}
          size="large"
          disabled={full}
          busy={busy}
          busyLabel={t('documents.busy')}
          aria-describedby={[ids.hint, error ? ids.error : ''].filter(Boolean).join(' ')}
          onClick={() => inputRef.current?.click()}
        >
          {t('documents.fileButton')}
        </Button>
        <input
          ref={inputRef}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          accept={accept}
          multiple
          data-testid={`${id}-input`}
          onChange={(event) => void onFiles(event)}
        />
      </div>
      <div role="alert" className="k-documents__messages">
        {messages.length > 0 && (
          <ul>
            {messages.map((message, i) => (
              <li key={i}>{t(message.key, { ...message.params })}</li>
            ))}
          </ul>
        )}
      </div>
      <LiveRegion message={busy ? t('documents.busy') : status} />
      <CameraCapture
        open={cameraOpen}
        room={room}
        onUse={onPhoto}
        onClose={(errorKey) => {
          setCameraOpen(false);
          setMessages(errorKey ? [{ key: errorKey }] : []);
        }}
      />
    </div>
  );
}
