import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceSummary } from '../device/device-record';
import { useServices } from '../app/services';
import { Button, ErrorSummary, TextInput, type ErrorSummaryItem } from '../ui';
import { ErrorMessage } from '../ui/Field';
import { runEnrollment, type EnrollFlowFailure } from './enroll-flow';
import { checkEnrollmentCode, checkServerAddress } from './enrollment-input';
import { clearPendingEnrollment, peekPendingEnrollment } from './pending-enrollment';

const SERVER_ID = 'enroll-server';
const CODE_ID = 'enroll-code';
const SUBMIT_ID = 'enroll-submit';

type Errors = Partial<Record<typeof SERVER_ID | typeof CODE_ID | typeof SUBMIT_ID, string>>;
type FormState = 'idle' | 'busy' | 'reloading';

/** Which field a failed enrollment points at: the address, the code, or (server trouble) the button to try again. */
const FAILURE_FIELD: Record<EnrollFlowFailure, keyof Errors> = {
  'bad-address': SERVER_ID,
  unreachable: SERVER_ID,
  'save-failed': SERVER_ID,
  'code-invalid': CODE_ID,
  'server-error': SUBMIT_ID,
};

export interface EnrollmentFormProps {
  /** The server the page may reach now, prefilled. */
  configuredServerUrl: string | undefined;
  onEnrolled(device: DeviceSummary): void;
}

/**
 * Ward IT's enrollment: the server address and the one-time code, checked on submit with the journey's
 * error pattern (summary that takes focus, the same words by the field), then every answer of the server
 * in plain words. A different server means one reload (see enroll-flow.ts); the form then continues.
 */
export function EnrollmentForm({ configuredServerUrl, onEnrolled }: EnrollmentFormProps) {
  const { t } = useTranslation();
  const { db, bridge } = useServices();
  const [pending] = useState(peekPendingEnrollment);
  const [server, setServer] = useState(pending?.serverUrl ?? configuredServerUrl ?? '');
  const [code, setCode] = useState(pending?.code ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [state, setState] = useState<FormState>('idle');
  const continued = useRef(false);

  const attempt = async (serverText: string, codeText: string, continuing: boolean) => {
    const address = checkServerAddress(serverText);
    const checked = checkEnrollmentCode(codeText);
    const found: Errors = {};
    if (!address.ok) found[SERVER_ID] = t(address.reason === 'empty' ? 'admin.enroll.error.serverEmpty' : 'admin.enroll.error.serverFormat');
    if (!checked.ok) {
      found[CODE_ID] =
        checked.reason === 'empty'
          ? t('admin.enroll.error.codeEmpty')
          : checked.reason === 'length'
            ? t('admin.enroll.error.codeLength', { count: checked.length })
            : t('admin.enroll.error.codeCharacter', { character: checked.character });
    }
    setErrors(found);
    if (!address.ok || !checked.ok) return;
    setState('busy');
    const result = await runEnrollment({ db, bridge, configuredServerUrl, address, code: checked.code, continuing });
    if (result.kind === 'reloading') {
      setState('reloading');
      return;
    }
    setState('idle');
    if (result.kind === 'enrolled') {
      setCode('');
      onEnrolled(result.device);
      return;
    }
    setErrors({ [FAILURE_FIELD[result.reason]]: t(`admin.enroll.failure.${result.reason}`) });
  };

  // Back from the reload to the new server: carry on with what ward IT typed, once, and forget the code.
  useEffect(() => {
    if (!pending || continued.current) return;
    continued.current = true;
    clearPendingEnrollment();
    void attempt(pending.serverUrl, pending.code, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on the first render after the reload
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (state === 'idle') void attempt(server, code, false);
  };

  const summary: ErrorSummaryItem[] = [SERVER_ID, CODE_ID, SUBMIT_ID].flatMap((fieldId) => {
    const message = errors[fieldId as keyof Errors];
    return message ? [{ fieldId, message }] : [];
  });

  return (
    <section className="admin__section" aria-labelledby="enroll-heading">
      <h2 id="enroll-heading">{t('admin.enroll.heading')}</h2>
      <p>{t('admin.enroll.lead')}</p>
      <ErrorSummary errors={summary} />
      <form noValidate onSubmit={submit} className="admin__form">
        <TextInput
          id={SERVER_ID}
          label={t('admin.enroll.serverLabel')}
          hint={t('admin.enroll.serverHint')}
          error={errors[SERVER_ID]}
          value={server}
          onChange={setServer}
          inputMode="email"
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          maxLength={300}
        />
        <TextInput
          id={CODE_ID}
          label={t('admin.enroll.codeLabel')}
          hint={t('admin.enroll.codeHint')}
          error={errors[CODE_ID]}
          value={code}
          onChange={setCode}
          width={20}
          // Plain Latin on the on-screen keyboard: Telex would turn "AA" into "Â".
          inputMode="email"
          autoCapitalize="characters"
          autoComplete="off"
          autoCorrect="off"
          maxLength={40}
          className="admin__code"
        />
        <ErrorMessage id={`${SUBMIT_ID}-error`}>{errors[SUBMIT_ID]}</ErrorMessage>
        <Button
          id={SUBMIT_ID}
          type="submit"
          size="large"
          busy={state !== 'idle'}
          busyLabel={state === 'reloading' ? t('admin.enroll.reloading') : t('admin.enroll.busy')}
          aria-describedby={errors[SUBMIT_ID] ? `${SUBMIT_ID}-error` : undefined}
        >
          {t('admin.enroll.submit')}
        </Button>
      </form>
    </section>
  );
}
