import type { z } from 'zod';
import type { ServerCatalog } from '../catalog/server-catalog';
import type { ServerConfig } from '../config';
import { badRequest } from '../errors';
import type { KeyRing } from '../keys/server-keys';
import type { TokenVerifier } from '../auth/kiosk-token';
import type { IntakeStore } from '../storage/store';

/** What every route module gets. */
export interface RouteContext {
  store: IntakeStore;
  keys: KeyRing;
  catalog: ServerCatalog;
  config: ServerConfig;
  verifyToken: TokenVerifier;
  dataDir: string;
  now(): Date;
}

/** The parsed value, or a 400 naming the fields. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw badRequest(result.error.issues, prefix);
  return result.data;
}
