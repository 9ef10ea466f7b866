/**
 * One word as the engine sees it: toneless characters (case and vowel marks kept) plus one tone.
 * `composeWord` writes it back with the tone on the right vowel; `rawKeys` rebuilds the keys a Telex or
 * VNI typist would have pressed, used to restore a word that turns out not to be Vietnamese.
 */
import { parseSyllable, toneFitsFinal } from './syllable';
import type { Syllable } from './syllable';
import { toneIndex } from './tone-placement';
import type { TonePlacement } from './tone-placement';
import { baseLetter, isUpper, markOf, setMark, splitTone, withTone } from './vowels';
import type { Tone } from './vowels';

/** The methods whose keys the engine rebuilds (the public InputMethod adds 'direct'). */
export type KeyMethod = 'telex' | 'vni';

export interface Word {
  chars: string[];
  tone: Tone;
}

export function decodeWord(text: string): Word {
  const chars: string[] = [];
  let tone: Tone = 'none';
  for (const ch of text) {
    const s = splitTone(ch);
    chars.push(s.base);
    if (s.tone !== 'none') tone = s.tone;
  }
  return { chars, tone };
}

/** The syllable if the word (with its tone) is Vietnamese or the beginning of a Vietnamese word. */
export function validSyllable(word: Word): Syllable | undefined {
  const syl = parseSyllable(word.chars);
  if (!syl) return undefined;
  if (word.tone !== 'none' && (syl.cluster === '' || !toneFitsFinal(word.tone, syl.final))) return undefined;
  return syl;
}

function replaceAt(chars: string[], index: number, mark: 'circumflex' | 'horn' | undefined): void {
  const c = chars[index];
  if (c === undefined) return;
  chars[index] = mark ? (setMark(c, mark) ?? c) : baseLetter(c);
}

/**
 * Spelling the engine fixes by itself: "ươ" with nothing after it is written "uơ" (thuở, huơ) and
 * "uơ" followed by a letter becomes "ươ" (được, người); with a tone and a final consonant or glide,
 * "ie", "ye", "uye" take their circumflex (Nguyenx → Nguyễn, tiengs → tiếng).
 */
function normalizeSpelling(chars: string[], syl: Syllable, tone: Tone): void {
  const { cluster, final, vowelStart: v } = syl;
  const closed = final !== '';
  if (cluster === 'ươ' && !closed) replaceAt(chars, v, undefined);
  if (cluster.startsWith('uơ') && (closed || cluster.length > 2)) replaceAt(chars, v, 'horn');
  if (tone === 'none') return;
  const e = cluster.indexOf('e');
  const upgrade =
    (closed && (cluster === 'ie' || cluster === 'ye' || cluster === 'uye')) || cluster === 'ieu' || cluster === 'yeu';
  if (upgrade && e >= 0) replaceAt(chars, v + e, 'circumflex');
}

/** Writes a word with its tone placed by the rules (or on the last vowel when it is not Vietnamese). */
export function composeWord(word: Word, style: TonePlacement): string {
  const chars = [...word.chars];
  const syl = parseSyllable(chars);
  if (syl) normalizeSpelling(chars, syl, word.tone);
  if (word.tone === 'none') return chars.join('');
  let at: number;
  if (syl && syl.cluster !== '') {
    const cluster = chars.slice(syl.vowelStart, syl.vowelStart + [...syl.cluster].length).join('').toLowerCase();
    at = syl.vowelStart + toneIndex(cluster, syl.final !== '', style);
  } else {
    at = chars.findLastIndex((c) => /[aăâeêioôơuưy]/i.test(c));
  }
  const target = chars[at];
  if (target === undefined) return chars.join('');
  chars[at] = withTone(target, word.tone);
  return chars.join('');
}

const TELEX_TONE_KEYS: Readonly<Record<Tone, string>> = { none: '', acute: 's', grave: 'f', hook: 'r', tilde: 'x', dot: 'j' };
const VNI_TONE_KEYS: Readonly<Record<Tone, string>> = { none: '', acute: '1', grave: '2', hook: '3', tilde: '4', dot: '5' };
const TELEX_MARK_KEYS = { circumflex: '', breve: 'w', horn: 'w', stroke: '' } as const;
const VNI_MARK_KEYS = { circumflex: '6', breve: '8', horn: '7', stroke: '9' } as const;

/**
 * The keys that type this word, tone key last (e.g. "Đặng" → "DDawngj" / "D9a8ng5"). A circumflex the
 * engine adds by itself (Nguyễn) is left out, and a lone "ư" is the Telex key "w".
 */
export function rawKeys(text: string, method: KeyMethod): string {
  const word = decodeWord(text);
  const allUpper = word.chars.length > 1 && word.chars.every((c) => !/\p{L}/u.test(c) || isUpper(c));
  const syl = parseSyllable(word.chars);
  const auto = new Set<number>();
  if (syl && word.tone !== 'none' && /^(uy|i|y)ê/.test(syl.cluster) && (syl.final !== '' || syl.cluster.endsWith('u'))) {
    auto.add(syl.vowelStart + syl.cluster.indexOf('ê'));
  }
  let out = '';
  if (method === 'telex' && word.chars.length === 1 && word.chars[0]?.toLowerCase() === 'ư') {
    out = isUpper(word.chars[0]) ? 'W' : 'w';
  } else {
    word.chars.forEach((c, i) => {
      const base = baseLetter(c);
      const mark = markOf(c);
      out += base;
      if (!mark || auto.has(i)) return;
      let key: string = method === 'telex' ? TELEX_MARK_KEYS[mark] : VNI_MARK_KEYS[mark];
      if (key === '') key = base; // Telex doubles the letter: aa ee oo dd
      out += allUpper ? key.toUpperCase() : key.toLowerCase();
    });
  }
  const toneKey = (method === 'telex' ? TELEX_TONE_KEYS : VNI_TONE_KEYS)[word.tone];
  return out + (allUpper ? toneKey.toUpperCase() : toneKey);
}
