import { useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { applyTone, typeKey, type InputMethod, type TextState, type Tone } from '../engine';
import { useDisplayStore } from '../../a11y/display-store';
import { playKeyClick } from '../../a11y/key-sound';
import { deleteBackward, hasSelection, layoutFor, nextTarget, readState, writeState, type TextField } from './field-dom';
import { Key } from './Key';
import { KeyRows, type KeyActions } from './KeyRows';
import { rowsFor } from './layouts';
import { useKeyboardStore } from './keyboard-store';
import { useFocusedField } from './useFocusedField';
import { useKeyboardSpace } from './useKeyboardSpace';
import { useShift } from './useShift';
import './OnScreenKeyboard.css';

export interface OnScreenKeyboardProps {
  /** Key height (and minimum width) in CSS px; default 80 (≈ 20 mm on a 21.5″ 1080p panel). */
  keySize?: number;
}

const METHODS: readonly InputMethod[] = ['direct', 'telex', 'vni'];

/**
 * The kiosk's own keyboard, docked at the bottom. Mount once, after <main>. It opens for the focused text
 * field (letters with Telex / VNI / direct, a numeric pad, or an email layout), types through the Vietnamese
 * engine into the field as if the resident typed, and leaves a real keyboard working as usual.
 */
export function OnScreenKeyboard({ keySize = 80 }: OnScreenKeyboardProps) {
  const { t } = useTranslation();
  const rootRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const field = useFocusedField(rootRef);
  const { method, hidden, setMethod, setHidden } = useKeyboardStore();
  const keySound = useDisplayStore((s) => s.keySound);
  const { shift, tap, lock, used } = useShift();
  const layout = field ? layoutFor(field) : 'letters';
  const open = field !== null && !hidden;
  useKeyboardSpace(panelRef, field, open, layout);

  const feedback = () => {
    if (keySound) playKeyClick();
  };

  /** Runs one edit on the field's current text and caret; a tap gives the focus back if it ever left. */
  const edit = (target: TextField, change: (state: TextState) => TextState, viaPointer: boolean) => {
    if (!target.isConnected) return;
    writeState(target, change(readState(target)));
    if (viaPointer && document.activeElement !== target) target.focus({ preventScroll: true });
  };

  const engineMethod: InputMethod = layout === 'letters' ? method : 'direct';
  const actions: KeyActions = {
    char: (value, viaPointer) => {
      if (!field) return;
      edit(field, (state) => typeKey(state, value, { method: engineMethod }), viaPointer);
      if ([...value].length === 1 && /\p{L}/u.test(value)) used();
    },
    tone: (tone: Tone, viaPointer) => field && edit(field, (state) => applyTone(state, tone), viaPointer),
    backspace: (viaPointer) => {
      if (!field) return;
      const selected = hasSelection(field);
      edit(field, (state) => (selected ? state : deleteBackward(state)), viaPointer);
    },
    newline: (viaPointer) => field && edit(field, (state) => typeKey(state, '\n', { method: 'direct' }), viaPointer),
    next: () => {
      if (field) nextTarget(field)?.focus();
    },
    shiftTap: () => tap(),
    shiftLock: () => lock(),
  };

  const rows = rowsFor(layout, {
    direct: method === 'direct',
    multiline: field instanceof HTMLTextAreaElement,
    decimal: field?.getAttribute('inputmode') === 'decimal',
  });
  const style = { '--key-size': `${keySize}px` } as CSSProperties;

  return (
    <div ref={rootRef} className="k-osk-root" style={style}>
      {field !== null && hidden && (
        <button
          type="button"
          className="k-osk-show"
          onPointerDown={(event) => event.preventDefault()}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setHidden(false)}
        >
          <span aria-hidden="true">⌨</span> {t('keyboard.show')}
        </button>
      )}
      {open && (
        <div ref={panelRef} role="group" aria-label={t('keyboard.label')} className={`k-osk k-osk--${layout}`} data-layout={layout}>
          <div className="k-osk__bar">
            {layout === 'letters' && (
              <div role="group" aria-label={t('keyboard.method.label')} className="k-osk__methods">
                {METHODS.map((m) => (
                  <Key key={m} className="k-key--method" pressed={method === m} onFeedback={feedback} onPress={() => setMethod(m)}>
                    {t(`keyboard.method.${m}`)}
                  </Key>
                ))}
              </div>
            )}
            {layout === 'letters' && method !== 'direct' && <p className="k-osk__hint">{t(`keyboard.methodHint.${method}`)}</p>}
            <Key className="k-key--hide" onFeedback={feedback} onPress={() => setHidden(true)}>
              {t('keyboard.hide')}
            </Key>
          </div>
          <KeyRows rows={rows} shift={shift} actions={actions} onFeedback={feedback} />
          <p className="visually-hidden" role="status">
            {shift === 'caps' ? t('keyboard.capsOn') : ''}
          </p>
        </div>
      )}
    </div>
  );
}
