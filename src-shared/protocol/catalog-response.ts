import { z } from 'zod';

/**
 * `GET /catalog` (kiosk token, strong ETag, 304 on If-None-Match): the catalog the server accepts new
 * applications for. `procedures` are the procedure objects as in assets/catalog (already checked by the
 * server); the kiosk checks them again with `parseCatalog` before use.
 */
export const catalogResponseSchema = z.strictObject({
  version: z.string().min(1).max(40),
  validFrom: z.string().max(10),
  procedures: z.array(z.looseObject({ id: z.string(), catalogVersion: z.string() })).max(100),
});
export type CatalogResponse = z.infer<typeof catalogResponseSchema>;
