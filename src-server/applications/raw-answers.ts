/**
 * The kiosk seals the CLEANED answers of `validateForm` (dates as ISO `YYYY-MM-DD`, years and numbers as
 * numbers); `validateForm` reads RAW answers (three date boxes, numbers as typed text). To run the same
 * rules on the server, cleaned values are turned back into the raw shape they came from; values already
 * raw pass unchanged, and anything else is left for `validateForm` to refuse.
 */
import type { Form } from '../../src-shared/catalog';

type Leaf = { id: string; type: string; fields?: Leaf[] };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function rawValue(field: Leaf, value: unknown): unknown {
  switch (field.type) {
    case 'date': {
      const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
      return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] } : value;
    }
    case 'year':
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
    case 'group':
      return Array.isArray(value) ? value.map((item) => rawMap(field.fields ?? [], item)) : value;
    default:
      return value;
  }
}

function rawMap(fields: readonly Leaf[], answers: unknown): unknown {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return answers;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const byId = new Map(fields.map((f) => [f.id, f]));
  for (const [key, value] of Object.entries(answers)) {
    const field = byId.get(key);
    out[key] = field ? rawValue(field, value) : value;
  }
  return out;
}

export function rawAnswersFor(form: Form, answers: unknown): unknown {
  const fields = form.pages.flatMap((page) => page.fields as unknown as Leaf[]);
  return rawMap(fields, answers);
}
