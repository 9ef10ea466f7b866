import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../src-shared/catalog';
import type { NormalizeReferenceResult } from '../../src-shared/reference';
import { useScreenStore } from '../state/screen-store';
import type { KioskDb } from '../storage/db';
import { Button, ErrorSummary, PageLayout, TextInput } from '../ui';
import { readLookupInput } from './lookup-input';
import { useLookupStore } from './lookup-store';
import { LookupResult } from './LookupResult';
import { ScanReceiptButton } from './qr/ScanReceiptButton';
import { useTypeIntoField } from './useTypeIntoField';
import './lookup.css';

const FIELD_ID = 'lookup-reference';

type Refusal = Exclude<NormalizeReferenceResult, { ok: true }>;

function useRefusalText() {
  const { t } = useTranslation();
  return (refusal: Refusal): string => {
    switch (refusal.reason) {
      case 'empty':
        return t('lookup.error.empty');
      case 'character':
        return t('lookup.error.character', { character: refusal.character });
      case 'check':
        return t('lookup.error.check');
      default:
        return t('lookup.error.length');
    }
  };
}

/** One field for the reference on the receipt (typed, or the receipt's QR code through a USB scanner). */
function LookupForm() {
  const { t } = useTranslation();
  const input = useLookupStore((s) => s.input);
  const setInput = useLookupStore((s) => s.setInput);
  const show = useLookupStore((s) => s.show);
  const reset = useLookupStore((s) => s.reset);
  const toScreen = useScreenStore((s) => s.show);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const refusalText = useRefusalText();
  const message = refusal ? refusalText(refusal) : undefined;

  // The field is not focused at once: the on-screen keyboard would open and hide the scan button. A USB
  // scanner (a keyboard to the page) still lands in the field: its first character moves focus there.
  useTypeIntoField(FIELD_ID);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = readLookupInput(input);
    if (!result.ok) {
      setRefusal(result);
      return;
    }
    setRefusal(null);
    show(result.code);
  };

  return (
    <PageLayout
      onBack={() => {
        reset();
        toScreen('start');
      }}
      backLabel={t('lookup.back')}
    >
      <ErrorSummary errors={message ? [{ fieldId: FIELD_ID, message }] : []} />
      <h1>{t('lookup.heading')}</h1>
      <p className="lookup__lead">{t('lookup.lead')}</p>
      <form noValidate onSubmit={submit} className="lookup__form">
        <TextInput
          id={FIELD_ID}
          label={t('lookup.label')}
          hint={t('lookup.hint')}
          error={message}
          value={input}
          onChange={setInput}
          width={12}
          maxLength={64}
          // Plain Latin letters and digits on the on-screen keyboard (no Telex turning "aa" into "â").
          inputMode="email"
          autoCapitalize="characters"
          autoComplete="off"
          autoCorrect="off"
          className="lookup__code"
        />
        {/* Right under the field, so it stays in sight above the on-screen keyboard ("Tiếp" comes here too). */}
        <Button type="submit" size="large" className="lookup__submit">
          {t('lookup.submit')}
        </Button>
      </form>
      {/* After the form: with the keyboard open under the field, "Tra cứu" stays in sight above it. */}
      <ScanReceiptButton
        onReference={(code) => {
          setRefusal(null);
          show(code);
        }}
      />
    </PageLayout>
  );
}

export interface LookupScreenProps {
  db: KioskDb;
  /** For the procedure's name and what to bring; the receipt's code is shown when it is missing. */
  catalog: Catalog | undefined;
}

/** "Tra cứu hồ sơ": the resident's status lookup by the reference on their receipt. */
export function LookupScreen({ db, catalog }: LookupScreenProps) {
  const reference = useLookupStore((s) => s.reference);
  useEffect(() => {
    window.scrollTo?.(0, 0);
    if (reference !== null) document.getElementById('main-content')?.focus({ preventScroll: true });
  }, [reference]);
  return reference === null ? <LookupForm /> : <LookupResult db={db} reference={reference} catalog={catalog} />;
}
