import { useTranslation } from 'react-i18next';
import type { FieldMessage } from '../../src-shared/forms';
import { translateMessage } from '../i18n/message';
import './fields.css';

/**
 * Warnings for one field (e.g. the ID number does not match the birth year): shown next to it, never
 * blocking Continue. `id` is the field's input id; warnings on its parts (`${id}-day`) count too.
 */
export function FieldNotices({ id, warnings }: { id: string; warnings: readonly FieldMessage[] }) {
  const { t, i18n } = useTranslation();
  const mine = warnings.filter((w) => w.fieldId === id || w.fieldId.startsWith(`${id}-`));
  if (mine.length === 0) return null;
  return (
    <div className="fields-notice" role="note" id={`${id}-notice`}>
      <p className="fields-notice__title">{t('fields.notice.title')}</p>
      {mine.map((w, index) => (
        <p key={`${w.fieldId}-${index}`} className="fields-notice__text">
          {translateMessage(i18n, w.message)}
        </p>
      ))}
    </div>
  );
}
