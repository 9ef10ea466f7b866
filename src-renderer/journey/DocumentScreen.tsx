import { useTranslation } from 'react-i18next';
import type { AttachmentSlot } from '../../src-shared/catalog';
import type { Language } from '../../src-shared/config/kiosk-config';
import { slotError } from '../../src-shared/files';
import type { CapturedPage } from '../documents/types';
import { DocumentSlotEditor } from '../documents/DocumentSlotEditor';
import { useJourneyStore } from '../state/journey-store';
import { ErrorSummary, PageLayout } from '../ui';
import { useStepErrors } from './useStepErrors';

const NO_PAGES: CapturedPage[] = [];

export interface DocumentScreenProps {
  slot: AttachmentSlot;
  language: Language;
  /** Pages the application may still take, counting every other slot's pages. */
  remainingForApplication: number;
  progress: { current: number; total: number } | undefined;
  onBack(): void;
  onContinue(): void;
}

/** One document per page: what it is, then photos or files of it. A required document must have a page. */
export function DocumentScreen({ slot, language, remainingForApplication, progress, onBack, onContinue }: DocumentScreenProps) {
  const { t } = useTranslation();
  const pages = useJourneyStore((s) => s.documents[slot.id] ?? NO_PAGES);
  const setDocuments = useJourneyStore((s) => s.setDocuments);
  const { setErrors, summary } = useStepErrors();
  const inputId = `doc-${slot.id}`;
  const error = summary[0]?.message;

  const submit = () => {
    const problem = slotError(slot, (useJourneyStore.getState().documents[slot.id] ?? []).length);
    if (problem) {
      setErrors([{ fieldId: inputId, message: problem }]);
      return;
    }
    setErrors([]);
    onContinue();
  };

  return (
    <PageLayout progress={progress} onBack={onBack} onContinue={submit}>
      <ErrorSummary errors={summary} />
      <h1>
        {slot.label[language]}
        {!slot.required && <span className="k-label__optional"> {t('ui.field.optional')}</span>}
      </h1>
      <DocumentSlotEditor
        slot={slot}
        language={language}
        pages={pages}
        onChange={(next) => {
          setDocuments(slot.id, next);
          if (!slotError(slot, next.length)) setErrors([]);
        }}
        error={error}
        idPrefix={inputId}
        remainingForApplication={remainingForApplication}
      />
    </PageLayout>
  );
}
