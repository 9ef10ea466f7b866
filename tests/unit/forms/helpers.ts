/** Real forms from assets/catalog, and the answer builders (answers.ts), for the form engine tests. */
import { formSchema } from '../../../src-shared/catalog';
import type { Form } from '../../../src-shared/catalog';
import { readJson } from '../catalog/load-assets';

/** 15 June 2026, 10:00 in Hà Nội: the filing date of every test. */
export const TODAY = new Date('2026-06-15T03:00:00Z');

export function loadForm(name: string): Form {
  const json = readJson(`${name}.json`) as { form: unknown };
  return formSchema.parse(json.form);
}

export * from './answers';
