/**
 * Where the resident wants the "come and collect your result" notice: a mobile phone (SMS) and/or an email,
 * with their consent to be contacted. Shared by the kiosk (on Continue) and the intake server.
 * Input ids: `contact-phone`, `contact-email`, `contact-consent`.
 */
import { validateEmail } from '../validation/email';
import { validatePhone } from '../validation/phone';
import { isRecord, ownValue } from './answers';
import type { FieldMessage } from './types';

export interface CleanContact {
  /** National mobile number, e.g. 0912345678. */
  phone?: string;
  email?: string;
  consent: true;
}

export interface ContactValidation {
  errors: FieldMessage[];
  warnings: FieldMessage[];
  contact?: CleanContact;
}

export const CONTACT_INPUT_IDS = { phone: 'contact-phone', email: 'contact-email', consent: 'contact-consent' } as const;

function text(raw: unknown, key: string): string {
  const value = ownValue(raw, key);
  return typeof value === 'string' ? value : '';
}

/** Never throws: any input ends as errors with message keys, or a cleaned contact. */
export function validateContact(raw: unknown): ContactValidation {
  const errors: FieldMessage[] = [];
  const warnings: FieldMessage[] = [];
  const phoneRaw = text(raw, 'phone');
  const emailRaw = text(raw, 'email');
  const contact: Partial<CleanContact> = {};

  if (phoneRaw.trim() === '' && emailRaw.trim() === '') {
    errors.push({ fieldId: CONTACT_INPUT_IDS.phone, message: { key: 'form.contact.needOne' } });
  }
  if (phoneRaw.trim() !== '') {
    const phone = validatePhone(phoneRaw, { mobileOnly: true });
    if (phone.ok) contact.phone = phone.value.national;
    else errors.push({ fieldId: CONTACT_INPUT_IDS.phone, message: phone.error });
  }
  if (emailRaw.trim() !== '') {
    const email = validateEmail(emailRaw);
    if (email.ok) {
      contact.email = email.value;
      warnings.push(...email.warnings.map((message) => ({ fieldId: CONTACT_INPUT_IDS.email, message })));
    } else errors.push({ fieldId: CONTACT_INPUT_IDS.email, message: email.error });
  }
  if (!isRecord(raw) || ownValue(raw, 'consent') !== true) {
    errors.push({ fieldId: CONTACT_INPUT_IDS.consent, message: { key: 'form.contact.consent' } });
  }
  if (errors.length > 0) return { errors, warnings };
  return { errors, warnings, contact: { ...contact, consent: true } };
}
