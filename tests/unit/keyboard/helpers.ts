import { typeKey, typeSequence } from '../../../src-renderer/keyboard/engine';
import type { EngineOptions, TextState } from '../../../src-renderer/keyboard/engine';

export const TELEX: EngineOptions = { method: 'telex' };
export const TELEX_OLD: EngineOptions = { method: 'telex', tonePlacement: 'old' };
export const VNI: EngineOptions = { method: 'vni' };

export const telex = (keys: string): string => typeSequence(keys, TELEX);
export const vni = (keys: string): string => typeSequence(keys, VNI);

/** Types keys one by one starting from a given text and caret. */
export function typeFrom(state: TextState, keys: string, options: EngineOptions): TextState {
  let s = state;
  for (const key of keys) s = typeKey(s, key, options);
  return s;
}
