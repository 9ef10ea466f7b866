import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui';
import { findVoice, useSpeechVoice, type SpeechLanguage } from './useSpeechVoice';
import './ReadAloudButton.css';

export interface ReadAloudButtonProps {
  /** What to read (usually the question's heading and hint). */
  text: string;
  /** Language of `text`. */
  lang: SpeechLanguage;
}

const SPEECH_LANG: Record<SpeechLanguage, string> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * "Đọc to" / "Read aloud": reads `text` with an installed voice of its language; a second tap stops.
 * Renders nothing when no such voice is installed.
 */
export function ReadAloudButton({ text, lang }: ReadAloudButtonProps) {
  const { t } = useTranslation();
  const voiceUri = useSpeechVoice(lang);
  const [speaking, setSpeaking] = useState(false);
  const current = useRef<SpeechSynthesisUtterance | null>(null);

  useEffect(
    () => () => {
      if (current.current && 'speechSynthesis' in window) window.speechSynthesis.cancel();
    },
    [],
  );

  if (voiceUri === null) return null;

  const toggle = () => {
    const speech = window.speechSynthesis;
    if (speaking) {
      current.current = null;
      speech.cancel();
      setSpeaking(false);
      return;
    }
    speech.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = SPEECH_LANG[lang];
    const voice = findVoice(lang);
    if (voice) utterance.voice = voice;
    utterance.rate = 0.9; // a little slower than default: easier to follow
    const done = () => {
      if (current.current !== utterance) return;
      current.current = null;
      setSpeaking(false);
    };
    utterance.onend = done;
    utterance.onerror = done;
    current.current = utterance;
    setSpeaking(true);
    speech.speak(utterance);
  };

  return (
    <Button variant="secondary" className="k-read-aloud" icon="🔊" onClick={toggle}>
      {speaking ? t('a11y.readAloud.stop') : t('a11y.readAloud.start')}
    </Button>
  );
}
