export { OnScreenKeyboard, type OnScreenKeyboardProps } from './OnScreenKeyboard';
export { useKeyboardStore, resetKeyboardPreferences, DEFAULT_INPUT_METHOD, type KeyboardPreferences } from './keyboard-store';
export { isTextField, layoutFor, type KeyboardLayout, type TextField } from './field-dom';
