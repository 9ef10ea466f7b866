/**
 * The catalog: `catalog.json` (version, date from which it applies, the procedure files in display
 * order) and the assembled catalog (the same with the procedures themselves).
 */
import { z } from 'zod';
import { catalogVersionSchema, procedureSchema } from './procedure-schema';

/** A strict `YYYY-MM-DD` that is a real date. */
export const isoDateSchema = z.iso.date({ error: 'must be a date written YYYY-MM-DD, like 2026-11-24' });

export const catalogFileNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*\.json$/, 'must be a file name like birth-registration.json');

export const catalogIndexSchema = z
  .strictObject({
    catalogVersion: catalogVersionSchema,
    validFrom: isoDateSchema,
    procedures: z.array(catalogFileNameSchema).min(1, 'the catalog needs at least 1 procedure file').max(100),
  })
  .superRefine((index, ctx) => {
    const seen = new Set<string>();
    index.procedures.forEach((name, i) => {
      if (seen.has(name)) ctx.addIssue({ code: 'custom', path: ['procedures', i], message: `"${name}" is listed twice` });
      seen.add(name);
    });
  });

/** `2026.1` → [2026, 1], for ordering versions. */
export function versionParts(version: string): [number, number] {
  const [year, n] = version.split('.');
  return [Number(year), Number(n)];
}

export function compareVersions(a: string, b: string): number {
  const [ay, an] = versionParts(a);
  const [by, bn] = versionParts(b);
  return ay - by || an - bn;
}

export const catalogSchema = z
  .strictObject({
    catalogVersion: catalogVersionSchema,
    validFrom: isoDateSchema,
    procedures: z.array(procedureSchema).min(1).max(100),
  })
  .superRefine((catalog, ctx) => {
    const ids = new Map<string, number>();
    const codes = new Map<string, number>();
    catalog.procedures.forEach((p, i) => {
      const firstId = ids.get(p.id);
      if (firstId !== undefined) ctx.addIssue({ code: 'custom', path: ['procedures', i, 'id'], message: `id "${p.id}" is also used by procedures[${firstId}]` });
      else ids.set(p.id, i);
      const firstCode = codes.get(p.code);
      if (firstCode !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['procedures', i, 'code'], message: `code "${p.code}" is also used by procedures[${firstCode}]` });
      } else codes.set(p.code, i);
      if (compareVersions(p.catalogVersion, catalog.catalogVersion) > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['procedures', i, 'catalogVersion'],
          message: `${p.catalogVersion} is later than the catalog's version ${catalog.catalogVersion}`,
        });
      }
    });
  });

export type CatalogIndex = z.infer<typeof catalogIndexSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
