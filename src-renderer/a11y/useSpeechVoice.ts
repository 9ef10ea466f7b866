import { useSyncExternalStore } from 'react';

export type SpeechLanguage = 'vi' | 'en';

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

/** An installed voice for the language: on-device voices first (the kiosk is often offline). */
export function findVoice(lang: SpeechLanguage): SpeechSynthesisVoice | null {
  const speech = synth();
  if (!speech) return null;
  const matching = speech.getVoices().filter((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === lang);
  return matching.find((voice) => voice.localService) ?? matching[0] ?? null;
}

function subscribe(onChange: () => void): () => void {
  const speech = synth();
  if (!speech) return () => undefined;
  speech.addEventListener('voiceschanged', onChange);
  return () => speech.removeEventListener('voiceschanged', onChange);
}

/** The voiceURI of a usable voice for `lang`, or null; voices load late, so this follows `voiceschanged`. */
export function useSpeechVoice(lang: SpeechLanguage): string | null {
  return useSyncExternalStore(
    subscribe,
    () => findVoice(lang)?.voiceURI ?? null,
    () => null,
  );
}
