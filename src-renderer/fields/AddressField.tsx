import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddressAnswer } from '../../src-shared/forms';
import { FieldsetGroup } from '../ui/Field';
import { TextInput } from '../ui';
import { adminUnits } from './admin-units';
import { FilterableChoice } from './FilterableChoice';

export interface AddressFieldProps {
  /** Inputs get `${id}-province`, `${id}-ward` (search boxes) and `${id}-street`. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  value: AddressAnswer | undefined;
  /** Province chosen until the resident picks another (the field's own default, else the kiosk's). */
  defaultProvince?: string | undefined;
  errors: { province?: string | undefined; ward?: string | undefined; street?: string | undefined };
  onChange(value: AddressAnswer): void;
}

const EMPTY: AddressAnswer = { province: '', ward: '', street: '' };

/** Province, then a ward of that province (both searchable without accents), then house number and street. */
export function AddressField({ id, legend, hint, optional, value, defaultProvince, errors, onChange }: AddressFieldProps) {
  const { t } = useTranslation();
  const current = value ?? EMPTY;
  const fallback = defaultProvince !== undefined && adminUnits.province(defaultProvince) ? defaultProvince : '';
  const province = current.province !== '' ? current.province : fallback;
  const shown: AddressAnswer = { ...current, province };
  const needsDefault = optional !== true && current.province === '' && fallback !== '';

  // A required address starts with the kiosk's province chosen, so the answer says what the screen shows.
  useEffect(() => {
    if (needsDefault) onChange({ ...current, province: fallback });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the default is first needed
  }, [needsDefault]);

  const provinceOptions = adminUnits.provinces().map((p) => ({ value: p.code, label: p.name }));
  const wardOptions = adminUnits.wardsOf(province).map((w) => ({ value: w.code, label: w.name }));
  return (
    <FieldsetGroup id={id} legend={legend} hint={hint} optional={optional}>
      <div className="fields-address">
        <FilterableChoice
          id={`${id}-province`}
          legend={t('fields.address.province')}
          options={provinceOptions}
          value={province}
          error={errors.province}
          onChange={(code) => onChange({ ...shown, province: code, ward: code === province ? shown.ward : '' })}
        />
        <FilterableChoice
          key={province}
          id={`${id}-ward`}
          legend={t('fields.address.ward')}
          options={wardOptions}
          value={shown.ward}
          error={errors.ward}
          unavailable={province === '' ? t('fields.address.provinceFirst') : undefined}
          onChange={(code) => onChange({ ...shown, ward: code })}
        />
        <TextInput
          id={`${id}-street`}
          label={t('fields.address.street')}
          hint={t('fields.address.streetHint')}
          value={shown.street}
          error={errors.street}
          autoComplete="off"
          onChange={(street) => onChange({ ...shown, street })}
        />
      </div>
    </FieldsetGroup>
  );
}
