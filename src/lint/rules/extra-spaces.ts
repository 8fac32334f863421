// Why: two spaces between words come from pasting and from aligning with the space bar; they
// print as visible gaps in justified text. Only spaces change.
import { hd36, nd30 } from '../helpers/basis.js';
import { planTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

export const extraSpaces = defineRule({
  meta: {
    id: 'extra-spaces',
    title: { vi: 'Không có khoảng trắng thừa', en: 'No extra spaces' },
    description: { vi: 'Giữa hai từ chỉ có một khoảng trắng; không có tab trong lời văn.', en: 'One space between words; no tabs in the text.' },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục I, mục I (kỹ thuật trình bày)'), party: hd36('thực tế trình bày') },
    fix: 'safe',
    tags: ['dau-cau'],
    messages: { extra: { vi: 'Thừa khoảng trắng: chỉ để một khoảng trắng.', en: 'Extra whitespace: keep one space.' } },
    examples: { wrong: 'trich_yeu: "Tổ chức  Tháng cao điểm"', right: 'trich_yeu: Tổ chức Tháng cao điểm' },
  },
  check({ plan, report }) {
    for (const t of planTexts(plan)) {
      // Quick exact pre-check: the look-behind scan below is slow, and almost no text has two spaces or a tab.
      if (!t.text.includes('  ') && !t.text.includes('\t')) continue;
      for (const m of matchesOf(/(?<=\S)(?: {2,}|\t[ \t]*)(?=\S)/gu, t.text)) {
        report({ messageId: 'extra', path: t.path, span: [m.index, m.index + m[0].length], fix: [{ path: t.path, from: m.index, to: m.index + m[0].length, text: ' ' }] });
      }
    }
  },
});
