/**
 * The result every shared validator returns. Validators never throw: any input (wrong type, huge,
 * hostile) ends as `{ ok: false, error }` with a message key the kiosk can show.
 */

/** An i18n message: `key` is a key of `validationMessagesVi`/`En`, `params` fills its `{{placeholders}}`. */
export interface MessageRef {
  key: string;
  params?: Record<string, string | number>;
}

export type Validation<T> = { ok: true; value: T; warnings: MessageRef[] } | { ok: false; error: MessageRef };

/** A passing result, with optional warnings (shown, but they do not block). */
export function valid<T>(value: T, warnings: MessageRef[] = []): Validation<T> {
  return { ok: true, value, warnings };
}

/** A failing result. */
export function invalid<T = never>(key: string, params?: Record<string, string | number>): Validation<T> {
  return params === undefined ? { ok: false, error: { key } } : { ok: false, error: { key, params } };
}

/** Raw input as a string, or null when it is not one (undefined, null, numbers, objects...). */
export function asText(raw: unknown): string | null {
  return typeof raw === 'string' ? raw : null;
}
