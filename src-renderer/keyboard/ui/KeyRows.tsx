import { useTranslation } from 'react-i18next';
import type { Tone } from '../engine';
import { Key } from './Key';
import { TONE_SAMPLE, type KeyRow, type KeySpec } from './layouts';
import type { ShiftState } from './useShift';

export interface KeyActions {
  char(value: string, viaPointer: boolean): void;
  tone(tone: Tone, viaPointer: boolean): void;
  backspace(viaPointer: boolean): void;
  newline(viaPointer: boolean): void;
  next(): void;
  shiftTap(viaPointer: boolean): void;
  shiftLock(): void;
}

interface KeyRowsProps {
  rows: readonly KeyRow[];
  shift: ShiftState;
  actions: KeyActions;
  onFeedback: () => void;
}

/** Renders the rows of a layout as real buttons with accessible names in the resident's language. */
export function KeyRows({ rows, shift, actions, onFeedback }: KeyRowsProps) {
  const { t } = useTranslation();
  const upper = shift !== 'off';

  const render = (spec: KeySpec, index: number) => {
    const key = `${spec.kind}-${index}`;
    const common = { onFeedback };
    switch (spec.kind) {
      case 'char': {
        const face = upper && spec.value.length === 1 ? spec.value.toLocaleUpperCase('vi') : spec.value;
        return (
          <Key key={key} {...common} className={spec.wide ? 'k-key--wide' : undefined} onPress={(p) => actions.char(face, p)}>
            {face}
          </Key>
        );
      }
      case 'tone':
        return (
          <Key key={key} {...common} className="k-key--tone" name={t(`keyboard.tone.${spec.tone}`)} onPress={(p) => actions.tone(spec.tone, p)}>
            <span className="k-key__sample" aria-hidden="true">
              {TONE_SAMPLE[spec.tone]}
            </span>
            <span className="k-key__caption" aria-hidden="true">
              {t(`keyboard.toneShort.${spec.tone}`)}
            </span>
          </Key>
        );
      case 'backspace':
        return (
          <Key key={key} {...common} className="k-key--wide" name={t('keyboard.key.backspace')} repeat onPress={actions.backspace}>
            ⌫
          </Key>
        );
      case 'shift':
        return (
          <Key
            key={key}
            {...common}
            className={`k-key--wide k-key--shift k-key--shift-${shift}`}
            name={t('keyboard.key.shift')}
            pressed={upper}
            onPress={actions.shiftTap}
            onLongPress={actions.shiftLock}
          >
            <span className="k-key__sample" aria-hidden="true">
              {shift === 'caps' ? '⇪' : '⇧'}
            </span>
            <span className="k-key__caption" aria-hidden="true">
              {t('keyboard.key.shift')}
            </span>
          </Key>
        );
      case 'space':
        return (
          <Key key={key} {...common} className="k-key--space" name={t('keyboard.key.space')} onPress={(p) => actions.char(' ', p)}>
            <span aria-hidden="true">{t('keyboard.key.spaceFace')}</span>
          </Key>
        );
      case 'newline':
        return (
          <Key key={key} {...common} className="k-key--wide" name={t('keyboard.key.newline')} onPress={actions.newline}>
            ↵
          </Key>
        );
      case 'next':
        return (
          <Key key={key} {...common} className="k-key--next" name={t('keyboard.key.next')} onPress={() => actions.next()}>
            {t('keyboard.key.next')}
          </Key>
        );
    }
  };

  return (
    <div className="k-osk__rows">
      {rows.map((row, r) => (
        <div key={r} className="k-osk__row">
          {row.map(render)}
        </div>
      ))}
    </div>
  );
}
