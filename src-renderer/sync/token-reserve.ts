/**
 * Fresh tokens without waiting for the signature: every request still gets its own token, signed for it
 * and never used before (its own `jti`), but the next ones are signed while the current request is on the
 * wire. `depth` tokens are kept ready: as many as requests may start at once (the PUT's answer starts
 * two uploads together), so none of them waits for a signature. A reserved token older than
 * RESERVE_MAX_AGE_MS is thrown away unused (its `iat` would be getting old).
 */
export const RESERVE_MAX_AGE_MS = 10_000;

/** `sign`: a new `Authorization` value each call; `clock`: milliseconds (the engine's clock). */
export function reservedTokens(sign: () => Promise<string>, clock: () => number, depth = 1): () => Promise<string> {
  const reserve: { at: number; value: Promise<string> }[] = [];
  const refill = () => {
    while (reserve.length < depth) {
      const value = sign();
      value.catch(() => undefined); // a failure shows when this token is taken
      reserve.push({ at: clock(), value });
    }
  };
  return () => {
    while (reserve.length > 0 && clock() - reserve[0]!.at > RESERVE_MAX_AGE_MS) reserve.shift();
    const taken = reserve.shift()?.value ?? sign();
    refill();
    return taken;
  };
}
