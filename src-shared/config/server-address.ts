import { z } from 'zod';
import { toHttpOrigin } from '../security/csp';

/** Longest intake server address ward IT may enter. */
export const MAX_SERVER_ADDRESS_LENGTH = 300;

/**
 * An intake server address entered at enrollment: a bare http(s) origin ("https://motcua.example.vn",
 * a port is fine, a trailing "/" too), normalised to its origin. Paths, queries, credentials, wildcards,
 * spaces, quotes, semicolons and other schemes are refused, so the value can go into the CSP as it is.
 */
export const ServerAddressSchema = z
  .string()
  .max(MAX_SERVER_ADDRESS_LENGTH)
  .transform((value, ctx) => {
    const origin = toHttpOrigin(value.trim());
    if (origin === null) {
      ctx.addIssue({ code: 'custom', message: 'must be an http(s) address such as https://motcua.example.vn (no path, user name or spaces)' });
      return z.NEVER;
    }
    return origin;
  });

