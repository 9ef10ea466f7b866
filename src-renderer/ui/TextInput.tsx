import type { ComponentPropsWithRef, ReactNode } from 'react';
import { ErrorMessage, Hint, LabelText, describedBy, fieldIds, groupClass, hasContent } from './Field';
import './TextInput.css';

/** Width in characters (fits that many digits) or the full column. */
export type InputWidth = 2 | 3 | 4 | 5 | 10 | 12 | 20 | 'full';

export interface TextInputProps
  extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'value' | 'onChange' | 'width' | 'size' | 'spellCheck'> {
  id: string;
  label: ReactNode;
  /** Render the label inside the page's h1 (one question per page). */
  asHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  /** Adds "(không bắt buộc)" / "(optional)" to the label. */
  optional?: boolean;
  value: string;
  onChange: (value: string) => void;
  width?: InputWidth;
  /** Default false: names and ID numbers are not words. */
  spellCheck?: boolean;
}

export function TextInput({
  id,
  label,
  asHeading = false,
  hint,
  error,
  optional,
  value,
  onChange,
  width = 'full',
  spellCheck = false,
  type = 'text',
  className,
  ref,
  'aria-describedby': extraDescribedBy,
  ...rest
}: TextInputProps) {
  const ids = fieldIds(id);
  const invalid = hasContent(error);
  const labelEl = (
    <label htmlFor={id} className="k-label">
      <LabelText optional={optional}>{label}</LabelText>
    </label>
  );
  const inputClasses = ['k-input', `k-input--width-${width}`, invalid && 'k-input--error', className];
  return (
    <div className={groupClass(error)}>
      {asHeading ? <h1 className="k-label-heading">{labelEl}</h1> : labelEl}
      <Hint id={ids.hint}>{hint}</Hint>
      <ErrorMessage id={ids.error}>{error}</ErrorMessage>
      <input
        {...rest}
        ref={ref}
        id={id}
        name={rest.name ?? id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        spellCheck={spellCheck}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, hint, error, extraDescribedBy)}
        className={inputClasses.filter(Boolean).join(' ')}
      />
    </div>
  );
}
