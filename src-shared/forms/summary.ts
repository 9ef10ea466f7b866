/**
 * Rows for "check your answers": each visible, answered field with its answer as the resident should
 * read it (dates dd/mm/yyyy, yes/no and option labels in the chosen language, addresses joined, group
 * items listed). Built from the cleaned answers that validateForm returns.
 */
import type { Field, Form, LeafField } from '../catalog/form-schema';
import type { LocalizedText } from '../catalog/localized-text';
import { formatDisplayDate, parseIsoDate } from '../validation/calendar';
import { formatPhoneForDisplay } from '../validation/phone';
import type { CleanAnswers, CleanValue } from './answers';
import { isRecord, ownValue } from './answers';
import { isShown } from './conditions';
import { formMessagesEn, formMessagesVi } from './messages';
import { optionsOf } from './validate-field';

export type Language = 'vi' | 'en';

/**
 * Names the engine cannot know by itself: province and ward names from the administrative-unit data
 * (the code is shown when a name is missing), and optional overrides of option labels.
 */
export interface OptionLabels {
  province?: (code: string) => string | undefined;
  ward?: (code: string, provinceCode: string) => string | undefined;
  option?: (fieldId: string, value: string) => LocalizedText | undefined;
}

export interface SummaryRow {
  pageId: string;
  fieldId: string;
  label: string;
  /** The answer as shown; group items one per line. */
  displayValue: string;
}

function display(field: Field | LeafField, value: CleanValue, labels: OptionLabels, language: Language): string {
  const yesNo = language === 'vi' ? formMessagesVi.form : formMessagesEn.form;
  switch (field.type) {
    case 'date': {
      const date = parseIsoDate(value);
      return date ? formatDisplayDate(date) : String(value);
    }
    case 'yesNo':
      return value === true ? yesNo.yes : yesNo.no;
    case 'select': {
      const text = String(value);
      const label = labels.option?.(field.id, text) ?? optionsOf(field).find((o) => o.value === text)?.label;
      return label ? label[language] : text;
    }
    case 'phone':
      return formatPhoneForDisplay(String(value));
    case 'address': {
      if (!isRecord(value)) return '';
      const province = String(ownValue(value, 'province') ?? '');
      const ward = String(ownValue(value, 'ward') ?? '');
      const parts = [ownValue(value, 'street'), labels.ward?.(ward, province) ?? ward, labels.province?.(province) ?? province];
      return parts.filter((p) => typeof p === 'string' && p !== '').join(', ');
    }
    case 'group': {
      if (!Array.isArray(value)) return '';
      return value
        .map((item, i) => {
          const parts = field.fields
            .map((inner) => {
              const v = ownValue(item, inner.id) as CleanValue | undefined;
              return v === undefined ? '' : display(inner, v, labels, language);
            })
            .filter((p) => p !== '');
          return `${field.itemLabel[language]} ${i + 1}: ${parts.join(', ')}`;
        })
        .join('\n');
    }
    default:
      return String(value);
  }
}

/** Rows for every visible page's visible fields that have a cleaned answer, in form order. */
export function answerSummary(form: Form, answers: CleanAnswers, optionLabels: OptionLabels, language: Language): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const page of form.pages) {
    if (!isShown(page, answers)) continue;
    for (const field of page.fields) {
      if (!isShown(field, answers)) continue;
      const value = ownValue(answers, field.id) as CleanValue | undefined;
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      rows.push({ pageId: page.id, fieldId: field.id, label: field.label[language], displayValue: display(field, value, optionLabels, language) });
    }
  }
  return rows;
}
