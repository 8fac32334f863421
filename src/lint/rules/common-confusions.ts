// Why: some words are confused so often that a drafter's eye no longer catches them: "sử lý" for
// "xử lý", "sát nhập" for "sáp nhập", "chuẩn đoán" for "chẩn đoán". Each pair below is a wrong
// form that is not a word in the sense used, with the right form as Hoàng Phê (chủ biên), Từ điển
// tiếng Việt (Viện Ngôn ngữ học, 2003) and Từ điển chính tả (Hoàng Phê, 2006) write it. Pairs
// where both forms are words ("bàng quan"/"bàng quang", "giả thiết"/"giả thuyết") are left out.
import { hd36, nd30 } from '../helpers/basis.js';
import { lowerCase } from '../helpers/ignore-case.js';
import { proseTexts } from '../helpers/plan-text.js';
import { scanSpelling } from '../helpers/spelling.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

/** Wrong form → right form (lower case). */
export const CONFUSIONS: Record<string, string> = {
  'sử lý': 'xử lý', 'sử phạt': 'xử phạt', 'xử dụng': 'sử dụng', 'sát nhập': 'sáp nhập', 'xáp nhập': 'sáp nhập',
  'chuẩn đoán': 'chẩn đoán', 'xắp xếp': 'sắp xếp', 'sắp sếp': 'sắp xếp', 'xem sét': 'xem xét', 'chính sát': 'chính xác',
  'bổ xung': 'bổ sung', 'xuất xắc': 'xuất sắc', 'suất sắc': 'xuất sắc', 'sản suất': 'sản xuất', 'suất khẩu': 'xuất khẩu',
  'suất bản': 'xuất bản', 'năng xuất': 'năng suất', 'xác xuất': 'xác suất', 'sơ xuất': 'sơ suất', 'xơ xuất': 'sơ suất',
  'tiêu sài': 'tiêu xài', 'vô hình chung': 'vô hình trung', 'cọ sát': 'cọ xát', 'dãn cách': 'giãn cách', 'tựu chung': 'tựu trung',
  'lãng mạng': 'lãng mạn', 'trinh phục': 'chinh phục', 'chia xẻ': 'chia sẻ', 'xâu sắc': 'sâu sắc', 'sâu xát': 'sâu sát',
};

const ALTERNATIVES = Object.keys(CONFUSIONS).map((k) => k.replace(/ /g, '\\s+')).join('|');
const PATTERN = new RegExp(`(?<![\\p{L}])(${ALTERNATIVES})(?![\\p{L}])`, 'giu');
/**
 * A quick necessary condition, tested on the lower-cased text (shared per lint run): one of the
 * forms, without PATTERN's Unicode look-around — a fraction of its cost on the texts (nearly all)
 * that hold none. The long s “ſ” is the one letter /i matches to a letter of these forms that
 * lower-casing leaves as it is: a text with one takes the pattern.
 */
const QUICK = new RegExp(ALTERNATIVES);

export const commonConfusions = defineRule({
  meta: {
    id: 'common-confusions',
    title: { vi: 'Từ hay viết nhầm', en: 'Commonly confused words' },
    description: {
      vi: 'Báo các từ hay viết nhầm theo một danh sách chọn lọc (sử lý → xử lý, sát nhập → sáp nhập, chuẩn đoán → chẩn đoán, bổ xung → bổ sung…), dạng đúng theo Từ điển tiếng Việt (Hoàng Phê chủ biên). Chỉ những cặp mà dạng sai không phải là từ đúng nghĩa.',
      en: 'Reports words drafters often confuse, from a curated list (sử lý → xử lý, sát nhập → sáp nhập, chuẩn đoán → chẩn đoán, bổ xung → bổ sung…), right forms as in Từ điển tiếng Việt (Hoàng Phê, ed.). Only pairs whose wrong form is not a word in that sense.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Điều 8 k.1; chính tả theo Từ điển tiếng Việt (Viện Ngôn ngữ học)'), party: hd36('chính tả theo Từ điển tiếng Việt (Viện Ngôn ngữ học)') },
    fix: 'none',
    tags: ['chinh-ta'],
    messages: {
      confused: { vi: '“{{written}}” viết sai chính tả: “{{right}}”.', en: '“{{written}}” is misspelt: “{{right}}”.' },
    },
    examples: { wrong: 'mo_dau: Kịp thời sử lý các vướng mắc sau khi sát nhập đơn vị.', right: 'mo_dau: Kịp thời xử lý các vướng mắc sau khi sáp nhập đơn vị.' },
  },
  check({ plan, report }) {
    if (scanSpelling(plan).damage) return;
    for (const t of proseTexts(plan)) {
      const lower = lowerCase(t.text);
      if (!QUICK.test(lower) && !lower.includes('ſ')) continue;
      for (const m of matchesOf(PATTERN, t.text)) {
        const written = m[0];
        const right = CONFUSIONS[written.toLocaleLowerCase('vi').replace(/\s+/gu, ' ')];
        if (!right) continue;
        // Keep the writer's capital at a sentence start: "Sử lý" → "Xử lý".
        const shown = /^\p{Lu}/u.test(written) ? right[0]!.toLocaleUpperCase('vi') + right.slice(1) : right;
        report({ messageId: 'confused', data: { written, right: shown }, path: t.path, span: [m.index, m.index + written.length] });
      }
    }
  },
});
