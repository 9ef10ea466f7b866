/** Character tables for Vietnamese: tones, vowel marks and the Vietnamese alphabet. Pure data + helpers. */

export type Tone = 'none' | 'acute' | 'grave' | 'hook' | 'tilde' | 'dot';
export type Mark = 'circumflex' | 'breve' | 'horn' | 'stroke';

/** Combining code points for the five tones (composed with NFC). */
const TONE_COMBINING: Readonly<Record<Exclude<Tone, 'none'>, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323',
};

const COMBINING_TO_TONE = new Map<string, Tone>(
  Object.entries(TONE_COMBINING).map(([tone, mark]) => [mark, tone as Tone]),
);

/** Lower-case toneless Vietnamese letters (the 29-letter alphabet; f j w z are not in it). */
export const VIETNAMESE_LETTERS = new Set('aăâbcdđeêghiklmnoôơpqrstuưvxy');
/** Lower-case toneless vowels. */
export const VOWELS = new Set('aăâeêioôơuưy');

/** Splits one character into its toneless form (case and vowel mark kept) and its tone. */
export function splitTone(ch: string): { base: string; tone: Tone } {
  const nfd = ch.normalize('NFD');
  let tone: Tone = 'none';
  let rest = '';
  for (const c of nfd) {
    const t = COMBINING_TO_TONE.get(c);
    if (t) tone = t;
    else rest += c;
  }
  return { base: rest.normalize('NFC'), tone };
}

/** Adds a tone to a toneless character (NFC). */
export function withTone(ch: string, tone: Tone): string {
  if (tone === 'none') return ch;
  return (ch + TONE_COMBINING[tone]).normalize('NFC');
}

/** Unmarked vowel → marked forms, and back. Lower case; callers keep the case. */
const MARKED: Readonly<Record<string, { base: string; mark: Mark }>> = {
  â: { base: 'a', mark: 'circumflex' },
  ă: { base: 'a', mark: 'breve' },
  ê: { base: 'e', mark: 'circumflex' },
  ô: { base: 'o', mark: 'circumflex' },
  ơ: { base: 'o', mark: 'horn' },
  ư: { base: 'u', mark: 'horn' },
  đ: { base: 'd', mark: 'stroke' },
};

const WITH_MARK: Readonly<Record<string, string>> = {
  'a:circumflex': 'â',
  'a:breve': 'ă',
  'e:circumflex': 'ê',
  'o:circumflex': 'ô',
  'o:horn': 'ơ',
  'u:horn': 'ư',
  'd:stroke': 'đ',
};

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function sameCase(model: string, ch: string): string {
  return isUpper(model) ? ch.toUpperCase() : ch;
}

/** The unmarked letter of a toneless character ('ư' → 'u', 'Đ' → 'D'), case kept. */
export function baseLetter(ch: string): string {
  const m = MARKED[ch.toLowerCase()];
  return m ? sameCase(ch, m.base) : ch;
}

/** The mark carried by a toneless character, if any. */
export function markOf(ch: string): Mark | undefined {
  return MARKED[ch.toLowerCase()]?.mark;
}

/** Puts a mark on a toneless character's base letter; undefined when that letter cannot carry it. */
export function setMark(ch: string, mark: Mark): string | undefined {
  const base = baseLetter(ch);
  const marked = WITH_MARK[`${base.toLowerCase()}:${mark}`];
  return marked === undefined ? undefined : sameCase(ch, marked);
}

export function isVowel(ch: string): boolean {
  return VOWELS.has(ch.toLowerCase());
}
