import type { ReactNode } from 'react';
import { FieldsetGroup, hasContent } from './Field';
import './ChoiceCards.css';
import './selected-mark.css';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

interface ChoiceGroupProps {
  /** Id of the first option's input (link the error summary here); the others get `${id}-2`, `${id}-3`, … */
  id: string;
  /** Shared `name` of the inputs; default `id`. */
  name?: string;
  legend: ReactNode;
  /** Render the legend inside the page's h1. */
  asHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  optional?: boolean;
  options: readonly ChoiceOption[];
}

export interface RadioCardsProps extends ChoiceGroupProps {
  value: string | null;
  onChange: (value: string) => void;
}

export interface CheckboxCardsProps extends ChoiceGroupProps {
  value: readonly string[];
  onChange: (value: string[]) => void;
}

export function optionId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`;
}

function ChoiceGroup(props: ChoiceGroupProps & { type: 'radio' | 'checkbox'; isChecked: (v: string) => boolean; onToggle: (v: string) => void }) {
  const { id, name = id, legend, asHeading = false, hint, error, optional, options, type, isChecked, onToggle } = props;
  return (
    <FieldsetGroup id={id} legend={legend} asHeading={asHeading} hint={hint} error={error} optional={optional}>
      <div className={`k-choice-cards k-choice-cards--${type}`}>
        {options.map((option, index) => {
          const inputId = optionId(id, index);
          const hintId = `${inputId}-item-hint`;
          const hasHint = hasContent(option.hint);
          return (
            <div key={option.value} className="k-choice-card">
              <input
                id={inputId}
                className="k-choice-card__input"
                type={type}
                name={name}
                value={option.value}
                checked={isChecked(option.value)}
                onChange={() => onToggle(option.value)}
                aria-describedby={hasHint ? hintId : undefined}
                aria-invalid={type === 'checkbox' && hasContent(error) ? true : undefined}
              />
              <label htmlFor={inputId} className="k-choice-card__label">
                {option.label}
              </label>
              {hasHint && (
                <div id={hintId} className="k-choice-card__hint">
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}

/** One choice from a few big cards, each with a real radio button. */
export function RadioCards({ value, onChange, ...group }: RadioCardsProps) {
  return <ChoiceGroup {...group} type="radio" isChecked={(v) => v === value} onToggle={onChange} />;
}

/** Any number of big cards, each with a real checkbox. */
export function CheckboxCards({ value, onChange, ...group }: CheckboxCardsProps) {
  const toggle = (v: string) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  return <ChoiceGroup {...group} type="checkbox" isChecked={(v) => value.includes(v)} onToggle={toggle} />;
}
