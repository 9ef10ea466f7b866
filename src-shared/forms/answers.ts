/**
 * Answers as the kiosk holds them while the resident types (raw, per field type), and the cleaned values
 * the engine returns for storing and sending. Raw answers come from the UI or, on the server, from the
 * network: they are read defensively (own keys only, null-prototype maps, size caps), never trusted.
 */

/** Three date boxes as typed. */
export interface DateAnswer {
  day: string;
  month: string;
  year: string;
}

/** Province and ward codes from the pickers, house number and street as typed. */
export interface AddressAnswer {
  province: string;
  ward: string;
  street: string;
}

/**
 * A raw answer: text-like fields (text, fullName, personalId, phone, email, select, year, number) are the
 * string as typed; date → three boxes; yesNo → boolean; address → three parts; group → one map per item.
 */
export type AnswerValue = string | boolean | DateAnswer | AddressAnswer | Answers[];

export type Answers = Record<string, AnswerValue>;

/** A cleaned address: codes checked, street NFC and single-spaced. */
export interface CleanAddress {
  province: string;
  ward: string;
  street: string;
}

/**
 * A cleaned value, ready to store: text NFC; date → ISO `YYYY-MM-DD`; year and number → number;
 * personalId → its 12 digits; phone → national form `0912345678`; yesNo → boolean; select → option value.
 */
export type CleanValue = string | number | boolean | CleanAddress | CleanAnswers[];

export type CleanAnswers = Record<string, CleanValue>;

/** Most keys read from one answer map (a form has at most 40 pages × 30 fields). */
export const MAX_ANSWER_KEYS = 2000;
/** Most items read from a repeatable group, whatever its maxItems (a longer list is judged too long). */
export const MAX_GROUP_READ = 100;

const IDENTIFIER = /^[a-z][a-zA-Z0-9]*$/;

/** A null-prototype map: no inherited keys, `__proto__` is an ordinary key. */
export function emptyMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** True for a non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of an own property, or undefined (never an inherited one, never a getter that throws). */
export function ownValue(source: unknown, key: string): unknown {
  if (!isRecord(source)) return undefined;
  try {
    const descriptor = Object.getOwnPropertyDescriptor(source, key);
    return descriptor && 'value' in descriptor ? (descriptor.value as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Any value as an answer map: own enumerable keys that are field identifiers only (so `__proto__`,
 * `constructor`-like tricks via non-identifiers and symbols are dropped), copied into a null-prototype map.
 * Values are kept as they are: the field validators judge them.
 */
export function readAnswers(raw: unknown): Record<string, unknown> {
  const out = emptyMap<unknown>();
  if (!isRecord(raw)) return out;
  let keys: string[];
  try {
    keys = Object.keys(raw);
  } catch {
    return out;
  }
  let count = 0;
  for (const key of keys) {
    if (count >= MAX_ANSWER_KEYS) break;
    if (!IDENTIFIER.test(key) || key.length > 40) continue;
    const value = ownValue(raw, key);
    if (value === undefined) continue;
    out[key] = value;
    count++;
  }
  return out;
}

/** True when nothing was given: undefined/null, blank text, all date boxes or address parts blank, empty list. */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) {
    const parts = ['day', 'month', 'year', 'province', 'ward', 'street'].map((k) => ownValue(value, k));
    return parts.every((p) => p === undefined || p === null || (typeof p === 'string' && p.trim() === ''));
  }
  return false;
}
