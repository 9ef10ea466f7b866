/**
 * One-time enrollment codes: 12 characters of ENROLLMENT_CODE_ALPHABET drawn without bias, shown as
 * XXXX-XXXX-XXXX, stored only as their SHA-256 (the code has ~59 bits of randomness: no salt needed).
 */
import { createHash, randomInt } from 'node:crypto';
import { ENROLLMENT_CODE_ALPHABET, enrollmentCodeSchema } from '../../src-shared/protocol';

export function generateEnrollmentCode(): string {
  let code = '';
  for (let i = 0; i < 12; i++) code += ENROLLMENT_CODE_ALPHABET[randomInt(ENROLLMENT_CODE_ALPHABET.length)];
  return code;
}

export function formatEnrollmentCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}

/** The hash of a code as typed (any case, with or without dashes and spaces). */
export function hashEnrollmentCode(typed: string): string {
  const normalized = enrollmentCodeSchema.parse(typed);
  return createHash('sha256').update(`motcua-enrollment/1:${normalized}`).digest('hex');
}
