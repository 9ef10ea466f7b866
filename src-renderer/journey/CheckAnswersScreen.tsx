import { useTranslation } from 'react-i18next';
import type { Procedure } from '../../src-shared/catalog';
import type { Language } from '../../src-shared/config/kiosk-config';
import { answerSummary, isShown, validateForm } from '../../src-shared/forms';
import { formatPhoneForDisplay } from '../../src-shared/validation/phone';
import { adminUnitLabels } from '../fields/admin-unit-labels';
import { useJourneyStore, type JourneyStep } from '../state/journey-store';
import { Button, PageLayout } from '../ui';

export interface CheckAnswersScreenProps {
  procedure: Procedure;
  language: Language;
  progress: { current: number; total: number } | undefined;
  onBack(): void;
  onContinue(): void;
  /** A Change link: go to that step and come back here after it. */
  onChange(step: JourneyStep): void;
}

interface Row {
  key: string;
  label: string;
  value: string;
  step: JourneyStep;
}

function ChangeLink({ label, onClick }: { label: string; onClick(): void }) {
  const { t } = useTranslation();
  return (
    // The visible word starts the accessible name (WCAG 2.5.3), the answer's question follows.
    <Button variant="link" guardMs={0} className="check__change" aria-label={`${t('journey.check.change')} ${label}`} onClick={onClick}>
      {t('journey.check.change')}
    </Button>
  );
}

/** Every answer with a Change link per answer; Continue goes to the declaration. */
export function CheckAnswersScreen({ procedure, language, progress, onBack, onContinue, onChange }: CheckAnswersScreenProps) {
  const { t } = useTranslation();
  const answers = useJourneyStore((s) => s.answers);
  const documents = useJourneyStore((s) => s.documents);
  const contact = useJourneyStore((s) => s.contact);
  const validation = validateForm(procedure.form, answers);
  const rows = answerSummary(procedure.form, validation.answers, adminUnitLabels, language);

  const sections = procedure.form.pages
    .map((page) => ({
      id: page.id,
      title: page.title[language],
      rows: rows
        .filter((r) => r.pageId === page.id)
        .map((r): Row => ({ key: r.fieldId, label: r.label, value: r.displayValue, step: { kind: 'page', pageId: page.id } })),
    }))
    .filter((s) => s.rows.length > 0);

  const documentRows: Row[] = procedure.attach
    .filter((slot) => isShown(slot, answers))
    .map((slot) => ({
      key: slot.id,
      label: slot.label[language],
      value: t('journey.check.pages', { count: documents[slot.id]?.length ?? 0 }),
      step: { kind: 'documents', slotId: slot.id },
    }));
  if (documentRows.length > 0) sections.push({ id: 'documents', title: t('journey.check.documents'), rows: documentRows });

  const contactRows: Row[] = [
    { key: 'phone', label: t('journey.contact.phone'), value: contact.phone.trim() === '' ? '—' : formatPhoneForDisplay(contact.phone), step: { kind: 'contact' } },
    { key: 'email', label: t('journey.contact.email'), value: contact.email.trim() === '' ? '—' : contact.email.trim(), step: { kind: 'contact' } },
  ];
  sections.push({ id: 'contact', title: t('journey.contact.heading'), rows: contactRows });

  const firstIncomplete = validation.pages.find((p) => p.errors.length > 0);

  return (
    <PageLayout
      progress={progress}
      onBack={onBack}
      onContinue={() => (firstIncomplete ? onChange({ kind: 'page', pageId: firstIncomplete.pageId }) : onContinue())}
    >
      <h1>{t('journey.check.heading')}</h1>
      <p className="journey__lead">{t('journey.check.lead')}</p>
      {firstIncomplete && (
        <div className="journey__notice journey__notice--warning" role="note">
          {t('journey.check.incomplete')}
        </div>
      )}
      {sections.map((section) => (
        <section key={section.id} className="check__section" aria-labelledby={`check-${section.id}`}>
          <h2 id={`check-${section.id}`}>{section.title}</h2>
          <dl className="check__list">
            {section.rows.map((row) => (
              <div key={row.key} className="check__row">
                <dt className="check__label">{row.label}</dt>
                <dd className="check__value">{row.value}</dd>
                <dd className="check__action">
                  <ChangeLink label={row.label} onClick={() => onChange(row.step)} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </PageLayout>
  );
}
