// The shared text analysis (src/lint/helpers/text-analysis.ts) must give exactly what the patterns
// it replaced give: compared on every text of the examples, the seeds and the fixtures, and on
// generated strings mixing Vietnamese, capitals, digits, marks, surrogate pairs and lone surrogates.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/lint/helpers/match-all.js';
import { analyseText, findAcronyms, wordsOf } from '../../src/lint/helpers/text-analysis.js';
import { unevenHyphens } from '../../src/lint/rules/punctuation-spacing.js';

const LETTERS = /\p{L}+/gu;
const ACRONYM = /(?<![\p{L}\p{N}/-])(\p{Lu}[\p{Lu}\p{N}]+)(?![\p{L}\p{N}/-])/gu;

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const realTexts = [...filesUnder('examples', /\.ya?ml$/), ...filesUnder('test/fixtures', /\.(ya?ml|txt)$/)].flatMap((f) =>
  readFileSync(f, 'utf8').split('\n'),
);

const PIECES = [' -', '- ', ' - ', 'Đ', 'đ', 'A', 'z', 'Ủ', 'ủy', 'UBND', 'ĐHTN', 'QĐ-UBND', '/', '-', ' ', '\n', '1', '२', 'Ⅻ', '\u0301', 'İ', 'ẞ', 'ǅ', '𝐀', '𝐚', '\ud835', '\udc00', '(', ')', 'TTg', 'x2', '.', ',', 'K'];
function generated(count: number): string[] {
  let seed = 7;
  const next = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) % 1000) / 1000;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(''));
}

const flat = (matches: Iterable<RegExpMatchArray>): number[] => [...matches].flatMap((m) => [m.index!, m.index! + m[0].length]);

describe('text analysis', () => {
  const texts = [...realTexts, ...generated(5000)];

  it('finds the letter runs /\\p{L}+/gu finds, and the same words in lower case', () => {
    expect(realTexts.length).toBeGreaterThan(1000);
    for (const text of texts) {
      const a = analyseText(text);
      expect(a.runs, text).toEqual(flat(text.matchAll(LETTERS)));
      expect(a.lower).toBe(text.toLowerCase());
      expect(wordsOf(a.lower, a.lowerRuns), text).toEqual(text.toLowerCase().match(LETTERS) ?? []);
    }
  });

  it('finds the acronym candidates the look-behind pattern finds', () => {
    for (const text of texts) expect(findAcronyms(text), text).toEqual(flat(text.matchAll(ACRONYM)));
  });
});

describe('matchesOf', () => {
  const patterns = [/\p{L}+/gu, /(?<![\p{L}])(sử\s+lý)(?![\p{L}])/giu, /x*/g, /x*/gu, /(?:)/gu, /(?<=\p{L})\((?=[^)]*\))/gu, /\s+/g, /(\d)|(?<sep>[;,])/gdu];
  it('gives what matchAll gives: matches, groups, indices, empty matches over surrogate pairs', () => {
    for (const text of [...realTexts.slice(0, 300), ...generated(500), '', '𝐀𝐀x', 'a\ud835b', 'Sử lý SỬ  LÝ sử\nlý']) {
      for (const re of patterns) {
        const mine = matchesOf(re, text);
        const theirs = [...text.matchAll(re)];
        expect(mine.map((m) => [m.index, [...m], m.groups, m.indices]), `${re} on ${text}`).toEqual(theirs.map((m) => [m.index, [...m], m.groups, m.indices]));
        expect(re.lastIndex).toBe(0);
      }
    }
  });

  it('refuses a pattern without /g, as matchAll does', () => {
    expect(() => matchesOf(/x/u, 'x')).toThrow(TypeError);
  });
});

describe('scans that replaced look-behind patterns in rules', () => {
  it('punctuation-spacing: unevenHyphens finds what its pattern finds', () => {
    const HYPHEN = /(?<=[\p{L}\p{N}])(?: -(?=[\p{L}\p{N}])|- (?=[\p{L}\p{N}]))/gu;
    const extra = ['kinh tế- xã hội', '2016 -2020', 'a - b', 'a- -b', 'a -- b', 'x - -y', '𝐀- 𝐀', '1 -𝐚', ' -a', 'a- ', 'a - b- c -d'];
    for (const text of [...realTexts, ...generated(3000), ...extra]) {
      expect(unevenHyphens(text), text).toEqual([...text.matchAll(HYPHEN)].map((m) => m.index));
    }
  });
});
