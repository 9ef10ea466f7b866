/**
 * Vowel marks and đ on a word being typed: shared by Telex, VNI and the direct-mode keys.
 * Each function returns the new characters, whether it was an undo (the mark was already there and is
 * taken off), or undefined when the mark cannot go on this word.
 */
import { validSyllable } from './word';
import type { Word } from './word';
import { baseLetter, markOf, setMark } from './vowels';

export interface MarkResult {
  chars: string[];
  undo: boolean;
}

function valid(chars: string[], tone: Word['tone']): boolean {
  return validSyllable({ chars, tone }) !== undefined;
}

function clusterRange(word: Word): [number, number] | undefined {
  const syl = validSyllable(word);
  if (!syl) return undefined;
  return [syl.vowelStart, syl.vowelStart + [...syl.cluster].length];
}

/** Circumflex on a / e / o (Telex aa ee oo, VNI 6). `letters`: the base letters that may take it. */
export function circumflex(word: Word, letters: string): MarkResult | undefined {
  const range = clusterRange(word);
  if (!range) return undefined;
  const [from, to] = range;
  const { chars } = word;
  for (let i = from; i < to; i++) {
    const c = chars[i] ?? '';
    if (markOf(c) === 'circumflex' && letters.includes(baseLetter(c).toLowerCase())) {
      const out = [...chars];
      out[i] = baseLetter(c);
      return { chars: out, undo: true };
    }
  }
  for (let i = to - 1; i >= from; i--) {
    const c = chars[i] ?? '';
    if (!letters.includes(baseLetter(c).toLowerCase())) continue;
    const out = [...chars];
    out[i] = setMark(c, 'circumflex') ?? c;
    if (valid(out, word.tone)) return { chars: out, undo: false };
  }
  return undefined;
}

/**
 * Horn (ơ ư, and ươ from "uo" anywhere in the cluster) and, for Telex "w", also the breve (ă).
 * With no vowel yet, Telex "w" types "ư" (w → ư, nhw → như).
 */
export function hornOrBreve(word: Word, opts: { horn: boolean; breve: boolean; loneU: boolean; upperKey?: boolean }): MarkResult | undefined {
  const syl = word.chars.length === 0 ? { cluster: '', vowelStart: 0 } : validSyllable(word);
  if (!syl) return undefined;
  const { chars, tone } = word;
  if (syl.cluster === '') {
    if (!opts.loneU) return undefined;
    const out = [...chars, opts.upperKey === true ? 'Ư' : 'ư'];
    return valid(out, tone) ? { chars: out, undo: false } : undefined;
  }
  const from = syl.vowelStart;
  const to = from + [...syl.cluster].length;
  const lower = chars.map((c) => c.toLowerCase());
  if (opts.horn) {
    for (let i = from; i + 1 < to; i++) {
      const pair = `${lower[i] ?? ''}${lower[i + 1] ?? ''}`;
      if (pair === 'uo' || pair === 'ưo') {
        const out = [...chars];
        out[i] = setMark(chars[i] ?? '', 'horn') ?? '';
        out[i + 1] = setMark(chars[i + 1] ?? '', 'horn') ?? '';
        if (valid(out, tone)) return { chars: out, undo: false };
      }
    }
  }
  const undoable = (c: string): boolean =>
    (opts.horn && markOf(c) === 'horn') || (opts.breve && markOf(c) === 'breve');
  if (chars.slice(from, to).some(undoable)) {
    const out = chars.map((c, i) => (i >= from && i < to && undoable(c) ? baseLetter(c) : c));
    return { chars: out, undo: true };
  }
  const tries: [string, 'horn' | 'breve'][] = [];
  if (opts.breve) tries.push(['a', 'breve']);
  if (opts.horn) tries.push(['o', 'horn'], ['u', 'horn']);
  for (const [letter, mark] of tries) {
    for (let i = from; i < to; i++) {
      if (lower[i] !== letter) continue;
      const out = [...chars];
      out[i] = setMark(chars[i] ?? '', mark) ?? '';
      if (valid(out, tone)) return { chars: out, undo: false };
    }
  }
  return undefined;
}

/** đ: only an initial d takes the stroke (dd, did → đi; d9). */
export function stroke(word: Word): MarkResult | undefined {
  const first = word.chars[0];
  if (first === undefined || !validSyllable(word)) return undefined;
  const lower = first.toLowerCase();
  const out = [...word.chars];
  if (lower === 'đ') {
    out[0] = baseLetter(first);
    return { chars: out, undo: true };
  }
  if (lower !== 'd') return undefined;
  out[0] = setMark(first, 'stroke') ?? first;
  return valid(out, word.tone) ? { chars: out, undo: false } : undefined;
}
