/**
 * Vietnamese syllable structure: initial consonant + vowel cluster + final consonant.
 * "qu" and "gi" are consonants. Validity is checked on lower-case toneless letters and accepts
 * words that are still being typed (e.g. "ngh", "uye" on its way to "uyê").
 */
import { VIETNAMESE_LETTERS, baseLetter, isVowel } from './vowels';
import type { Tone } from './vowels';

export const INITIALS = new Set([
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh',
  'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x',
]);

export const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const STOP_FINALS = new Set(['c', 'ch', 'p', 't']);

/** Vowel clusters that may be followed by a final consonant. */
const CLUSTERS_WITH_FINAL = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'iê', 'yê', 'oa', 'oă', 'oe', 'oo', 'uâ',
  'uê', 'uô', 'ươ', 'uy', 'uyê',
];
/** Vowel clusters that end the syllable (they end in a glide or are ia/ua/ưa). */
const OPEN_CLUSTERS = [
  'y', 'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iêu', 'iu', 'oai', 'oao', 'oay', 'oeo',
  'oi', 'ôi', 'ơi', 'ua', 'uây', 'ui', 'uôi', 'uơ', 'uya', 'uyu', 'ưa', 'ưi', 'ươi', 'ươu', 'ưu', 'yêu',
];
const ALL_CLUSTERS = [...CLUSTERS_WITH_FINAL, ...OPEN_CLUSTERS];

export interface Syllable {
  /** Initial consonant, lower case ('qu', 'gi' included). */
  initial: string;
  /** Index of the first vowel of the cluster in the word. */
  vowelStart: number;
  /** Vowel cluster, lower case toneless (may be empty while only consonants are typed). */
  cluster: string;
  /** Final consonant, lower case. */
  final: string;
}

/** True when each letter of `typed` is the letter of `full` or its unmarked form. */
function baseMatches(typed: string, full: string, wholeWord: boolean): boolean {
  const t = [...typed];
  const f = [...full];
  if (t.length > f.length || (wholeWord && t.length !== f.length)) return false;
  return t.every((c, i) => {
    const fc = f[i] ?? '';
    return c === fc || c === baseLetter(fc);
  });
}

function clusterAcceptable(cluster: string, final: string): boolean {
  if (final === '') return ALL_CLUSTERS.some((c) => baseMatches(cluster, c, false));
  return CLUSTERS_WITH_FINAL.some((c) => baseMatches(cluster, c, true));
}

/**
 * Parses a word (toneless characters, any case). Returns undefined when it is not a Vietnamese syllable
 * or the beginning of one.
 */
export function parseSyllable(chars: readonly string[]): Syllable | undefined {
  const lower = chars.map((c) => c.toLowerCase());
  if (lower.length === 0 || !lower.every((c) => VIETNAMESE_LETTERS.has(c))) return undefined;
  let v = lower.findIndex(isVowel);
  if (v < 0) {
    const consonants = lower.join('');
    return [...INITIALS].some((i) => i.startsWith(consonants))
      ? { initial: consonants, vowelStart: lower.length, cluster: '', final: '' }
      : undefined;
  }
  let end = v;
  while (end < lower.length && isVowel(lower[end] ?? '')) end++;
  let initial = lower.slice(0, v).join('');
  let cluster = lower.slice(v, end).join('');
  const final = lower.slice(end).join('');
  if (!FINALS.has(final)) return undefined;
  if (initial === 'q') {
    if (!cluster.startsWith('u')) return undefined;
    initial = 'qu';
    cluster = cluster.slice(1);
    v += 1;
    if (cluster === '') return final === '' ? { initial, vowelStart: v, cluster, final } : undefined;
  } else if (initial === 'g' && cluster.startsWith('i') && cluster.length > 1) {
    initial = 'gi';
    cluster = cluster.slice(1);
    v += 1;
  }
  if (!INITIALS.has(initial) || !clusterAcceptable(cluster, final)) return undefined;
  return { initial, vowelStart: v, cluster, final };
}

/** Stop finals (p t c ch) only take the acute or dot tone. */
export function toneFitsFinal(tone: Tone, final: string): boolean {
  return !STOP_FINALS.has(final) || tone === 'none' || tone === 'acute' || tone === 'dot';
}
