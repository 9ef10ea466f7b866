/**
 * Where the tone mark goes inside a vowel cluster (Ministry of Education 2018 rules).
 *
 * - One vowel: on it.
 * - A vowel with a mark (â ă ê ô ơ ư) takes the tone; in "ươ" the second one (được, người).
 * - ia / ua / ưa: the first vowel (bìa, lụa, lửa); iê / yê / uô / ươ: the second (biển, thuyền, nhuộm).
 * - oa / oe / uy: with a final consonant the second (hoàn, loét, huýt); open syllable: new style the
 *   second (hoà, khoẻ, thuỷ), old style the first (hòa, khỏe, thủy).
 * - Three unmarked vowels (oai, oay, uya, uyu, oeo): the middle one.
 * - Other pairs (ai, ao, au, ay, eo, iu, oi, ui …): the first one without a final, the second with one.
 */
import { markOf } from './vowels';

export type TonePlacement = 'new' | 'old';

/** Index (in code points) inside `cluster` (lower-case, toneless) of the vowel that carries the tone. */
export function toneIndex(cluster: string, hasFinal: boolean, style: TonePlacement): number {
  const v = [...cluster];
  if (v.length <= 1) return 0;
  if (cluster.includes('ươ')) return cluster.indexOf('ươ') + 1;
  const marked = v.findIndex((c) => markOf(c) !== undefined);
  if (marked >= 0) {
    // "uơ" (thuở) and any cluster with one marked vowel: the marked vowel.
    return marked;
  }
  if (v.length >= 3) return 1;
  if (cluster === 'oa' || cluster === 'oe' || cluster === 'uy') {
    return hasFinal || style === 'new' ? 1 : 0;
  }
  if (cluster === 'ia' || cluster === 'ua') return 0;
  return hasFinal ? 1 : 0;
}
