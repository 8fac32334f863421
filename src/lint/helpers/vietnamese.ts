// Vietnamese text helpers: tone-mark placement (hòa/hoà, ủy/uỷ), legacy 8-bit encodings read as
// Windows-1252 (TCVN3/ABC and VNI; the-thuc.md §7), syllable capitalisation.
import { lowerCase } from './ignore-case.js';
import { matchesOf } from './match-all.js';

/** Tone marks on a, e, y; index 0–4 = huyền, sắc, hỏi, ngã, nặng. */
const TONED_A = 'àáảãạ';
const TONED_E = 'èéẻẽẹ';
const TONED_Y = 'ỳýỷỹỵ';
const TONED_O = 'òóỏõọ';
const TONED_U = 'ùúủũụ';

export type ToneStyle = 'old' | 'new';

export interface ToneMarkUse {
  /** Index in the text of the two-letter nucleus (`oà`/`òa`, `uỷ`/`ủy`). */
  index: number;
  style: ToneStyle;
  /** The nucleus as written. */
  written: string;
  /** The same nucleus in the other style. */
  other: string;
}

/** A toned oa/oe/uy nucleus at the end of a syllable, in either place; "quý" is qu + y. */
const NUCLEUS = /(?<!q)(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]|[òóỏõọ][ae]|[ùúủũụ]y)(?!\p{L})/gu;
/** The two letters of NUCLEUS, without what is around them: a quick necessary condition. */
const NUCLEUS_LETTERS = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]|[òóỏõọ][ae]|[ùúủũụ]y/;

/**
 * Finds open syllables ending in oa, oe or uy that carry a tone mark, and says whether the mark
 * sits in the old place (hoà, khoẻ, thuỷ) or the new one (hòa, khỏe, thủy). Syllables with a
 * final consonant (hoàn, thuyết) have one correct place and are not counted.
 */
export function toneMarkUses(text: string): ToneMarkUse[] {
  // The lower-cased text is shared per lint run; most texts hold no such pair of letters, and this
  // test (no look-around, no Unicode classes) is a fraction of NUCLEUS's cost.
  const lower = lowerCase(text);
  const uses: ToneMarkUse[] = [];
  if (!NUCLEUS_LETTERS.test(lower)) return uses;
  for (const m of matchesOf(NUCLEUS, lower)) {
    const [a, b] = [m[0][0]!, m[0][1]!];
    const written = text.slice(m.index, m.index + 2);
    let other: string;
    let style: ToneStyle;
    if (a === 'o' || a === 'u') {
      style = 'old';
      const set = TONED_A.includes(b) ? TONED_A : TONED_E.includes(b) ? TONED_E : TONED_Y;
      const tone = set.indexOf(b);
      other = (a === 'o' ? TONED_O[tone]! : TONED_U[tone]!) + (set === TONED_A ? 'a' : set === TONED_E ? 'e' : 'y');
    } else {
      style = 'new';
      const tone = TONED_O.includes(a) ? TONED_O.indexOf(a) : TONED_U.indexOf(a);
      const set = b === 'a' ? TONED_A : b === 'e' ? TONED_E : TONED_Y;
      other = (TONED_O.includes(a) ? 'o' : 'u') + set[tone]!;
    }
    uses.push({ index: m.index, style, written, other: matchCase(written, other) });
  }
  return uses;
}

function matchCase(model: string, text: string): string {
  // Most nuclei are written in lower case: nothing to copy (the same answer, without the arrays).
  if (model === model.toLowerCase()) return text;
  return [...text].map((ch, k) => (model[k] && model[k] !== model[k]!.toLowerCase() ? ch.toUpperCase() : ch)).join('');
}

/** Rewrites every toned oa/oe/uy nucleus in `style` (used to compare texts across styles). */
export function toToneStyle(text: string, style: ToneStyle): string {
  let out = text;
  for (const use of toneMarkUses(text)) {
    if (use.style !== style) out = out.slice(0, use.index) + use.other + out.slice(use.index + 2);
  }
  return out;
}

/**
 * Characters that TCVN3 (ABC, .VnTime) text shows when read as Windows-1252, and that never
 * occur in Vietnamese written in Unicode (the-thuc.md §7): µ ¸ ¶ · ¹ (à á ả ã ạ), ¨ (ă), © (â),
 * ª (ê), « (ô), ¬ (ơ), ® (đ), § (Đ), and ¼ ½ ¾ Æ Ç Ë Î Ï × Ø Ü Þ from the same table. Latin-1
 * letters that Vietnamese itself uses (À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý and their lower case)
 * are not signs.
 */
const TCVN3_SIGNS = 'µ¸¶·¹¨©ª«¬®§¼½¾ÆÇËÎÏ×ØÜÞ';
/** VNI read as Windows-1252: tone and vowel marks become a Latin-1 letter after the vowel. */
const VNI_SIGNS = 'äåëïöüûøñÑ';
const HAS_SIGN = new RegExp(`[${TCVN3_SIGNS}${VNI_SIGNS}]`, 'u');

export interface Mojibake {
  encoding: 'TCVN3' | 'VNI';
  /** The first suspicious word. */
  index: number;
  length: number;
  word: string;
}

/**
 * Looks for words that carry legacy-encoding signature characters between letters. One such word
 * is enough: these characters do not occur inside Vietnamese or English words.
 */
export function findMojibake(text: string): Mojibake | undefined {
  // A word is reported only for a signature character in it: most texts have none at all.
  if (!HAS_SIGN.test(text)) return undefined;
  for (const match of matchesOf(/[\p{L}\u00a0-\u00ff]+/gu, text)) {
    const word = match[0];
    if (!/[a-zA-Z]/.test(word) || word.length < 2) continue;
    const tcvn = [...word].filter((ch) => TCVN3_SIGNS.includes(ch)).length;
    const vni = [...word].filter((ch) => VNI_SIGNS.includes(ch)).length;
    if (tcvn === 0 && vni === 0) continue;
    return { encoding: tcvn >= vni ? 'TCVN3' : 'VNI', index: match.index, length: word.length, word };
  }
  return undefined;
}

/** Combining marks that Vietnamese decomposed text (Unikey "Unicode tổ hợp") leaves behind. */
export const VIETNAMESE_COMBINING = /[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]/u;

/** First letter upper case, the rest as written: "hà" → "Hà". */
export function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

export function startsUpper(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLocaleLowerCase('vi');
}
