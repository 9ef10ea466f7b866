import type { Page } from '../../src-shared/catalog';
import type { Language } from '../../src-shared/config/kiosk-config';
import { visibleFields } from '../../src-shared/forms';

/** Ends a piece of text with a full stop, so the voice pauses between the title, the hint and each question. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.?!:…]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * What "Đọc to" reads on a question page: the page's title and hint, then each question shown for these
 * answers with its hint — what the resident sees, in the order they see it.
 */
export function readAloudText(page: Page, answers: unknown, language: Language): string {
  const parts = [page.title[language], page.hint?.[language]];
  for (const field of visibleFields(page, answers)) parts.push(field.label[language], field.hint?.[language]);
  return parts
    .filter((part): part is string => part !== undefined && part.trim() !== '')
    .map(sentence)
    .join(' ')
    .normalize('NFC');
}
