import { useTranslation } from 'react-i18next';
import { CONTACT_INPUT_IDS, validateContact } from '../../src-shared/forms';
import { messageAt } from '../fields/field-messages';
import { translateMessage } from '../i18n/message';
import { useJourneyStore } from '../state/journey-store';
import { CheckboxCards, ErrorSummary, PageLayout, TextInput } from '../ui';
import { useStepErrors } from './useStepErrors';

export interface ContactScreenProps {
  progress: { current: number; total: number } | undefined;
  onBack(): void;
  onContinue(): void;
}

/** Where the ward tells the resident the result is ready: mobile phone and/or email, with consent. */
export function ContactScreen({ progress, onBack, onContinue }: ContactScreenProps) {
  const { t, i18n } = useTranslation();
  const contact = useJourneyStore((s) => s.contact);
  const setContact = useJourneyStore((s) => s.setContact);
  const { errors, setErrors, summary } = useStepErrors();
  const errorFor = (id: string) => {
    const found = messageAt(errors, id);
    return found ? translateMessage(i18n, found.message) : undefined;
  };
  const warning = validateContact(contact).warnings[0];

  const submit = () => {
    const result = validateContact(useJourneyStore.getState().contact);
    setErrors(result.errors);
    if (result.errors.length === 0) onContinue();
  };

  return (
    <PageLayout progress={progress} onBack={onBack} continueFormId="contact-form">
      <ErrorSummary errors={summary} />
      <h1>{t('journey.contact.heading')}</h1>
      <p className="journey__lead">{t('journey.contact.lead')}</p>
      <form
        id="contact-form"
        noValidate
        aria-label={t('journey.contact.heading')}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <TextInput
          id={CONTACT_INPUT_IDS.phone}
          label={t('journey.contact.phone')}
          hint={t('journey.contact.phoneHint')}
          error={errorFor(CONTACT_INPUT_IDS.phone)}
          optional
          type="tel"
          inputMode="tel"
          autoComplete="off"
          width={12}
          value={contact.phone}
          onChange={(phone) => setContact({ phone })}
        />
        <TextInput
          id={CONTACT_INPUT_IDS.email}
          label={t('journey.contact.email')}
          hint={warning ? translateMessage(i18n, warning.message) : t('journey.contact.emailHint')}
          error={errorFor(CONTACT_INPUT_IDS.email)}
          optional
          type="email"
          inputMode="email"
          autoComplete="off"
          value={contact.email}
          onChange={(email) => setContact({ email })}
        />
        <CheckboxCards
          id={CONTACT_INPUT_IDS.consent}
          legend={t('journey.contact.consentLegend')}
          error={errorFor(CONTACT_INPUT_IDS.consent)}
          options={[{ value: 'yes', label: t('journey.contact.consent') }]}
          value={contact.consent ? ['yes'] : []}
          onChange={(values) => setContact({ consent: values.includes('yes') })}
        />
      </form>
    </PageLayout>
  );
}
