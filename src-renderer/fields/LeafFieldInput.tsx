import { useTranslation } from 'react-i18next';
import type { LeafField } from '../../src-shared/catalog/form-schema';
import { isRecord, optionsOf, type AddressAnswer, type AnswerValue, type DateAnswer, type FieldMessage } from '../../src-shared/forms';
import { DateInput, RadioCards, TextInput, type InputWidth } from '../ui';
import { translateMessage } from '../i18n/message';
import { AddressField } from './AddressField';
import { FilterableChoice } from './FilterableChoice';
import { dateErrorParts, messageAt } from './field-messages';

/** Selects with more options than this get the search box and scrollable list. */
export const MAX_CARD_OPTIONS = 10;

export interface LeafFieldInputProps {
  field: LeafField;
  /** Put before every input id (`${groupId}-${index}-` inside a group item). */
  prefix?: string;
  value: AnswerValue | undefined;
  errors: readonly FieldMessage[];
  language: 'vi' | 'en';
  defaultProvince?: string | undefined;
  onChange(value: AnswerValue): void;
}

type TextLike = Extract<LeafField['type'], 'text' | 'fullName' | 'year' | 'personalId' | 'phone' | 'email' | 'number'>;

/**
 * Keyboard and box width per text-like type (the on-screen keyboard reads inputMode). No maxLength: what is
 * typed stays visible and the engine says what is wrong with it.
 */
const TEXT_INPUTS: Record<TextLike, { type: 'text' | 'tel' | 'email'; inputMode: 'text' | 'numeric' | 'tel' | 'email'; width: InputWidth }> = {
  text: { type: 'text', inputMode: 'text', width: 'full' },
  fullName: { type: 'text', inputMode: 'text', width: 'full' },
  year: { type: 'text', inputMode: 'numeric', width: 4 },
  personalId: { type: 'text', inputMode: 'numeric', width: 12 },
  phone: { type: 'tel', inputMode: 'tel', width: 20 },
  email: { type: 'email', inputMode: 'email', width: 'full' },
  number: { type: 'text', inputMode: 'numeric', width: 5 },
};

const asText = (value: AnswerValue | undefined): string => (typeof value === 'string' ? value : '');
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function asDate(value: AnswerValue | undefined): DateAnswer {
  return isRecord(value) ? { day: str(value.day), month: str(value.month), year: str(value.year) } : { day: '', month: '', year: '' };
}

function asAddress(value: AnswerValue | undefined): AddressAnswer | undefined {
  return isRecord(value) ? { province: str(value.province), ward: str(value.ward), street: str(value.street) } : undefined;
}

/** One question of any type but group, wired to the engine's raw answer shape and input ids. */
export function LeafFieldInput({ field, prefix = '', value, errors, language, defaultProvince, onChange }: LeafFieldInputProps) {
  const { t, i18n } = useTranslation();
  const id = `${prefix}${field.id}`;
  const label = field.label[language];
  const hint = field.hint?.[language];
  const optional = field.optional === true;
  const errorText = (inputId: string) => {
    const found = messageAt(errors, inputId);
    return found ? translateMessage(i18n, found.message) : undefined;
  };

  switch (field.type) {
    case 'date': {
      const found = errors.find((m) => m.fieldId === `${id}-day` || m.fieldId === `${id}-month` || m.fieldId === `${id}-year`);
      return (
        <DateInput
          id={id}
          legend={label}
          hint={hint}
          optional={optional}
          value={asDate(value)}
          error={found ? translateMessage(i18n, found.message) : undefined}
          errorParts={dateErrorParts(found)}
          onChange={onChange}
        />
      );
    }
    case 'yesNo':
      return (
        <RadioCards
          id={id}
          legend={label}
          hint={hint}
          optional={optional}
          error={errorText(id)}
          options={[
            { value: 'yes', label: t('form.yes') },
            { value: 'no', label: t('form.no') },
          ]}
          value={value === true ? 'yes' : value === false ? 'no' : null}
          onChange={(choice) => onChange(choice === 'yes')}
        />
      );
    case 'select': {
      const options = optionsOf(field).map((o) => ({ value: o.value, label: o.label[language] }));
      const common = { id, legend: label, hint, optional, error: errorText(id), options };
      return options.length <= MAX_CARD_OPTIONS ? (
        <RadioCards {...common} value={asText(value) || null} onChange={onChange} />
      ) : (
        <FilterableChoice {...common} value={asText(value)} onChange={onChange} />
      );
    }
    case 'address':
      return (
        <AddressField
          id={id}
          legend={label}
          hint={hint}
          optional={optional}
          value={asAddress(value)}
          defaultProvince={field.defaultProvince ?? defaultProvince}
          errors={{ province: errorText(`${id}-province`), ward: errorText(`${id}-ward`), street: errorText(`${id}-street`) }}
          onChange={onChange}
        />
      );
    default: {
      const kind = TEXT_INPUTS[field.type];
      return (
        <TextInput
          id={id}
          label={label}
          hint={hint}
          optional={optional}
          error={errorText(id)}
          value={asText(value)}
          type={kind.type}
          inputMode={kind.inputMode}
          width={kind.width}
          autoComplete="off"
          onChange={onChange}
        />
      );
    }
  }
}
