/**
 * The server is the authority on an application: it opens the envelope and checks it with the same
 * schemas and form rules as the kiosk. Any problem is an HttpError (422 with the fields, mostly).
 */
import { webcrypto } from 'node:crypto';
import { GCM_TAG_BYTES } from '../../src-shared/crypto/envelope-schema';
import { openApplication, type CryptoLike } from '../../src-shared/crypto';
import { validateContact, validateForm, type FieldMessage } from '../../src-shared/forms';
import { sealedApplicationDataSchema, type FieldError, type SubmitApplicationRequest } from '../../src-shared/protocol';
import type { ServerCatalog } from '../catalog/server-catalog';
import { HttpError } from '../errors';
import { rawAnswersFor } from './raw-answers';
import type { KeyRing } from '../keys/server-keys';

export const nodeCrypto = webcrypto as unknown as CryptoLike;

const invalid = (message: string, fields: FieldError[]) => new HttpError(422, 'invalid-application', message, { fields: fields.slice(0, 200) });
const toFieldErrors = (messages: readonly FieldMessage[]): FieldError[] =>
  messages.map((m) => ({ field: m.fieldId.slice(0, 200), key: m.message.key.slice(0, 100) }));

/** Opens the envelope with the key it names. */
export async function openEnvelope(keys: KeyRing, clientId: string, envelope: SubmitApplicationRequest['envelope']) {
  const key = keys.byKid(envelope.kid);
  if (!key) throw new HttpError(422, 'unknown-key', `the envelope is sealed to key "${envelope.kid}", which this server does not have`);
  const opened = await openApplication({ crypto: nodeCrypto, privateKey: key.privateKey, kid: key.kid, envelope, clientId });
  if (!opened.ok) throw new HttpError(422, 'cannot-open', `the envelope cannot be opened (${opened.reason})`);
  return opened;
}

/** Checks the application; returns the opened envelope (its content key decrypts the attachments). */
export async function checkSubmission(keys: KeyRing, catalog: ServerCatalog, clientId: string, request: SubmitApplicationRequest): Promise<Awaited<ReturnType<typeof openEnvelope>>> {
  const opened = await openEnvelope(keys, clientId, request.envelope);
  const sealed = sealedApplicationDataSchema.safeParse(opened.payload);
  if (!sealed.success) throw new HttpError(422, 'cannot-open', 'the sealed payload is not an application (procedure, answers, contact)');
  const data = sealed.data;
  const mismatched = (['procedureId', 'procedureCode', 'catalogVersion', 'submittedAt'] as const).filter((k) => data[k] !== request[k]);
  if (mismatched.length > 0) {
    throw invalid(`the sealed ${mismatched.join(', ')} differ from the plaintext ones`, mismatched.map((field) => ({ field, key: 'protocol.sealedMismatch' })));
  }

  const found = catalog.find(request.procedureId, request.catalogVersion);
  if (!found.ok) {
    throw found.reason === 'unknown-procedure'
      ? new HttpError(422, 'unknown-procedure', `this server has no procedure "${request.procedureId}"`)
      : new HttpError(422, 'unknown-catalog-version', `this server does not know catalog version ${request.catalogVersion} of "${request.procedureId}"`);
  }
  const { procedure } = found;
  if (procedure.code !== request.procedureCode) {
    throw invalid(`procedure "${procedure.id}" has the code ${procedure.code}`, [{ field: 'procedureCode', key: 'protocol.procedureCode' }]);
  }

  const form = validateForm(procedure.form, rawAnswersFor(procedure.form, data.answers), { today: new Date(request.submittedAt) });
  const contact = validateContact(data.contact);
  const errors = [...toFieldErrors(form.errors), ...toFieldErrors(contact.errors)];
  if (errors.length > 0) throw invalid(`the application is not complete: ${errors.length} problem(s)`, errors);

  const manifest = new Map(opened.attachments.map((a) => [a.id, a]));
  const fields: FieldError[] = [];
  request.attachments.forEach((descriptor, i) => {
    const entry = manifest.get(descriptor.id);
    if (!entry) fields.push({ field: `attachments[${i}]`, key: 'protocol.attachmentNotSealed' });
    else if (entry.size + GCM_TAG_BYTES !== descriptor.size) fields.push({ field: `attachments[${i}].size`, key: 'protocol.attachmentSize' });
  });
  const declared = new Set(request.attachments.map((a) => a.id));
  for (const entry of opened.attachments) {
    if (!declared.has(entry.id)) fields.push({ field: `attachments.${entry.id}`, key: 'protocol.attachmentNotDeclared' });
  }
  if (fields.length > 0) throw invalid('the attachments do not match the sealed manifest', fields);
  return opened;
}
