// Why: a part title after its Roman numeral is printed IN HOA đậm ("I. MỤC ĐÍCH, YÊU CẦU";
// NĐ 30 Phụ lục I example table; Party practice the same). dvk prints every part title in
// capitals whatever the plan says, so in a YAML plan this keeps the plan in its printed form (the
// YAML, a reviewed diff and a document read back agree); in a .docx/.txt read back it is the real
// defect. Seed 003 has "I. Mục đích, yêu cầu".
import { hd36, nd30 } from '../helpers/basis.js';
import { isUpperCase, upper } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

export const romanHeadingUppercase = defineRule({
  meta: {
    id: 'roman-heading-uppercase',
    title: { vi: 'Tên phần (số La Mã) viết IN HOA', en: 'Part titles (Roman numerals) in capitals' },
    description: { vi: '`tieu_de` của một phần viết IN HOA.', en: 'A part’s `tieu_de` is written in capitals.' },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.6 (bảng mẫu chữ: mục)'), party: hd36('Phụ lục 3 (mẫu chữ: tiêu đề phần)') },
    fix: 'safe',
    tags: ['bo-cuc', 'viet-hoa'],
    messages: { notUpper: { vi: 'Tên phần viết IN HOA: “{{expected}}”.', en: 'Write the part title in capitals: “{{expected}}”.' } },
    examples: { wrong: 'noi_dung:\n  tieu_de: Nội dung hoạt động chính\n  noi_dung: [ … ]', right: 'noi_dung:\n  tieu_de: NỘI DUNG HOẠT ĐỘNG CHÍNH\n  noi_dung: [ … ]' },
  },
  check({ plan, report }) {
    for (const part of plan.parts) {
      const title = part.title;
      if (!title || isUpperCase(title.text)) continue;
      const expected = upper(title.text);
      // One edit per source line: a folded title keeps its line breaks.
      const fix = [...matchesOf(/\S+/gu, title.text)].filter((w) => !isUpperCase(w[0])).map((w) => ({ path: title.path, from: w.index, to: w.index + w[0].length, text: upper(w[0]) }));
      report({ messageId: 'notUpper', data: { expected }, path: title.path, fix });
    }
  },
});
