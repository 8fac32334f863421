// One analysis of each text of a plan, shared by the rules that used to scan it each with their
// own Unicode patterns: the letter runs (the words, as /\p{L}+/gu finds them) with their offsets,
// the same words in lower case, and the acronym candidates (an all-capitals word, as
// abbrev-defined-before-use reads one). Computed on first ask, once per text in a lint run
// (memoByText, helpers/memo.ts), and dropped with the plan; frozen like every shared answer.
//
// Everything here is found by one pass over the text's characters with a table of their Unicode
// categories (filled as characters are met, from the same \p{…} classes the patterns used), so
// each answer is exactly what the pattern it replaces would give — the tests compare them on the
// fixtures and on generated text (test/lint/text-analysis.test.ts).
import { lowerCase } from './ignore-case.js';
import { memoByText } from './memo.js';

/** Unicode categories of a character, as bits. */
export const LETTER = 1; // \p{L}
export const UPPER = 2; // \p{Lu}
export const NUMBER = 4; // \p{N}
export const MARK = 8; // \p{M}

const KNOWN = 16;
/** Categories of the BMP's code units, filled on first sight (0: not looked at yet). */
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function categoriesOf(char: string): number {
  return (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{Lu}/u.test(char) ? UPPER : 0) | (/\p{N}/u.test(char) ? NUMBER : 0) | (/\p{M}/u.test(char) ? MARK : 0);
}

/** The categories (bits above) of the code point at `cp`; a lone surrogate has none, as in a /u pattern. */
export function categories(cp: number): number {
  if (cp < 0x10000) {
    let bits = bmp[cp]!;
    if (bits === 0) bmp[cp] = bits = KNOWN | (cp >= 0xd800 && cp <= 0xdfff ? 0 : categoriesOf(String.fromCharCode(cp)));
    return bits;
  }
  let bits = astral.get(cp);
  if (bits === undefined) astral.set(cp, (bits = categoriesOf(String.fromCodePoint(cp))));
  return bits;
}

/** The code point at `i` as a /u pattern reads it (a surrogate pair is one code point). */
function codePointAt(text: string, i: number): number {
  return text.codePointAt(i)!;
}

/** The code point that ends just before `i` (a /u look-behind's view), or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

const width = (cp: number): number => (cp >= 0x10000 ? 2 : 1);


/** Per BMP code unit: 1 a letter, 2 not a letter, 3 a surrogate (0: not looked at yet). */
const letterUnits = new Uint8Array(0x10000);

function letterUnit(c: number): number {
  let v = letterUnits[c]!;
  if (v === 0) letterUnits[c] = v = c >= 0xd800 && c <= 0xdfff ? 3 : (categories(c) & LETTER) !== 0 ? 1 : 2;
  return v;
}

/** Start and end offsets of each letter run of `text`, flat: [start0, end0, start1, end1, …]. */
function letterRuns(text: string): number[] {
  const runs: number[] = [];
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // ASCII first: most characters of a plan.
    let v = c < 0x80 ? ((c | 32) >= 97 && (c | 32) <= 122 ? 1 : 2) : letterUnit(c);
    let size = 1;
    if (v === 3) {
      // A surrogate pair is one code point (a letter or not); a lone surrogate is no letter.
      const cp = text.codePointAt(i)!;
      if (cp >= 0x10000) {
        size = 2;
        v = (categories(cp) & LETTER) !== 0 ? 1 : 2;
      } else {
        v = 2;
      }
    }
    if (v === 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(start, i);
      start = -1;
    }
    i += size - 1;
  }
  if (start >= 0) runs.push(start, n);
  return runs;
}

export interface TextAnalysis {
  /** The letter runs (/\p{L}+/gu) of the text, flat: [start0, end0, start1, end1, …]. */
  readonly runs: readonly number[];
  /** The text in lower case (lowerCase, helpers/ignore-case.ts). */
  readonly lower: string;
  /** The letter runs of `lower`: the same as `runs` unless lower-casing changed the text's length (a dotted capital İ). */
  readonly lowerRuns: readonly number[];
}

/** The text's words, with their offsets, and in lower case: one scan, shared by the rules. */
export const analyseText = memoByText((text: string): TextAnalysis => {
  const runs = letterRuns(text);
  const lower = lowerCase(text);
  // Lower-casing that keeps the text's length keeps each character's, and a letter stays a
  // letter (a non-letter a non-letter): the lower-cased text has the same runs.
  const lowerRuns = lower.length === text.length ? runs : letterRuns(lower);
  return { runs: Object.freeze(runs), lower, lowerRuns: Object.freeze(lowerRuns) };
}, 'analyseText');

/** Whether the code point ending just before `i` has one of the `categories` bits (false at the start). */
export function isBefore(text: string, i: number, bits: number): boolean {
  const cp = codePointBefore(text, i);
  return cp !== -1 && (categories(cp) & bits) !== 0;
}

/** Whether the code point at `i` has one of the `categories` bits (false past the end). */
export function isAt(text: string, i: number, bits: number): boolean {
  return i < text.length && (categories(text.codePointAt(i)!) & bits) !== 0;
}

/** Whether the character at `i` is a capital (\p{Lu}). */
export function startsUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c >= 65 && c <= 90 : (categories(text.codePointAt(i)!) & UPPER) !== 0;
}

/** Whether words `a` and `b` (indexes into `runs`, counted in words) are the same characters of `text`. */
export function sameWord(text: string, runs: readonly number[], a: number, b: number): boolean {
  const from = runs[2 * a]!;
  const length = runs[2 * a + 1]! - from;
  const other = runs[2 * b]!;
  if (runs[2 * b + 1]! - other !== length) return false;
  for (let k = 0; k < length; k++) if (text.charCodeAt(from + k) !== text.charCodeAt(other + k)) return false;
  return true;
}

/** The words of `text` as strings (the letter runs cut out). */
export function wordsOf(text: string, runs: readonly number[]): string[] {
  const words = new Array<string>(runs.length / 2);
  for (let k = 0; k < runs.length; k += 2) words[k / 2] = text.slice(runs[k]!, runs[k + 1]!);
  return words;
}

const BORDER = LETTER | NUMBER;
const SLASH = 0x2f;
const HYPHEN = 0x2d;

/**
 * The acronym candidates of a text: what /(?<![\p{L}\p{N}/-])(\p{Lu}[\p{Lu}\p{N}]+)(?![\p{L}\p{N}/-])/gu
 * matches — a run of capitals and digits that starts with a capital, two characters or more,
 * with no letter, digit, “/” or “-” on either side. Flat: [start0, end0, start1, end1, …].
 *
 * Why a scan gives the same places: inside a run of capitals and digits the character before is
 * one of them, so a match can only start where a run starts; and a shorter match than the whole
 * run would be followed by a capital or a digit, which the look-ahead refuses.
 */
export const findAcronyms = memoByText((text: string): readonly number[] => {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Only a capital can start one: ASCII A–Z, or a character whose table says \p{Lu}.
    if (c < 0x80 ? c < 65 || c > 90 : (categories(codePointAt(text, i)) & UPPER) === 0) {
      i++;
      continue;
    }
    const before = codePointBefore(text, i);
    if (before !== -1 && (before === SLASH || before === HYPHEN || (categories(before) & BORDER) !== 0)) {
      i += width(codePointAt(text, i));
      continue;
    }
    const start = i;
    let count = 0;
    while (i < n) {
      const cp = codePointAt(text, i);
      if ((categories(cp) & (UPPER | NUMBER)) === 0) break;
      i += width(cp);
      count++;
    }
    if (count < 2) continue;
    if (i < n) {
      const after = codePointAt(text, i);
      if (after === SLASH || after === HYPHEN || (categories(after) & BORDER) !== 0) continue;
    }
    out.push(start, i);
  }
  return out;
}, 'findAcronyms');
