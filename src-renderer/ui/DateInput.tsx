import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldsetGroup, hasContent } from './Field';
import './TextInput.css';
import './DateInput.css';

export interface DateValue {
  day: string;
  month: string;
  year: string;
}
export type DatePart = keyof DateValue;

export interface DateInputProps {
  /** Boxes get the ids `${id}-day`, `${id}-month`, `${id}-year`; link the error summary to `${id}-day`. */
  id: string;
  legend: ReactNode;
  /** Render the legend inside the page's h1. */
  asHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  /** Which boxes the error is about (highlighted + aria-invalid). Default: all three when there is an error. */
  errorParts?: readonly DatePart[];
  optional?: boolean;
  value: DateValue;
  onChange: (value: DateValue) => void;
  /** e.g. "bday" gives autocomplete bday-day / bday-month / bday-year. */
  autoCompletePrefix?: string;
}

const PARTS: readonly { part: DatePart; width: 2 | 4 }[] = [
  { part: 'day', width: 2 },
  { part: 'month', width: 2 },
  { part: 'year', width: 4 },
];

/** Three boxes (day, month, year) — no auto-advance between boxes, no date picker. */
export function DateInput({
  id,
  legend,
  asHeading = false,
  hint,
  error,
  errorParts,
  optional,
  value,
  onChange,
  autoCompletePrefix,
}: DateInputProps) {
  const { t } = useTranslation();
  const invalid = hasContent(error);
  return (
    <FieldsetGroup id={id} legend={legend} asHeading={asHeading} hint={hint} error={error} optional={optional}>
      <div className="k-date-input" id={id}>
        {PARTS.map(({ part, width }) => {
          const boxInvalid = invalid && (errorParts === undefined || errorParts.includes(part));
          const boxId = `${id}-${part}`;
          return (
            <div key={part} className="k-date-input__item">
              <label htmlFor={boxId} className="k-label k-date-input__label">
                {t(`ui.date.${part}`)}
              </label>
              <input
                id={boxId}
                name={boxId}
                type="text"
                inputMode="numeric"
                spellCheck={false}
                autoComplete={autoCompletePrefix ? `${autoCompletePrefix}-${part}` : 'off'}
                value={value[part]}
                onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                aria-invalid={boxInvalid || undefined}
                className={`k-input k-input--width-${width}${boxInvalid ? ' k-input--error' : ''}`}
              />
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}
