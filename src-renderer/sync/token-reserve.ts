/**
 * Fresh tokens without waiting for the signature: every request still gets its own token, signed for it
 * and never used before (its own `jti`), but the next one is signed while the current request is on the
 * wire. A reserve older than RESERVE_MAX_AGE_MS is thrown away unused (its `iat` would be getting old).
 */
export const RESERVE_MAX_AGE_MS = 10_000;

/** `sign`: a new `Authorization` value each call; `clock`: milliseconds (the engine's clock). */
export function reservedTokens(sign: () => Promise<string>, clock: () => number): () => Promise<string> {
  let reserve: { at: number; value: Promise<string> } | null = null;
  const refill = () => {
    const value = sign();
    value.catch(() => undefined); // a failure shows when this token is taken
    reserve = { at: clock(), value };
  };
  return () => {
    const taken = reserve !== null && clock() - reserve.at <= RESERVE_MAX_AGE_MS ? reserve.value : sign();
    refill();
    return taken;
  };
}
