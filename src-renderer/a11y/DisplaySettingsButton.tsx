import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, CheckboxCards, FullScreenDialog, RadioCards } from '../ui';
import { TEXT_SCALES, resetDisplaySettings, useDisplayStore, type TextScale } from './display-store';
import './DisplaySettingsButton.css';

const SCALE_KEYS: Record<TextScale, string> = { 1: 'normal', 1.5: 'large', 2: 'largest' };
const TOGGLES = ['highContrast', 'reducedMotion', 'keySound'] as const;
type Toggle = (typeof TOGGLES)[number];

/**
 * "Cỡ chữ và màu" for the header: opens a full-screen dialog with the text size (100 / 150 / 200 %), high
 * contrast, reduced motion and the key click. Every choice applies at once so the resident sees it.
 */
export function DisplaySettingsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const settings = useDisplayStore();

  const scaleOptions = TEXT_SCALES.map((scale) => ({
    value: String(scale),
    label: t(`a11y.settings.size.${SCALE_KEYS[scale]}`),
    hint: t('a11y.settings.size.percent', { percent: scale * 100 }),
  }));
  const toggleOptions = TOGGLES.map((name) => ({ value: name, label: t(`a11y.settings.${name}.label`), hint: t(`a11y.settings.${name}.hint`) }));
  const checked = TOGGLES.filter((name) => settings[name]);
  const onToggles = (values: string[]) => {
    const change: Partial<Record<Toggle, boolean>> = {};
    for (const name of TOGGLES) change[name] = values.includes(name);
    settings.set(change);
  };

  return (
    <>
      <Button variant="secondary" className="k-display-settings__open" icon="Aa" onClick={() => setOpen(true)}>
        {t('a11y.settings.open')}
      </Button>
      <FullScreenDialog
        open={open}
        title={t('a11y.settings.title')}
        dismissible
        onClose={() => setOpen(false)}
        actions={
          <>
            <Button size="large" onClick={() => setOpen(false)}>
              {t('a11y.settings.done')}
            </Button>
            <Button variant="secondary" size="large" onClick={() => resetDisplaySettings()}>
              {t('a11y.settings.reset')}
            </Button>
          </>
        }
      >
        <div className="k-display-settings">
          <RadioCards
            id="display-text-size"
            legend={t('a11y.settings.size.legend')}
            options={scaleOptions}
            value={String(settings.textScale)}
            onChange={(value) => settings.set({ textScale: Number(value) as TextScale })}
          />
          <CheckboxCards
            id="display-options"
            legend={t('a11y.settings.options')}
            options={toggleOptions}
            value={checked}
            onChange={onToggles}
          />
        </div>
      </FullScreenDialog>
    </>
  );
}
