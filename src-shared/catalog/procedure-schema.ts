/**
 * One procedure of the catalog: what the resident reads before starting (description, who may file,
 * what to bring and attach, what is no longer needed, time, fee, whether to come in person) and its form.
 */
import { z } from 'zod';
import { conditionSchema, fieldConditions } from './condition';
import { formSchema } from './form-schema';
import { catalogText, identifierSchema, localizedTextSchema } from './localized-text';

export const procedureIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be a slug: lower-case letters and digits joined by "-", like birth-registration')
  .max(60);
/** National procedure code, e.g. 1.001193. */
export const procedureCodeSchema = z.string().regex(/^\d\.\d{6}$/, 'must be a national procedure code: a digit, a dot and 6 digits, like 1.001193');
/** Catalog version: `YYYY.N`, e.g. 2026.1. */
export const catalogVersionSchema = z.string().regex(/^\d{4}\.\d{1,3}$/, 'must be a version like 2026.1 (year, dot, number)');

const itemSchema = z.strictObject({ id: identifierSchema, label: localizedTextSchema, hint: localizedTextSchema.optional() });

export const attachmentSlotSchema = z.strictObject({
  id: identifierSchema,
  label: localizedTextSchema,
  hint: localizedTextSchema,
  required: z.boolean(),
  maxFiles: z.number().int().min(1).max(20),
  accept: z.array(z.enum(['image', 'pdf'])).min(1).max(2),
  /** Ask for this document only when an answer says so (e.g. authorisation when filing on behalf). */
  showIf: conditionSchema.optional(),
});

export const noLongerRequiredSchema = z.strictObject({ id: identifierSchema, label: localizedTextSchema, reason: localizedTextSchema });

export const procedureSchema = z
  .strictObject({
    id: procedureIdSchema,
    code: procedureCodeSchema,
    catalogVersion: catalogVersionSchema,
    title: localizedTextSchema,
    shortTitle: z.strictObject({ vi: catalogText(40), en: catalogText(40) }),
    description: localizedTextSchema,
    whoMayFile: z.strictObject({ self: z.boolean(), onBehalf: z.boolean(), text: localizedTextSchema }),
    /** What to bring to the ward when collecting the result or signing. */
    bring: z.array(itemSchema).max(20),
    attach: z.array(attachmentSlotSchema).max(20),
    /** Documents people wrongly think they need: shown as reassurance. */
    noLongerRequired: z.array(noLongerRequiredSchema).max(20),
    /** Things to know before starting (deadlines, validity, limits). */
    notices: z.array(localizedTextSchema).max(10).optional(),
    processingTime: z.strictObject({
      workingDays: z.number().int().min(1).max(90).optional(),
      sameDay: z.boolean().optional(),
      text: localizedTextSchema,
    }),
    fee: z.strictObject({ amountVnd: z.number().int().min(0).max(10_000_000).optional(), text: localizedTextSchema }),
    inPerson: z.strictObject({ required: z.boolean(), why: localizedTextSchema.optional() }),
    /** Minutes it takes to fill in the form at the kiosk. */
    estimatedMinutes: z.number().int().min(1).max(120),
    /** toàn trình (fully online) or một phần (partial: presence needed). */
    serviceLevel: z.enum(['full', 'partial']),
    form: formSchema,
  })
  .superRefine((p, ctx) => {
    const issue = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (!p.whoMayFile.self && !p.whoMayFile.onBehalf) issue(['whoMayFile'], 'self or onBehalf must be true');
    if (p.inPerson.required && !p.inPerson.why) issue(['inPerson', 'why'], 'required when inPerson.required is true: say why');
    if (p.serviceLevel === 'partial' && !p.inPerson.required) issue(['inPerson', 'required'], 'must be true for a partial (một phần) procedure');
    const ids = new Set<string>();
    for (const [list, items] of [['bring', p.bring], ['attach', p.attach], ['noLongerRequired', p.noLongerRequired]] as const) {
      items.forEach((item, i) => {
        if (ids.has(`${list}:${item.id}`)) issue([list, i, 'id'], `id "${item.id}" is used twice`);
        ids.add(`${list}:${item.id}`);
      });
    }
    const fieldIds = new Set(p.form.pages.flatMap((page) => page.fields.map((f) => f.id)));
    p.attach.forEach((slot, i) => {
      if (!slot.showIf || fieldIds.size === 0) return; // an empty form is reported on its own
      for (const { leaf, path } of fieldConditions(slot.showIf)) {
        if (!fieldIds.has(leaf.field)) issue(['attach', i, 'showIf', ...path, 'field'], `showIf refers to a field "${leaf.field}" that does not exist`);
      }
    });
  });

export type Procedure = z.infer<typeof procedureSchema>;
export type AttachmentSlot = z.infer<typeof attachmentSlotSchema>;
