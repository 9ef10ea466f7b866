import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './Field.css';

/** Shared pieces of the form fields (TextInput, DateInput, ChoiceCards). */

export function fieldIds(id: string) {
  return { hint: `${id}-hint`, error: `${id}-error` };
}

/** aria-describedby value: hint first, then the error (GOV.UK order), or undefined when neither. */
export function describedBy(id: string, hint: ReactNode, error: ReactNode, extra?: string): string | undefined {
  const ids = fieldIds(id);
  const list = [hasContent(hint) && ids.hint, hasContent(error) && ids.error, extra].filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}

export function hasContent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

/** Label text with " (không bắt buộc)" / " (optional)" after it; never an asterisk. */
export function LabelText({ children, optional }: { children: ReactNode; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {children}
      {optional && (
        <>
          {' '}
          <span className="k-label__optional">{t('ui.field.optional')}</span>
        </>
      )}
    </>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  if (!hasContent(children)) return null;
  return (
    <div id={id} className="k-hint">
      {children}
    </div>
  );
}

/** The error next to the field, with a visually hidden "Lỗi:" / "Error:" prefix for screen readers. */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useTranslation();
  if (!hasContent(children)) return null;
  return (
    <p id={id} className="k-error-message">
      <span className="visually-hidden">{t('ui.field.errorPrefix')}</span> {children}
    </p>
  );
}

export function groupClass(error: ReactNode, extra?: string): string {
  return ['k-form-group', hasContent(error) && 'k-form-group--error', extra].filter(Boolean).join(' ');
}

export interface FieldsetGroupProps {
  id: string;
  legend: ReactNode;
  /** Render the legend as the page's h1 (GOV.UK "legend as page heading"). */
  asHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  optional?: boolean;
  children: ReactNode;
}

/** A group of inputs answering one question: fieldset, legend (or h1), hint and error above the inputs. */
export function FieldsetGroup({ id, legend, asHeading = false, hint, error, optional, children }: FieldsetGroupProps) {
  const ids = fieldIds(id);
  const legendText = (
    <span className="k-legend__text">
      <LabelText optional={optional}>{legend}</LabelText>
    </span>
  );
  return (
    <div className={groupClass(error)}>
      <fieldset className="k-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="k-legend">{asHeading ? <h1 className="k-label-heading">{legendText}</h1> : legendText}</legend>
        <Hint id={ids.hint}>{hint}</Hint>
        <ErrorMessage id={ids.error}>{error}</ErrorMessage>
        {children}
      </fieldset>
    </div>
  );
}
