// Vietnamese text helpers: tone-mark placement (hòa/hoà, ủy/uỷ), legacy 8-bit encodings read as
// Windows-1252 (TCVN3/ABC and VNI; the-thuc.md §7), syllable capitalisation.

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

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

/**
 * Finds open syllables ending in oa, oe or uy that carry a tone mark, and says whether the mark
 * sits in the old place (hoà, khoẻ, thuỷ) or the new one (hòa, khỏe, thủy). Syllables with a
 * final consonant (hoàn, thuyết) have one correct place and are not counted; "quý" is not an
 * uy syllable (qu + y).
 */
export function toneMarkUses(text: string): ToneMarkUse[] {
  const lower = text.toLowerCase();
  const uses: ToneMarkUse[] = [];
  for (let i = 0; i + 1 < lower.length; i++) {
    const a = lower[i]!;
    const b = lower[i + 1]!;
    if (isLetter(lower[i + 2])) continue;
    const before = lower[i - 1];
    let old: [string, number] | undefined;
    let nw: [string, number] | undefined;
    if (a === 'o' && TONED_A.includes(b)) old = ['a', TONED_A.indexOf(b)];
    else if (a === 'o' && TONED_E.includes(b)) old = ['e', TONED_E.indexOf(b)];
    else if (a === 'u' && TONED_Y.includes(b) && before !== 'q') old = ['y', TONED_Y.indexOf(b)];
    else if (TONED_O.includes(a) && (b === 'a' || b === 'e')) nw = [b, TONED_O.indexOf(a)];
    else if (TONED_U.includes(a) && b === 'y' && before !== 'q') nw = ['y', TONED_U.indexOf(a)];
    const written = text.slice(i, i + 2);
    if (old) {
      const [second, tone] = old;
      const other = (a === 'o' ? TONED_O[tone]! : TONED_U[tone]!) + second;
      uses.push({ index: i, style: 'old', written, other: matchCase(written, other) });
    } else if (nw) {
      const [second, tone] = nw;
      const base = TONED_O.includes(a) ? 'o' : 'u';
      const toned = second === 'a' ? TONED_A[tone]! : second === 'e' ? TONED_E[tone]! : TONED_Y[tone]!;
      uses.push({ index: i, style: 'new', written, other: matchCase(written, base + toned) });
    }
  }
  return uses;
}

function matchCase(model: string, text: string): string {
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
  for (const match of text.matchAll(/[\p{L}\u00a0-\u00ff]+/gu)) {
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
