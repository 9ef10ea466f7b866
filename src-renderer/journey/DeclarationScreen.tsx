import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Procedure } from '../../src-shared/catalog';
import type { Language } from '../../src-shared/config/kiosk-config';
import { useServices } from '../app/services';
import { useKioskStore } from '../state/kiosk-store';
import { useJourneyStore, type JourneyStep } from '../state/journey-store';
import { CheckboxCards, ErrorSummary, PageLayout } from '../ui';
import { fileApplication, type FileFailure } from './file-application';
import { useStepErrors } from './useStepErrors';

export interface DeclarationScreenProps {
  procedure: Procedure;
  language: Language;
  progress: { current: number; total: number } | undefined;
  onBack(): void;
  /** Something is missing: go and answer it, then come back to check answers. */
  onFix(step: JourneyStep): void;
}

const DECLARATION_ID = 'declaration';

/** The resident declares the answers true, then "Gửi hồ sơ" stores the application durably. */
export function DeclarationScreen({ procedure, language, progress, onBack, onFix }: DeclarationScreenProps) {
  const { t } = useTranslation();
  const { db, bridge } = useServices();
  const intakeKey = useKioskStore((s) => s.config?.intakeKey);
  const declared = useJourneyStore((s) => s.declared);
  const setDeclared = useJourneyStore((s) => s.setDeclared);
  const confirm = useJourneyStore((s) => s.confirm);
  const { errors, setErrors, summary } = useStepErrors();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Exclude<FileFailure, 'incomplete'> | undefined>();

  const send = async () => {
    const state = useJourneyStore.getState();
    if (!state.declared) {
      setErrors([{ fieldId: DECLARATION_ID, message: { key: 'journey.declaration.required' } }]);
      return;
    }
    setErrors([]);
    setFailure(undefined);
    setBusy(true);
    const result = await fileApplication({
      db,
      procedure,
      answers: state.answers,
      documents: state.documents,
      contact: state.contact,
      intakeKey,
      sessionToken: state.sessionToken,
    });
    setBusy(false);
    if (result.ok) {
      confirm({ reference: result.reference, submittedAt: result.submittedAt, procedureId: procedure.id });
      return;
    }
    if (result.reason === 'incomplete') {
      onFix(result.pageId ? { kind: 'page', pageId: result.pageId } : { kind: 'check' });
      return;
    }
    bridge.log({ level: 'error', message: 'submit failed', context: { reason: result.reason, procedure: procedure.id } });
    setFailure(result.reason);
  };

  return (
    <PageLayout
      progress={progress}
      onBack={onBack}
      onContinue={() => void send()}
      continueLabel={t('journey.declaration.send')}
      continueBusy={busy}
      busyLabel={t('journey.declaration.sending')}
    >
      <ErrorSummary errors={summary} />
      {failure && (
        <div className="journey__notice journey__notice--error" role="alert">
          <h2>{t('journey.declaration.failedTitle')}</h2>
          <p>{t(`journey.declaration.failed.${failure}`)}</p>
        </div>
      )}
      <h1>{t('journey.declaration.heading')}</h1>
      <p className="journey__lead">{t('journey.declaration.lead', { procedure: procedure.title[language] })}</p>
      <ul className="journey__list">
        <li>{t('journey.declaration.truth')}</li>
        <li>{t('journey.declaration.law')}</li>
        <li>{t('journey.declaration.privacy')}</li>
      </ul>
      <CheckboxCards
        id={DECLARATION_ID}
        legend={t('journey.declaration.legend')}
        error={errors.length > 0 ? summary[0]?.message : undefined}
        options={[{ value: 'yes', label: t('journey.declaration.agree') }]}
        value={declared ? ['yes'] : []}
        onChange={(values) => {
          setDeclared(values.includes('yes'));
          if (values.includes('yes')) setErrors([]);
        }}
      />
    </PageLayout>
  );
}
