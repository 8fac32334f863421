// Why: two marks where one belongs (",.", ";.", "..", ",,") are typing slips that survive
// proofreading on screen. An ellipsis ("...", "…") and the body terminator "./." are not doubled
// marks. The same mark typed twice is fixed safely (one is dropped); two different marks are
// reported without a fix, because only the drafter knows which one was meant.
import { hd36, nd30 } from '../helpers/basis.js';
import { proseTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

/** Two marks of , ; : . in a row (spaces between allowed), not part of an ellipsis or "./.". */
const DOUBLED = /(?<![.…])([,;:.])([^\S\n]*)([,;:.])(?![.…/])/gu;

export const doubledPunctuation = defineRule({
  meta: {
    id: 'doubled-punctuation',
    title: { vi: 'Dấu câu bị gõ đôi', en: 'Doubled punctuation' },
    description: {
      vi: 'Không đặt hai dấu câu liền nhau (“,.”, “;.”, “..”, “,,”). Dấu ba chấm (“...”, “…”) và dấu kết thúc “./.” không tính. Hai dấu giống nhau được sửa tự động (bỏ một dấu).',
      en: 'No two punctuation marks in a row (“,.”, “;.”, “..”, “,,”). An ellipsis (“...”, “…”) and the terminator “./.” do not count. The same mark twice is fixed (one is dropped).',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục II (chính tả); lỗi đánh máy'), party: hd36('chính tả; lỗi đánh máy') },
    fix: 'safe',
    tags: ['dau-cau'],
    messages: {
      same: { vi: 'Dấu “{{mark}}” bị gõ hai lần: bỏ một dấu.', en: 'The mark “{{mark}}” is typed twice: drop one.' },
      different: { vi: 'Hai dấu câu liền nhau “{{written}}”: giữ một dấu đúng.', en: 'Two marks in a row, “{{written}}”: keep the right one.' },
    },
    examples: { wrong: 'mo_dau: Các đơn vị triển khai thực hiện,. Báo cáo kết quả về Sở..', right: 'mo_dau: Các đơn vị triển khai thực hiện. Báo cáo kết quả về Sở.' },
  },
  check({ plan, report }) {
    for (const t of proseTexts(plan)) {
      if (!/[,;:.][^\S\n]*[,;:.]/u.test(t.text)) continue;
      for (const m of matchesOf(DOUBLED, t.text)) {
        const [written, a, gap, b] = m as unknown as [string, string, string, string];
        const from = m.index;
        const to = from + written.length;
        // "1.2.3" numbering and "VT.,": a digit or a letter right after the second mark is no slip.
        if (/^[\p{L}\d]/u.test(t.text.slice(to)) && gap === '') continue;
        if (a === b) {
          report({ messageId: 'same', data: { mark: a }, path: t.path, span: [from, to], fix: [{ path: t.path, from: from + 1, to, text: '' }] });
        } else {
          report({ messageId: 'different', data: { written }, path: t.path, span: [from, to] });
        }
      }
    }
  },
});
