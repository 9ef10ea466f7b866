import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './ErrorSummary.css';

export interface ErrorSummaryItem {
  /** Id of the field to focus: an input, the first date box (`${id}-day`) or the first radio. */
  fieldId: string;
  /** The same specific words as the message next to the field. */
  message: string;
}

export interface ErrorSummaryProps {
  errors: readonly ErrorSummaryItem[];
  /** Default "Có lỗi cần sửa" / "There is a problem". */
  title?: string;
}

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button';

/** Focus the field and scroll its question (legend or label) into view, as govuk-frontend does. */
export function focusField(fieldId: string): boolean {
  const target = document.getElementById(fieldId);
  if (!target) return false;
  const field = target.matches(FOCUSABLE) || target.tabIndex >= 0 ? target : target.querySelector<HTMLElement>(FOCUSABLE);
  if (!field) return false;
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = 'labels' in field ? (field as HTMLInputElement).labels?.[0] : undefined;
  const question = legend ?? label ?? field;
  question.scrollIntoView?.({ block: 'start' });
  field.focus({ preventScroll: true });
  return true;
}

/** GOV.UK error summary: takes focus when it appears and whenever the list of errors changes. */
export function ErrorSummary({ errors, title }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const key = errors.map((e) => `${e.fieldId}\u0000${e.message}`).join('\u0001');

  useEffect(() => {
    if (key === '') return;
    ref.current?.scrollIntoView?.({ block: 'start' });
    ref.current?.focus({ preventScroll: true });
  }, [key]);

  if (errors.length === 0) return null;

  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    if (focusField(fieldId)) event.preventDefault();
  };

  return (
    <div ref={ref} className="k-error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="k-error-summary__title">
        {title ?? t('ui.errorSummary.title')}
      </h2>
      <ul className="k-error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} className="k-error-summary__link" onClick={(event) => onLinkClick(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
