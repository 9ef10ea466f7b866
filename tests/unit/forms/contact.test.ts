import { describe, expect, it } from 'vitest';
import { validateContact } from '../../../src-shared/forms';
import { formMessagesEn, formMessagesVi } from '../../../src-shared/forms/messages';

const keys = (raw: unknown) => validateContact(raw).errors.map((e) => `${e.fieldId}:${e.message.key}`);

describe('contact for the result', () => {
  it('needs a mobile phone or an email, and the consent', () => {
    expect(keys({ phone: '', email: '', consent: false })).toEqual(['contact-phone:form.contact.needOne', 'contact-consent:form.contact.consent']);
    expect(formMessagesVi.form.contact.needOne).toContain('điện thoại di động');
    expect(formMessagesEn.form.contact.consent).toContain('Tick the box');
  });

  it('cleans a mobile number to its national form and keeps the email', () => {
    const result = validateContact({ phone: '+84 912 345 678', email: ' hoa@gmail.com ', consent: true });
    expect(result.errors).toEqual([]);
    expect(result.contact).toEqual({ phone: '0912345678', email: 'hoa@gmail.com', consent: true });
  });

  it('refuses a landline (it cannot receive the text message) and a bad email, each at its own box', () => {
    expect(keys({ phone: '024 3826 1234', consent: true })).toEqual(['contact-phone:validation.phone.landline']);
    expect(keys({ email: 'hoa.gmail.com', consent: true })).toEqual(['contact-email:validation.email.missingAt']);
  });

  it('never throws on hostile input and never accepts it', () => {
    for (const raw of [null, 42, 'text', [], { phone: 12, consent: 'yes' }, JSON.parse('{"__proto__":{"consent":true},"phone":"0912345678"}')]) {
      const result = validateContact(raw);
      expect(result.contact).toBeUndefined();
      expect(result.errors.length).toBeGreaterThan(0);
    }
  });

  it('refuses an emoji or markup where the phone number goes', () => {
    expect(validateContact({ phone: '0912😀345678', consent: true }).contact).toBeUndefined();
    expect(validateContact({ email: '<script>@x.vn', consent: true }).contact).toBeUndefined();
  });
});
