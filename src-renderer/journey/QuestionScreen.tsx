import type { Procedure } from '../../src-shared/catalog';
import type { Language } from '../../src-shared/config/kiosk-config';
import { findPage, validatePage, type FieldMessage } from '../../src-shared/forms';
import { ReadAloudButton } from '../a11y';
import { FormPageFields } from '../fields/FormPageFields';
import { useJourneyStore } from '../state/journey-store';
import { ErrorSummary, PageLayout } from '../ui';
import { readAloudText } from './read-aloud-text';
import { useStepErrors } from './useStepErrors';

export interface QuestionScreenProps {
  procedure: Procedure;
  pageId: string;
  language: Language;
  defaultProvince: string;
  progress: { current: number; total: number } | undefined;
  onBack(): void;
  onContinue(): void;
}

/** One topic per page: its questions, validated on Continue with an error summary that takes focus. */
export function QuestionScreen({ procedure, pageId, language, defaultProvince, progress, onBack, onContinue }: QuestionScreenProps) {
  const answers = useJourneyStore((s) => s.answers);
  const setAnswer = useJourneyStore((s) => s.setAnswer);
  const { errors, setErrors, summary } = useStepErrors();
  const page = findPage(procedure.form, pageId);
  if (!page) return null;

  const warnings: FieldMessage[] = validatePage(procedure.form, pageId, answers).warnings;
  const submit = () => {
    const result = validatePage(procedure.form, pageId, useJourneyStore.getState().answers);
    setErrors(result.errors);
    if (result.errors.length === 0) onContinue();
  };

  return (
    <PageLayout progress={progress} onBack={onBack} continueFormId={`page-${pageId}`}>
      <ErrorSummary errors={summary} />
      <h1>{page.title[language]}</h1>
      <ReadAloudButton text={readAloudText(page, answers, language)} lang={language} />
      {page.hint && <p className="journey__lead">{page.hint[language]}</p>}
      <form
        id={`page-${pageId}`}
        noValidate
        aria-label={page.title[language]}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <FormPageFields
          page={page}
          answers={answers}
          errors={errors}
          warnings={warnings}
          language={language}
          defaultProvince={defaultProvince}
          onChange={setAnswer}
        />
      </form>
    </PageLayout>
  );
}
