import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupField } from '../../src-shared/catalog/form-schema';
import { isRecord, visibleFields, type Answers, type AnswerValue, type FieldMessage } from '../../src-shared/forms';
import { FieldsetGroup } from '../ui/Field';
import { Button } from '../ui';
import { translateMessage } from '../i18n/message';
import { FieldNotices } from './FieldNotices';
import { LeafFieldInput } from './LeafFieldInput';
import { messageAt } from './field-messages';
import './fields.css';

export interface GroupFieldInputProps {
  field: GroupField;
  value: AnswerValue | undefined;
  /** The form's answers, for conditions inside an item that look at earlier questions. */
  outer: Answers;
  errors: readonly FieldMessage[];
  warnings: readonly FieldMessage[];
  language: 'vi' | 'en';
  defaultProvince?: string | undefined;
  onChange(value: Answers[]): void;
}

/** The items as a list of answer maps, padded with empty ones up to minItems (what the screen shows). */
export function groupItems(field: GroupField, value: AnswerValue | undefined): Answers[] {
  const items = Array.isArray(value) ? value.map((item) => (isRecord(item) ? item : {})) : [];
  while (items.length < field.minItems) items.push({});
  return items;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

/**
 * A repeatable group (people moving together): one fieldset per item ("Người chuyển cùng 1"), each with
 * the group's fields under ids `${groupId}-${index}-${fieldId}`; add up to maxItems, remove down to minItems.
 * Removing needs no confirmation: the button names the item, and adding it back is one tap.
 */
export function GroupFieldInput({ field, value, outer, errors, warnings, language, defaultProvince, onChange }: GroupFieldInputProps) {
  const { t, i18n } = useTranslation();
  const items = groupItems(field, value);
  const itemLabel = field.itemLabel[language];
  const countError = messageAt(errors, field.id);
  const focusItem = useRef<number | undefined>(undefined);
  const root = useRef<HTMLDivElement>(null);

  // After adding or removing, move focus to the item's heading (or to the group) so nobody is left nowhere.
  useEffect(() => {
    const index = focusItem.current;
    if (index === undefined) return;
    focusItem.current = undefined;
    const heading = root.current?.querySelector<HTMLElement>(`#${CSS.escape(`${field.id}-${index}-heading`)}`);
    (heading ?? root.current?.querySelector<HTMLElement>('.fields-group__add button'))?.focus();
  });

  const setItem = (index: number, fieldId: string, answer: AnswerValue) =>
    onChange(items.map((item, i) => (i === index ? { ...item, [fieldId]: answer } : item)));
  const add = () => {
    onChange([...items, {}]);
    focusItem.current = items.length;
  };
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    focusItem.current = Math.min(index, items.length - 2);
  };

  return (
    <div ref={root} id={field.id} tabIndex={-1} className="fields-group">
      <FieldsetGroup
        id={field.id}
        legend={field.label[language]}
        hint={field.hint?.[language]}
        optional={field.optional === true}
        error={countError ? translateMessage(i18n, countError.message) : undefined}
      >
        {items.map((item, index) => {
          const prefix = `${field.id}-${index}-`;
          const name = `${itemLabel} ${index + 1}`;
          return (
            <section key={index} className="fields-group__item" aria-labelledby={`${prefix}heading`}>
              <h2 id={`${prefix}heading`} className="fields-group__heading" tabIndex={-1}>
                {name}
              </h2>
              {visibleFields(field, item, outer).map((inner) => (
                <div key={inner.id}>
                  <LeafFieldInput
                    field={inner}
                    prefix={prefix}
                    value={item[inner.id]}
                    errors={errors}
                    language={language}
                    defaultProvince={defaultProvince}
                    onChange={(answer) => setItem(index, inner.id, answer)}
                  />
                  <FieldNotices id={`${prefix}${inner.id}`} warnings={warnings} />
                </div>
              ))}
              {items.length > field.minItems && (
                <Button variant="secondary" onClick={() => remove(index)}>
                  {t('fields.group.remove', { item: lowerFirst(name) })}
                </Button>
              )}
            </section>
          );
        })}
        <div className="fields-group__add">
          {items.length < field.maxItems ? (
            <Button variant="secondary" onClick={add}>
              {t('fields.group.add', { item: lowerFirst(itemLabel) })}
            </Button>
          ) : (
            <p className="k-hint">{t('fields.group.full', { count: field.maxItems })}</p>
          )}
        </div>
      </FieldsetGroup>
    </div>
  );
}
