// Why: Vietnamese capitalises the first syllable of a sentence and proper names (NĐ 30, Phụ lục II,
// mục I and II–V); a common word or a function word in the middle of a sentence is written in
// lower case. Drafters write "… về việc Ban hành …", "… quy định Quy trình …", "Các Thành viên",
// "công tác Dân vận", "… ban hành Của …". Proper names keep their capitals ("của Ban Thường vụ",
// "Ban Dân vận", "Tổ chức Y tế Thế giới"), so the rule is narrow on purpose: it reports a
// capitalised function word between lower-case words, and a capitalised common word from a short
// curated list of words that are never a name's first word after a lower-case word.
import { hd36, nd30, tt01 } from '../helpers/basis.js';
import { proseTexts } from '../helpers/plan-text.js';
import { analyseText, isBefore, LETTER, MARK, startsUpper } from '../helpers/text-analysis.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

/** Function words: never capitalised inside a sentence (a name does not start with them). */
const FUNCTION_WORDS = new Set(['của', 'và', 'về', 'các', 'những', 'cho', 'với', 'theo', 'tại', 'trong', 'là', 'được', 'để', 'đã', 'sẽ', 'thì', 'mà', 'hoặc', 'nhưng', 'từ', 'đến', 'trên', 'dưới', 'nhằm', 'đối', 'bằng', 'vào']);

/**
 * Common words (two syllables) that no name of an organ, a document or a place starts with, as
 * drafters capitalise them mid-sentence. Document names (Kế hoạch, Quy chế, Quy định…) are not
 * here: "ban hành Quy chế làm việc" rightly capitalises the name of a document. Nor are words
 * that start names ("Công đoàn Viên chức tỉnh", "Hội Sinh viên") or that Party practice
 * capitalises by custom ("công tác Dân vận", as dvk's own Party examples write it).
 */
const COMMON_WORDS = new Set([
  'ban hành', 'thành viên', 'quy trình', 'năm học', 'thực hiện', 'triển khai', 'tuyển sinh', 'kinh phí', 'nội dung', 'phê duyệt', 'phòng ban',]);
/** Words after which a capitalised "Quy trình" is the name of a document being issued or cited. */
const DOCUMENT_CUES = /(?:ban hành|kèm theo|theo|tại|của|và|xây dựng|phê duyệt|thực hiện)\s+$/iu;

/** The first words of COMMON_WORDS: with FUNCTION_WORDS, the only words this rule can report. */
const COMMON_FIRST = new Set([...COMMON_WORDS].map((pair) => pair.split(' ')[0]!));

const capitalised = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
/**
 * A quick necessary condition, so that most texts skip the word-by-word scan: a reported word has
 * a word before it across spaces (or a spaced hyphen), the gaps the scan accepts, and is a
 * function word, capitalised, with a word after it, or the first word of a common pair,
 * capitalised, followed by the pair's second word as written (“Ban hành”). A capital after a
 * full stop or at the start of a line never gets that far.
 */
const CANDIDATE = new RegExp(
  `[\\p{L}\\p{M}\\d][^\\S\\n]+(?:-[^\\S\\n]+)?(?:(?:${[...FUNCTION_WORDS].map(capitalised).join('|')})[^\\S\\n]+[\\p{L}\\d]|(?:${[...COMMON_WORDS]
    .map((pair) => pair.split(' ').map((w, i) => (i === 0 ? capitalised(w) : w)).join('[^\\S\\n]+'))
    .join('|')})(?![\\p{L}\\p{M}\\d]))`,
  'u',
);

/**
 * The words CANDIDATE can start a match on, capitalised: a match holds one of them as a whole
 * word (spaces before and after it), so a text none of whose words is one cannot match, and
 * skips the pattern (the shared word scan, helpers/text-analysis.ts, says which words it has).
 */
const CANDIDATE_WORDS = new Set([...FUNCTION_WORDS, ...COMMON_FIRST].map(capitalised));
const LONGEST_CANDIDATE = Math.max(...[...CANDIDATE_WORDS].map((w) => w.length));
const HORIZONTAL_SPACE = /[^\S\n]/u;
/**
 * What CANDIDATE needs before its word: spaces (not a line break), perhaps a hyphen and spaces,
 * then a letter, a mark or a digit. Walking back over spaces and hyphens from the word must
 * reach one (a necessary condition: more hyphens are let through, CANDIDATE decides).
 */
function afterWordAcrossSpaces(text: string, start: number): boolean {
  let j = start - 1;
  if (j < 0 || !HORIZONTAL_SPACE.test(text[j]!)) return false;
  while (j >= 0 && (text[j] === '-' || HORIZONTAL_SPACE.test(text[j]!))) j--;
  if (j < 0) return false;
  const c = text.charCodeAt(j);
  return (c >= 48 && c <= 57) || isBefore(text, j + 1, LETTER | MARK);
}
const mayBeCandidate = (text: string): boolean => {
  const { runs } = analyseText(text);
  for (let k = 0; k < runs.length; k += 2) {
    // A capital first (most words are in lower case), short enough, after a word across spaces
    // (a capital that opens the text or a line is right), then the word itself.
    if (!startsUpper(text, runs[k]!) || runs[k + 1]! - runs[k]! > LONGEST_CANDIDATE || !afterWordAcrossSpaces(text, runs[k]!)) continue;
    if (CANDIDATE_WORDS.has(text.slice(runs[k]!, runs[k + 1]!))) return true;
  }
  return false;
};

const WORD = /[\p{L}\d][\p{L}\p{M}\d]*/gu;
/** "… 59/QĐ-UBND Ngày 22 tháng", "… Ngày 05/3": a capitalised "Ngày" and a day after a word or number. */
const DATE_CANDIDATE = /[\p{L}\p{M}\d][^\S\n]+Ngày[^\S\n]+\d/u;
/** "ngày Lễ, Tết", "dịp Lễ và Tết": "Lễ" after a lower-case word, then a mark, "và", "hoặc", "Tết" or the end. */
const GENERIC_FEAST = /(?<=(?:^|[^\p{L}])(?:ngày|dịp|các|những|mùa)[^\S\n]+)Lễ(?=[^\S\n]*(?:[,;.)]|$)|[^\S\n]+(?:và|hoặc|Tết)(?![\p{L}]))/gmu;
const isCapitalised = (w: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(w);
const isLowerWord = (w: string): boolean => /^\p{Ll}+$/u.test(w);

export const capitalMidSentence = defineRule({
  meta: {
    id: 'capital-mid-sentence',
    title: { vi: 'Không viết hoa từ thường giữa câu', en: 'No capital on a common word mid-sentence' },
    description: {
      vi: 'Giữa câu, hư từ (của, và, về, các…), các từ thường như “ban hành”, “thành viên”, “quy trình”, “năm học”, “kinh phí”, chữ “ngày” của một ngày tháng (“… số 59/QĐ-UBND ngày 22 tháng 7 …”) và “lễ” là danh từ chung (“ngày lễ, Tết”) viết thường. Tên riêng giữ chữ hoa: quy tắc chỉ báo khi từ viết hoa đứng sau một từ viết thường và không mở đầu một tên (“Lễ Vu Lan”, “Tết” giữ chữ hoa).',
      en: 'Mid-sentence, function words (của, và, về, các…), common words such as “ban hành”, “thành viên”, “quy trình”, “năm học”, “kinh phí”, the “ngày” of a date (“… số 59/QĐ-UBND ngày 22 tháng 7 …”) and “lễ” as a common noun (“ngày lễ, Tết”) are in lower case. Proper names keep their capitals: the rule reports only a capital after a lower-case word that does not start a name (“Lễ Vu Lan”, “Tết” keep theirs).',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    // Party documents follow the State appendix in practice: not before it existed either.
    appliesFrom: { state: 'TT 01/2011/TT-BNV', party: 'TT 01/2011/TT-BNV' },
    basis: { state: nd30('Phụ lục II, mục I (viết hoa vì phép đặt câu) và II–V (danh từ riêng)'), 'TT 01/2011/TT-BNV': tt01('Phụ lục VI (viết hoa trong văn bản hành chính)'), party: hd36('viết hoa theo NĐ 30/2020/NĐ-CP, Phụ lục II (thực tế áp dụng); trước 05/3/2020: TT 01/2011/TT-BNV, Phụ lục VI') },
    fix: 'none',
    tags: ['chinh-ta', 'viet-hoa'],
    messages: {
      functionWord: {
        vi: '“{{word}}” giữa câu viết thường: “{{lower}}”.',
        en: '“{{word}}” mid-sentence is written in lower case: “{{lower}}”.',
      },
      dateWord: {
        vi: '“{{word}}” của một ngày tháng giữa câu viết thường: “{{lower}}”.',
        en: '“{{word}}” of a date mid-sentence is written in lower case: “{{lower}}”.',
      },
      genericFeast: {
        vi: '“Lễ” ở đây là danh từ chung, giữa câu viết thường: “lễ” (chỉ viết hoa trong tên riêng như “Lễ Vu Lan”; “Tết” là tên riêng, giữ chữ hoa).',
        en: '“Lễ” here is a common noun, in lower case mid-sentence: “lễ” (capitalised only in a name such as “Lễ Vu Lan”; “Tết” is a name and keeps its capital).',
      },
      commonWord: {
        vi: '“{{words}}” là từ thường, giữa câu viết thường: “{{lower}}”.',
        en: '“{{words}}” is a common word, in lower case mid-sentence: “{{lower}}”.',
      },
    },
    examples: {
      wrong: 'mo_dau: Căn cứ Thông tư số 11/2024/TT-BNV ngày 05/3/2024 về việc Ban hành quy chế tuyển sinh; Các Thành viên Ban Chỉ đạo …',
      right: 'mo_dau: Căn cứ Thông tư số 11/2024/TT-BNV ngày 05/3/2024 về việc ban hành quy chế tuyển sinh; Các thành viên Ban Chỉ đạo …',
    },
  },
  check({ plan, report }) {
    for (const t of proseTexts(plan)) {
      if (t.role === 'recipient') continue;
      const text = t.text;
      // "ngày Lễ, Tết", "các dịp Lễ và …": "lễ" as the common noun (a feast, any feast) after a
      // lower-case word, followed by a mark, "và", "hoặc" or "Tết", not by a name's next word.
      if (text.includes('Lễ')) for (const m of matchesOf(GENERIC_FEAST, text)) report({ messageId: 'genericFeast', path: t.path, span: [m.index, m.index + 2] });
      // The same quick condition for the "Ngày" of a date after a word (see dateWord below).
      const dateCandidate = text.includes('Ngày') && DATE_CANDIDATE.test(text);
      if (!((mayBeCandidate(text) && CANDIDATE.test(text)) || dateCandidate) || !/[\p{Ll}][^\p{L}]+\p{Lu}\p{Ll}/u.test(text)) continue;
      const words = [...matchesOf(WORD, text)].map((m) => ({ w: m[0], from: m.index, to: m.index + m[0].length }));
      for (let i = 1; i < words.length - 1; i++) {
        const cur = words[i]!;
        // toLowerCase is toLocaleLowerCase('vi') (ICU special-cases only tr, az, lt), and cheaper.
        const lower = cur.w.toLowerCase();
        // Only a function word or the first word of a common pair can be reported: skip the rest first.
        if (!FUNCTION_WORDS.has(lower) && !COMMON_FIRST.has(lower) && lower !== 'ngày') continue;
        if (!isCapitalised(cur.w)) continue;
        const prev = words[i - 1]!;
        const next = words[i + 1]!;
        const gapBefore = text.slice(prev.to, cur.from);
        const gapAfter = text.slice(cur.to, next.from);
        // A sentence, a bracket, a quotation, a line or a list item starts before it: capitals are right.
        if (!/^[^\S\n]+$/u.test(gapBefore) && !/^[^\S\n]+-[^\S\n]+$/u.test(gapBefore)) continue;
        if (!/^[^\S\n]+$/u.test(gapAfter)) continue;
        const pair = `${lower} ${next.w}`;
        // "Các Thành viên": a function word opening the sentence still makes the next word mid-sentence.
        const prevLower = isLowerWord(prev.w) || FUNCTION_WORDS.has(prev.w.toLocaleLowerCase('vi'));
        // "… số 59/QĐ-UBND Ngày 22 tháng 7 …": "ngày" opening a date after a word or a number of
        // the same sentence (a line wrapped inside a bracket, a title typed as a sentence).
        if (lower === 'ngày' && /^\d{1,2}$/u.test(next.w) && /^(?:[^\S\n]+tháng[^\S\n]|\/\d)/u.test(text.slice(next.to)) && /[\p{L}\d][^\S\n]+$/u.test(text.slice(0, cur.from))) {
          report({ messageId: 'dateWord', data: { word: cur.w, lower }, path: t.path, span: [cur.from, cur.to] });
          continue;
        }
        if (FUNCTION_WORDS.has(lower) && isLowerWord(prev.w) && gapBefore.trim() === '' && i >= 2 && isLowerWord(words[i - 2]!.w)) {
          report({ messageId: 'functionWord', data: { word: cur.w, lower }, path: t.path, span: [cur.from, cur.to] });
        } else if (COMMON_WORDS.has(pair) && isLowerWord(next.w) && (prevLower || /^\d+$/u.test(prev.w))) {
          if (pair === 'quy trình' && DOCUMENT_CUES.test(text.slice(0, cur.from))) continue;
          report({ messageId: 'commonWord', data: { words: `${cur.w} ${next.w}`, lower: pair }, path: t.path, span: [cur.from, next.to] });
        }
      }
    }
  },
});
