// Why: some word pairs are written with fixed punctuation, as the laws that name them write them:
// "phòng, chống" (Luật Phòng, chống tham nhũng), "kiểm tra, giám sát", "lãnh đạo, chỉ đạo",
// "sơ kết, tổng kết", "thi đua, khen thưởng" (Luật Thi đua, khen thưởng); and the compounds
// "kinh tế - xã hội", "quốc phòng - an ninh", "văn hóa - xã hội", "chính trị - xã hội" with a
// spaced hyphen, as NĐ 30 and the laws write them. Without the comma is common and no clause
// forbids it, so a pair is noted (info) only when the same document writes it with the comma
// elsewhere; the unspaced hyphen in a compound is a spacing slip (warning). Both are fixed
// safely (only punctuation and spaces change).
import { hd36, nd30 } from '../helpers/basis.js';
import { proseTexts } from '../helpers/plan-text.js';
import { ignoreCasePattern, lowerCase, matchAllIgnoringCase } from '../helpers/ignore-case.js';
import { defineRule } from '../rule.js';

const COMMA_PAIRS = ['phòng chống', 'kiểm tra giám sát', 'lãnh đạo chỉ đạo', 'sơ kết tổng kết', 'thi đua khen thưởng'];
const HYPHEN_PAIRS = ['kinh tế xã hội', 'quốc phòng an ninh', 'văn hóa xã hội', 'văn hoá xã hội', 'chính trị xã hội'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "phòng chống" with no comma between the two words (the first word split from the second). */
const COMMA_RE = COMMA_PAIRS.map((p) => {
  const half = p.split(' ').length / 2;
  const words = p.split(' ');
  const [first, second] = [words.slice(0, half).join('[^\\S\\n]+'), words.slice(half).join('[^\\S\\n]+')];
  // The first word (a quick test before the pattern) and the pair as written with its comma.
  const withComma = `${words.slice(0, half).join(' ')}, ${words.slice(half).join(' ')}`;
  return { pair: p, firstWord: words[0]!, withComma, re: ignoreCasePattern(`(?<![\\p{L}])(${first})([^\\S\\n]+)(${second})(?![\\p{L}])`) };
});
const HYPHEN_RE = HYPHEN_PAIRS.map((p) => {
  const words = p.split(' ');
  const [first, second] = [words.slice(0, 2).join('[^\\S\\n]+'), words.slice(2).join('[^\\S\\n]+')];
  return { pair: p, re: ignoreCasePattern(`(?<![\\p{L}])(${first})([-–])(${second})(?![\\p{L}])`) };
});
void escape;

export const fixedPairPunctuation = defineRule({
  meta: {
    id: 'fixed-pair-punctuation',
    title: { vi: 'Cụm từ cố định viết đúng dấu', en: 'Fixed word pairs with their punctuation' },
    description: {
      vi: 'Các cặp từ viết có dấu phẩy như văn bản luật: “phòng, chống”, “kiểm tra, giám sát”, “lãnh đạo, chỉ đạo”, “sơ kết, tổng kết”, “thi đua, khen thưởng” (gợi ý, chỉ khi văn bản nơi khác có viết dấu phẩy); các cụm ghép có dấu gạch nối cách hai bên: “kinh tế - xã hội”, “quốc phòng - an ninh”, “văn hóa - xã hội”, “chính trị - xã hội” (cảnh báo).',
      en: 'Word pairs written with a comma as the laws write them: “phòng, chống”, “kiểm tra, giám sát”, “lãnh đạo, chỉ đạo”, “sơ kết, tổng kết”, “thi đua, khen thưởng” (info, only when the document writes the comma elsewhere); compounds with a spaced hyphen: “kinh tế - xã hội”, “quốc phòng - an ninh”, “văn hóa - xã hội”, “chính trị - xã hội” (warning).',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('cách viết trong văn bản quy phạm (Luật Phòng, chống tham nhũng 2018; Luật Thi đua, khen thưởng 2022); thực tế trình bày'), party: hd36('cách viết trong văn bản của Đảng và Nhà nước; thực tế trình bày') },
    fix: 'safe',
    tags: ['dau-cau'],
    messages: {
      comma: { vi: '“{{written}}” viết có dấu phẩy như ở nơi khác trong văn bản: “{{right}}”.', en: '“{{written}}” takes the comma the document writes elsewhere: “{{right}}”.' },
      hyphen: { vi: 'Cụm “{{written}}” viết dấu gạch nối cách hai bên: “{{right}}”.', en: 'The compound “{{written}}” takes a hyphen with a space on each side: “{{right}}”.' },
    },
    examples: { wrong: 'mo_dau: Công tác phòng, chống tham nhũng; kiểm tra công tác phòng chống lãng phí; phát triển kinh tế-xã hội.', right: 'mo_dau: Công tác phòng, chống tham nhũng; kiểm tra công tác phòng, chống lãng phí; phát triển kinh tế - xã hội.' },
  },
  check({ plan, report }) {
    const texts = proseTexts(plan);
    // toLowerCase is toLocaleLowerCase('vi') (ICU special-cases only tr, az, lt), and much cheaper.
    const lowers = texts.map((t) => lowerCase(t.text));
    // Whether the document writes the pair with its comma (in one text, spaces as one), once per
    // pair. The comma follows the first half's last word directly ("phòng," in "phòng, chống"),
    // so a text without it cannot have the pair; a text whose only spaces are single spaces is
    // searched as it is.
    const writes = (lower: string, withComma: string): boolean =>
      lower.includes(withComma) || (/\s\s|[^\S ]/u.test(lower) && lower.replace(/\s+/gu, ' ').includes(withComma));
    const withCommaFound = new Map<string, boolean>();
    const documentHas = (withComma: string): boolean => {
      let found = withCommaFound.get(withComma);
      if (found === undefined) {
        const mark = withComma.slice(0, withComma.indexOf(',') + 1).split(' ').pop()!;
        found = lowers.some((lower) => lower.includes(mark) && writes(lower, withComma));
        withCommaFound.set(withComma, found);
      }
      return found;
    };
    for (const [i, t] of texts.entries()) {
      const lower = lowers[i]!;
      for (const { firstWord, withComma, re } of COMMA_RE) {
        if (!lower.includes(firstWord)) continue;
        if (!documentHas(withComma)) continue;
        for (const m of matchAllIgnoringCase(t.text, re)) {
          const from = m.index + m[1]!.length;
          const to = from + m[2]!.length;
          const right = `${m[1]}, ${m[3]}`;
          report({ messageId: 'comma', data: { written: m[0], right }, path: t.path, span: [m.index, m.index + m[0].length], severity: 'info', fix: [{ path: t.path, from, to, text: ', ' }] });
        }
      }
      if ((!t.text.includes('-') && !t.text.includes('–')) || !/\p{L}[-–]\p{L}/u.test(t.text)) continue;
      for (const { re } of HYPHEN_RE) {
        for (const m of matchAllIgnoringCase(t.text, re)) {
          const from = m.index + m[1]!.length;
          const right = `${m[1]} - ${m[3]}`;
          report({ messageId: 'hyphen', data: { written: m[0], right }, path: t.path, span: [m.index, m.index + m[0].length], fix: [{ path: t.path, from, to: from + 1, text: ' - ' }] });
        }
      }
    }
  },
});
