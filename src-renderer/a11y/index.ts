export { DisplaySettingsButton } from './DisplaySettingsButton';
export { ReadAloudButton, type ReadAloudButtonProps } from './ReadAloudButton';
export {
  useDisplayStore,
  resetDisplaySettings,
  TEXT_SCALES,
  DEFAULT_DISPLAY_SETTINGS,
  type DisplayStore,
  type DisplaySettings,
  type TextScale,
} from './display-store';
export { applyDisplaySettings, BASE_FONT_SIZE_PX } from './display-settings';
export { useSpeechVoice, findVoice, type SpeechLanguage } from './useSpeechVoice';
