import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMessage } from '../../src-shared/forms';
import type { ErrorSummaryItem } from '../ui';
import { translateMessage } from '../i18n/message';

/** A step's errors as shown after Continue: engine messages, and the summary items in the current language. */
export function useStepErrors() {
  const { i18n } = useTranslation();
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const summary: ErrorSummaryItem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (seen.has(error.fieldId)) continue;
    seen.add(error.fieldId);
    summary.push({ fieldId: error.fieldId, message: translateMessage(i18n, error.message) });
  }
  return { errors, setErrors, summary };
}
