import { useTranslation } from 'react-i18next';
import { Button } from '../ui';
import type { CapturedPage } from './types';

export interface PageListProps {
  pages: readonly CapturedPage[];
  onRemove(index: number): void;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The pages added so far: photos as large thumbnails, PDFs as an icon with name and size; each removable. */
export function PageList({ pages, onRemove }: PageListProps) {
  const { t } = useTranslation();
  if (pages.length === 0) return null;
  return (
    <ol className="k-pages">
      {pages.map((page, index) => {
        const n = index + 1;
        return (
          <li key={page.id} className="k-pages__item">
            {page.mimeType === 'application/pdf' ? (
              <div className="k-pages__pdf">
                <span className="k-pages__pdf-icon" aria-hidden="true">
                  PDF
                </span>
                <span>{t('documents.pdfPage', { n, name: page.fileName ?? t('documents.pdfUnnamed'), size: sizeText(page.bytes.byteLength) })}</span>
              </div>
            ) : (
              <img className="k-pages__thumb" src={page.previewUrl} alt={t('documents.photoAlt', { n })} />
            )}
            <Button variant="secondary" onClick={() => onRemove(index)}>
              {t('documents.remove', { n })}
            </Button>
          </li>
        );
      })}
    </ol>
  );
}
