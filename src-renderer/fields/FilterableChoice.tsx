import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldsetGroup, fieldIds, hasContent } from '../ui/Field';
import { LiveRegion } from '../ui';
import { filterBySearch } from './search';
import '../ui/TextInput.css';
import '../ui/ChoiceCards.css';
import '../ui/selected-mark.css';
import './fields.css';

export interface FilterableOption {
  value: string;
  label: string;
}

export interface FilterableChoiceProps {
  /** Id of the search box (the error summary links here); options get `${id}-option-${value}`. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  optional?: boolean;
  options: readonly FilterableOption[];
  value: string;
  onChange(value: string): void;
  /** Shown instead of the list when there is nothing to choose yet (e.g. no province chosen). */
  unavailable?: ReactNode;
}

/**
 * A long list to choose one from (ethnicity, nationality, province, ward): a search box that ignores
 * accents and case, the choice made so far, and a scrollable list of large radio cards.
 */
export function FilterableChoice({ id, legend, hint, error, optional, options, value, onChange, unavailable }: FilterableChoiceProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const shown = filterBySearch(options, query, (o) => o.label);
  const chosen = options.find((o) => o.value === value);
  const searchHintId = `${id}-search-hint`;
  const chosenId = `${id}-chosen`;
  const listId = `${id}-list`;
  const invalid = hasContent(error);
  const describedByIds = [searchHintId, chosenId, invalid && fieldIds(id).error].filter(Boolean).join(' ');
  return (
    <FieldsetGroup id={id} legend={legend} hint={hint} error={error} optional={optional}>
      <div className="fields-filter">
        <p id={chosenId} className={chosen ? 'fields-filter__chosen' : 'fields-filter__chosen fields-filter__chosen--none'}>
          {chosen ? t('fields.choice.chosen', { name: chosen.label }) : t('fields.choice.none')}
        </p>
        {unavailable !== undefined ? (
          <p className="fields-filter__unavailable" id={id} tabIndex={-1}>
            {unavailable}
          </p>
        ) : (
          <>
            <label htmlFor={id} className="k-label">
              {t('fields.search.label')}
            </label>
            <div id={searchHintId} className="k-hint">
              {t('fields.search.hint')}
            </div>
            <input
              id={id}
              name={`${id}-search`}
              type="search"
              className={`k-input k-input--width-20${invalid ? ' k-input--error' : ''}`}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              aria-controls={listId}
              aria-invalid={invalid || undefined}
              aria-describedby={describedByIds}
            />
            <LiveRegion message={query.trim() === '' ? '' : t('fields.search.count', { count: shown.length })} />
            <div id={listId} className="fields-filter__list k-choice-cards k-choice-cards--radio">
              {shown.map((option) => {
                const optionInputId = `${id}-option-${option.value}`;
                return (
                  <div key={option.value} className="k-choice-card">
                    <input
                      id={optionInputId}
                      className="k-choice-card__input"
                      type="radio"
                      name={`${id}-choice`}
                      value={option.value}
                      checked={option.value === value}
                      onChange={() => onChange(option.value)}
                    />
                    <label htmlFor={optionInputId} className="k-choice-card__label">
                      {option.label}
                    </label>
                  </div>
                );
              })}
              {shown.length === 0 && (
                <p className="fields-filter__empty">{t('fields.search.none', { query: query.trim() })}</p>
              )}
            </div>
          </>
        )}
      </div>
    </FieldsetGroup>
  );
}
