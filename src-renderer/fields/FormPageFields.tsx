import type { Page } from '../../src-shared/catalog/form-schema';
import { visibleFields, type Answers, type AnswerValue, type FieldMessage } from '../../src-shared/forms';
import { FieldNotices } from './FieldNotices';
import { GroupFieldInput } from './GroupFieldInput';
import { LeafFieldInput } from './LeafFieldInput';
import './fields.css';

export interface FormPageFieldsProps {
  page: Page;
  answers: Answers;
  errors: FieldMessage[];
  warnings?: FieldMessage[];
  language: 'vi' | 'en';
  /** The kiosk's province, chosen in address pickers unless the field names its own. */
  defaultProvince?: string;
  onChange(fieldId: string, value: AnswerValue): void;
}

/**
 * The visible questions of one form page, as the resident answers them. Conditions are live: a field
 * whose `showIf` depends on an answer on this page appears or disappears as soon as that answer changes.
 * Renders no heading: the screen's h1 is the page title (one h1 per screen), every question is a label or
 * a legend under it.
 */
export function FormPageFields({ page, answers, errors, warnings = [], language, defaultProvince, onChange }: FormPageFieldsProps) {
  return (
    <div className="fields-page">
      {visibleFields(page, answers).map((field) =>
        field.type === 'group' ? (
          <GroupFieldInput
            key={field.id}
            field={field}
            value={answers[field.id]}
            outer={answers}
            errors={errors}
            warnings={warnings}
            language={language}
            defaultProvince={defaultProvince}
            onChange={(items) => onChange(field.id, items)}
          />
        ) : (
          <div key={field.id} className="fields-page__field">
            <LeafFieldInput
              field={field}
              value={answers[field.id]}
              errors={errors}
              language={language}
              defaultProvince={defaultProvince}
              onChange={(value) => onChange(field.id, value)}
            />
            <FieldNotices id={field.id} warnings={warnings} />
          </div>
        ),
      )}
    </div>
  );
}
