export { typeKey, typeSequence, applyTone, applyMark } from './engine';
export type { InputMethod, EngineOptions, TextState, Tone, Mark, TonePlacement } from './engine';
