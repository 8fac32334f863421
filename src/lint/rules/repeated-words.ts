// Why: a phrase typed twice ("Trưởng ấp, Trưởng ấp,", "của của", "tổ chức tổ chức") survives
// when a line is edited in Word; nothing in Vietnamese writing repeats a phrase of two or more
// words back to back, nor a function word. Single content syllables are left alone: Vietnamese
// reduplicates them on purpose ("ngày ngày", "người người", "đời đời").
import { hd36, nd30 } from '../helpers/basis.js';
import { proseTexts } from '../helpers/plan-text.js';
import { ignoreCasePattern, matchAllIgnoringCase } from '../helpers/ignore-case.js';
import { analyseText, sameWord } from '../helpers/text-analysis.js';
import { defineRule } from '../rule.js';

const FUNCTION_WORDS = ['của', 'và', 'các', 'những', 'được', 'trong', 'cho', 'với', 'là', 'đã', 'sẽ', 'để', 'tại', 'theo', 'về', 'có', 'không', 'này', 'đó', 'thì', 'mà', 'từ', 'đến', 'trên', 'một'];
/** Two to four words, then the same words again (a comma and line breaks between allowed). */
const PHRASE = ignoreCasePattern(String.raw`(?<![\p{L}\p{M}])(\p{L}+(?:[^\S\n]+\p{L}+){1,3})(,?\s+)\1(?![\p{L}\p{M}])`);
const WORD = ignoreCasePattern(`(?<![\\p{L}\\p{M}])(${FUNCTION_WORDS.join('|')})(\\s+)\\1(?![\\p{L}\\p{M}])`);

const FUNCTION_WORD_SET = new Set(FUNCTION_WORDS);
/** What PHRASE allows between the phrase and its repetition; WORD, between the word and its repetition. */
const PHRASE_GAP = /^,?\s+$/u;
const WORD_GAP = /^\s+$/u;

/**
 * A quick necessary condition of PHRASE and WORD, so that most texts skip their slow scan (words
 * compared in lower case, as the patterns match, from the shared word scan): a function word
 * typed twice is the same function word twice in a row with only spaces between; a phrase of n
 * words (2–4) typed twice is n words and the same n words again, with at most a comma and spaces
 * between the two. Both patterns start and end on whole words (no letter or mark on either side).
 */
function mayRepeat(text: string): boolean {
  const { lower, lowerRuns: runs } = analyseText(text);
  const count = runs.length / 2;
  const gap = (a: number): string => lower.slice(runs[2 * a + 1]!, runs[2 * a + 2]!);
  for (let i = 0; i + 1 < count; i++) {
    if (sameWord(lower, runs, i, i + 1) && FUNCTION_WORD_SET.has(lower.slice(runs[2 * i]!, runs[2 * i + 1]!)) && WORD_GAP.test(gap(i))) return true;
    for (let n = 2; n <= 4 && i + 2 * n - 1 < count; n++) {
      let same = true;
      for (let k = 0; k < n && same; k++) same = sameWord(lower, runs, i + k, i + n + k);
      if (same && PHRASE_GAP.test(gap(i + n - 1))) return true;
    }
  }
  return false;
}

export const repeatedWords = defineRule({
  meta: {
    id: 'repeated-words',
    title: { vi: 'Cụm từ bị lặp liền nhau', en: 'A phrase repeated back to back' },
    description: {
      vi: 'Một cụm từ hai chữ trở lên, hoặc một hư từ (của, và, các…), bị gõ lặp liền nhau (“Trưởng ấp, Trưởng ấp,”, “của của”). Từ láy một âm tiết (“ngày ngày”, “người người”) không bị báo.',
      en: 'A phrase of two or more words, or a function word (của, và, các…), typed twice back to back (“Trưởng ấp, Trưởng ấp,”, “của của”). One-syllable reduplication (“ngày ngày”, “người người”) is not reported.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Điều 8 k.1 (văn bản viết đúng tiếng Việt); lỗi đánh máy'), party: hd36('lỗi đánh máy') },
    fix: 'none',
    tags: ['chinh-ta'],
    messages: {
      repeated: { vi: '“{{words}}” bị lặp hai lần liền nhau: bỏ một lần.', en: '“{{words}}” is written twice in a row: drop one.' },
    },
    examples: { wrong: 'mo_dau: Chủ tịch, Phó Chủ tịch; Trưởng ấp, Trưởng ấp, các tổ chức của của xã …', right: 'mo_dau: Chủ tịch, Phó Chủ tịch; Trưởng ấp, các tổ chức của xã …' },
  },
  check({ plan, report }) {
    const texts = proseTexts(plan);
    // A line that ends with a phrase and the next that starts with it ("… Trưởng ấp," / "Trưởng ấp, các …"):
    // a wrapped sentence the reader (or the drafter) split in two still repeats the phrase.
    // Only between two paragraphs where the first stops mid-list on a comma (a heading and its
    // first paragraph often share words: "Tuyên truyền" / "Tuyên truyền sâu rộng …").
    for (let i = 1; i < texts.length; i++) {
      if (texts[i - 1]!.role !== 'prose' || texts[i]!.role !== 'prose') continue;
      // The pattern below tries every word of the text before failing on most: a text that does not end on a comma cannot match.
      if (!texts[i - 1]!.text.trimEnd().endsWith(',')) continue;
      const end = /(?<![\p{L}\p{M}])(\p{L}+(?:[^\S\n]+\p{L}+){1,3}),\s*$/u.exec(texts[i - 1]!.text);
      if (!end) continue;
      const words = end[1]!.split(/\s+/u);
      for (let k = 0; k < words.length - 1; k++) {
        const phrase = words.slice(k).join(' ');
        const next = texts[i]!.text;
        if (next.startsWith(phrase) && !/^[\p{L}\p{M}]/u.test(next.slice(phrase.length))) {
          report({ messageId: 'repeated', data: { words: phrase }, path: texts[i]!.path, span: [0, phrase.length] });
          break;
        }
      }
    }
    for (const t of texts) {
      if (!mayRepeat(t.text)) continue;
      for (const re of [PHRASE, WORD]) {
        for (const m of matchAllIgnoringCase(t.text, re)) {
          // Case may differ only in the first letter (a sentence start); "Ban Ban" is not a slip.
          const second = t.text.slice(m.index + m[1]!.length + m[2]!.length, m.index + m[0].length);
          if (second.slice(1) !== m[1]!.slice(1)) continue;
          // Two list items that share their first words ("tổ chức chính trị, tổ chức chính trị - xã
          // hội"): the second goes on past the phrase. An item typed twice ends where the first did.
          if (m[2]!.includes(',') && !/^\s*(?:[,;.:)]|$)/u.test(t.text.slice(m.index + m[0].length))) continue;
          report({ messageId: 'repeated', data: { words: m[1]! }, path: t.path, span: [m.index + m[1]!.length + m[2]!.length, m.index + m[0].length] });
        }
      }
    }
  },
});
