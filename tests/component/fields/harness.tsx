import { useState } from 'react';
import { vi } from 'vitest';
import type { Form, Page } from '../../../src-shared/catalog/form-schema';
import { validatePage, type Answers, type AnswerValue, type FieldMessage } from '../../../src-shared/forms';
import { FormPageFields } from '../../../src-renderer/fields/FormPageFields';
import type { Language } from '../../../src-shared/config/kiosk-config';
import { renderWithI18n } from '../render';

export const label = (vi: string, en = vi) => ({ vi, en });

/** A page of the given fields. */
export function pageOf(fields: Page['fields'], id = 'p1'): Page {
  return { id, title: label('Trang', 'Page'), fields };
}

export const formOf = (page: Page): Form => ({ pages: [page] });

interface HarnessProps {
  page: Page;
  initial?: Answers;
  errors?: FieldMessage[];
  warnings?: FieldMessage[];
  language: Language;
  defaultProvince?: string;
  onAnswers(answers: Answers): void;
}

/** FormPageFields holding its answers the way the journey store does. */
function Harness({ page, initial = {}, errors = [], warnings, language, defaultProvince, onAnswers }: HarnessProps) {
  const [answers, setAnswers] = useState<Answers>(initial);
  const change = (fieldId: string, value: AnswerValue) =>
    setAnswers((current) => {
      const next = { ...current, [fieldId]: value };
      onAnswers(next);
      return next;
    });
  return (
    <FormPageFields
      page={page}
      answers={answers}
      errors={errors}
      {...(warnings ? { warnings } : {})}
      language={language}
      {...(defaultProvince ? { defaultProvince } : {})}
      onChange={change}
    />
  );
}

/** Renders a page; `latest()` is the answers after the last change. */
export function renderPage(
  page: Page,
  options: { initial?: Answers; errors?: FieldMessage[]; warnings?: FieldMessage[]; language?: Language; defaultProvince?: string } = {},
) {
  const onAnswers = vi.fn<(answers: Answers) => void>();
  const result = renderWithI18n(
    <Harness page={page} language={options.language ?? 'vi'} onAnswers={onAnswers} {...options} />,
    options.language ?? 'vi',
  );
  const latest = (): Answers => onAnswers.mock.calls.at(-1)?.[0] ?? options.initial ?? {};
  return { ...result, latest, onAnswers };
}

/** Renders the page with the errors and warnings validatePage gives for these answers. */
export function renderValidated(page: Page, answers: Answers, language: Language = 'vi') {
  const result = validatePage(formOf(page), page.id, answers, { today: new Date('2026-11-24T03:00:00Z') });
  return { ...renderPage(page, { initial: answers, errors: result.errors, warnings: result.warnings, language }), result };
}
