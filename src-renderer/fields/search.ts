/**
 * Accent- and case-insensitive matching for the pick-from-a-list fields: "kinh" finds Kinh, "tay" finds
 * Tày and Tây, "ba dinh" and "badinh" find Ba Đình. Every typed word must start a word of the name.
 */
import { searchKey } from '../../src-shared/text/normalize';

/** Folded, lower case, hyphens as spaces ("Tà-ôi" → "ta oi"). */
const key = (text: string): string => searchKey(text.replace(/[-\u2010-\u2015]/g, ' '));

/** True when the typed query matches the label (an empty query matches everything). */
export function matchesSearch(query: string, label: string): boolean {
  const q = key(query);
  if (q === '') return true;
  const name = key(label);
  const words = name.split(' ');
  if (q.split(' ').every((part) => words.some((word) => word.startsWith(part)))) return true;
  const compact = q.replace(/ /g, '');
  return compact.length >= 3 && name.replace(/ /g, '').includes(compact);
}

/** The items whose label matches, in their order. */
export function filterBySearch<T>(items: readonly T[], query: string, labelOf: (item: T) => string): T[] {
  return items.filter((item) => matchesSearch(query, labelOf(item)));
}
